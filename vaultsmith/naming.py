"""File names vaultsmith writes: safe on every platform, never outside the output folder."""

from __future__ import annotations

import re
import unicodedata

_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*#^\[\]]')
_WINDOWS_RESERVED = re.compile(r"^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$", re.IGNORECASE)
MAX_NAME_BYTES = 200


def safe_file_stem(name: str) -> str:
    """A file name stem for `name`: no path separators, no characters Obsidian or Windows refuse."""
    stem = _UNSAFE.sub("-", unicodedata.normalize("NFC", name)).strip(" .-")
    stem = re.sub(r"-{2,}", "-", stem) or "untitled"
    if _WINDOWS_RESERVED.match(stem):
        stem = f"_{stem}"
    while len(stem.encode("utf-8")) > MAX_NAME_BYTES:
        stem = stem[:-1]
    return stem


def sdd_paths(output: str, system_names: list[tuple[str, str]]) -> dict[str, str]:
    """Map each system (path, display name) to `<output>/<name> SDD.md`, distinct per system
    even when two names clean up to the same file name."""
    taken: set[str] = set()
    paths: dict[str, str] = {}
    for system, name in sorted(system_names):
        stem = safe_file_stem(name)
        candidate, counter = stem, 2
        while candidate.lower() in taken:
            candidate, counter = f"{stem} ({counter})", counter + 1
        taken.add(candidate.lower())
        paths[system] = f"{output}/{candidate} SDD.md"
    return paths
