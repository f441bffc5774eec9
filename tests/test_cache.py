"""The parse cache: unchanged notes are not parsed again; changed, new and gone notes are seen;
a broken, foreign or locked cache file never breaks a build."""

from __future__ import annotations

import dataclasses
import json
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from conftest import MakeVault

from vaultsmith.build import load_vault
from vaultsmith.cache import codec
from vaultsmith.cache import store as cache_module
from vaultsmith.cache.load import read_notes
from vaultsmith.cache.store import cache_file, open_cache
from vaultsmith.config import Config
from vaultsmith.config.resources import builtin_templates
from vaultsmith.vault.parse import ParseResult, parse_note
from vaultsmith.vault.scan import scan

COMPONENT = (
    '---\ntype: component\nsystem: "[[Payments]]"\nuses:\n  - "[[Redis]]"\ncreated: 2024-01-02\n---\n'
    "# Ledger\n\nSee [[Redis#Usage|the cache]], ![[Diagram.png]] and [docs](Docs%20Page.md).\n"
    "#ops/runbook\n\n## Status\n\nAccepted ^b1\n"
)
HOUR_NS = 3600 * 10**9


def age(root: Path, hours: int = 1) -> None:
    """Give every file an mtime an hour (or more) ago, as notes nobody is editing have."""
    stamp = time.time_ns() - hours * HOUR_NS
    for path in root.rglob("*"):
        if path.is_file():
            os.utime(path, ns=(stamp, stamp))


def cached(make_vault: MakeVault) -> Path:
    """A vault of one note, `Notes/A.md` ("a"), which is in the parse cache."""
    root = make_vault({"Notes/A.md": "a"})
    age(root)
    load_vault(root)
    return root


def reread(root: Path) -> int:
    """How many notes a load of `root` parsed (the others came from the cache)."""
    files = scan(root, Config())
    store = open_cache(root)
    try:
        return read_notes(root, files.notes, store).parsed
    finally:
        store.close()


def test_codec_gives_back_the_same_note_and_diagnostics() -> None:
    result = parse_note("Components/Ledger.md", COMPONENT.encode() + b"\n---\nbad: [\n")
    broken = parse_note("Notes/Broken.md", b"---\ntitle: [unclosed\n---\nbody\n")
    assert codec.decode(codec.encode(result)) == result
    assert codec.decode(codec.encode(broken)) == broken
    assert broken.diagnostics  # the diagnostics travel too


@pytest.mark.parametrize("text", ["", "not json", "[1, 2]", '[["a"], []]', "null"])
def test_codec_refuses_what_it_did_not_write(text: str) -> None:
    with pytest.raises(codec.CodecError):
        codec.decode(text)


def test_unchanged_notes_come_from_the_cache(make_vault: MakeVault) -> None:
    root = make_vault({"Components/Ledger.md": COMPONENT, "Systems/Payments.md": "---\ntype: system\n---\n"})
    age(root)
    assert reread(root) == 2
    assert reread(root) == 0
    assert load_vault(root).notes == load_vault(root, cache=False).notes


def test_a_changed_note_is_parsed_again(make_vault: MakeVault) -> None:
    root = make_vault({"Components/Ledger.md": COMPONENT})
    age(root, hours=2)
    load_vault(root)
    (root / "Components/Ledger.md").write_text(COMPONENT.replace("Redis", "Kafka"), encoding="utf-8")
    age(root)
    assert reread(root) == 1
    assert load_vault(root).notes["Components/Ledger.md"].frontmatter["uses"] == ["[[Kafka]]"]


def test_same_size_but_new_mtime_is_a_change(make_vault: MakeVault) -> None:
    root = make_vault({"Notes/A.md": "---\nstatus: old\n---\n"})
    age(root, hours=2)
    load_vault(root)
    (root / "Notes/A.md").write_text("---\nstatus: new\n---\n", encoding="utf-8")
    age(root)
    assert load_vault(root).notes["Notes/A.md"].frontmatter == {"status": "new"}


