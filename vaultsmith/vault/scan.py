"""scan: which files of the vault are notes, and which are attachments."""

from __future__ import annotations

import errno
import os
import re
import stat as stat_module
from dataclasses import dataclass
from pathlib import Path

from vaultsmith.config import CONFIG_NAME, Config
from vaultsmith.config.globs import matches
from vaultsmith.diagnostics import Diagnostic, warning

# Obsidian's configuration, its trash, version control: never notes. Obsidian hides every
# dot-folder and dot-file too, so vaultsmith does the same.
SKIPPED_FOLDERS = frozenset({".obsidian", ".trash", ".git"})
_CONTROL = re.compile("[\x00-\x1f\x7f]")
# A note this large is not prose someone wrote; reading and parsing it would take gigabytes.
MAX_NOTE_BYTES = 128 << 20


@dataclass(frozen=True, slots=True)
class NoteFile:
    path: str  # vault-relative, POSIX separators
    size: int
    mtime_ns: int


@dataclass(frozen=True, slots=True)
class VaultFiles:
    notes: tuple[NoteFile, ...]
    attachments: tuple[str, ...]
    diagnostics: tuple[Diagnostic, ...]


def is_note_path(path: str) -> bool:
    return path.lower().endswith(".md")


def is_hidden(path: str) -> bool:
    return any(part.startswith(".") for part in path.split("/"))


def scan(root: Path, config: Config, folder: str = "") -> VaultFiles:
    """Walk the vault (or one vault-relative `folder` of it) once. Symbolic links are not
    followed (no loops, nothing outside the vault); what cannot be read becomes a warning."""
    notes: list[NoteFile] = []
    attachments: list[str] = []
    problems: list[Diagnostic] = []
    pending = [folder]
    while pending:
        folder = pending.pop()
        try:
            entries = list(os.scandir(root / folder if folder else root))
        except OSError as bad:
            problems.append(
                warning(folder or ".", 0, "unreadable-folder", f"cannot list folder: {bad.strerror}")
            )
            continue
        for entry in entries:
            path = f"{folder}/{entry.name}" if folder else entry.name
            if entry.name.startswith(".") or matches(path, config.not_notes):
                continue
            if not is_usable_name(entry.name):
                problems.append(warning(printable(path), 0, "unusable-name", _UNUSABLE))
                continue
            try:
                _visit(entry, path, pending, notes, attachments, problems)
            except FileNotFoundError:
                problems.append(warning(path, 0, "vanished", "the file disappeared while the vault was read"))
            except OSError as bad:
                problems.append(warning(path, 0, "unreadable-file", f"cannot read: {bad.strerror}"))
    notes.sort(key=lambda note: note.path)
    attachments.sort()
    return VaultFiles(tuple(notes), tuple(attachments), tuple(problems))


_UNUSABLE = "the name is not valid UTF-8 or holds a control character (no link can name it); skipped"


def _visit(
    entry: os.DirEntry[str],
    path: str,
    pending: list[str],
    notes: list[NoteFile],
    attachments: list[str],
    problems: list[Diagnostic],
) -> None:
    if entry.is_dir(follow_symlinks=False):
        pending.append(path)
    elif entry.is_symlink():
        problems.append(warning(path, 0, "symlink-skipped", "symbolic links are not followed"))
    elif not entry.is_file(follow_symlinks=False):
        if is_note_path(path):  # a named pipe, socket or device: reading it could block forever
            problems.append(warning(path, 0, "not-a-file", "not a regular file; skipped"))
    elif path == CONFIG_NAME:
        return
    elif not is_note_path(path):
        attachments.append(path)
    else:
        stat = entry.stat(follow_symlinks=False)
        if stat.st_size > MAX_NOTE_BYTES:
            problems.append(warning(path, 0, "note-too-large", _TOO_LARGE))
        else:
            notes.append(NoteFile(path, stat.st_size, stat.st_mtime_ns))


_TOO_LARGE = f"the note is larger than {MAX_NOTE_BYTES >> 20} MiB; skipped"
_READ_FLAGS = (
    os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
)


def read_note_file(root: Path, path: str) -> bytes:
    """The bytes of the note at vault-relative `path`, read as the regular file the scan saw.

    Between the scan and the read the file may have been replaced by a symbolic link (perhaps to
    something outside the vault) or a named pipe (a read would block forever): neither is read.
    Raises OSError (FileNotFoundError when the file is gone)."""
    flags = (
        os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    )
    try:
        descriptor = os.open(os.path.join(root, path), flags)
    except OSError as bad:
        if bad.errno == errno.ELOOP:
            raise OSError(errno.ELOOP, "it is a symbolic link now; not followed") from None
        raise
    try:
        status = os.fstat(descriptor)
        if not stat_module.S_ISREG(status.st_mode):
            raise OSError(errno.EINVAL, "not a regular file")
        # Read straight from the descriptor (a buffered file object cost as much as the read).
        # Asking for the whole limit at once would allocate all of it for every note: ask for
        # the size seen and one byte more, and read on (up to the limit) only when that did not
        # give exactly the size seen (the file grew or shrank since, or the read came up short).
        limit = MAX_NOTE_BYTES + 1
        data = os.read(descriptor, min(status.st_size + 1, limit))
        if len(data) != status.st_size:
            data = _read_on(descriptor, data, limit)
    finally:
        os.close(descriptor)
    if len(data) > MAX_NOTE_BYTES:
        raise OSError(errno.EFBIG, f"the note grew larger than {MAX_NOTE_BYTES >> 20} MiB")
    return data


def _read_on(descriptor: int, data: bytes, limit: int) -> bytes:
    """`data` and what follows it in the file, up to its end or `limit` bytes in all."""
    chunks = [data]
    got = len(data)
    while got < limit:
        chunk = os.read(descriptor, limit - got)
        if not chunk:
            break
        chunks.append(chunk)
        got += len(chunk)
    return b"".join(chunks)


def printable(path: str) -> str:
    """`path` as one printable line: bytes that are not UTF-8 (held as lone surrogates) shown
    as U+FFFD, control characters as escapes (`\\n`)."""
    text = path.encode("utf-8", errors="surrogateescape").decode("utf-8", errors="replace")
    return _CONTROL.sub(lambda found: repr(found.group())[1:-1], text)


def is_usable_name(name: str) -> bool:
    """Whether a file or folder name can be part of a note's path: valid UTF-8 (undecodable bytes
    arrive as lone surrogates) and no control character (a newline in a name would break every
    line that shows it, and no wikilink can hold one)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return _CONTROL.search(name) is None
