"""Templates, indexes and read-me files in decision folders, and the folder of Obsidian's
Templates plugin, are not read as notes by default; `ignore_templates = false` reads them."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MakeVault

from vaultsmith.build import load_vault
from vaultsmith.model.analysed import analyse
from vaultsmith.tools.check import check_vault

ADR = "# {n}. Use {what}\n\nDate: 2024-01-0{n}\n\n## Status\n\nAccepted\n"
VAULT: dict[str, str | bytes] = {
    "Systems/Shop.md": "---\ntype: system\n---\n",
    "doc/adr/0001-use-go.md": ADR.format(n=1, what="Go"),
    "doc/adr/README.md": "# Decisions\n\n* [[0001-use-go]]\n* [[0002-missing]]\n",
    "doc/adr/template.md": "# NUMBER. TITLE\n\nDate: [YYYY-MM-DD when decided]\n\n## Status\n\nproposed\n",
    "docs/decisions/adr-template.md": "---\nstatus: proposed\ndate: YYYY-MM-DD\n---\n# {title}\n",
    "docs/decisions/index.md": "# Decision log\n",
    "docs/decisions/0001-use-kafka.md": "---\nstatus: accepted\n---\n# Use Kafka\n",
    "docs/architecture-decisions/adr000-template.md": "# ADR000: Title\n\n## Status\n\nproposed\n",
    "docs/architecture-decisions/adr001-use-ts.md": "# ADR001: Use TypeScript\n\n## Status\n\naccepted\n",
    ".obsidian/templates.json": '{"folder": "+Templates"}',
    "+Templates/Project.md": '---\ntype: Project\nsystem: "[[Project - Name]]"\n---\n{{title}}\n',
    "README.md": "# The vault's own read-me is a note\n",
}


@pytest.fixture
def vault(make_vault: MakeVault) -> Path:
    return make_vault(dict(VAULT))


def test_templates_indexes_and_readmes_in_decision_folders_are_not_notes(vault: Path) -> None:
    notes = set(analyse(load_vault(vault)).notes)
    assert notes == {
        "Systems/Shop.md",
        "doc/adr/0001-use-go.md",
        "docs/decisions/0001-use-kafka.md",
        "docs/architecture-decisions/adr001-use-ts.md",
        "README.md",
    }


def test_check_lints_no_placeholder_in_a_template(vault: Path) -> None:
    paths = {d.path for d in check_vault(vault)}
    assert not {p for p in paths if "emplate" in p or p.endswith(("README.md", "index.md"))} - {"README.md"}


def test_ignore_templates_false_reads_them_as_notes(vault: Path) -> None:
    (vault / "vaultsmith.toml").write_text("ignore_templates = false\n", encoding="utf-8")
    notes = set(analyse(load_vault(vault)).notes)
    assert {"doc/adr/template.md", "doc/adr/README.md", "+Templates/Project.md"} <= notes
