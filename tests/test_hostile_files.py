"""Files that change under vaultsmith's feet, and output paths that lead somewhere else.

Each test makes the situation for real on disk: a note deleted between the scan and the read,
a note swapped for a symbolic link or a named pipe, an output folder that is a link out of the
vault, a link where an SDD goes, a temporary file a killed build left.
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

import pytest
from conftest import MakeVault

from vaultsmith import build
from vaultsmith.cache.parallel import parse_files
from vaultsmith.cache.store import cache_file
from vaultsmith.config import Config
from vaultsmith.diagnostics import Diagnostic
from vaultsmith.live.session import VaultSession
from vaultsmith.sdd.naming import MAX_NAME_BYTES, safe_file_stem, sdd_paths
from vaultsmith.vault import scan as scan_module
from vaultsmith.vault.scan import MAX_NOTE_BYTES, printable, read_note_file, scan
from vaultsmith.write.files import TEMP_SUFFIX, is_generated

SYSTEM = "---\ntype: system\ndescription: Takes payments.\nowner: Team A\n---\n# Payments\n"


def codes(diagnostics: Iterable[Diagnostic]) -> set[tuple[str, str]]:
    return {(d.path, d.code) for d in diagnostics}


# ------------------------------------------------------------------ reading


def test_note_deleted_between_scan_and_read_is_a_warning_and_the_build_goes_on(make_vault: MakeVault) -> None:
    root = make_vault({"A.md": "[[Payments]]\n", "Systems/Payments.md": SYSTEM, "Z.md": "z\n"})

    def delete_z(done: int, total: int) -> None:
        if done == 1:
            (root / "Z.md").unlink()  # scanned, not read yet: notes are read in path order

    report = build(root, progress=delete_z, use_cache=False)
    assert ("Z.md", "vanished") in codes(report.diagnostics)
    assert "SDD/Payments SDD.md" in report.written


def test_note_swapped_for_a_link_out_of_the_vault_after_the_scan_is_not_read(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    root = make_vault({"Note.md": "mine\n"})
    entries = scan(root, Config()).notes
    secret = tmp_path / "secret.md"
    secret.write_text("---\ntype: system\n---\nsecret\n", encoding="utf-8")
    (root / "Note.md").unlink()
    (root / "Note.md").symlink_to(secret)
    (parsed,) = parse_files(root, entries)
    assert parsed.result is None
    assert [(d.code, d.message) for d in parsed.problems] == [
        ("unreadable", "cannot read: it is a symbolic link now; not followed")
    ]


def test_note_swapped_for_a_named_pipe_after_the_scan_does_not_block(make_vault: MakeVault) -> None:
    root = make_vault({"Note.md": "mine\n"})
    entries = scan(root, Config()).notes
    (root / "Note.md").unlink()
    os.mkfifo(root / "Note.md")
    (parsed,) = parse_files(root, entries)
    assert [(d.code, d.message) for d in parsed.problems] == [
        ("unreadable", "cannot read: not a regular file")
    ]


def test_watch_does_not_block_on_a_pipe_or_follow_a_link_that_appears(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM})
    secret = tmp_path / "Secret.md"
    secret.write_text("---\ntype: system\n---\n", encoding="utf-8")
    session = VaultSession(root)
    session.build()
    os.mkfifo(root / "Pipe.md")
    (root / "Secret.md").symlink_to(secret)
    report = session.apply({"Pipe.md", "Secret.md"}, set())  # returns: the pipe was not opened
    assert report.written == ()
    assert not session.live.has_file("Pipe.md") and not session.live.has_file("Secret.md")
    assert not (root / "SDD/Secret SDD.md").exists()


def test_named_pipe_and_symbolic_links_are_skipped_by_the_scan(make_vault: MakeVault, tmp_path: Path) -> None:
    root = make_vault({"Real.md": "x\n"})
    os.mkfifo(root / "Pipe.md")
    (root / "Loop").symlink_to(".")
    (root / "Outside.md").symlink_to(tmp_path)
    files = scan(root, Config())
    assert [note.path for note in files.notes] == ["Real.md"]
    assert codes(files.diagnostics) == {
        ("Pipe.md", "not-a-file"),
        ("Loop", "symlink-skipped"),
        ("Outside.md", "symlink-skipped"),
    }


def test_names_no_link_can_hold_are_skipped_with_a_printable_path(make_vault: MakeVault) -> None:
    root = make_vault({"Good.md": "x\n", "Bad\udcff.md": "x\n", "Tab\there.md": "x\n"})
    files = scan(root, Config())
    assert [note.path for note in files.notes] == ["Good.md"]
    assert codes(files.diagnostics) == {("Bad\ufffd.md", "unusable-name"), ("Tab\\there.md", "unusable-name")}
    assert printable("a\nb\udcfe") == "a\\nb\ufffd"


def test_note_larger_than_the_limit_is_skipped_by_the_scan(make_vault: MakeVault) -> None:
    root = make_vault({"Small.md": "x\n"})
    with (root / "Huge.md").open("wb") as handle:
        handle.truncate(MAX_NOTE_BYTES + 1)  # sparse: no real disk used
    files = scan(root, Config())
    assert [note.path for note in files.notes] == ["Small.md"]
    assert codes(files.diagnostics) == {("Huge.md", "note-too-large")}


def test_read_note_file_reads_a_regular_file(make_vault: MakeVault) -> None:
    root = make_vault({"A/Note.md": b"\xef\xbb\xbfbytes\r\n"})
    assert read_note_file(root, "A/Note.md") == b"\xef\xbb\xbfbytes\r\n"
    with pytest.raises(FileNotFoundError):
        read_note_file(root, "A/Gone.md")


def test_read_note_file_reads_on_after_a_short_read(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A read may return less than asked for (a network file system, a signal): what is left is
    read too, up to the end of the file."""
    text = b"---\ntype: component\n---\n" + b"body line\n" * 500
    root = make_vault({"Note.md": text})
    real_read = os.read
    monkeypatch.setattr(scan_module.os, "read", lambda descriptor, size: real_read(descriptor, min(size, 7)))
    assert read_note_file(root, "Note.md") == text


