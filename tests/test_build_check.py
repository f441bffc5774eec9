"""`vaultsmith build --check`: writes nothing, exits 1 and names each generated note that is out
of date (would change, or would be removed) — what CI and pre-commit run."""

from __future__ import annotations

from pathlib import Path

from conftest import MakeVault
from test_cli import run

from vaultsmith import build

CHECKOUT = Path("SDD/Checkout SDD.md")


def snapshot(root: Path) -> dict[str, tuple[bytes, int]]:
    return {
        p.relative_to(root).as_posix(): (p.read_bytes(), p.stat().st_mtime_ns)
        for p in sorted(root.rglob("*.md"))
    }


def test_an_up_to_date_vault_passes_and_nothing_is_touched(sample_copy: Path) -> None:
    build(sample_copy)
    before = snapshot(sample_copy)
    result = run("build", "--check", sample_copy)
    assert result.returncode == 0, result.stderr
    assert "out of date" not in result.stderr
    assert snapshot(sample_copy) == before


def test_a_changed_source_note_fails_and_names_the_sdd_without_writing(sample_copy: Path) -> None:
    build(sample_copy)
    system = sample_copy / "Systems" / "Checkout.md"
    system.write_text(system.read_text().replace("owner: Team Checkout", "owner: Team Till"))
    before = snapshot(sample_copy)
    result = run("build", "--check", sample_copy)
    assert result.returncode == 1
    # the owner shows in the Checkout SDD and in the index of SDDs
    assert "2 generated notes are out of date" in result.stderr
    assert "SDD/Checkout SDD.md (would change)\n  SDD/Index.md (would change)" in result.stderr
    assert snapshot(sample_copy) == before


def test_an_sdd_whose_system_is_gone_is_named_and_kept(sample_copy: Path) -> None:
    build(sample_copy)
    (sample_copy / "Systems" / "Identity.md").unlink()
    result = run("build", "--check", "--quiet", sample_copy)
    assert result.returncode == 1
    assert "SDD/Identity SDD.md (to remove)" in result.stderr
    assert (sample_copy / "SDD" / "Identity SDD.md").is_file()


def test_a_vault_never_built_fails_and_gets_no_output_folder(sample_copy: Path) -> None:
    result = run("build", "--check", sample_copy)
    assert result.returncode == 1
    # four SDDs, their canvases, the index and the ADR register
    assert "10 generated notes are out of date" in result.stderr
    assert not (sample_copy / "SDD").exists()


def test_hand_written_kept_text_is_not_a_change(sample_copy: Path) -> None:
    build(sample_copy)
    sdd = sample_copy / CHECKOUT
    marker = "%% vaultsmith:keep dependencies %%\n"
    sdd.write_text(sdd.read_text().replace(marker, marker + "Ask Finance about the card vault.\n"))
    result = run("build", "--check", sample_copy)
    assert result.returncode == 0, result.stderr


def test_the_report_lists_what_is_stale(make_vault: MakeVault) -> None:
    root = make_vault({"A.md": "---\ntype: system\n---\n", "B.md": "---\ntype: system\n---\n"})
    build(root)
    (root / "B.md").unlink()
    (root / "A.md").write_text("---\ntype: system\nowner: Ann\n---\n")
    report = build(root, dry_run=True)
    written = ("SDD/A SDD.md", "SDD/Decisions.base", "SDD/Index.md")  # B left the ADR register
    assert (report.written, report.removed) == (written, ("SDD/B SDD.md", "SDD/B.canvas"))
    assert report.stale == (
        "SDD/A SDD.md",
        "SDD/B SDD.md",
        "SDD/B.canvas",
        "SDD/Decisions.base",
        "SDD/Index.md",
    )
