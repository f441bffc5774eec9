"""Writer safety: only generated notes are replaced or removed, atomically, and only on change."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import MakeVault

from vaultsmith import build
from vaultsmith.write.files import Output, is_generated, write_outputs

SYSTEM = "---\ntype: system\ndescription: Takes payments.\nowner: Team A\n---\n# Payments\n"


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_build_writes_one_sdd_per_system(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM, "Systems/Ledger.md": SYSTEM})
    report = build(root)
    assert sorted(report.written) == [
        "SDD/Decisions.base",
        "SDD/Index.md",
        "SDD/Ledger SDD.md",
        "SDD/Ledger.canvas",
        "SDD/Payments SDD.md",
        "SDD/Payments.canvas",
    ]
    assert is_generated((root / "SDD/Payments SDD.md").read_bytes())


def test_second_build_changes_no_byte_and_no_mtime(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM})
    build(root)
    before = snapshot(root)
    report = build(root)
    assert report.written == ()
    assert report.unchanged == (
        "SDD/Decisions.base",
        "SDD/Index.md",
        "SDD/Payments SDD.md",
        "SDD/Payments.canvas",
    )
    assert snapshot(root) == before


def test_user_note_in_the_way_is_never_overwritten(make_vault: MakeVault) -> None:
    mine = "# My own notes about Payments\n"
    root = make_vault({"Systems/Payments.md": SYSTEM, "SDD/Payments SDD.md": mine})
    report = build(root)
    assert (root / "SDD/Payments SDD.md").read_text(encoding="utf-8") == mine
    assert report.refused == ("SDD/Payments SDD.md",)
    assert not report.ok
    assert any(d.code == "overwrite-refused" and d.path == "SDD/Payments SDD.md" for d in report.diagnostics)


def test_note_with_other_generated_by_is_not_ours(make_vault: MakeVault) -> None:
    other = "---\ngenerated_by: some-other-tool\n---\nhand written\n"
    root = make_vault({"Systems/Payments.md": SYSTEM, "SDD/Payments SDD.md": other})
    build(root)
    assert (root / "SDD/Payments SDD.md").read_text(encoding="utf-8") == other


def test_sdd_of_deleted_system_is_removed(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM, "Systems/Ledger.md": SYSTEM})
    build(root)
    (root / "Systems/Ledger.md").unlink()
    report = build(root)
    assert report.removed == ("SDD/Ledger SDD.md", "SDD/Ledger.canvas")
    assert not (root / "SDD/Ledger SDD.md").exists()
    assert not (root / "SDD/Ledger.canvas").exists()
    assert (root / "SDD/Payments SDD.md").exists()


def test_user_notes_in_output_folder_are_never_removed(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM, "SDD/Reading list.md": "# Reading\n"})
    build(root)
    build(root)
    assert (root / "SDD/Reading list.md").read_text(encoding="utf-8") == "# Reading\n"


def test_dry_run_writes_nothing(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM})
    before = snapshot(root)
    report = build(root, dry_run=True)
    assert report.written == (
        "SDD/Decisions.base",
        "SDD/Index.md",
        "SDD/Payments SDD.md",
        "SDD/Payments.canvas",
    )
    assert snapshot(root) == before


def test_out_option_writes_elsewhere_inside_the_vault(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM})
    report = build(root, out="Design/Docs")
    assert report.written == (
        "Design/Docs/Decisions.base",
        "Design/Docs/Index.md",
        "Design/Docs/Payments SDD.md",
        "Design/Docs/Payments.canvas",
    )


def test_atomic_write_leaves_no_temporary_files(tmp_path: Path) -> None:
    report = write_outputs(
        tmp_path, [Output("SDD/A SDD.md", "---\ngenerated_by: vaultsmith 0\n---\n")], "SDD"
    )
    assert report.written == ["SDD/A SDD.md"]
    assert sorted(os.listdir(tmp_path / "SDD")) == ["A SDD.md"]


def test_changed_vault_rewrites_only_the_affected_sdd(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM, "Systems/Ledger.md": SYSTEM})
    build(root)
    ledger_before = snapshot(root)["SDD/Ledger SDD.md"]
    (root / "Systems/Payments.md").write_text(
        SYSTEM.replace("Takes payments.", "Takes money."), encoding="utf-8"
    )
    report = build(root)
    assert report.written == ("SDD/Payments SDD.md",)
    assert "Takes money." in (root / "SDD/Payments SDD.md").read_text(encoding="utf-8")
    assert snapshot(root)["SDD/Ledger SDD.md"] == ledger_before


def test_note_text_with_template_syntax_is_written_as_is(make_vault: MakeVault) -> None:
    system = SYSTEM.replace("Takes payments.", '"Uses {{ secret }} and {% raw %}"')
    root = make_vault({"Systems/Payments.md": system})
    build(root)
    assert "Uses {{ secret }} and {% raw %}" in (root / "SDD/Payments SDD.md").read_text(encoding="utf-8")
