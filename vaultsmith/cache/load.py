"""load: every note of a vault as parsed (a `Vault`): from the parse cache when the file is
unchanged, else read and parsed again (on every core when there are many), and then cached.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from vaultsmith.cache.parallel import parse_files
from vaultsmith.cache.store import ParseCache, open_cache
from vaultsmith.config import Config, load_config
from vaultsmith.diagnostics import Diagnostic
from vaultsmith.errors import UsageError
from vaultsmith.vault.note import Note
from vaultsmith.vault.parse import ParseResult
from vaultsmith.vault.scan import NoteFile, VaultFiles, scan

Progress = Callable[[int, int], None]
# What to keep of a note, made as soon as it is read (see `load_vault`).
Keep = Callable[[ParseResult], ParseResult]

# Parsed notes are written to the cache once their JSON reaches this many characters: it bounds
# the memory that JSON takes, and what it leaves scattered once freed (a watch session started on
# a 10,000-note vault with an empty cache: 139 MB resident once settled, not 150 MB as with
# writes of 5,000 notes).
STORE_CHUNK = 2_000_000


@dataclass(frozen=True, slots=True)
class ReadNotes:
    notes: dict[str, Note]  # in the order of the entries
    diagnostics: tuple[Diagnostic, ...]  # in the order of the entries
    parsed: int  # how many were read and parsed; the others came from the cache


def read_notes(
    root: Path,
    entries: Sequence[NoteFile],
    cache: ParseCache,
    progress: Progress | None = None,
    keep: Keep | None = None,
) -> ReadNotes:
    started_ns = time.time_ns()  # before any file is read: see ParseCache.store
    results: dict[str, ParseResult] = cache.lookup(entries, keep)
    missing = [entry for entry in entries if entry.path not in results]
    unreadable: dict[str, tuple[Diagnostic, ...]] = {}
    total, done = len(entries), len(results)
    if progress is not None and done:
        progress(done, total)
    fresh: list[tuple[NoteFile, str]] = []
    fresh_size = 0
    for parsed in parse_files(root, missing, encode=cache.enabled):
        if parsed.result is None:
            unreadable[parsed.entry.path] = parsed.problems
        else:
            results[parsed.entry.path] = parsed.result if keep is None else keep(parsed.result)
        if parsed.encoded is not None:
            fresh.append((parsed.entry, parsed.encoded))
            fresh_size += len(parsed.encoded)
            if fresh_size >= STORE_CHUNK:
                cache.store(fresh, read_from_ns=started_ns)
                fresh, fresh_size = [], 0
        done += 1
        if progress is not None:
            progress(done, total)
    cache.store(fresh, read_from_ns=started_ns)
    cache.forget_gone()
    return _in_order(entries, results, unreadable, len(missing))


def _in_order(
    entries: Sequence[NoteFile],
    results: dict[str, ParseResult],
    unreadable: dict[str, tuple[Diagnostic, ...]],
    parsed: int,
) -> ReadNotes:
    notes: dict[str, Note] = {}
    problems: list[Diagnostic] = []
    for entry in entries:
        result = results.get(entry.path)
        if result is None:
            problems.extend(unreadable.get(entry.path, ()))
        else:
            notes[entry.path] = result.note
            problems.extend(result.diagnostics)
    return ReadNotes(notes, tuple(problems), parsed)


@dataclass(frozen=True, slots=True)
class Vault:
    """Every note of a vault as parsed, and what went wrong reading them."""

    root: Path
    config: Config
    notes: dict[str, Note]
    attachments: tuple[str, ...]
    diagnostics: tuple[Diagnostic, ...]


def vault_root(path: Path) -> Path:
    root = path.expanduser()
    if not root.is_dir():
        raise UsageError(f"no such vault folder: {path}")
    return root.resolve()


def load_vault(
    path: Path,
    config: Config | None = None,
    progress: Progress | None = None,
    *,
    cache: bool = True,
    keep: Keep | None = None,
) -> Vault:
    """Scan and parse every note; with `cache`, unchanged notes come from the parse cache.
    Bad notes become diagnostics; nothing here raises for them.

    With `keep`, the vault holds what `keep` returns for each note, made as soon as that note
    is read (its diagnostics are kept as they are): a caller that keeps less than every note
    whole (a watch session) then never holds the whole vault at once, nor the memory it took."""
    root = vault_root(path)
    config = config if config is not None else load_config(root)
    store = open_cache(root, cache)
    try:
        return read_vault(root, config, scan(root, config), store, progress, keep)
    finally:
        store.close()


def read_vault(
    root: Path,
    config: Config,
    files: VaultFiles,
    store: ParseCache,
    progress: Progress | None,
    keep: Keep | None = None,
) -> Vault:
    """The notes of `files` as parsed (unchanged ones from `store`), with every problem found."""
    read = read_notes(root, files.notes, store, progress, keep)
    problems = (*files.diagnostics, *read.diagnostics, *store.problems)
    return Vault(root, config, read.notes, files.attachments, problems)
