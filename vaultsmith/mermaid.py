"""Mermaid text that the real Mermaid parser accepts, whatever the note names hold."""

from __future__ import annotations

import re

# Characters that end or reinterpret a quoted Mermaid label, as Mermaid entity codes.
_ENTITIES = {"#": "#35;", '"': "#quot;", "&": "#amp;", "<": "#lt;", ">": "#gt;"}
_ENTITY_PATTERN = re.compile("|".join(re.escape(char) for char in _ENTITIES))


def label(text: str) -> str:
    """`text` quoted for use as a node or edge label: `"..."` with entity-escaped specials."""
    flat = " ".join(text.split())
    return '"' + _ENTITY_PATTERN.sub(lambda m: _ENTITIES[m.group()], flat) + '"'


class NodeIds:
    """Stable, safe node ids (`n1`, `n2`, …) for arbitrary keys, in order of first use."""

    def __init__(self, prefix: str = "n") -> None:
        self._prefix = prefix
        self._ids: dict[str, str] = {}

    def __call__(self, key: str) -> str:
        if key not in self._ids:
            self._ids[key] = f"{self._prefix}{len(self._ids) + 1}"
        return self._ids[key]

    def items(self) -> list[tuple[str, str]]:
        return list(self._ids.items())
