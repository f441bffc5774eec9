"""Mermaid diagrams of one system, computed from its design facts.

Every diagram is a flowchart: Mermaid lays flowcharts out (its C4 diagrams are experimental and
route no edge, so labels stack and edges cross boxes once a view holds a handful of elements).
Boundaries are subgraphs, edges carry the verb the vault states ("consumes from", "calls over
OIDC") and point the way data flows, no edge is drawn twice, and every node that stands for a
note carries Obsidian's `internal-link` class, so a click opens the note (its label is the
note's name). A diagram with nothing but the system in it is not drawn: the function returns ""
and the template says so in a sentence. Every id comes from `NodeIds` and every label goes
through `mermaid`'s escaping, so any note name gives a valid diagram.
"""

from __future__ import annotations

from collections.abc import Iterable

from vaultsmith.model.ref import Ref
from vaultsmith.render.mermaid import NodeIds, label
from vaultsmith.sdd.design import Component, Dependency, SddDocument

_SHAPES = {  # kind -> (open, close) of the node's shape
    "database": ("[(", ")]"),
    "storage": ("[(", ")]"),
    "cache": ("[(", ")]"),
    "queue": ("[[", "]]"),
    "frontend": ("([", "])"),
    "external": ("[/", "/]"),
}
_SYSTEM_SHAPE = ("[", "]")
DEPENDS_ON = "depends on"


def _key(ref: Ref) -> str:
    return ref.path if ref.path is not None else "unresolved:" + ref.name


class _Flowchart:
    """A flowchart being drawn: nodes once each, edges once each, clickable note nodes."""

    def __init__(self, direction: str = "LR") -> None:
        self.ids = NodeIds()
        self.lines = [f"flowchart {direction}"]
        self.edges: dict[tuple[str, str, str], None] = {}
        self.notes: dict[str, None] = {}
        self.groups = NodeIds("g")

    def node(self, ref: Ref, kind: str = "", indent: str = "    ", suffix: str = "") -> str:
        key = _key(ref)
        if key in self.ids:
            return self.ids(key)
        node = self.ids(key)
        opening, closing = _SHAPES.get(kind.lower(), _SYSTEM_SHAPE)
        self.lines.append(f"{indent}{node}{opening}{label(ref.name + suffix)}{closing}")
        if ref.path is not None and not suffix:
            self.notes[node] = None
        return node

    def group(self, title: str, members: Iterable[tuple[Ref, str]]) -> None:
        listed = [(ref, kind) for ref, kind in members if _key(ref) not in self.ids]
        if not listed:
            return
        self.lines.append(f"    subgraph {self.groups(title)}[{label(title)}]")
        for ref, kind in listed:
            self.node(ref, kind, indent="        ")
        self.lines.append("    end")

    def edge(self, source: str, target: str, words: str = "") -> None:
        """One arrow per pair of nodes, direction and words; an arrow that only says "depends
        on" is left unlabelled (the legend says so), so labels do not pile up where many arrows
        meet."""
        self.edges.setdefault((source, target, "" if words == DEPENDS_ON else words), None)

    def text(self) -> str:
        arrows = [
            f"    {source} -->|{label(words)}| {target}" if words else f"    {source} --> {target}"
            for source, target, words in self.edges
        ]
        clickable = [f"    class {','.join(self.notes)} internal-link"] if self.notes else []
        return "\n".join([*self.lines, *arrows, *clickable])


# An inbound link is drawn the way its data flows, from the target: its verb reads backwards.
_PASSIVE = {"consumes from": "consumed by", "reads from": "read by"}


def _words(link: Dependency) -> str:
    """An edge's label, read along the arrow: the verb, over which protocol, carrying which
    class of data."""
    verb = _PASSIVE.get(link.verb, link.verb) if link.inbound else link.verb
    phrase = f"{verb} over {link.protocol}" if link.protocol else verb
    return f"{phrase} ({link.data})" if link.data else phrase


def context_diagram(document: SddDocument) -> str:
    """C4 level 1 as a flowchart: the system, the systems and outside components it exchanges
    with, each edge the verbs of the component links behind it; "" when it has no neighbour."""
    if not document.neighbours and not document.externals:
        return ""
    chart = _Flowchart()
    me = chart.node(document.system)
    for external in document.externals:
        node = chart.node(external.ref, "external")
        for link in document.flows:
            if link.target == external.ref and link.source != external.ref:
                chart.edge(*_ends(me, node, link), words=_words(link))
    for neighbour in document.neighbours:
        node = chart.node(neighbour.ref, "external" if neighbour.external else "")
        for link in neighbour.via:
            outward = neighbour.relation == "uses"
            source, target = (me, node) if outward else (node, me)
            chart.edge(*_ends(source, target, link), words=_words(link))
    return chart.text()


