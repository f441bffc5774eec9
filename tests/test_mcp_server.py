"""`vaultsmith mcp` as an MCP client sees it: a real subprocess, the SDK's own stdio client, a
real vault on disk; every answer compared with what `vaultsmith build` writes in the SDD."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import anyio
import pytest
from conftest import MakeVault
from mcp import ClientSession
from mcp.shared.exceptions import MCPError
from mcp_support import call, frontmatter, headings, talk, vaultsmith

TOOLS = {"list_systems", "system_facts", "find_decisions", "neighbours", "paths", "check"}


@pytest.fixture
def built(sample_copy: Path) -> Path:
    """The sample vault with the SDDs `vaultsmith build` writes."""
    result = vaultsmith("build", "--quiet", str(sample_copy))
    assert result.returncode in (0, 1), result.stderr
    return sample_copy


def sdd(root: Path, system: str) -> Path:
    return root / "SDD" / f"{system} SDD.md"


def test_the_server_offers_each_tool_with_typed_input_and_output(sample_copy: Path) -> None:
    async def scenario(session: ClientSession) -> None:
        listed = (await session.list_tools()).tools
        assert {tool.name for tool in listed} == TOOLS
        for tool in listed:
            assert tool.description
            assert tool.input_schema["type"] == "object"
            assert tool.output_schema is not None and tool.output_schema["properties"], tool.name
            assert tool.annotations is not None and tool.annotations.read_only_hint

    talk(sample_copy, scenario)


def test_systems_and_their_facts_are_what_the_built_sdd_says(built: Path) -> None:
    answers: dict[str, Any] = {}

    async def scenario(session: ClientSession) -> None:
        answers["systems"] = await call(session, "list_systems", {})
        answers["facts"] = await call(session, "system_facts", {"system": "Checkout", "limit": 1000})

    talk(built, scenario)
    systems = answers["systems"]["systems"]
    assert [s["name"] for s in systems] == sorted(p.stem for p in (built / "Systems").glob("*.md"))
    for system in systems:
        written = frontmatter(built / system["sdd"])
        assert (system["coverage"], system["gaps"], system["style"]) == (
            written["coverage"],
            written["gaps"],
            written["template"],
        )

    facts = answers["facts"]
    path = sdd(built, "Checkout")
    written, text = frontmatter(path), path.read_text(encoding="utf-8")
    assert facts["gap_count"] == written["gaps"] and facts["coverage"] == written["coverage"]
    assert len(facts["gaps"]) == written["gaps"]
    assert facts["outline"] == headings(path)
    sources = set(written["sources"])
    members = facts["members"]
    assert {m["type"] for m in members} >= {"prd", "component", "technology", "adr"}
    for member in members:
        assert f"[[{member['name']}]]" in sources, member
        assert member["why"]
    for area in facts["decision_areas"]:
        for decision in area["decisions"]:
            assert f"[[{decision['name']}]]" in text
    in_force = [d for a in facts["decision_areas"] for d in a["decisions"] if d["standing"] == "in force"]
    assert in_force and all(d["status"] == "accepted" for d in in_force)
    for requirement in facts["requirements"]:
        assert requirement["value"] in text
    for dependency in facts["dependencies"]:
        assert f"[[{dependency['other']}" in text and f"[[{dependency['component']}" in text
        if dependency["protocol"]:
            assert dependency["protocol"] in text
    for risk in facts["risks"]:
        assert risk["text"].split("[[")[0].strip() in text


def test_every_fact_names_a_note_and_a_line_that_states_it(built: Path) -> None:
    answers: dict[str, Any] = {}

    async def scenario(session: ClientSession) -> None:
        answers["facts"] = await call(session, "system_facts", {"system": "Checkout", "limit": 1000})

    talk(built, scenario)
    facts = answers["facts"]
    numbered = [
        *facts["overview"],
        *facts["members"],
        *[d for a in facts["decision_areas"] for d in a["decisions"]],
        *facts["requirements"],
        *facts["dependencies"],
        *facts["risks"],
    ]
    assert sorted(int(f["id"][1:]) for f in numbered) == list(range(1, len(numbered) + 1))
    for requirement in facts["requirements"]:
        line = _line(built, requirement["source"])
        assert requirement["name"] in line, (requirement, line)
    for dependency in facts["dependencies"]:
        line = _line(built, dependency["source"])
        named = dependency["other"] if dependency["direction"] == "uses" else dependency["component"]
        assert named in line, (dependency, line)


def _line(root: Path, source: dict[str, Any]) -> str:
    assert source["line"] > 0, source
    return (root / source["path"]).read_text(encoding="utf-8").split("\n")[source["line"] - 1]


def test_decisions_neighbours_paths_and_check_agree_with_the_vault(built: Path) -> None:
    answers: dict[str, Any] = {}

    async def scenario(session: ClientSession) -> None:
        answers["mq"] = await call(session, "find_decisions", {"area": "Message queue"})
        answers["checkout"] = await call(session, "find_decisions", {"system": "Checkout", "limit": 1000})
        answers["kafka"] = await call(
            session, "find_decisions", {"technology": "Kafka", "status": "accepted"}
        )
        answers["out"] = await call(
            session, "neighbours", {"note": "Cart Service", "relations": ["depends_on"], "direction": "out"}
        )
        answers["paths"] = await call(session, "paths", {"start": "Cart Service", "end": "Kafka"})
        answers["check"] = await call(session, "check", {"limit": 1000})

    talk(built, scenario)
    text = sdd(built, "Checkout").read_text(encoding="utf-8")
    log = text[text.index("**Where each decision area stands**") :]
    message_queue = log[log.index("- **message-queue**") :].split("\n- **")[0]
    assert {d["name"] for d in answers["mq"]["decisions"]} == set(
        re.findall(r"\[\[([^\]|]+)", message_queue)
    ) - {
        "Kafka",
        "RabbitMQ",
    }
    adrs = {p.stem for p in (built / "Decisions").glob("*.md")}
    sources = {s.strip("[]") for s in frontmatter(sdd(built, "Checkout"))["sources"]}
    assert {d["name"] for d in answers["checkout"]["decisions"]} == sources & adrs
    assert [d["name"] for d in answers["kafka"]["decisions"]] == ["0006-use-kafka-for-order-events"]

    cart = frontmatter(built / "Components/Checkout/Cart Service.md")
    stated = {link.strip("[]") for link in cart["depends_on"]}
    assert {n["name"] for n in answers["out"]["neighbours"]} == stated

    found = answers["paths"]["paths"]
    assert found
    for route in found:
        assert route["notes"][0] == "Cart Service" and route["notes"][-1] == "Kafka"
        for hop in route["hops"]:
            linked = hop["end"] if hop["direction"] == "out" else hop["start"]
            assert f"[[{linked}" in _line(built, hop["source"]), hop

    checked = json.loads(vaultsmith("check", "--format", "json", str(built)).stdout)
    assert answers["check"]["findings"] == checked


def test_a_saved_note_changes_the_next_answer_and_nothing_is_written(sample_copy: Path) -> None:
    prd = sample_copy / "PRDs/PRD - Checkout Redesign 2024.md"

    async def latency(session: ClientSession) -> str:
        facts = await call(session, "system_facts", {"system": "Checkout", "limit": 1000})
        return next(r["value"] for r in facts["requirements"] if r["name"] == "latency_p99_ms")

    async def scenario(session: ClientSession) -> None:
        before = await latency(session)
        prd.write_text(
            prd.read_text(encoding="utf-8").replace(f"latency_p99_ms: {before}", "latency_p99_ms: 180")
        )
        component = sample_copy / "Components/Checkout/Refund Service.md"
        component.write_text(
            '---\ntype: component\nsystem: "[[Checkout]]"\nowner: Ana\n---\n', encoding="utf-8"
        )
        with anyio.fail_after(30):
            while await latency(session) != "180":
                await anyio.sleep(0.1)
        facts = await call(session, "system_facts", {"system": "Checkout", "limit": 1000})
        assert "Refund Service" in {m["name"] for m in facts["members"]}

        async def codes() -> list[str]:
            answer = await call(session, "check", {"note": "Refund Service"})
            return [finding["code"] for finding in answer["findings"]]

        assert await codes() == []
        component.write_text(component.read_text(encoding="utf-8") + "Talks to [[Refund Ledger]].\n")
        with anyio.fail_after(30):
            while await codes() != ["unresolved-link"]:
                await anyio.sleep(0.1)

    talk(sample_copy, scenario)
    assert not (sample_copy / "SDD").exists()


def test_a_note_that_fails_to_parse_is_named_and_the_rest_still_answers(sample_copy: Path) -> None:
    broken = "Components/Checkout/Fraud Check Worker.md"
    (sample_copy / broken).write_text("---\ntype: component\nsystem: [[[Checkout\n---\n", encoding="utf-8")
    answers: dict[str, Any] = {}

    async def scenario(session: ClientSession) -> None:
        answers["systems"] = await call(session, "list_systems", {})
        answers["facts"] = await call(session, "system_facts", {"system": "Checkout"})

    talk(sample_copy, scenario)
    assert answers["systems"]["unparsed"] == [broken]
    assert len(answers["systems"]["systems"]) == 4
    assert answers["facts"]["unparsed"] == [broken]
    assert "Cart Service" in {m["name"] for m in answers["facts"]["members"]}


def test_malformed_arguments_are_protocol_errors_and_the_server_goes_on(sample_copy: Path) -> None:
    async def scenario(session: ClientSession) -> None:
        for tool, arguments in (
            ("neighbours", {"note": "Cart Service", "depth": "deep"}),
            ("neighbours", {"note": "Cart Service", "depth": 99}),
            ("neighbours", {"note": "Cart Service", "direction": "sideways"}),
            ("system_facts", {}),
            ("list_systems", {"offset": -1}),
            ("no_such_tool", {}),
        ):
            with pytest.raises(MCPError):
                await session.call_tool(tool, arguments)
        unknown = await session.call_tool("system_facts", {"system": "Nowhere"})
        assert unknown.is_error and "Checkout" in unknown.content[0].text  # says which systems there are
        assert len((await call(session, "list_systems", {}))["systems"]) == 4

    talk(sample_copy, scenario)


def test_long_answers_come_in_pages_that_say_how_to_ask_for_more(sample_copy: Path) -> None:
    async def scenario(session: ClientSession) -> None:
        everything = await call(session, "neighbours", {"note": "Checkout", "depth": 2, "limit": 1000})
        first = await call(session, "neighbours", {"note": "Checkout", "depth": 2, "limit": 3})
        assert first["page"]["truncated"] and "offset=3" in first["page"]["more"]
        rest = await call(session, "neighbours", {"note": "Checkout", "depth": 2, "offset": 3, "limit": 1000})
        assert first["neighbours"] + rest["neighbours"] == everything["neighbours"]
        assert not rest["page"]["truncated"]
        facts = await call(session, "system_facts", {"system": "Checkout", "limit": 5})
        assert facts["page"]["returned"] == 5 and facts["page"]["total"] > 5 and facts["page"]["more"]

    talk(sample_copy, scenario)


def test_notes_are_resources_by_vault_path_and_nothing_outside_the_vault_is(
    built: Path, tmp_path: Path
) -> None:
    secret = tmp_path / "secret.md"
    secret.write_text("outside the vault", encoding="utf-8")
    (built / "Notes/Linked.md").symlink_to(secret)
    (built / ".obsidian/hidden.md").write_text("hidden", encoding="utf-8")

    async def scenario(session: ClientSession) -> None:
        listed = {str(r.uri) for r in (await session.list_resources()).resources}
        assert "vault://note/SDD/Checkout%20SDD.md" in listed and "vault://note/SDD/Index.md" in listed
        read = await session.read_resource("vault://note/Components/Checkout/Cart%20Service.md")
        cart = (built / "Components/Checkout/Cart Service.md").read_text(encoding="utf-8")
        assert read.contents[0].text == cart
        sdd_read = await session.read_resource("vault://note/SDD/Checkout%20SDD.md")
        assert sdd_read.contents[0].text == sdd(built, "Checkout").read_text(encoding="utf-8")
        for uri in (
            "vault://note/../secret.md",
            "vault://note/%2E%2E/secret.md",
            f"vault://note/{secret}",
            "vault://note/Notes/Linked.md",
            "vault://note/.obsidian/hidden.md",
            "vault://note/attachments/diagram.png",
        ):
            with pytest.raises(MCPError):
                await session.read_resource(uri)

    talk(built, scenario)


def test_each_style_has_a_prompt_that_is_the_context_pack(built: Path) -> None:
    styles = [line.split()[0] for line in vaultsmith("templates").stdout.splitlines()]
    pack = vaultsmith("context", "Checkout", "--style", "c4", "--vault", str(built)).stdout
    answers: dict[str, Any] = {}

    async def scenario(session: ClientSession) -> None:
        answers["prompts"] = (await session.list_prompts()).prompts
        answers["c4"] = await session.get_prompt("sdd-c4", {"system": "Checkout"})

    talk(built, scenario)
    assert sorted(p.name for p in answers["prompts"]) == sorted(f"sdd-{style}" for style in styles)
    assert answers["c4"].messages[0].content.text == pack
    assert "cite the fact ids" in pack


def test_a_bad_config_stops_the_server_at_start_with_a_usage_error(make_vault: MakeVault) -> None:
    root = make_vault(
        {"vaultsmith.toml": "outptu = 'Design'\n", "Systems/Shop.md": "---\ntype: system\n---\n"}
    )
    result = vaultsmith("mcp", str(root))
    assert result.returncode == 2 and not result.stdout
    assert "vaultsmith.toml:1" in result.stderr and "Traceback" not in result.stderr
