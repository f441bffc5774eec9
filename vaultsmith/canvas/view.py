"""What one system's canvas shows, before it is laid out: cards, groups and labelled links.

The system's boundary is a group holding its PRDs, components (data stores among them), the
technologies they use and the decisions in force; each neighbouring system is a group holding
its components that link across; a component outside every system is a card of its own.
Technologies are small cards, linked from the components that use them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from vaultsmith.config.statuses import in_force
from vaultsmith.model.ref import Ref
from vaultsmith.sdd.design import Decision, Dependency, SddDocument

SYSTEM_GROUP = "group:system"

# Card sizes by role, in pixels: a file card shows the note's title and the start of its text.
SIZES: dict[str, tuple[int, int]] = {
    "component": (300, 160),
    "prd": (300, 120),
    "decision": (380, 100),
    "technology": (200, 60),
    "neighbour": (300, 120),
}

# Edge colour by relation kind, from the spec's presets: 1 red, 2 orange, 4 green, 5 cyan, 6 purple.
COLOURS = {
    "depends_on": "5",
    "classified": "1",  # a depends_on link that says it carries a class of data
    "crosses": "2",  # a depends_on link to or from another system
    "uses": "4",
    "chosen": "6",
}
NEIGHBOUR_GROUP_COLOUR = "3"


@dataclass(frozen=True, slots=True)
class Card:
    key: str  # note:<path>
    path: str  # the note the card shows
    role: str  # component, prd, decision, technology, neighbour
    group: str | None  # the key of the group it sits in

    @property
    def size(self) -> tuple[int, int]:
        return SIZES[self.role]


@dataclass(frozen=True, slots=True)
class Group:
    key: str
    label: str
    side: str  # "centre" (the system), "right" (systems it uses), "left" (systems using it)
    colour: str | None = None


@dataclass(frozen=True, slots=True)
class Link:
    key: str
    source: str  # card keys
    target: str
    relation: str
    label: str
    colour: str


@dataclass(frozen=True, slots=True)
class CanvasView:
    system: Ref
    groups: tuple[Group, ...]
    cards: tuple[Card, ...]
    links: tuple[Link, ...]

    def members(self, group: str) -> tuple[Card, ...]:
        return tuple(card for card in self.cards if card.group == group)


def card_key(path: str, group: str | None) -> str:
    """`note:<path>` inside the system's boundary, `note:<path>@<group>` elsewhere: a note that
    moves from one group to another is a new card there, placed in its new group."""
    return f"note:{path}" if group == SYSTEM_GROUP else f"note:{path}@{group or 'outside'}"


def canvas_view(document: SddDocument) -> CanvasView:
    """The cards, groups and links of `document`'s system."""
    cards: dict[str, Card] = {}  # by note path: a note has one card

    def add(ref: Ref, role: str, group: str | None) -> None:
        if ref.path is not None and ref.path not in cards:
            cards[ref.path] = Card(card_key(ref.path, group), ref.path, role, group)

    for prd in document.prds:
        add(prd.ref, "prd", SYSTEM_GROUP)
    for component in document.components:
        add(component.ref, "component", SYSTEM_GROUP)
    for technology in document.technologies:
        if technology.used_by:
            add(technology.ref, "technology", SYSTEM_GROUP)
    for decision in decisions_in_force(document):
        add(decision.ref, "decision", SYSTEM_GROUP)
    groups = [Group(SYSTEM_GROUP, document.system.name, "centre")]
    groups.extend(_neighbour_groups(document, add))
    # A neighbour's group whose every card already stands elsewhere (a note that is also one of
    # this system's, or in an earlier group) would be an empty box: it is left out.
    groups = [g for g in groups if g.key == SYSTEM_GROUP or any(c.group == g.key for c in cards.values())]
    links = _links(document, cards)
    return CanvasView(document.system, tuple(groups), tuple(cards.values()), tuple(links))


def decisions_in_force(document: SddDocument) -> list[Decision]:
    """The decision in force per area (following supersede and amend links), in log order."""
    found: dict[Ref, Decision] = {}
    for area in document.decision_areas:
        for current in area.current:
            decision = current.decision
            if in_force(decision.status, decision.qualifier or None):
                found.setdefault(decision.ref, decision)
    return list(found.values())


def _neighbour_groups(document: SddDocument, add: Callable[[Ref, str, str | None], None]) -> list[Group]:
    groups: dict[str, Group] = {}
    crossing = [(d, d.target, "right") for d in document.dependencies]
    crossing += [(d, d.source, "left") for d in document.dependents]
    for dependency, foreign, side in sorted(crossing, key=lambda c: (c[2] != "right", c[1])):
        system = _first_system(dependency)
        if system is None:
            add(foreign, "neighbour", None)
            continue
        key = f"group:{system.path}"
        groups.setdefault(key, Group(key, system.name, side, NEIGHBOUR_GROUP_COLOUR))
        add(foreign, "neighbour", key)
    return sorted(groups.values(), key=lambda g: (g.side, g.label.lower(), g.key))


def _first_system(dependency: Dependency) -> Ref | None:
    known = sorted(s for s in dependency.systems if s.path is not None)
    return known[0] if known else None


def _links(document: SddDocument, cards: dict[str, Card]) -> list[Link]:
    links: dict[str, Link] = {}

    def link(source: Ref, target: Ref, relation: str, label: str, colour: str) -> None:
        start, end = cards.get(source.path or ""), cards.get(target.path or "")
        if start is None or end is None or start is end:
            return
        key = f"edge:{relation}:{start.key}>{end.key}"
        links.setdefault(key, Link(key, start.key, end.key, relation, label, colour))

    own = {component.ref for component in document.components}
    crossing = {(d.source, d.target): d for d in document.dependencies}
    for component in document.components:
        for target in component.depends_on:
            flow = crossing.get((component.ref, target)) or document.flow(component.ref, target)
            label, colour = _depends_on(flow, crosses=target not in own)
            link(component.ref, target, "depends_on", label, colour)
    for dependent in document.dependents:
        label, colour = _depends_on(dependent, crosses=True)
        link(dependent.source, dependent.target, "depends_on", label, colour)
    for component in document.components:
        for technology in component.technologies:
            link(component.ref, technology, "uses", "uses", COLOURS["uses"])
    for decision in decisions_in_force(document):
        for chosen in decision.chosen:
            link(decision.ref, chosen, "chosen", "chooses", COLOURS["chosen"])
    return sorted(links.values(), key=lambda item: item.key)


def _depends_on(flow: Dependency | None, crosses: bool) -> tuple[str, str]:
    """The label of a `depends_on` link (with the protocol and data class where the vault
    states them) and its colour: red when it carries a class of data, orange when it crosses
    the system's boundary, cyan inside it."""
    stated = [part for part in (flow.protocol, flow.data) if part] if flow is not None else []
    label = f"depends on ({', '.join(stated)})" if stated else "depends on"
    if flow is not None and flow.data:
        return label, COLOURS["classified"]
    return label, COLOURS["crosses"] if crosses else COLOURS["depends_on"]
