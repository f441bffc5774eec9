"""`vaultsmith new`: notes from the vault's templates, ADR numbering, supersedes both ways."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from conftest import MakeVault
from test_cli import run

from vaultsmith.errors import UsageError
from vaultsmith.tools.new import NewNote, fill_variables, moment_format, new_note, slug

ADR = "---\ntype: adr\nstatus: accepted\ndate: 2024-01-01\n---\n# {title}\n\nBody text.\n"


def _created(result_stdout: str) -> Path:
    return Path(result_stdout.strip())


def test_new_adr_is_numbered_after_the_highest_existing_number(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Decisions/0003-use-x.md": ADR.format(title="Use X"),
            "Decisions/0010-use-y.md": ADR.format(title="Use Y"),
            "Decisions/0002-use-z.md": ADR.format(title="Use Z"),
        }
    )
    result = run("new", "adr", "Use Redis", "--vault", root)
    assert result.returncode == 0, result.stderr
    created = _created(result.stdout)
    assert created == root / "Decisions/0011-use-redis.md"
    text = created.read_text(encoding="utf-8")
    assert text.startswith("---\ntype: adr\nstatus: proposed\n")
    assert "\n# Use Redis\n" in text
    assert re.search(r'^date: "\d{4}-\d\d-\d\d"$', text, re.MULTILINE)


def test_first_adr_of_a_vault_is_0001_in_decisions(make_vault: MakeVault) -> None:
    created = new_note(make_vault({}), "ADR", "Record architecture decisions")
    assert created.path == "Decisions/0001-record-architecture-decisions.md"


def test_supersedes_links_both_adrs_and_changes_nothing_else_in_the_old_one(make_vault: MakeVault) -> None:
    old = (
        "---\ntype: adr\nstatus: accepted   \ndate: 2024-01-01\ndeciders:\n  - Ann\n  - Bo\n"
        "tags: [adr]\n---\n# Use X\n\nKeep   this text\tand spacing.\n"
    )
    root = make_vault({"Decisions/0004-use-x.md": old})
    result = run("new", "adr", "Use Y", "--vault", root, "--supersedes", "4")
    assert result.returncode == 0, result.stderr
    new_text = (root / "Decisions/0005-use-y.md").read_text(encoding="utf-8")
    assert 'supersedes: "[[0004-use-x]]"' in new_text
    updated = (root / "Decisions/0004-use-x.md").read_text(encoding="utf-8")
    expected = old.replace("status: accepted   \n", "status: superseded\n").replace(
        "tags: [adr]\n", 'tags: [adr]\nsuperseded_by: "[[0005-use-y]]"\n'
    )
    assert updated == expected
    assert "superseded: " in result.stderr
    checked = json.loads(run("check", "--format", "json", root).stdout)
    assert not [r for r in checked if r["code"].startswith("supersede")]


def test_supersedes_on_an_adr_tools_record_adds_to_its_status_section_and_keeps_crlf(
    make_vault: MakeVault,
) -> None:
    nygard = b"# 2. Use X\r\n\r\nDate: 2020-01-01\r\n\r\n## Status\r\n\r\nAccepted\r\n"
    root = make_vault({"doc/adr/0002-use-x.md": nygard})
    created = new_note(root, "adr", "Use Y", supersedes="0002-use-x")
    assert created == NewNote("doc/adr/0003-use-y.md", "doc/adr/0002-use-x.md")
    data = (root / "doc/adr/0002-use-x.md").read_bytes()
    assert data == nygard + b"\r\nSuperseded by [3. Use Y](0003-use-y.md)\r\n"


def test_supersedes_keeps_a_successor_already_named(make_vault: MakeVault) -> None:
    old = '---\ntype: adr\nstatus: superseded\nsuperseded_by: "[[0002-b]]"\n---\n'
    root = make_vault({"Decisions/0001-a.md": old, "Decisions/0002-b.md": ADR.format(title="B")})
    new_note(root, "adr", "C", supersedes="0001-a")
    updated = (root / "Decisions/0001-a.md").read_text(encoding="utf-8")
    assert updated == '---\ntype: adr\nstatus: superseded\nsuperseded_by: ["[[0002-b]]", "[[0003-c]]"]\n---\n'


def test_unknown_superseded_adr_is_a_usage_error_and_writes_nothing(make_vault: MakeVault) -> None:
    root = make_vault({"Decisions/0001-a.md": ADR.format(title="A")})
    with pytest.raises(UsageError, match='no ADR "0009"'):
        new_note(root, "adr", "B", supersedes="0009")
    assert sorted(p.name for p in (root / "Decisions").iterdir()) == ["0001-a.md"]


def test_system_option_fills_the_system_link(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Checkout.md": "---\ntype: system\naliases: [Shop]\n---\n"})
    result = run("new", "component", "Cart Service", "--vault", root, "--system", "shop")
    assert result.returncode == 0, result.stderr
    text = (root / "Components/Cart Service.md").read_text(encoding="utf-8")
    assert 'system: "[[Checkout]]"' in text
    assert "type: component" in text


def test_unknown_system_is_a_usage_error(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Checkout.md": "---\ntype: system\n---\n"})
    with pytest.raises(UsageError, match='did you mean "Checkout"'):
        new_note(root, "prd", "Faster checkout", system="Chekout")


def test_the_vaults_own_template_is_used(make_vault: MakeVault) -> None:
    template = "---\ntype: component\nteam: {{title}} team\n---\nMade {{date:YYYY}} for {{title}}.\n"
    root = make_vault({"Templates/component.md": template})
    new_note(root, "component", "Billing")
    text = (root / "Components/Billing.md").read_text(encoding="utf-8")
    assert re.fullmatch(r"---\ntype: component\nteam: Billing team\n---\nMade \d{4} for Billing\.\n", text)


def test_notes_go_where_most_notes_of_their_type_are(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Arch/Services/A.md": "---\ntype: component\n---\n",
            "Arch/Services/B.md": "---\ntype: component\n---\n",
            "Other/C.md": "---\ntype: component\n---\n",
        }
    )
    assert new_note(root, "component", "D").path == "Arch/Services/D.md"


def test_new_never_overwrites_an_existing_note(make_vault: MakeVault) -> None:
    root = make_vault({"Technologies/Redis.md": "mine\n"})
    result = run("new", "technology", "Redis", "--vault", root)
    assert result.returncode == 1
    assert "Technologies/Redis.md: already exists" in result.stderr
    assert (root / "Technologies/Redis.md").read_text(encoding="utf-8") == "mine\n"


def test_a_type_without_a_template_is_a_usage_error(make_vault: MakeVault) -> None:
    result = run("new", "runbook", "Restart", "--vault", make_vault({}))
    assert result.returncode == 2
    assert 'no template for type "runbook"' in result.stderr


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Use Redis", "use-redis"),
        ("Use PostgreSQL 16 (again)!", "use-postgresql-16-again"),
        ("  Über_fast   cache ", "über-fast-cache"),
        ("???", "untitled"),
    ],
)
def test_slug_is_lower_case_with_dashes(title: str, expected: str) -> None:
    assert slug(title) == expected


def test_template_variables_follow_obsidian() -> None:
    moment = dt.datetime(2024, 3, 9, 7, 5, 2)
    text = "{{title}} {{date}} {{time}} {{date:DD/MM/YY}} {{ date:YYYY-[W]MM }} {{unknown}}"
    assert fill_variables(text, "T", moment) == "T 2024-03-09 07:05 09/03/24 2024-W03 {{unknown}}"
    assert moment_format(moment, "D.M.YYYY H:mm:ss") == "9.3.2024 7:05:02"