def test_read_note_file_refuses_a_note_that_grew_past_the_limit(make_vault: MakeVault) -> None:
    root = make_vault({"Note.md": "x"})
    with (root / "Note.md").open("wb") as handle:
        handle.truncate(MAX_NOTE_BYTES + 10)  # sparse
    with pytest.raises(OSError, match="grew larger"):
        read_note_file(root, "Note.md")


# ------------------------------------------------------------------ writing


def test_symbolic_link_where_an_sdd_goes_is_left_alone(make_vault: MakeVault, tmp_path: Path) -> None:
    target = tmp_path / "elsewhere.md"
    target.write_text("---\ngenerated_by: vaultsmith 0\n---\nnot yours to replace\n", encoding="utf-8")
    root = make_vault({"Systems/Payments.md": SYSTEM})
    (root / "SDD").mkdir()
    (root / "SDD/Payments SDD.md").symlink_to(target)
    report = build(root)
    assert ("SDD/Payments SDD.md", "write-refused") in codes(report.diagnostics)
    assert (root / "SDD/Payments SDD.md").is_symlink()
    assert target.read_text(encoding="utf-8").endswith("not yours to replace\n")


def test_output_folder_linked_out_of_the_vault_is_not_written_or_cleaned(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    stale = outside / "Old SDD.md"
    stale.write_text("---\ngenerated_by: vaultsmith 0\n---\nold\n", encoding="utf-8")
    root = make_vault({"Systems/Payments.md": SYSTEM})
    (root / "SDD").symlink_to(outside)
    report = build(root)
    assert ("SDD/Payments SDD.md", "write-refused") in codes(report.diagnostics)
    assert sorted(p.name for p in outside.iterdir()) == ["Old SDD.md"], "nothing written or removed outside"


def test_stale_temporary_files_in_the_output_folder_are_removed(make_vault: MakeVault) -> None:
    leftover = ".Payments SDD.md.k3j4.vaultsmith-tmp"
    root = make_vault({"Systems/Payments.md": SYSTEM, f"SDD/{leftover}": "---\npartial", "SDD/.keep": "mine"})
    build(root)
    written = ["Decisions.base", "Index.md", "Payments SDD.md", "Payments.canvas"]
    assert sorted(p.name for p in (root / "SDD").iterdir()) == [".keep", *written]
    assert not any(p.name.endswith(TEMP_SUFFIX) for p in root.rglob("*"))


def test_dry_run_leaves_stale_temporary_files_alone(make_vault: MakeVault) -> None:
    leftover = ".Payments SDD.md.k3j4.vaultsmith-tmp"
    root = make_vault({"Systems/Payments.md": SYSTEM, f"SDD/{leftover}": "---\npartial"})
    build(root, dry_run=True)
    assert (root / "SDD" / leftover).exists()


def test_named_pipe_where_an_sdd_goes_is_refused_without_blocking(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM})
    (root / "SDD").mkdir()
    os.mkfifo(root / "SDD/Payments SDD.md")
    report = build(root)
    assert ("SDD/Payments SDD.md", "write-failed") in codes(report.diagnostics)


