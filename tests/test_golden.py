"""Golden files: building sample_vault reproduces its committed SDDs byte for byte.

After an intended change to the output, regenerate them with `vaultsmith build sample_vault`
and review the diff before committing.
"""

from __future__ import annotations

from pathlib import Path

from conftest import SAMPLE_VAULT

from vaultsmith import build

GOLDEN = SAMPLE_VAULT / "SDD"


def generated(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted((root / "SDD").rglob("*.md"))}


def test_building_sample_vault_reproduces_the_committed_sdds(sample_copy: Path) -> None:
    report = build(sample_copy)
    assert report.ok, report.diagnostics
    expected = generated(SAMPLE_VAULT)
    assert expected, "sample_vault/SDD holds no committed SDDs"
    actual = generated(sample_copy)
    assert sorted(actual) == sorted(expected)
    for name, content in expected.items():
        assert actual[name] == content, f"{name} differs: regenerate with `vaultsmith build sample_vault`"


def test_sample_vault_has_every_note_type_and_three_systems(sample_copy: Path) -> None:
    from vaultsmith.build import load_vault
    from vaultsmith.model.analysed import analyse

    model = analyse(load_vault(sample_copy))
    counts: dict[str, int] = {}
    for _, data in model.graph.nodes(data=True):
        counts[data["type"]] = counts.get(data["type"], 0) + 1
    assert counts["system"] >= 3
    assert all(counts.get(kind, 0) >= 1 for kind in ("prd", "component", "technology", "adr"))
    assert sum(1 for n in model.notes.values() if not n.note.generated) >= 40
