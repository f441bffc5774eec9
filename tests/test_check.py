"""`vaultsmith check`: every kind of problem, with its code, file and line, through the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import SAMPLE_VAULT, MakeVault
from test_cli import run
from typer.testing import CliRunner

from vaultsmith.build import load_vault
from vaultsmith.cli import app
from vaultsmith.model.analysed import analyse
from vaultsmith.model.resolve import fold
from vaultsmith.tools.check import check_model, check_vault, failed
from vaultsmith.tools.linkcheck import CANDIDATES, TrigramIndex

SYSTEM = "---\ntype: system\naliases: [Shop System]\n---\n# Shop\n"
PROBLEMS: dict[str, str | bytes] = {
    "Systems/Shop.md": SYSTEM,
    "Systems/Stock.md": "---\ntype: system\n---\n",  # two systems: Orphan is no one's by default
    "Components/Cart.md": '---\ntype: component\nsystem: "[[Shop]]"\ndepends_on: ["[[Pricing]]"]\n---\n',
    "Components/Pricing.md": '---\ntype: component\nsystem: "[[Shop]]"\ndepends_on: ["[[Cart]]"]\n---\n',
    "Components/Orphan.md": "---\ntype: component\nkind: worker\n---\n",
    "Components/Lost.md": '---\ntype: component\nkind: worker\nsystem: "[[Cart]]"\n---\n',
    "Notes/Broken.md": "---\ntitle: [unclosed\nother: 1\n---\nbody\n",
    "Notes/Latin1.md": b"first line\ncaf\xe9\n",
    "Notes/Typo.md": "# Typo\n\nThe [[Shop]] has a [[Cartt]].\n",
    "Notes/Alias.md": "Read [[Shop System]] first.\n",
    "Notes/Uses.md": "# Uses\n\nCaching: [[Redis]].\n",
    "a/Redis.md": "---\ntype: technology\n---\n",
    "b/Redis.md": "---\ntype: technology\n---\n",
    "Notes/Meeting.md": "---\ntype: meeting\n---\n",
    "Decisions/0001-pondering.md": "---\ntype: adr\ndate: 2024-01-01\nstatus: pondering\n---\n",
    "Decisions/0002-replace-one.md": '---\nstatus: accepted\nsupersedes: "[[0001-pondering]]"\n---\n',
    "Decisions/0003-loop-a.md": (
        '---\nstatus: superseded\nsupersedes: "[[0004-loop-b]]"\nsuperseded_by: "[[0004-loop-b]]"\n---\n'
    ),
    "Decisions/0004-loop-b.md": (
        '---\nstatus: superseded\nsupersedes: "[[0003-loop-a]]"\nsuperseded_by: "[[0003-loop-a]]"\n---\n'
    ),
    "Decisions/0005-old.md": '---\nstatus: superseded\nsuperseded_by: "[[0006-new]]"\n---\n',
    "Decisions/0006-new.md": "---\nstatus: accepted\n---\n",
}

# (code, path, line, severity) that the vault above must produce.
EXPECTED = [
    ("broken-frontmatter", "Notes/Broken.md", 3, "error"),
    ("not-utf8", "Notes/Latin1.md", 2, "error"),
    ("unresolved-link", "Notes/Typo.md", 3, "warning"),
    ("unresolved-link", "Notes/Alias.md", 1, "warning"),
    ("ambiguous-link", "Notes/Uses.md", 3, "warning"),
    ("unknown-type", "Notes/Meeting.md", 2, "info"),
    ("unknown-status", "Decisions/0001-pondering.md", 4, "warning"),
    ("component-without-system", "Components/Orphan.md", 0, "warning"),
    ("component-without-system", "Components/Lost.md", 4, "warning"),
    ("supersede-mismatch", "Decisions/0002-replace-one.md", 3, "warning"),
    ("supersede-mismatch", "Decisions/0005-old.md", 3, "warning"),
    ("supersede-loop", "Decisions/0003-loop-a.md", 3, "error"),
    ("dependency-cycle", "Components/Cart.md", 4, "warning"),
    ("decision-missing", "Systems/Shop.md", 0, "info"),
]


@pytest.fixture(scope="module")
def problem_vault(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("problems")
    (root / ".obsidian").mkdir()
    for relative, content in PROBLEMS.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return root


@pytest.fixture(scope="module")
def reported(problem_vault: Path) -> list[dict[str, Any]]:
    result = run("check", "--format", "json", problem_vault)
    assert result.returncode == 1, result.stderr
    records: list[dict[str, Any]] = json.loads(result.stdout)
    return records


@pytest.mark.parametrize(
    ("code", "path", "line", "severity"), EXPECTED, ids=[f"{e[0]}:{e[1]}" for e in EXPECTED]
)
def test_json_reports_each_problem_with_code_path_line_and_severity(
    reported: list[dict[str, Any]], code: str, path: str, line: int, severity: str
) -> None:
    found = [(r["line"], r["severity"]) for r in reported if r["code"] == code and r["path"] == path]
    assert (line, severity) in found, f"{code} at {path}: got {found}"


def test_json_records_have_exactly_the_documented_keys(reported: list[dict[str, Any]]) -> None:
    assert reported
    assert all(set(record) == {"severity", "code", "path", "line", "message"} for record in reported)


def test_json_is_sorted_by_file_then_line(reported: list[dict[str, Any]]) -> None:
    keys = [(r["path"], r["line"]) for r in reported]
    assert keys == sorted(keys)


def _message(reported: list[dict[str, Any]], code: str, path: str) -> str:
    return next(r["message"] for r in reported if r["code"] == code and r["path"] == path)


def test_unresolved_link_suggests_the_closest_note_name(reported: list[dict[str, Any]]) -> None:
    assert 'did you mean "Cart"' in _message(reported, "unresolved-link", "Notes/Typo.md")


def test_link_to_an_alias_says_obsidian_does_not_resolve_it_and_how_to_write_it(
    reported: list[dict[str, Any]],
) -> None:
    message = _message(reported, "unresolved-link", "Notes/Alias.md")
    assert "alias of [[Shop]]" in message
    assert "[[Shop|Shop System]]" in message


def test_ambiguous_link_names_every_candidate_and_the_one_obsidian_opens(
    reported: list[dict[str, Any]],
) -> None:
    message = _message(reported, "ambiguous-link", "Notes/Uses.md")
    assert "a/Redis.md, b/Redis.md" in message
    assert "Obsidian opens a/Redis.md" in message


def test_mismatch_says_what_to_add_to_the_other_adr(reported: list[dict[str, Any]]) -> None:
    assert 'add superseded_by: "[[0002-replace-one]]"' in _message(
        reported, "supersede-mismatch", "Decisions/0002-replace-one.md"
    )
    assert 'add supersedes: "[[0005-old]]"' in _message(
        reported, "supersede-mismatch", "Decisions/0005-old.md"
    )


def test_reciprocal_supersedes_is_no_mismatch(reported: list[dict[str, Any]]) -> None:
    paths = {r["path"] for r in reported if r["code"] == "supersede-mismatch"}
    assert "Decisions/0003-loop-a.md" not in paths
    assert "Decisions/0004-loop-b.md" not in paths


def test_a_cycle_is_reported_once(reported: list[dict[str, Any]]) -> None:
    assert sum(r["code"] == "supersede-loop" for r in reported) == 1
    assert sum(r["code"] == "dependency-cycle" for r in reported) == 1


def test_text_output_groups_diagnostics_under_their_file(
    problem_vault: Path, reported: list[dict[str, Any]]
) -> None:
    result = run("check", problem_vault)
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines.count("Decisions/0002-replace-one.md") == 1
    below = lines[lines.index("Notes/Typo.md") + 1]
    assert below.split()[:2] == ["3", "warning"] and below.endswith("unresolved-link")
    assert "\x1b[" not in result.stdout  # NO_COLOR is set by run()
    errors = sum(r["severity"] == "error" for r in reported)
    assert lines[-1].startswith(f"{errors} error")


def test_warnings_alone_exit_0_and_fail_with_strict(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Shop.md": "---\ntype: system\n---\nSee [[Nowhere]].\n"})
    assert CliRunner().invoke(app, ["check", str(root)]).exit_code == 0
    strict = run("check", "--strict", root)
    assert strict.returncode == 1
    assert "unresolved-link" in strict.stdout


def test_infos_never_fail_even_with_strict(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Shop.md": "---\ntype: system\n---\n"})
    diagnostics = check_vault(root)
    assert {d.code for d in diagnostics} == {"decision-missing"}
    assert not failed(diagnostics, strict=True)


def test_sample_vault_has_no_errors(tmp_path: Path) -> None:
    vault = shutil.copytree(SAMPLE_VAULT, tmp_path / "sample")
    diagnostics = check_vault(vault)
    assert not failed(diagnostics), [str(d) for d in diagnostics if d.severity.value == "error"]


def test_missing_vault_is_a_usage_error() -> None:
    result = CliRunner().invoke(app, ["check", "/no/such/vault"])
    assert result.exit_code == 2
    assert "no such vault folder" in result.stderr


def test_suggestions_find_the_close_name_among_many_similar_ones() -> None:
    names = [f"Service {number}" for number in range(2000)] + ["Inventory Service", "Inventory Store"]
    index = TrigramIndex(fold(name) for name in names)
    candidates = index.nearest(fold("Inventry Service"))
    assert len(candidates) == CANDIDATES
    assert candidates[0] == "inventory service"
    assert index.nearest(fold("Inventry Service")) == candidates  # the same every time


def test_supersede_rules_read_only_what_notes_state_not_derived_inverse_edges(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Decisions/0001-a.md": "---\nstatus: superseded\n---\n",
            "Decisions/0002-b.md": '---\nstatus: accepted\nsupersedes: "[[0001-a]]"\n---\n',
        }
    )
    vault = load_vault(root)
    model = analyse(vault)
    model.graph.add_edge("Decisions/0001-a.md", "Decisions/0002-b.md", relation="superseded_by", derived=True)
    codes = [d.code for d in check_model(vault, model)]
    assert codes.count("supersede-mismatch") == 1
