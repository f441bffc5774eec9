"""Targets the PRDs set: one figure set twice with different values is a conflict to settle,
the same value set twice is one row, and a draft PRD's targets are marked draft."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MakeVault

from vaultsmith import build

STYLES = ("standard", "c4", "detailed", "hld-lld", "design-doc")


def prd(name: str, status: str, p99: int, availability: str) -> str:
    return (
        f'---\ntype: prd\nsystem: "[[Shop]]"\nstatus: {status}\n'
        f'nfr:\n  latency_p99_ms: {p99}\n  availability: "{availability}"\n---\n# {name}\n'
    )


def shop(make_vault: MakeVault, second_p99: int) -> Path:
    return make_vault({
        "Shop.md": "---\ntype: system\ndescription: Sells.\n---\n",
        "PRD A.md": prd("PRD A", "approved", 300, "99.95%"),
        "PRD B.md": prd("PRD B", "draft", second_p99, "99.95%"),
    })


def sdd(root: Path, style: str) -> str:
    report = build(root, template=style)
    assert report.ok, [str(d) for d in report.diagnostics]
    return (root / "SDD" / "Shop SDD.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("style", STYLES)
def test_two_prds_setting_different_targets_show_a_conflict_not_two_values(
    make_vault: MakeVault, style: str
) -> None:
    text = sdd(shop(make_vault, 250), style)
    conflict = "**conflict to settle**: 300 in [[PRD A]] vs 250 in [[PRD B]] (draft)"
    assert conflict in text
    assert "Conflicting targets for Latency p99 (ms): 300 in [[PRD A]] vs 250 in [[PRD B]] (draft)" in text
    assert not [line for line in text.split("\n") if "| 250 |" in line or line.endswith(": 250 ([[PRD B]])")]


@pytest.mark.parametrize("style", STYLES)
def test_a_target_two_prds_agree_on_is_stated_once_with_both_sources(
    make_vault: MakeVault, style: str
) -> None:
    text = sdd(shop(make_vault, 300), style)
    assert "conflict to settle" not in text and "Conflicting targets" not in text
    rows = [line for line in text.split("\n") if line.startswith("| Availability |")]
    assert len(rows) <= 1
    if rows:
        assert rows[0] == "| Availability | 99.95% | [[PRD A]], [[PRD B]] |"


def test_a_target_only_a_draft_prd_sets_is_marked_draft(make_vault: MakeVault) -> None:
    root = make_vault({
        "Shop.md": "---\ntype: system\ndescription: Sells.\n---\n",
        "PRD B.md": prd("PRD B", "draft", 250, "99.9%"),
    })
    assert "- **Latency p99 (ms)**: 250 (draft) ([[PRD B]])" in sdd(root, "standard")
    assert "| Latency p99 (ms) | 250 (draft) | [[PRD B]] |" in sdd(root, "c4")
