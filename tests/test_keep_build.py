"""Kept blocks end to end: text written by hand into a generated SDD survives `vaultsmith build`."""

from __future__ import annotations

from pathlib import Path

from test_cli import run

from vaultsmith import build

CHECKOUT = Path("SDD/Checkout SDD.md")
KEEP = "%% vaultsmith:keep {name} %%\n"


def write_kept(sdd: Path, name: str, text: str) -> None:
    marker = KEEP.format(name=name)
    content = sdd.read_text(encoding="utf-8")
    assert marker in content, f"no block {name} in {sdd}"
    sdd.write_text(content.replace(marker, marker + text, 1), encoding="utf-8")


def section(text: str, heading: str) -> str:
    """The text of the `##` section whose heading contains `heading`."""
    after = text.split("\n## ")
    return next(part for part in after if heading in part.split("\n", 1)[0])


def test_kept_text_survives_a_rebuild_that_changes_the_sdd(sample_copy: Path) -> None:
    build(sample_copy)
    sdd = sample_copy / CHECKOUT
    write_kept(sdd, "dependencies", "Agreed with Fulfilment on 3 May: events only, no calls.\n")
    system = sample_copy / "Systems" / "Checkout.md"
    system.write_text(system.read_text().replace("owner: Team Checkout", "owner: Team Till"))
    result = run("build", sample_copy)
    assert result.returncode == 0, result.stderr
    assert "written: SDD/Checkout SDD.md" in result.stdout
    text = sdd.read_text(encoding="utf-8")
    assert "Team Till" in text
    assert "Agreed with Fulfilment on 3 May: events only, no calls." in section(text, "Dependencies")


def test_a_block_left_open_keeps_the_file_and_names_the_line(sample_copy: Path) -> None:
    build(sample_copy)
    sdd = sample_copy / CHECKOUT
    content = sdd.read_text(encoding="utf-8")
    marker = KEEP.format(name="dependencies")
    broken = content.replace(marker + "%% vaultsmith:end %%\n", marker + "My notes, no end marker.\n", 1)
    sdd.write_text(broken, encoding="utf-8")
    line = broken.split("\n").index(marker.strip()) + 1
    system = sample_copy / "Systems" / "Checkout.md"
    system.write_text(system.read_text().replace("owner: Team Checkout", "owner: Team Till"))
    result = run("build", sample_copy)
    assert result.returncode == 1
    assert f"SDD/Checkout SDD.md:{line}: error:" in result.stderr
    assert "[keep-unterminated]" in result.stderr
    assert sdd.read_text(encoding="utf-8") == broken


def test_a_block_whose_section_a_new_style_lacks_moves_to_the_end_with_a_warning(sample_copy: Path) -> None:
    build(sample_copy)
    sdd = sample_copy / CHECKOUT
    write_kept(sdd, "technology-stack", "Fraud team to review the 3-D Secure fallback.\n")
    write_kept(sdd, "dependencies", "Events only between Checkout and Fulfilment.\n")
    result = run("build", "--template", "c4", sample_copy)
    assert result.returncode == 0, result.stderr
    assert "[kept-block-moved]" in result.stderr and "technology-stack" in result.stderr
    text = sdd.read_text(encoding="utf-8")
    assert "Events only between Checkout and Fulfilment." in section(text, "Dependencies")  # c4 has one too
    moved = section(text, "Kept notes without a place")
    assert "%% vaultsmith:keep technology-stack %%\nFraud team to review" in moved
    back = run("build", "--template", "standard", sample_copy)
    assert back.returncode == 0, back.stderr
    text = sdd.read_text(encoding="utf-8")
    assert "Kept notes without a place" not in text
    assert "Fraud team to review the 3-D Secure fallback." in section(text, "Technology stack")
