"""File names vaultsmith writes: safe on every platform, never outside the output folder.

A system's name comes from a note's file name or title, which can hold anything: `../`, a
leading `/`, characters Windows refuses (`: * ? " < > |`), names Windows reserves (`CON`,
`LPT1`), control and bidirectional-override characters, bytes that are not UTF-8, or 255 bytes
already. The name written is one path component of at most MAX_NAME_BYTES bytes with none of
those; two systems whose names clean up to the same file name (also when they differ only in
case or Unicode normal form, which macOS and Windows treat as one file) get distinct files.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Path separators, what Windows forbids, what Obsidian cannot link to (`#^[]|`), control
# characters (C0, DEL, C1), Unicode line separators, bidirectional overrides (a name that reads
# differently from what it is), the byte-order mark, and lone surrogates (undecodable bytes).
_UNSAFE = re.compile(
    '[\x00-\x1f\x7f-\x9f<>:"/\\\\|?*#^\\[\\]\u2028\u2029\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]'
)
_WINDOWS_RESERVED = re.compile(r"con|prn|aux|nul|conin\$|conout\$|com[0-9¹²³]|lpt[0-9¹²³]", re.IGNORECASE)
MAX_NAME_BYTES = 200  # room for " (NNN) SDD.md" within the 255 bytes file systems allow


def safe_file_stem(name: str) -> str:
    """A file name stem for `name`: no path separators, no characters Obsidian or Windows refuse."""
    stem = _UNSAFE.sub("-", unicodedata.normalize("NFC", name))
    stem = re.sub(r"-{2,}", "-", stem).strip(" .-")
    stem = _truncated(stem).rstrip(" .") or "untitled"
    if _WINDOWS_RESERVED.fullmatch(stem.partition(".")[0].rstrip(" ")):  # Windows' own test
        stem = f"_{stem}"
    return stem


def _truncated(stem: str) -> str:
    """`stem` cut to MAX_NAME_BYTES bytes of UTF-8, on a character boundary."""
    data = stem.encode("utf-8")
    if len(data) <= MAX_NAME_BYTES:
        return stem
    return data[:MAX_NAME_BYTES].decode("utf-8", errors="ignore")


def sdd_paths(output: str, system_names: list[tuple[str, str]]) -> dict[str, str]:
    """Map each system (path, display name) to `<output>/<name> SDD.md`, distinct per system
    even when two names clean up to the same file name."""
    taken: set[str] = set()
    paths: dict[str, str] = {}
    for system, name in sorted(system_names):
        stem = safe_file_stem(name)
        candidate, counter = stem, 2
        while _same_file_key(candidate) in taken:
            candidate, counter = f"{stem} ({counter})", counter + 1
        taken.add(_same_file_key(candidate))
        paths[system] = f"{output}/{candidate} SDD.md"
    return paths


def _same_file_key(stem: str) -> str:
    """Names that a case-insensitive file system (macOS, Windows) stores as one file."""
    return unicodedata.normalize("NFC", stem.casefold())


CANVAS_SUFFIX = ".canvas"
BASE_NAME = "Decisions.base"  # the ADR register, one per output folder


def system_stem(sdd_path: str) -> str:
    """`Checkout` for `SDD/Checkout SDD.md`: the system's name as its SDD's file spells it
    (unique per system), which names its canvas and its view of the ADR register."""
    return sdd_path.rpartition("/")[2].removesuffix(".md").removesuffix(" SDD")


def canvas_path(sdd_path: str) -> str:
    """`SDD/<System>.canvas` beside `SDD/<System> SDD.md`."""
    folder = sdd_path.rpartition("/")[0]
    name = system_stem(sdd_path) + CANVAS_SUFFIX
    return f"{folder}/{name}" if folder else name


def base_path(output: str) -> str:
    return f"{output}/{BASE_NAME}"


def companion_paths(output: str, sdd_paths: Iterable[str], canvas: bool) -> list[str]:
    """The files a build writes beside the SDDs: each system's canvas (unless switched off)
    and, when there is a system, the ADR register."""
    paths = sorted(sdd_paths)
    found = [canvas_path(path) for path in paths] if canvas else []
    return [*found, base_path(output)] if paths else found
