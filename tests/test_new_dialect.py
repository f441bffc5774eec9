"""`vaultsmith new adr --supersedes` writes in the folder's own dialect, and marks the older ADR
in its own: adr-tools, MADR, log4brains; notes with properties keep using properties."""

from __future__ import annotations

from pathlib import Path

from cli_support import run_cli
from conftest import MakeVault

from vaultsmith.build import load_vault
from vaultsmith.model.analysed import analyse

ADR_TOOLS = {
    "doc/adr/0001-record-architecture-decisions.md": (
        "# 1. Record architecture decisions\n\nDate: 2024-01-02\n\n## Status\n\nAccepted\n\n"
        "## Context\n\nWe need to remember why.\n\n## Decision\n\nWe will keep ADRs.\n\n"
        "## Consequences\n\nMore files.\n"
    ),
    "doc/adr/0002-use-postgres.md": (
        "# 2. Use Postgres\n\nDate: 2024-02-03\n\n## Status\n\nAccepted\n\n## Context\n\nWe store orders.\n"
    ),
}


def new_adr(root: Path, title: str, supersedes: str) -> Path:
    result = run_cli("new", "adr", title, "--vault", root, "--supersedes", supersedes)
    assert result.returncode == 0, result.stderr
    return Path(result.stdout.strip())


def test_adr_tools_folder_gets_an_adr_tools_record_and_a_superseded_by_line(make_vault: MakeVault) -> None:
    root = make_vault(dict(ADR_TOOLS))
    before = (root / "doc/adr/0002-use-postgres.md").read_text(encoding="utf-8")
    created = new_adr(root, "Use CockroachDB", "2")
    assert created.name == "0003-use-cockroachdb.md" and created.parent.name == "adr"
    text = created.read_text(encoding="utf-8")
    assert text.startswith("# 3. Use CockroachDB\n\nDate: ")
    assert "## Status\n\nProposed\n\nSupersedes [2. Use Postgres](0002-use-postgres.md)\n" in text
    assert not text.startswith("---")
    after = (root / "doc/adr/0002-use-postgres.md").read_text(encoding="utf-8")
    assert after == before.replace(
        "## Status\n\nAccepted\n",
        "## Status\n\nAccepted\n\nSuperseded by [3. Use CockroachDB](0003-use-cockroachdb.md)\n",
    )
    model = analyse(load_vault(root))
    assert model.field("doc/adr/0002-use-postgres.md", "status") == "superseded"
    assert model.field("doc/adr/0003-use-cockroachdb.md", "status") == "proposed"
    check = run_cli("check", root)
    assert "supersede-mismatch" not in check.stdout


def test_madr_folder_gets_a_madr_record_and_a_status_property(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "docs/decisions/0001-use-markdown.md": (
                "---\nstatus: accepted\ndate: 2024-01-02\n---\n# Use Markdown for decisions\n\n"
                "## Context and Problem Statement\n\nWhere do we write?\n\n"
                "## Considered Options\n\n* Markdown\n* Wiki\n\n"
                '## Decision Outcome\n\nChosen option: "Markdown", because it diffs.\n'
            )
        }
    )
    created = new_adr(root, "Use AsciiDoc", "1")
    text = created.read_text(encoding="utf-8")
    assert text.startswith("---\nstatus: proposed\ndate: ")
    assert "## Context and Problem Statement" in text and "## Decision Outcome" in text
    old = (root / "docs/decisions/0001-use-markdown.md").read_text(encoding="utf-8")
    assert 'status: "superseded by [ADR-0002](0002-use-asciidoc.md)"' in old
    model = analyse(load_vault(root))
    assert model.field("docs/decisions/0001-use-markdown.md", "status") == "superseded"
    assert "supersede-mismatch" not in run_cli("check", root).stdout


def test_log4brains_folder_gets_status_bullets(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "docs/adr/0001-use-log4brains.md": (
                "# Use Log4brains\n\n- Status: accepted\n- Date: 2024-01-02\n\n"
                "## Context and Problem Statement\n\nWhy.\n"
            )
        }
    )
    created = new_adr(root, "Use a wiki", "1")
    assert "- Status: proposed\n" in created.read_text(encoding="utf-8")
    old = (root / "docs/adr/0001-use-log4brains.md").read_text(encoding="utf-8")
    assert "- Status: superseded by [2. Use a wiki](0002-use-a-wiki.md)\n" in old
    assert analyse(load_vault(root)).field("docs/adr/0001-use-log4brains.md", "status") == "superseded"


def test_notes_with_properties_keep_using_properties(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Decisions/0001-use-go.md": (
                "---\ntype: adr\nstatus: accepted\n---\n# Use Go\n\n## Status\n\nAccepted\n"
            )
        }
    )
    created = new_adr(root, "Use Rust", "1")
    assert created.read_text(encoding="utf-8").startswith("---\n")
    old = (root / "Decisions/0001-use-go.md").read_text(encoding="utf-8")
    assert "status: superseded\n" in old and 'superseded_by: "[[0002-use-rust]]"' in old
