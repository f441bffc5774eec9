"""Why a link finds no note, or finds one of several: the words `check` says about links."""

from __future__ import annotations

import difflib
import heapq
from collections import Counter, defaultdict
from collections.abc import Iterable

from vaultsmith.model.analysed import VaultModel
from vaultsmith.model.resolve import fold
from vaultsmith.vault.values import as_list

SUGGESTIONS = 3
CUTOFF = 0.75
CANDIDATES = 100  # names difflib compares, out of those sharing the most trigrams


def _stem(path: str) -> str:
    return path[:-3] if path.lower().endswith(".md") else path


def _folder(path: str) -> str:
    return path.rpartition("/")[0]


class LinkIndex:
    """Note names, aliases and attachment names of one vault, for messages about its links."""

    def __init__(self, model: VaultModel, attachments: Iterable[str] = ()) -> None:
        self._model = model
        self._by_name: dict[str, list[str]] = defaultdict(list)
        self._names: dict[str, str] = {}  # folded name or alias -> note name to suggest
        self._aliases: dict[str, str] = {}  # folded alias -> the note name it belongs to
        for path in sorted(model.notes):
            title = model.notes[path].note.title
            self._by_name[fold(title)].append(path)
            self._names.setdefault(fold(title), title)
            for alias in as_list(model.notes[path].note.frontmatter.get("aliases")):
                if isinstance(alias, str) and alias.strip():
                    self._aliases.setdefault(fold(alias.strip()), title)
                    self._names.setdefault(fold(alias.strip()), title)
        self._files = {fold(path.rpartition("/")[2]): path.rpartition("/")[2] for path in attachments}
        self._suggested: dict[str, list[str]] = {}
        self._indexes: dict[bool, TrigramIndex] = {}  # built on the first unresolved link

    def unresolved_message(self, target: str) -> str:
        """Why `target` finds nothing, and what was probably meant."""
        name = target.strip().rpartition("/")[2]
        is_file = "." in name and not name.lower().endswith(".md")
        real = None if "/" in target or is_file else self._aliases.get(fold(name))
        if real is not None:
            return (
                f'no note named "{target}": it is an alias of [[{real}]], and Obsidian does not '
                f"resolve aliases; write [[{real}|{target}]]"
            )
        message = f'no {"file" if is_file else "note"} named "{target}"'
        close = self._suggestions(name, is_file)
        if close:
            return message + "; did you mean " + " or ".join(f'"{c}"' for c in close) + "?"
        return message + (" in the vault" if is_file else " (write the note, or correct the link)")

    def _suggestions(self, name: str, is_file: bool) -> list[str]:
        key = fold(_stem(name))
        if key not in self._suggested:
            pool = self._files if is_file else self._names
            candidates = self._trigrams(is_file).nearest(key)
            matches = difflib.get_close_matches(key, candidates, n=SUGGESTIONS, cutoff=CUTOFF)
            self._suggested[key] = list(dict.fromkeys(pool[m] for m in matches))
        return self._suggested[key]

    def _trigrams(self, is_file: bool) -> TrigramIndex:
        if is_file not in self._indexes:
            self._indexes[is_file] = TrigramIndex(self._files if is_file else self._names)
        return self._indexes[is_file]

    def ambiguity(self, target: str, source: str) -> str | None:
        """A message when `target` (written in `source`) matches several notes, else None."""
        if not target or target.startswith(("./", "../")):
            return None
        key = fold(_stem(target.strip().lstrip("/")))
        candidates = [
            path
            for path in self._by_name.get(key.rpartition("/")[2], [])
            if fold(_stem(path)) == key or fold(_stem(path)).endswith("/" + key)
        ]
        chosen = self._model.resolver.resolve(target, source)
        if len(candidates) < 2 or chosen not in candidates:
            return None
        if fold(_stem(chosen)) == key:
            reason = "its path is exactly the link"
        elif fold(_folder(chosen)) == fold(_folder(source)):
            reason = "it is in this note's folder"
        else:
            reason = "it has the shortest path"
        other = next(path for path in candidates if path != chosen)
        return (
            f'"{target}" matches {len(candidates)} notes ({", ".join(candidates)}); Obsidian opens '
            f"{chosen} because {reason}: write [[{_stem(other)}]] to link another one"
        )


class TrigramIndex:
    """Names by the three-letter pieces they contain. difflib compares a name with every
    candidate, which is too slow for thousands of names; a close match shares most of its
    pieces, so only the names sharing the most are handed to difflib."""

    def __init__(self, names: Iterable[str]) -> None:
        self._names: dict[str, list[str]] = defaultdict(list)
        for name in sorted(names):
            for piece in _pieces(name):
                self._names[piece].append(name)

    def nearest(self, name: str) -> list[str]:
        shared: Counter[str] = Counter()
        for piece in sorted(_pieces(name)):
            shared.update(self._names.get(piece, ()))
        best = heapq.nsmallest(CANDIDATES, shared.items(), key=lambda item: (-item[1], item[0]))
        return [candidate for candidate, _ in best]


def _pieces(name: str) -> set[str]:
    padded = f"  {name} "
    return {padded[index : index + 3] for index in range(len(padded) - 2)}
