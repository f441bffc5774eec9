"""`init --detect` proposes a mapping from what the notes use, writes only when asked, and never
replaces a vaultsmith.toml that is there."""

from __future__ import annotations

import shutil
from pathlib import Path

from cli_support import run_cli
from conftest import MakeVault

from vaultsmith.tools.detect import detect

FIXTURES = Path(__file__).parent / "fixtures" / "vaults"


def test_type_values_and_property_names_are_counted_and_mapped(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    shutil.copytree(FIXTURES / "obsidian-arch", root)
    proposal = detect(root)
    assert ("Project", 2, "system") in proposal.type_values
    assert ("Service", 4, "component") in proposal.type_values
    assert ("Meeting", 1, None) in proposal.type_values
    assert ("dependsOn", 2, "depends_on") in proposal.spelled
    assert [(name, ours) for name, _, ours, _ in proposal.properties] == [("project", "system")]
    assert proposal.templates_folder == "+Templates"
    assert proposal.decision_folders == (("Decisions", 4, "properties"),)
    assert [s.name for s in proposal.systems] == ["Project - Identity", "Project - Payments"]


def test_the_proposal_is_the_same_every_time(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    shutil.copytree(FIXTURES / "adr-tools", root)
    assert detect(root).text == detect(root).text


def test_a_property_linking_other_notes_is_not_mapped_to_system(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Shop.md": "---\ntype: system\n---\n",
            "Cart.md": '---\ntype: component\nsystem: "[[Shop]]"\nreviewer: "[[Ann]]"\n---\n',
            "Ann.md": "# Ann\n",
        }
    )
    assert detect(root).properties == ()


def test_an_existing_config_is_never_replaced(make_vault: MakeVault) -> None:
    root = make_vault({"vaultsmith.toml": 'output = "Design"\n', "A.md": "---\ntype: Project\n---\n"})
    result = run_cli("init", root, "--detect", "--write")
    assert result.returncode != 0
    assert "vaultsmith.toml" in result.stderr and "left as it is" in result.stderr
    assert (root / "vaultsmith.toml").read_text(encoding="utf-8") == 'output = "Design"\n'


def test_write_without_detect_is_a_usage_error(make_vault: MakeVault) -> None:
    assert run_cli("init", make_vault({}), "--write").returncode == 2


def test_a_vault_with_no_system_is_told_how_to_map_one(make_vault: MakeVault) -> None:
    root = make_vault({"Notes/A.md": "---\ntype: Meeting\n---\n"})
    text = detect(root).text
    assert "finds no system" in text and "[types.values]" in text


def test_a_folder_of_adrs_beside_an_untyped_overview_gets_the_config_line_that_makes_it_the_system(
    make_vault: MakeVault,
) -> None:
    adr = "# {n}. {title}\n\nDate: 2024-0{n}-01\n\n## Status\n\n{status}\n\n## Context\n\nWhy.\n\n## Decision\n\nWhat.\n"  # noqa: E501
    root = make_vault(
        {
            "Toolkit.md": "# Toolkit\n\nCommand-line tools for decision records.\n",
            "doc/adr/0001-record-decisions.md": adr.format(n=1, title="Record decisions", status="Accepted"),
            "doc/adr/0002-use-bash.md": adr.format(n=2, title="Use Bash", status="Superseded by [3. Use Python](0003-use-python.md)"),  # noqa: E501
            "doc/adr/0003-use-python.md": adr.format(n=3, title="Use Python", status="Accepted\n\nSupersedes [2. Use Bash](0002-use-bash.md)"),  # noqa: E501
        }
    )
    before = {p: p.read_bytes() for p in root.rglob("*.md")}
    text = detect(root).text
    assert '# [types.files]\n# "Toolkit.md" = "system"\n' in text
    # The user takes the proposal as it says: the two lines uncommented, no note edited.
    (root / "vaultsmith.toml").write_text('[types.files]\n"Toolkit.md" = "system"\n', encoding="utf-8")
    assert run_cli("build", root).returncode == 0
    sdd = (root / "SDD" / "Toolkit SDD.md").read_text(encoding="utf-8")
    for name in ("0001-record-decisions", "0002-use-bash", "0003-use-python"):
        assert f"[[{name}]]" in sdd
    assert {p: p.read_bytes() for p in before} == before
