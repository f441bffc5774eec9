"""resolve: which file a link means, by Obsidian's own rules (`getFirstLinkpathDest`).

1. `./x` and `../x` are exact relative paths, nothing else.
2. An exact vault path wins (`[[Note]]` is `Note.md` at the root, `[[b/Note]]` is `b/Note.md`).
3. Else a file of that name (and path suffix) in the linking note's own folder.
4. Else the one with the shortest path string.
Names compare case-insensitively and in one Unicode normal form; `aliases` never resolve links.
"""

from __future__ import annotations

import posixpath
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence

CHOICES_KEPT = 4096  # link targets whose files a resolver remembers; about 1 MB


def fold(text: str) -> str:
    """The form in which names are compared: NFC, lower case."""
    return unicodedata.normalize("NFC", text).lower()


def _strip_md(path: str) -> str:
    return path[:-3] if path.lower().endswith(".md") else path


def _folder(path: str) -> str:
    return path.rpartition("/")[0]


def _shortest_first(path: str) -> tuple[int, str]:
    return len(path), path


def _exact_key(path: str, note: bool) -> str:
    return sys.intern(fold(_strip_md(path)) if note else fold(path))


def name_key(path: str) -> str:
    """The file name under which a file is found by links: folded, `.md` dropped for notes.
    Interned: a watch session keeps each in two resolvers and in which notes look it up."""
    return sys.intern(fold(_strip_md(path)).rpartition("/")[2])


def lookup_names(target: str, source: str) -> tuple[str, ...]:
    """The name keys `Resolver.resolve(target, source)` looks at: adding or removing a file whose
    `name_key` is not among them cannot change where the link points."""
    if not target:
        return ()
    target = target.strip()
    if target.startswith(("./", "../")):
        target = posixpath.normpath(posixpath.join(_folder(source), target))
    name = fold(target.lstrip("/")).rpartition("/")[2]
    return tuple(dict.fromkeys((name, _strip_md(name))))


class Resolver:
    """Resolves link targets against one set of note and attachment paths."""

    def __init__(self, notes: Iterable[str], attachments: Iterable[str] = ()) -> None:
        self._exact: dict[str, str] = {}
        # name key -> its files, shortest path first: tuples, not lists (a watcher keeps one per
        # name in each of its two resolvers)
        self._by_name: dict[str, tuple[str, ...]] = {}
        self._notes: set[str] = set(notes)
        # target -> the files it can mean, with their folded folders: a vault's links name the
        # same notes over and over. Emptied whenever the files change, and when it holds
        # CHOICES_KEPT targets (a resolver a watcher keeps would otherwise hold one per target).
        self._choices: dict[str, tuple[tuple[str, str], ...]] = {}
        by_name: defaultdict[str, list[str]] = defaultdict(list)
        for path in sorted(attachments):
            self._exact[_exact_key(path, False)] = path
            by_name[name_key(path)].append(path)
        # Notes second: `[[x]]` finds the note x.md before an attachment called plain `x`.
        for path in sorted(self._notes):
            self._exact[_exact_key(path, True)] = path
            by_name[name_key(path)].append(path)
        self._by_name = {key: tuple(sorted(paths, key=_shortest_first)) for key, paths in by_name.items()}

    def forget_choices(self) -> None:
        """Empty the memo of where link targets lead (it fills again as links are resolved)."""
        self._choices.clear()

    def add(self, path: str, *, note: bool) -> None:
        """Know one more file, exactly as if the resolver had been built with it (for `watch`)."""
        self._choices.clear()
        if note:
            self._notes.add(path)
        key = name_key(path)
        group = self._by_name.get(key, ())
        if path not in group:
            group = self._by_name[key] = tuple(sorted((*group, path), key=_shortest_first))
        self._reindex(group)

    def remove(self, path: str) -> None:
        """Forget one file, exactly as if the resolver had been built without it."""
        self._choices.clear()
        key = name_key(path)
        group = self._by_name.get(key, ())
        if path in group:
            group = tuple(other for other in group if other != path)
            if self._exact.get(_exact_key(path, path in self._notes)) == path:
                del self._exact[_exact_key(path, path in self._notes)]
            self._reindex(group)
            if group:
                self._by_name[key] = group
            else:
                del self._by_name[key]
        self._notes.discard(path)

    def _reindex(self, group: tuple[str, ...]) -> None:
        """Files sharing an exact key share a name: replay the constructor's order for them."""
        for is_note in (False, True):
            for path in sorted(p for p in group if (p in self._notes) is is_note):
                self._exact[_exact_key(path, is_note)] = path

    def resolve(self, target: str, source: str) -> str | None:
        """The vault path `target` means when written in the note at `source`, or None."""
        if not target:
            return source  # [[#Heading]] points into the linking note itself
        target = target.strip()
        if target.startswith(("./", "../")):
            joined = posixpath.normpath(posixpath.join(_folder(source), target))
            above_root = joined == ".." or joined.startswith("../")
            return None if above_root else self._exact_path(joined)
        choices = self._choices.get(target)
        if choices is None:
            if len(self._choices) >= CHOICES_KEPT:
                self._choices.clear()
            choices = self._choices[target] = self._choices_for(target.lstrip("/"))
        if len(choices) > 1:
            here = fold(_folder(source))
            for candidate, folder in choices:
                if folder == here:
                    return candidate
        return choices[0][0] if choices else None  # already ordered shortest path first

    def _choices_for(self, target: str) -> tuple[tuple[str, str], ...]:
        """The exact path `target` names, else the files of its name (and path suffix), each
        with its folded folder."""
        exact = self._exact_path(target)
        if exact is not None:
            return ((exact, ""),)
        found = self._by_name_and_suffix(target)
        return tuple((candidate, sys.intern(fold(_folder(candidate)))) for candidate in found)

    def _exact_path(self, target: str) -> str | None:
        key = fold(target)
        return self._exact.get(_strip_md(key)) or self._exact.get(key)

    def _by_name_and_suffix(self, target: str) -> Sequence[str]:
        key = fold(target)
        candidates = self._candidates(key)
        if "/" in key:
            suffixes = ("/" + _strip_md(key), "/" + key)
            candidates = [
                c
                for c in candidates
                if fold(_strip_md(c)).endswith(suffixes[0]) or fold(c).endswith(suffixes[1])
            ]
        return candidates

    def _candidates(self, key: str) -> Sequence[str]:
        name = key.rpartition("/")[2]
        found = self._by_name.get(_strip_md(name), ())
        if key.endswith(".md"):
            return [c for c in found if c.lower().endswith(".md")]
        return found or self._by_name.get(name, ())

    def link_target(self, path: str, source: str) -> str:
        """The shortest text that makes a link written in `source` resolve to `path`."""
        name = _strip_md(path.rpartition("/")[2]) if path.lower().endswith(".md") else path.rpartition("/")[2]
        if self.resolve(name, source) == path:
            return name
        return _strip_md(path) if path.lower().endswith(".md") else path
