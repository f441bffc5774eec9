"""derive: an ADR's decision area and choice, when its properties do not state them.

Most ADRs in the wild (adr-tools, MADR without properties, log4brains) carry no
`decision_area` or `chosen`, yet they settle things. What they chose is read from the
technology notes their Decision section (or MADR's "Chosen option" line) links, preferring
those the title names; the area is those technologies' `category`, else a decision area the
title names ("… for tracing"). The SDD says which of the two was derived, so a reader can
correct the note.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from vaultsmith.model.analysed import VaultModel
from vaultsmith.vault.links import find_wikilinks
from vaultsmith.vault.markdown import mask

# Headings of an ADR's decision, in the dialects vaultsmith reads (any case).
DECISION_HEADINGS = ("decision", "decision outcome", "the decision", "decision made", "chosen option")
_WORD = re.compile(r"[a-z0-9.+#]+")


@dataclass(frozen=True, slots=True)
class DerivedChoice:
    """What an ADR chose and its area as read from its text; empty when nothing was found."""

    chosen: tuple[str, ...]  # technology nodes
    area: str


def decision_text(model: VaultModel, node: str) -> str:
    """The whole Decision section of an ADR (the first of its heading variants), or ""."""
    note = model.notes[node].note
    for heading in DECISION_HEADINGS:
        found = note.section(heading)
        if found:
            return found
    return ""


def derive_choice(model: VaultModel, node: str, title: str, chosen_text: str) -> tuple[str, ...]:
    """The technology notes the ADR's decision links (or its "Chosen option" names): those its
    title names, else the only one linked."""
    techs = _linked_technologies(model, node, decision_text(model, node))
    if chosen_text:
        techs = [t for t in techs if _named_in(model, t, chosen_text)] or techs
    named = [t for t in techs if _named_in(model, t, title)]
    if named:
        return tuple(named)
    return tuple(techs) if len(techs) == 1 else ()


def derive_area(model: VaultModel, chosen: Iterable[str], title: str) -> str:
    """The category the chosen technologies share, else the first area of a "decisions
    required" item that the title names ("Sample spans for tracing": tracing)."""
    categories = {area_name(model.field(t, "category")) for t in chosen} - {""}
    if len(categories) == 1:
        return categories.pop()
    words = " ".join(_WORD.findall(title.lower().replace("-", " ")))
    for _, _, areas in model.config.checklist:
        area = areas[0] if areas else ""  # each item's own name: "cache", not a loose "gateway"
        phrase = area.replace("-", " ")
        if len(phrase) > 2 and re.search(rf"\b{re.escape(phrase)}\b", words):
            return area
    return ""


def area_name(value: object) -> str:
    """A decision area or category as one lower-case hyphenated word: `Message queue` -> message-queue."""
    return "-".join(str(value or "").lower().replace("_", " ").split())


def _linked_technologies(model: VaultModel, node: str, text: str) -> list[str]:
    found: dict[str, None] = {}
    for link in find_wikilinks(mask(text)):
        target = model.resolver.resolve(link.target, node)
        if target is not None and target in model.graph and model.type_of(target) == "technology":
            found[target] = None
    return list(found)


def _named_in(model: VaultModel, node: str, words: str) -> bool:
    name = str(model.field(node, "name")).lower()
    return bool(name) and re.search(rf"(?<![a-z0-9]){re.escape(name)}(?![a-z0-9])", words.lower()) is not None
