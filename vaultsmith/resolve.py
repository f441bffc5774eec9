"""resolve: which file a link means, by Obsidian's own rules (`getFirstLinkpathDest`).

1. `./x` and `../x` are exact relative paths, nothing else.
2. An exact vault path wins (`[[Note]]` is `Note.md` at the root, `[[b/Note]]` is `b/Note.md`).
3. Else a file of that name (and path suffix) in the linking note's own folder.
4. Else the one with the shortest path string.
Names compare case-insensitively and in one Unicode normal form; `aliases` never resolve links.
"""

from __future__ import annotations

import posixpath
import unicodedata
from collections import defaultdict
from collections.abc import Iterable


def fold(text: str) -> str:
    """The form in which names are compared: NFC, lower case."""
    return unicodedata.normalize("NFC", text).lower()


def _strip_md(path: str) -> str:
    return path[:-3] if path.lower().endswith(".md") else path


def _folder(path: str) -> str:
    return path.rpartition("/")[0]


class Resolver:
    """Resolves link targets against one set of note and attachment paths."""

    def __init__(self, notes: Iterable[str], attachments: Iterable[str] = ()) -> None:
        self._exact: dict[str, str] = {}
        self._by_name: dict[str, list[str]] = defaultdict(list)
        for path in sorted(attachments):
            self._add(fold(path), fold(path.rpartition("/")[2]), path)
        # Notes second: `[[x]]` finds the note x.md before an attachment called plain `x`.
        for path in sorted(notes):
            key = fold(_strip_md(path))
            self._add(key, key.rpartition("/")[2], path)
        for candidates in self._by_name.values():
            candidates.sort(key=lambda p: (len(p), p))

    def _add(self, exact_key: str, name_key: str, path: str) -> None:
        self._exact[exact_key] = path
        self._by_name[name_key].append(path)

    def resolve(self, target: str, source: str) -> str | None:
        """The vault path `target` means when written in the note at `source`, or None."""
        if not target:
            return source  # [[#Heading]] points into the linking note itself
        target = target.strip()
        if target.startswith(("./", "../")):
            joined = posixpath.normpath(posixpath.join(_folder(source), target))
            return None if joined.startswith("..") else self._exact_path(joined)
        target = target.lstrip("/")
        exact = self._exact_path(target)
        if exact is not None:
            return exact
        return self._by_name_and_suffix(target, source)

    def _exact_path(self, target: str) -> str | None:
        key = fold(target)
        return self._exact.get(_strip_md(key)) or self._exact.get(key)

    def _by_name_and_suffix(self, target: str, source: str) -> str | None:
        key = fold(target)
        candidates = self._candidates(key)
        if "/" in key:
            suffixes = ("/" + _strip_md(key), "/" + key)
            candidates = [
                c
                for c in candidates
                if fold(_strip_md(c)).endswith(suffixes[0]) or fold(c).endswith(suffixes[1])
            ]
        if not candidates:
            return None
        here = fold(_folder(source))
        for candidate in candidates:
            if fold(_folder(candidate)) == here:
                return candidate
        return candidates[0]  # already ordered shortest path first

    def _candidates(self, key: str) -> list[str]:
        name = key.rpartition("/")[2]
        found = self._by_name.get(_strip_md(name), [])
        if key.endswith(".md"):
            return [c for c in found if c.lower().endswith(".md")]
        return found or self._by_name.get(name, [])

    def link_target(self, path: str, source: str) -> str:
        """The shortest text that makes a link written in `source` resolve to `path`."""
        name = _strip_md(path.rpartition("/")[2]) if path.lower().endswith(".md") else path.rpartition("/")[2]
        if self.resolve(name, source) == path:
            return name
        return _strip_md(path) if path.lower().endswith(".md") else path
