"""scan: which files of the vault are notes, and which are attachments."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from vaultsmith.config import CONFIG_NAME, Config
from vaultsmith.diagnostics import Diagnostic, warning
from vaultsmith.globs import matches

# Obsidian's configuration, its trash, version control: never notes. Obsidian hides every
# dot-folder and dot-file too, so vaultsmith does the same.
SKIPPED_FOLDERS = frozenset({".obsidian", ".trash", ".git"})


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
    """Walk the vault (or one vault-relative `folder` of it) once. Symlinked folders are not
    followed (no loops, nothing outside)."""
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
            if entry.name.startswith(".") or matches(path, config.ignore):
                continue
            try:
                if entry.is_dir(follow_symlinks=False):
                    pending.append(path)
                elif entry.is_file(follow_symlinks=False):
                    _add_file(entry, path, notes, attachments)
                elif entry.is_symlink():
                    problems.append(warning(path, 0, "symlink-skipped", "symbolic links are not followed"))
            except OSError as bad:
                problems.append(warning(path, 0, "unreadable-file", f"cannot read: {bad.strerror}"))
    notes.sort(key=lambda note: note.path)
    attachments.sort()
    return VaultFiles(tuple(notes), tuple(attachments), tuple(problems))


def _add_file(entry: os.DirEntry[str], path: str, notes: list[NoteFile], attachments: list[str]) -> None:
    if path == CONFIG_NAME:
        return
    if is_note_path(path):
        stat = entry.stat(follow_symlinks=False)
        notes.append(NoteFile(path, stat.st_size, stat.st_mtime_ns))
    else:
        attachments.append(path)