def test_a_note_changed_moments_ago_is_not_trusted_to_the_cache(make_vault: MakeVault) -> None:
    root = make_vault({"Notes/Fresh.md": "just written"})
    assert reread(root) == 1
    assert reread(root) == 1  # its mtime could still hide a same-size edit


def test_new_and_removed_notes_are_seen_and_gone_rows_forgotten(make_vault: MakeVault) -> None:
    root = make_vault({"Notes/A.md": "a", "Notes/B.md": "b"})
    age(root)
    load_vault(root)
    (root / "Notes/B.md").unlink()
    (root / "Notes/C.md").write_text("c", encoding="utf-8")
    age(root)
    assert sorted(load_vault(root).notes) == ["Notes/A.md", "Notes/C.md"]
    with sqlite3.connect(cache_file(root)) as db:
        assert sorted(row[0] for row in db.execute("SELECT path FROM notes")) == ["Notes/A.md", "Notes/C.md"]


def test_cache_lives_outside_the_vault_and_holds_json_not_pickle(make_vault: MakeVault) -> None:
    root = make_vault({"Components/Ledger.md": COMPONENT})
    age(root)
    before = sorted(p.relative_to(root).as_posix() for p in root.rglob("*"))
    load_vault(root)
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*")) == before
    assert cache_file(root).parent == Path(os.environ["VAULTSMITH_CACHE_DIR"])
    with sqlite3.connect(cache_file(root)) as db:
        (text,) = db.execute("SELECT note FROM notes").fetchone()
    assert json.loads(text)[0][0] == "Components/Ledger.md"


def test_no_cache_neither_reads_nor_writes_one(make_vault: MakeVault) -> None:
    root = make_vault({"Notes/A.md": "a"})
    age(root)
    load_vault(root, cache=False)
    assert not cache_file(root).exists()


def test_a_corrupt_cache_file_is_rebuilt_with_a_warning(make_vault: MakeVault) -> None:
    root = make_vault({"Notes/A.md": "a"})
    age(root)
    cache_file(root).parent.mkdir(parents=True, exist_ok=True)
    cache_file(root).write_bytes(b"this is not a database" * 100)
    vault = load_vault(root)
    assert "Notes/A.md" in vault.notes
    assert [d.code for d in vault.diagnostics] == ["cache-rebuilt"]
    assert load_vault(root).diagnostics == ()  # rebuilt for good
    assert reread(root) == 0


def test_a_database_of_another_program_is_replaced_with_a_warning(make_vault: MakeVault) -> None:
    root = make_vault({"Notes/A.md": "a"})
    cache_file(root).parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(cache_file(root)) as db:
        db.execute("CREATE TABLE photos (id INTEGER)")
    assert [d.code for d in load_vault(root).diagnostics] == ["cache-rebuilt"]
    assert load_vault(root).diagnostics == ()


def test_a_cache_made_for_another_vault_is_not_used(make_vault: MakeVault, tmp_path: Path) -> None:
    root = cached(make_vault)
    other = tmp_path / "other"
    other.mkdir()
    (other / "B.md").write_text("b", encoding="utf-8")
    cache_file(other).write_bytes(cache_file(root).read_bytes())
    vault = load_vault(other)
    assert list(vault.notes) == ["B.md"]
    assert [d.code for d in vault.diagnostics] == ["cache-rebuilt"]


def test_a_cache_from_other_code_is_emptied_quietly(make_vault: MakeVault) -> None:
    root = cached(make_vault)
    with sqlite3.connect(cache_file(root)) as db:
        db.execute("UPDATE meta SET value = 'older' WHERE key = 'stamp'")
        db.execute("UPDATE notes SET note = '[[\"forged\"], []]'")
    vault = load_vault(root)
    assert vault.diagnostics == ()
    assert vault.notes["Notes/A.md"].body == "a"