# ------------------------------------------------------------------ names


@pytest.mark.parametrize(
    ("name", "stem"),
    [
        ("../../etc/passwd", "etc-passwd"),
        ("/absolute/path", "absolute-path"),
        ("C:\\Windows\\system32", "C-Windows-system32"),
        ('a:b*c?d"e<f>g|h', "a-b-c-d-e-f-g-h"),
        ("CON", "_CON"),
        ("nul.txt", "_nul.txt"),
        ("LPT9 .md", "_LPT9 .md"),
        ("Conference", "Conference"),
        ("Node.js", "Node.js"),
        ("...", "untitled"),
        ("", "untitled"),
        ("New\nline\ttab", "New-line-tab"),
        ("rtl\u202eevil", "rtl-evil"),
        ("bad\udcffbyte", "bad-byte"),
        ("🚀 Launch", "🚀 Launch"),
        ("Cafe\u0301", "Café"),
    ],
)
def test_system_name_becomes_a_safe_file_stem(name: str, stem: str) -> None:
    assert safe_file_stem(name) == stem


def test_long_names_are_cut_on_a_character_boundary() -> None:
    stem = safe_file_stem("é" * 200)
    assert len(stem.encode("utf-8")) <= MAX_NAME_BYTES
    assert stem == "é" * (MAX_NAME_BYTES // 2)
    assert len(f"{stem} (99) SDD.md".encode()) <= 255


def test_names_that_clean_up_alike_get_distinct_files_inside_the_output_folder() -> None:
    systems = [("a.md", "Shop"), ("b.md", "shop"), ("c.md", "Sh:op"), ("d.md", "Sh?op"), ("e.md", "Café")]
    systems.append(("f.md", "Cafe\u0301"))
    paths = sdd_paths("SDD", systems)
    assert len({path.casefold() for path in paths.values()}) == len(systems)
    assert all(path.startswith("SDD/") and path.count("/") == 1 for path in paths.values())
    assert paths["b.md"] == "SDD/shop (2) SDD.md"


def test_generated_marker_is_found_only_in_frontmatter() -> None:
    assert is_generated(b"---\ngenerated_by: vaultsmith 1\n---\n")
    assert not is_generated(b"# Title\ngenerated_by: vaultsmith 1\n")


# ------------------------------------------------------------------ the parse cache


def test_cache_damaged_in_the_middle_is_dropped_and_the_build_is_right(make_vault: MakeVault) -> None:
    root = make_vault(
        {"Systems/Payments.md": SYSTEM, **{f"Notes/N{i}.md": f"[[Payments]] {i}\n" for i in range(200)}}
    )
    for path in root.rglob("*.md"):
        os.utime(path, (1_000_000_000, 1_000_000_000))  # old enough for the cache to keep them
    build(root)
    expected = (root / "SDD/Payments SDD.md").read_bytes()
    (root / "SDD/Payments SDD.md").unlink()
    data = bytearray(cache_file(root).read_bytes())
    middle = len(data) // 2
    data[middle : middle + 4096] = os.urandom(4096)  # a torn page, as a failing disk leaves one
    cache_file(root).write_bytes(bytes(data))
    report = build(root)
    assert "SDD/Payments SDD.md" in report.written
    assert (root / "SDD/Payments SDD.md").read_bytes() == expected
    assert all(d.code.startswith("cache-") for d in report.diagnostics if d.severity.value == "warning")
