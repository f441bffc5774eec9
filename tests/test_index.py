"""SDD/Index.md: every system with its SDD, style, coverage, gaps and open decisions; written
like the SDDs (marker, atomic, only when changed) and removed when no system is left."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import MakeVault
from sdd_styles import frontmatter, sample_outputs
from test_cli import run

from vaultsmith import build
from vaultsmith.write.files import is_generated


@pytest.fixture(scope="module")
def sample_index(tmp_path_factory: pytest.TempPathFactory) -> str:
    return sample_outputs(tmp_path_factory)["standard"]["Index.md"]


def rows(index: str) -> dict[str, list[str]]:
    found = {}
    for line in index.split("\n"):
        if line.startswith("| [["):
            cells = [c.strip() for c in re.split(r"(?<!\\)\|", line)[1:-1]]
            found[cells[0]] = cells
    return found


def test_index_lists_every_system_with_its_sdd_style_coverage_gaps_and_open_decisions(
    sample_index: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    table = rows(sample_index)
    assert sorted(table) == ["[[Catalog]]", "[[Checkout]]", "[[Fulfilment]]", "[[Identity]]"]
    checkout = table["[[Checkout]]"]
    assert checkout[1:4] == ["[[Checkout SDD]]", "[[Checkout.canvas]]", "standard"]
    sdd = frontmatter(sample_outputs(tmp_path_factory)["standard"]["Checkout SDD.md"])
    assert checkout[6] == f"{round(float(str(sdd['coverage'])) * 100)}%"
    assert checkout[7] == str(sdd["gaps"])
    assert checkout[8] == "[[0012-introduce-envoy-edge-load-balancer]]"
    assert table["[[Fulfilment]]"][8] == "—"


def test_index_properties_link_every_system_and_sdd_and_carry_the_marker(sample_index: str) -> None:
    properties = frontmatter(sample_index)
    assert properties["type"] == "sdd-index"
    assert properties["systems"] == ["[[Catalog]]", "[[Checkout]]", "[[Fulfilment]]", "[[Identity]]"]
    assert properties["sdds"] == [
        "[[Catalog SDD]]",
        "[[Checkout SDD]]",
        "[[Fulfilment SDD]]",
        "[[Identity SDD]]",
    ]
    assert is_generated(sample_index.encode("utf-8"))


def test_index_in_each_style_names_that_style(tmp_path_factory: pytest.TempPathFactory) -> None:
    for style, files in sample_outputs(tmp_path_factory).items():
        assert {cells[3] for cells in rows(files["Index.md"]).values()} == {style}


def test_index_is_unchanged_by_a_second_build(sample_copy: Path) -> None:
    build(sample_copy)
    index = sample_copy / "SDD/Index.md"
    before = (index.read_bytes(), index.stat().st_mtime_ns)
    report = build(sample_copy)
    assert "SDD/Index.md" in report.unchanged
    assert (index.read_bytes(), index.stat().st_mtime_ns) == before


def test_index_links_an_sdd_written_for_the_first_time_as_later_builds_do(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Shop.md": "---\ntype: system\n---\n", "Shop SDD.md": "a user's note\n"})
    build(root)
    first = (root / "SDD/Index.md").read_bytes()
    assert b"[[SDD/Shop SDD\\|Shop SDD]]" in first  # a root note of the same name would win
    build(root)
    assert (root / "SDD/Index.md").read_bytes() == first


def test_index_is_removed_when_no_system_is_left(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Shop.md": "---\ntype: system\n---\n"})
    build(root)
    assert (root / "SDD/Index.md").is_file()
    (root / "Systems/Shop.md").unlink()
    report = build(root)
    assert sorted(report.removed) == [
        "SDD/Decisions.base",
        "SDD/Index.md",
        "SDD/Shop SDD.md",
        "SDD/Shop.canvas",
    ]
    assert not (root / "SDD/Index.md").exists()
    assert not (root / "SDD/Decisions.base").exists()


def test_a_users_own_index_note_is_never_overwritten(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Shop.md": "---\ntype: system\n---\n", "SDD/Index.md": "# My own index\n"})
    report = build(root)
    assert [(d.path, d.code) for d in report.errors] == [("SDD/Index.md", "overwrite-refused")]
    assert (root / "SDD/Index.md").read_text(encoding="utf-8") == "# My own index\n"
    assert (root / "SDD/Shop SDD.md").is_file()


def test_cli_summary_counts_sdds_and_names_the_index_apart(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Shop.md": "---\ntype: system\n---\n"})
    result = run("build", root)
    assert result.returncode == 0, result.stderr
    assert "written: SDD/Index.md" in result.stdout
    assert "1 SDDs written, 0 unchanged" in result.stdout