def _ends(source: str, target: str, link: Dependency) -> tuple[str, str]:
    return (target, source) if link.inbound else (source, target)


def container_diagram(document: SddDocument) -> str:
    """C4 level 2 as a flowchart: the system's components in its boundary, the components of
    other systems they exchange with in theirs, outside components apart; "" without components."""
    if not document.components:
        return ""
    chart = _Flowchart()
    inside = [c for c in document.components if c not in document.externals]
    _own_groups(chart, document, inside)
    outside: dict[str, list[tuple[Ref, str]]] = {}
    own = {c.ref for c in document.components}
    for link in [*document.dependencies, *document.dependents, *document.flows]:
        if link.source in own and link.target in own:
            continue
        other = link.target if link.source in own else link.source
        owner = ", ".join(s.name for s in link.systems) or "outside every system"
        outside.setdefault(owner, []).append((other, link.kind))
    for external in document.externals:
        outside.setdefault("outside every system", []).append((external.ref, "external"))
    for owner in sorted(outside, key=lambda name: (name == "outside every system", name.lower())):
        chart.group(owner, outside[owner])
    _component_edges(chart, document, _all_links(document))
    return chart.text()


def _own_groups(chart: _Flowchart, document: SddDocument, components: list[Component]) -> None:
    """The system's components in its boundary; a component it shares with other systems in a
    boundary of its own named after them all, so a link from another of its systems to it is
    not drawn as that system reaching into this one."""
    chart.group(document.system.name, ((c.ref, c.kind) for c in components if len(c.systems) <= 1))
    shared: dict[str, list[tuple[Ref, str]]] = {}
    for c in components:
        if len(c.systems) > 1:
            title = " and ".join(s.name for s in c.systems) + " (shared)"
            shared.setdefault(title, []).append((c.ref, c.kind))
    for title, members in shared.items():
        chart.group(title, members)


def _all_links(document: SddDocument) -> list[Dependency]:
    """The system's links between notes, and its components' links to notes not yet written."""
    links = list(document.flows)
    drawn = {(link.source, link.target) for link in links}
    for component in document.components:
        for target in component.depends_on:
            if (component.ref, target) not in drawn and target.path is None:
                links.append(Dependency(component.ref, target, (), ""))
    return links


def _component_edges(chart: _Flowchart, document: SddDocument, links: list[Dependency]) -> None:
    shown = {_key(c.ref) for c in document.components} | {key for key, _ in chart.ids.items()}
    for link in links:
        for ref in (link.source, link.target):
            if _key(ref) not in shown:
                chart.node(ref, suffix=" (no note yet)" if ref.path is None else "")
                shown.add(_key(ref))
        start, end = link.drawn
        chart.edge(chart.ids(_key(start)), chart.ids(_key(end)), _words(link))


def component_flow(document: SddDocument) -> str:
    """How data moves: the links whose verb or attributes the vault states, drawn the way the
    data flows, in the system's boundary; "" when no link says more than "depends on"."""
    own = {c.ref for c in document.components}
    links = [f for f in document.flows if (f.verb_stated or f.attributes) and {f.source, f.target} & own]
    if not links:
        return ""
    chart = _Flowchart()
    kinds = {c.ref: c.kind for c in document.components}
    ends = {ref for link in links for ref in (link.source, link.target)}
    _own_groups(chart, document, [c for c in document.components if c.ref in ends])
    others = sorted((ref for ref in ends if ref not in kinds), key=lambda r: r.name.lower())
    chart.group("outside " + document.system.name, ((ref, "") for ref in others))
    for link in links:
        start, end = link.drawn
        chart.edge(chart.ids(_key(start)), chart.ids(_key(end)), _words(link))
    return chart.text()


def system_dependencies(document: SddDocument) -> str:
    """The systems (and outside components) this one exchanges with, one edge per direction,
    labelled with the verbs behind it; "" when there is none."""
    if not document.neighbours:
        return ""
    chart = _Flowchart()
    me = chart.node(document.system)
    for neighbour in document.neighbours:
        node = chart.node(neighbour.ref, "external" if neighbour.external else "")
        for link in neighbour.via:
            outward = neighbour.relation == "uses"
            chart.edge(*_ends(*((me, node) if outward else (node, me)), link), words=_words(link))
    return chart.text()
