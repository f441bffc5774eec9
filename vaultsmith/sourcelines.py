"""The lines of a vault's files, read on demand, to point a diagnostic at the line it is about."""

from __future__ import annotations

import re
from pathlib import Path

from vaultsmith.note import Note

_DELIMITER = re.compile(r"^---[ \t]*$")
_BULLET_STATUS = re.compile(r"^\s*[-*]\s*\**Status\**\s*:", re.IGNORECASE)


class SourceLines:
    """Reads each file at most once, and only when a diagnostic needs one of its lines."""

    def __init__(self, root: Path) -> None:
        self._root = root
        self._cache: dict[str, list[str]] = {}

    def lines(self, path: str) -> list[str]:
        if path not in self._cache:
            try:
                data = (self._root / path).read_bytes()
            except OSError:
                data = b""
            text = data.removeprefix(b"\xef\xbb\xbf").decode("utf-8", errors="replace")
            self._cache[path] = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
        return self._cache[path]

    def key_line(self, path: str, key: str) -> int:
        """The 1-based line of the top-level property `key` in the frontmatter, or 0."""
        lines = self.lines(path)
        if not lines or not _DELIMITER.match(lines[0]):
            return 0
        pattern = re.compile(rf"^[\"']?{re.escape(key)}[\"']?\s*:")
        for number, line in enumerate(lines[1:], start=2):
            if _DELIMITER.match(line):
                return 0
            if pattern.match(line):
                return number
        return 0

    def status_line(self, note: Note) -> int:
        """Where a decision's status is written: its property, else the first line of its
        `## Status` section, else a `- Status:` bullet; 0 when none is found."""
        if note.frontmatter.get("status") not in (None, ""):
            return self.key_line(note.path, "status")
        lines = self.lines(note.path)
        heading = next((h for h in note.headings if h.text.strip().lower() == "status"), None)
        if heading is not None:
            for number in range(heading.line + 1, len(lines) + 1):
                if lines[number - 1].strip():
                    return number
        for number, line in enumerate(lines, start=1):
            if _BULLET_STATUS.match(line):
                return number
        return 0
