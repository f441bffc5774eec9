"""The lines of a vault's files, read on demand, to point a diagnostic at the line it is about."""

from __future__ import annotations

import re
from pathlib import Path

_DELIMITER = re.compile(r"^---[ \t]*$")


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
