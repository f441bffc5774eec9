"""Mermaid text that the real Mermaid parser accepts, whatever the note names hold.

The escaping rules were verified against Mermaid 11 (see tests/mermaid/NOTES.md): flowchart
labels are quoted with every special character turned into a `#…;` entity; C4 strings decode
only `#lt;`, `#gt;` and `#amp;` in element labels, so a double quote is shown as a single one.
"""

from __future__ import annotations

import re

# Flowchart: characters that end, or change the meaning of, a quoted label.
_FLOWCHART_ENTITIES = {
    "#": "#35;",
    '"': "#quot;",
    "<": "#lt;",
    ">": "#gt;",
    "&": "#amp;",
    "`": "#96;",
    ":": "#58;",
}
_FLOWCHART_SPECIALS = re.compile("|".join(re.escape(char) for char in _FLOWCHART_ENTITIES))

# C4 element labels decode only these three entities.
_C4_ENTITIES = {'"': "'", "<": "#lt;", ">": "#gt;", "&": "#amp;"}
_C4_SPECIALS = re.compile("|".join(re.escape(char) for char in _C4_ENTITIES))
# `#word;` in a C4 label would be read as an entity: a zero-width space after `#` keeps it text.
_C4_ENTITY_LOOKALIKE = re.compile(r"#(?=\w+;)")

# A C4 `title` is the rest of its line, unquoted: `#` and `;` end or break it.
_TITLE_ENTITIES = {"#": "#35;", ";": "#59;", '"': "#quot;", "<": "#lt;", ">": "#gt;", "&": "#amp;"}
_TITLE_SPECIALS = re.compile("|".join(re.escape(char) for char in _TITLE_ENTITIES))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def label(text: str) -> str:
    """`text` as a quoted flowchart label (node, edge or subgraph title)."""
    flat = _one_line(text) or " "  # an empty label is a parse error; one space is not
    return '"' + _FLOWCHART_SPECIALS.sub(lambda m: _FLOWCHART_ENTITIES[m.group()], flat) + '"'


def c4_string(text: str) -> str:
    """`text` as a quoted string argument of a C4 element or relation."""
    flat = _C4_ENTITY_LOOKALIKE.sub("#\u200b", _one_line(text))
    return '"' + _C4_SPECIALS.sub(lambda m: _C4_ENTITIES[m.group()], flat) + '"'


def c4_title(text: str) -> str:
    """`text` as a C4 diagram title (never empty)."""
    flat = _one_line(text) or "Diagram"
    return _TITLE_SPECIALS.sub(lambda m: _TITLE_ENTITIES[m.group()], flat)


class NodeIds:
    """Stable, safe node ids (`n1`, `n2`, …) for arbitrary keys, in order of first use.

    A letter prefix keeps every id clear of Mermaid's keywords (`end`, `graph`, `style`, …)."""

    def __init__(self, prefix: str = "n") -> None:
        self._prefix = prefix
        self._ids: dict[str, str] = {}

    def __call__(self, key: str) -> str:
        if key not in self._ids:
            self._ids[key] = f"{self._prefix}{len(self._ids) + 1}"
        return self._ids[key]

    def __contains__(self, key: str) -> bool:
        return key in self._ids

    def items(self) -> list[tuple[str, str]]:
        return list(self._ids.items())