def test_a_row_that_is_not_a_note_is_parsed_again(make_vault: MakeVault) -> None:
    root = cached(make_vault)
    with sqlite3.connect(cache_file(root)) as db:
        db.execute("UPDATE notes SET note = '{\"evil\": true}'")
    assert load_vault(root).notes["Notes/A.md"].body == "a"


def test_a_locked_cache_is_skipped_with_a_warning(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = cached(make_vault)
    monkeypatch.setattr(cache_module, "BUSY_TIMEOUT_SECONDS", 0.05)
    holder = sqlite3.connect(cache_file(root), isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    try:
        vault = load_vault(root)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert vault.notes["Notes/A.md"].body == "a"
    assert [d.code for d in vault.diagnostics] == ["cache-unavailable"]
    assert "locked" in vault.diagnostics[0].message


def test_an_unwritable_cache_folder_is_skipped_with_a_warning(
    make_vault: MakeVault, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = make_vault({"Notes/A.md": "a"})
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("VAULTSMITH_CACHE_DIR", str(blocker / "cache"))
    vault = load_vault(root)
    assert vault.notes["Notes/A.md"].body == "a"
    assert [d.code for d in vault.diagnostics] == ["cache-unavailable"]


def test_bytecode_beside_the_templates_is_not_a_change_of_code_but_an_edited_template_is(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    copy = tmp_path / "templates"
    shutil.copytree(builtin_templates(), copy, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache_module, "builtin_templates", lambda: copy)
    stamps = []
    try:
        for change in ("none", "bytecode", "template"):
            if change == "bytecode":
                (copy / "__pycache__").mkdir()
                (copy / "__pycache__" / "tmpl_0.cpython-311.pyc").write_bytes(b"\0")
            elif change == "template":
                (copy / "standard.md.j2").write_text("changed\n", encoding="utf-8")
            cache_module.code_stamp.cache_clear()
            stamps.append(cache_module.code_stamp())
    finally:
        cache_module.code_stamp.cache_clear()
    assert stamps[0] == stamps[1] != stamps[2]


def test_the_cache_has_large_pages_and_an_old_small_paged_one_gets_them(make_vault: MakeVault) -> None:
    root = cached(make_vault)
    file = cache_file(root)
    with sqlite3.connect(file) as db:
        assert db.execute("PRAGMA page_size").fetchone() == (cache_module.PAGE_SIZE,)
    file.unlink()
    for suffix in ("-wal", "-shm"):
        file.with_name(file.name + suffix).unlink(missing_ok=True)
    with sqlite3.connect(file) as db:  # as an older vaultsmith made it: 4 KiB pages, other code
        db.execute("PRAGMA page_size=4096")
        db.execute("PRAGMA journal_mode=WAL")
    load_vault(root)
    with sqlite3.connect(file) as db:
        assert db.execute("PRAGMA page_size").fetchone() == (cache_module.PAGE_SIZE,)
        assert db.execute("PRAGMA journal_mode").fetchone() == ("wal",)
    assert reread(root) == 0  # and it still caches


def test_keep_is_given_each_note_as_read_from_the_cache_or_parsed_and_the_vault_holds_what_it_returns(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {"Components/Ledger.md": COMPONENT, "Notes/A.md": "a", "Notes/B.md": "---\nx: [\n---\nb"}
    )
    age(root)
    load_vault(root)  # A, Ledger and B cached
    (root / "Notes/A.md").write_text("a, again", encoding="utf-8")
    age(root)
    given: dict[str, str] = {}

    def keep(result: ParseResult) -> ParseResult:
        given[result.note.path] = result.note.body
        return ParseResult(dataclasses.replace(result.note, body=""), result.diagnostics)

    whole = load_vault(root, cache=False)
    kept = load_vault(root, keep=keep)
    assert given == {path: note.body for path, note in whole.notes.items()}
    assert given["Notes/A.md"] == "a, again"  # parsed again, not from the cache
    assert kept.notes == {path: dataclasses.replace(note, body="") for path, note in whole.notes.items()}
    assert kept.diagnostics == whole.diagnostics and any(d.path == "Notes/B.md" for d in kept.diagnostics)
