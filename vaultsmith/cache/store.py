"""cache: parsed notes kept between builds, so that an unchanged note is never read or parsed twice.

One SQLite database per vault, outside the vault (the user cache folder, or $VAULTSMITH_CACHE_DIR)
so it is neither synced nor committed. A row holds one note as codec JSON, keyed by its
vault-relative path, size and mtime: plain data, never pickle, so a cache file cannot run code.
The database is stamped with vaultsmith's version and code; a stamp from other code empties it, and
a file that is not such a database is replaced, with a warning. Any SQLite failure (a locked or
broken file, a full disk) turns the cache off for that run with a warning: it is never fatal.
Several processes may share the file: WAL journalling, a busy timeout, one transaction per write.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import platformdirs

from vaultsmith import __version__
from vaultsmith.cache import codec
from vaultsmith.config.resources import PACKAGE, builtin_templates
from vaultsmith.diagnostics import Diagnostic, warning
from vaultsmith.vault.parse import ParseResult
from vaultsmith.vault.scan import NoteFile

CACHE_DIR_VARIABLE = "VAULTSMITH_CACHE_DIR"
FORMAT = "vaultsmith parse cache"
SCHEMA = 1
BUSY_TIMEOUT_SECONDS = 10.0
# SQLite's largest page: a note's row (a few KiB of JSON) fits in one page instead of running
# over into a chain of 4 KiB overflow pages. Storing the 10,000 notes of the bench vault took
# 228 ms with 4 KiB pages and 58 ms with these.
PAGE_SIZE = 65536
# A file changed within this long before it was read could change again within the same mtime
# tick without its size or mtime showing it (some file systems count whole seconds): such a
# file is parsed again next time rather than trusted ("racy git").
RACY_NANOSECONDS = 2_000_000_000

_TABLES = (
    "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS notes (path TEXT PRIMARY KEY, size INTEGER NOT NULL, "
    "mtime_ns INTEGER NOT NULL, note TEXT NOT NULL)",
    "CREATE TABLE IF NOT EXISTS builds (options TEXT PRIMARY KEY, fingerprint TEXT NOT NULL, "
    "report TEXT NOT NULL)",
)


class ForeignCache(Exception):
    """The file is an SQLite database, but not one vaultsmith wrote for this vault."""


@dataclass(frozen=True, slots=True)
class Remembered:
    fingerprint: str
    report: str  # JSON


def cache_folder() -> Path:
    chosen = os.environ.get(CACHE_DIR_VARIABLE)
    return Path(chosen).expanduser() if chosen else Path(platformdirs.user_cache_dir("vaultsmith"))


def cache_file(root: Path) -> Path:
    """The database for the vault at `root`: one per vault, named by a hash of its real path."""
    digest = hashlib.sha256(str(root.resolve()).encode("utf-8")).hexdigest()[:24]
    return cache_folder() / f"vault-{digest}.sqlite3"


@functools.cache
def code_stamp() -> str:
    """What the cached data depends on besides the vault: vaultsmith's version, the schema, and
    the bytes of its code and templates (so a changed parser never reads old parses as its own)."""
    digest = hashlib.sha256(f"{__version__}\0{SCHEMA}\0{codec.SCHEMA}".encode())
    package = PACKAGE
    templates = [path for path in builtin_templates().rglob("*") if "__pycache__" not in path.parts]
    for path in [*sorted(package.rglob("*.py")), *sorted(templates)]:
        # (Python writes the bytecode of the compiled templates when they are first used: not
        # a change of code, so not part of the stamp.)
        with contextlib.suppress(OSError):
            digest.update(path.name.encode() + b"\0" + path.read_bytes())  # folders: OSError
    return digest.hexdigest()[:32]


class ParseCache:
    """The parse cache of one vault for one run. Disabled (every call a no-op) when it was not
    wanted or has failed; `problems` then says why, when that is worth a warning."""

    def __init__(self, root: Path, connection: sqlite3.Connection | None, file: Path | None) -> None:
        self.root = root
        self.file = file
        self.problems: list[Diagnostic] = []
        self._connection = connection
        self._gone: list[str] = []

    @property
    def enabled(self) -> bool:
        return self._connection is not None

    def lookup(
        self, entries: Sequence[NoteFile], keep: Callable[[ParseResult], ParseResult] | None = None
    ) -> dict[str, ParseResult]:
        """The cached parse of every entry whose size and mtime are those it was cached with;
        with `keep`, what it keeps of each, made as soon as that note is read back."""
        wanted = {entry.path: entry for entry in entries}
        found: dict[str, ParseResult] = {}
        self._gone = []
        for path, size, mtime_ns, text in self._rows("SELECT path, size, mtime_ns, note FROM notes"):
            entry = wanted.get(path)
            if entry is None:
                self._gone.append(path)
            elif entry.size == size and entry.mtime_ns == mtime_ns:
                with contextlib.suppress(codec.CodecError):
                    result = codec.decode(text)
                    found[path] = result if keep is None else keep(result)
        return found

    def store(self, rows: Sequence[tuple[NoteFile, str]], *, read_from_ns: int) -> None:
        """Keep parsed notes (entry, codec JSON) that were read after `read_from_ns`
        (`time.time_ns()`) and had not changed for a while before."""
        trusted_before = read_from_ns - RACY_NANOSECONDS
        fresh = [(e.path, e.size, e.mtime_ns, text) for e, text in rows if e.mtime_ns < trusted_before]
        if fresh:
            self._write(lambda db: db.executemany("INSERT OR REPLACE INTO notes VALUES (?, ?, ?, ?)", fresh))

    def forget_gone(self) -> None:
        """Drop the notes the last `lookup` found no longer in the vault."""
        gone = [(path,) for path in self._gone]
        self._gone = []
        if gone:
            self._write(lambda db: db.executemany("DELETE FROM notes WHERE path = ?", gone))

    def remembered(self, options: str) -> Remembered | None:
        query = "SELECT fingerprint, report FROM builds WHERE options = ?"
        for fingerprint, report in self._rows(query, (options,)):
            return Remembered(str(fingerprint), str(report))
        return None

    def remember(self, options: str, fingerprint: str, report: str) -> None:
        self._write(
            lambda db: db.execute(
                "INSERT OR REPLACE INTO builds VALUES (?, ?, ?)", (options, fingerprint, report)
            )
        )

    def close(self) -> None:
        if self._connection is not None:
            with contextlib.suppress(sqlite3.Error):
                self._connection.close()
            self._connection = None

    def _rows(self, query: str, parameters: tuple[str, ...] = ()) -> Iterator[tuple[Any, ...]]:
        if self._connection is None:
            return
        try:
            yield from self._connection.execute(query, parameters)
        except sqlite3.Error as bad:
            self._fail(bad)

    def _write(self, change: Callable[[sqlite3.Connection], object]) -> None:
        """Run `change` in one transaction; a failure turns the cache off."""
        connection = self._connection
        if connection is None:
            return
        try:
            connection.execute("BEGIN IMMEDIATE")
            change(connection)
            connection.execute("COMMIT")
        except sqlite3.Error as bad:
            with contextlib.suppress(sqlite3.Error):
                connection.execute("ROLLBACK")
            self._fail(bad)

    def _fail(self, bad: sqlite3.Error) -> None:
        self.close()
        if self.file is not None and _corrupt(bad):
            _remove(self.file)  # broken for every later run too: start over next time
        self.problems.append(_unavailable(self.file, bad))


PARSE_CACHE_VARIABLE = "VAULTSMITH_PARSE_CACHE"  # "0": as `build --no-cache` (bench/run.py measures it)


def open_cache(root: Path, enabled: bool = True) -> ParseCache:
    """The parse cache of the vault at `root` (a disabled one when not `enabled`, when
    $VAULTSMITH_PARSE_CACHE is 0, or when it cannot be opened: its `problems` then say why)."""
    if not enabled or os.environ.get(PARSE_CACHE_VARIABLE, "1") == "0":
        return ParseCache(root, None, None)
    file = cache_file(root)
    problems: list[Diagnostic] = []
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        try:
            connection = _connect(file, root)
        except (sqlite3.DatabaseError, ForeignCache) as bad:
            if isinstance(bad, sqlite3.DatabaseError) and not _corrupt(bad):
                raise
            problems.append(
                warning(
                    str(file), 0, "cache-rebuilt", f"the parse cache was unusable ({bad}); it was rebuilt"
                )
            )
            _remove(file)
            connection = _connect(file, root)
    except (sqlite3.Error, ForeignCache, OSError) as bad:
        cache = ParseCache(root, None, file)
        cache.problems.extend([*problems, _unavailable(file, bad)])
        return cache
    cache = ParseCache(root, connection, file)
    cache.problems.extend(problems)
    return cache


def _connect(file: Path, root: Path) -> sqlite3.Connection:
    connection = sqlite3.connect(file, timeout=BUSY_TIMEOUT_SECONDS, isolation_level=None)
    try:
        connection.execute(f"PRAGMA page_size={PAGE_SIZE}")  # takes effect in a new file only
        connection.execute("PRAGMA journal_mode=WAL")
        connection.execute("PRAGMA synchronous=NORMAL")  # WAL stays consistent; a cache may lose a write
        _prepare(connection, str(root.resolve()))
        _larger_pages(connection)
    except BaseException:
        connection.close()
        raise
    return connection


def _prepare(connection: sqlite3.Connection, vault: str) -> None:
    """Check the stamp; create the tables in a new file, empty them when the code changed."""
    wanted = {"format": FORMAT, "vault": vault, "stamp": code_stamp()}
    connection.execute("BEGIN IMMEDIATE")
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if tables and not {"meta", "notes", "builds"} <= tables:
            raise ForeignCache("it holds tables vaultsmith did not make")
        for statement in _TABLES:
            connection.execute(statement)
        meta = dict(connection.execute("SELECT key, value FROM meta").fetchall())
        if meta and (meta.get("format") != FORMAT or meta.get("vault") != vault):
            raise ForeignCache(f"it was made for {meta.get('vault') or 'another program'}")
        if meta != wanted:
            connection.execute("DELETE FROM notes")
            connection.execute("DELETE FROM builds")
            connection.executemany("INSERT OR REPLACE INTO meta VALUES (?, ?)", wanted.items())
        connection.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            connection.execute("ROLLBACK")
        raise


def _larger_pages(connection: sqlite3.Connection) -> None:
    """Give a file made with smaller pages (by an older vaultsmith) PAGE_SIZE pages, while it
    holds no notes (as after `_prepare` emptied it for new code): rebuilding it then is cheap.
    Left as it is when another process has it open (the cache works with any page size)."""
    (size,) = connection.execute("PRAGMA page_size").fetchone()
    if size >= PAGE_SIZE or connection.execute("SELECT 1 FROM notes LIMIT 1").fetchone() is not None:
        return
    try:
        connection.execute("PRAGMA journal_mode=DELETE")  # the page size of a WAL file is fixed
        connection.execute(f"PRAGMA page_size={PAGE_SIZE}")
        connection.execute("VACUUM")
    except sqlite3.OperationalError:
        pass  # busy or locked: another process uses the file
    finally:
        connection.execute("PRAGMA journal_mode=WAL")


def _corrupt(bad: sqlite3.Error) -> bool:
    """Whether SQLite says the file itself is broken (not merely busy, locked or full)."""
    return getattr(bad, "sqlite_errorname", "") in {"SQLITE_CORRUPT", "SQLITE_NOTADB"}


def _remove(file: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            file.with_name(file.name + suffix).unlink()


def _unavailable(file: Path | None, bad: BaseException) -> Diagnostic:
    return warning(
        str(file or "parse cache"),
        0,
        "cache-unavailable",
        f"the parse cache cannot be used ({bad}); this run reads every note",
    )
