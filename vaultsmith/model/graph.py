"""graph: the typed knowledge graph, a networkx MultiDiGraph.

A node per note (id: its vault path; attributes `type`, `name`, `path` and the note's fields),
a node per attachment and per unresolved link target (as Obsidian's graph view shows them), an
edge per link with `relation` = the frontmatter key, or `mentions` / `embeds` for body links.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any

import networkx as nx

from vaultsmith.model.classify import ClassifiedNote
from vaultsmith.model.decisions import referenced_number
from vaultsmith.model.nxaccess import changed, graph_cache, node_table, predecessor_table, successor_table
from vaultsmith.model.resolve import Resolver, fold
from vaultsmith.vault.note import Link, LinkKind

UNRESOLVED = "unresolved"
ATTACHMENT = "attachment"
_RESERVED = frozenset({"type", "name", "path"})
_EDGE_RESERVED = frozenset({"relation", "kind", "line", "alias", "heading", "block", "derived", "stated"})

_KIND_TEXT = {kind: kind.value for kind in LinkKind}  # faster than `kind.value`, once per edge

# Speed-ups, each with its switch (bench/run.py measures what each saves): "0" turns it off.
DIRECT_EDGES_VARIABLE = "VAULTSMITH_DIRECT_EDGES"
ROW_CACHE_VARIABLE = "VAULTSMITH_ROW_CACHE"
_KEEP_ROWS = os.environ.get(ROW_CACHE_VARIABLE, "1") != "0"

NumberIndex = Mapping[tuple[str, int], tuple[str, ...]]

# A stated relation -> its inverse, and the type the stating note must have for the inverse to
# hold (None: any). A PRD names its system too, but only a component is one of its components.
INVERSES: Mapping[str, tuple[str, str | None]] = {
    "supersedes": ("superseded_by", None),
    "superseded_by": ("supersedes", None),
    "amends": ("amended_by", None),
    "amended_by": ("amends", None),
    "refines": ("refined_by", None),
    "refined_by": ("refines", None),
    "depends_on": ("dependency_of", None),
    "dependency_of": ("depends_on", None),
    "system": ("has_component", "component"),
    "has_component": ("system", None),
}


def unresolved_id(target: str) -> str:
    return f"{UNRESOLVED}:{fold(target)}"


def build_graph(
    notes: Iterable[ClassifiedNote],
    resolver: Resolver,
    graph: nx.MultiDiGraph | None = None,
    whole: Callable[[str], ClassifiedNote] | None = None,
) -> nx.MultiDiGraph:
    """The graph of `notes`, built into `graph` when given (it must be empty). Notes given
    without their links (a watch session keeps them packed) come with `whole`: path -> the
    note with them, asked for one note at a time."""
    graph = nx.MultiDiGraph() if graph is None else graph
    ordered = sorted(notes, key=lambda item: item.note.path)
    for item in ordered:
        graph.add_node(item.note.path, **node_attributes(item))
    numbers = number_index(ordered)
    for item in ordered:
        add_links(graph, item if whole is None else whole(item.note.path), resolver, numbers)
    return graph


def node_attributes(item: ClassifiedNote) -> dict[str, Any]:
    fields = {key: value for key, value in item.fields.items() if key not in _RESERVED}
    return {**fields, "type": item.type, "name": item.note.title, "path": item.note.path}


def add_links(
    graph: nx.MultiDiGraph, item: ClassifiedNote, resolver: Resolver, numbers: NumberIndex | None = None
) -> None:
    """The edges of `item`'s links. `numbers` (see `number_index`) finds the ADRs that links by
    number (`superseded by ADR-0005`) name; without it they stay unresolved."""
    source = item.note.path
    # A plain MultiDiGraph gets its edges written straight into its adjacency, as `add_edge`
    # would write them, at a third of the cost (off with VAULTSMITH_DIRECT_EDGES=0); a subclass
    # (livemodel's NotingGraph) watches `add_edge`, so it gets its edges that way.
    direct = type(graph) is nx.MultiDiGraph and os.environ.get(DIRECT_EDGES_VARIABLE, "1") != "0"
    row = successor_table(graph)[source] if direct else {}
    incoming = predecessor_table(graph)
    for link in item.links:
        if link.kind is LinkKind.NUMBER:
            target = _numbered_node(graph, link, item, numbers or {})
        else:
            target = link_node(graph, link, source, resolver)
        if target == source and not link.target:
            continue  # [[#Heading]] inside the note is not an edge of the graph
        if not direct:
            graph.add_edge(source, target, **_edge_attributes(link))
            continue
        keys = row.get(target)
        if keys is None:
            row[target] = incoming[target][source] = {0: _edge_attributes(link)}
        else:
            key = len(keys)
            while key in keys:
                key += 1
            keys[key] = _edge_attributes(link)
    if direct:
        changed(graph)


def number_index(notes: Iterable[ClassifiedNote]) -> NumberIndex:
    """(folder, number) -> the ADRs in that folder with that number; ("", number) -> all of them."""
    found: dict[tuple[str, int], list[str]] = {}
    for item in notes:
        number = item.fields.get("number") if item.type == "adr" else None
        if isinstance(number, int) and not isinstance(number, bool):
            found.setdefault((item.note.folder, number), []).append(item.note.path)
            if item.note.folder:
                found.setdefault(("", number), []).append(item.note.path)
    return {key: tuple(sorted(paths)) for key, paths in found.items()}


def has_number_links(item: ClassifiedNote) -> bool:
    return any(link.kind is LinkKind.NUMBER for link in item.links)


def _numbered_node(graph: nx.MultiDiGraph, link: Link, item: ClassifiedNote, numbers: NumberIndex) -> str:
    """The ADR a reference by number names: the one with that number in the same folder, else
    the only one in the vault; an unresolved node when there is none, or more than one."""
    number = referenced_number(link)
    if number is not None:
        for key in ((item.note.folder, number), ("", number)):
            found = [path for path in numbers.get(key, ()) if path != item.note.path]
            if len(found) == 1:
                return found[0]
    node = unresolved_id(link.target)
    if node not in graph:
        graph.add_node(node, type=UNRESOLVED, name=link.target, path="")
    return node


def link_node(graph: nx.MultiDiGraph, link: Link, source: str, resolver: Resolver) -> str:
    """The node a link points to, adding an attachment or unresolved node when needed."""
    path = resolver.resolve(link.target, source)
    if path is None:
        node = unresolved_id(link.target)
        if node not in graph:
            graph.add_node(node, type=UNRESOLVED, name=link.target, path="")
        return node
    if path not in graph:
        graph.add_node(path, type=ATTACHMENT, name=path.rpartition("/")[2], path=path)
    return path


def _edge_attributes(link: Link) -> dict[str, Any]:
    attributes: dict[str, Any] = {"relation": link.relation, "kind": _KIND_TEXT[link.kind], "line": link.line}
    if link.alias is not None:
        attributes["alias"] = link.alias
    if link.heading is not None:
        attributes["heading"] = link.heading
    if link.block is not None:
        attributes["block"] = link.block
    for name, value in link.attributes:
        attributes[f"{name}_" if name in _EDGE_RESERVED else name] = value
    return attributes


def targets(graph: nx.MultiDiGraph, node: str, *relations: str) -> list[str]:
    """Nodes `node` links to by any of `relations`, in order, then those that state the inverse
    of one of them towards `node`; all relations as stated when none given."""
    row = _row(graph, node, outgoing=True)
    # dict.fromkeys: ordered and deduplicated in linear time (a note may hold 100,000 links)
    found = dict.fromkeys(row.related(relations))
    for source in _inverse_sources(graph, node, relations):
        found[source] = None
    return list(found)


def sources(graph: nx.MultiDiGraph, node: str, *relations: str) -> list[str]:
    """Nodes that link to `node` by any of `relations`, or to which `node` states the inverse
    of one of them, sorted; all relations as stated when none given."""
    found = set(_row(graph, node, outgoing=False).related(relations))
    found.update(_inverse_targets(graph, node, relations))
    return sorted(found)


def _inverse_sources(graph: nx.MultiDiGraph, node: str, relations: tuple[str, ...]) -> list[str]:
    """Notes that state, towards `node`, the inverse of one of `relations`."""
    wanted = _inverses(relations)
    if not wanted:
        return []
    row = _row(graph, node, outgoing=False)
    found = {
        source
        for relation in wanted
        for source in row.related((relation,))
        if _holds(graph, source, relation)
    }
    return sorted(found)


def _inverse_targets(graph: nx.MultiDiGraph, node: str, relations: tuple[str, ...]) -> list[str]:
    """Notes to which `node` states the inverse of one of `relations`."""
    wanted = _inverses(relations)
    if not wanted:
        return []
    return [
        target
        for target, relation in _row(graph, node, outgoing=True).edges
        if relation in wanted and _holds(graph, node, relation) and _is_note(graph, target)
    ]


@functools.cache
def _inverses(relations: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(INVERSES[r][0] for r in relations if r in INVERSES))


class _Row:
    """One row of the graph's adjacency (a node's successors or predecessors) as
    (neighbour, relation) pairs, in the order `out_edges` / `in_edges` give them, and the
    neighbours by relation. Read straight from the row: building an edge view per query cost
    more than the query."""

    __slots__ = ("_by_relation", "_kept", "edges")

    def __init__(self, neighbours: Mapping[str, Mapping[Any, Mapping[str, Any]]], kept: bool = False) -> None:
        self.edges = [
            (neighbour, data.get("relation"))
            for neighbour, edges in neighbours.items()
            for data in edges.values()
        ]
        self._by_relation: dict[Any, list[str]] | None = None
        self._kept = kept  # asked again and again: worth indexing by relation

    def related(self, relations: tuple[str, ...]) -> list[str]:
        """The neighbours by any of `relations` (all when none), in order, repeated per edge."""
        if not relations:
            return [neighbour for neighbour, _ in self.edges]
        if len(relations) > 1 or not self._kept:
            return [neighbour for neighbour, relation in self.edges if relation in relations]
        if self._by_relation is None:
            self._by_relation = {}
            for neighbour, relation in self.edges:
                self._by_relation.setdefault(relation, []).append(neighbour)
        return self._by_relation.get(relations[0], [])


_ROWS = "vaultsmith rows"  # our key in networkx's cache of the graph (nxaccess.graph_cache)


def _row(graph: nx.MultiDiGraph, node: str, outgoing: bool) -> _Row:
    """`node`'s row, read once per graph: SDDs ask about the same nodes over and over (10k bench
    vault: 70,000 reads of 6,500 rows). Kept in the cache networkx keeps on a graph (3.3 and
    later), which every change to the graph empties. A subclass that notes its reads (the
    session's NotingGraph) says where rows may be kept with its `rows()`: for one SDD at a time,
    so that each SDD's reads are noted. It pays: the SDDs of the 10k bench vault took 1.78 s of
    CPU with it, 2.05 s without (VAULTSMITH_ROW_CACHE=0; bench/run.py measures it)."""
    adjacency = successor_table(graph) if outgoing else predecessor_table(graph)
    rows: dict[tuple[str, bool], _Row] | None
    if not _KEEP_ROWS:
        rows = None
    elif type(graph) is nx.MultiDiGraph:
        cache = graph_cache(graph)
        rows = None if cache is None else cache.setdefault(_ROWS, {})
    else:
        kept = getattr(graph, "rows", None)
        rows = kept() if kept is not None else None
    if rows is None:
        return _Row(adjacency[node])
    row: _Row | None = rows.get((node, outgoing))
    if row is None:
        row = _Row(adjacency[node], kept=True)
        rows[(node, outgoing)] = row
    return row


def _holds(graph: nx.MultiDiGraph, stater: str, relation: str) -> bool:
    """Whether `relation`, stated by `stater`, has its inverse: the stater's type allows it."""
    required = INVERSES[relation][1]
    return required is None or node_table(graph)[stater].get("type") == required


def _is_note(graph: nx.MultiDiGraph, node: str) -> bool:
    return node_table(graph)[node].get("type") not in (UNRESOLVED, ATTACHMENT)


def inverse_edges(graph: nx.MultiDiGraph) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """(source, target, attributes) of each inverse no note states: `derived: True`, `stated`
    naming the relation it is the inverse of, the stated link's other attributes kept."""
    stated = {(s, t, r) for s, t, r in graph.edges(data="relation")}
    made: set[tuple[str, str, str]] = set()
    for source, target, data in sorted(graph.edges(data=True), key=lambda edge: (edge[0], edge[1])):
        relation = data.get("relation")
        if relation not in INVERSES or not _holds(graph, source, relation) or source == target:
            continue
        inverse = INVERSES[relation][0]
        key = (target, source, inverse)
        if _is_note(graph, target) and key not in stated and key not in made:
            made.add(key)
            kept = {k: v for k, v in data.items() if k not in ("relation", "alias", "heading", "block")}
            yield target, source, {**kept, "relation": inverse, "derived": True, "stated": relation}


def link_attributes(data: Mapping[str, Any]) -> dict[str, Any]:
    """What a property stated about a link (`protocol`, `data`, ...), from an edge's attributes."""
    return {key: value for key, value in data.items() if key not in _EDGE_RESERVED}


def with_inverses(graph: nx.MultiDiGraph) -> nx.MultiDiGraph:
    """A copy of `graph` with an edge for every inverse relation no note states."""
    both = graph.copy()
    for source, target, attributes in list(inverse_edges(graph)):
        both.add_edge(source, target, **attributes)
    return both
