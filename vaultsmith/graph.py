"""graph: the typed knowledge graph, a networkx MultiDiGraph.

A node per note (id: its vault path; attributes `type`, `name`, `path` and the note's fields),
a node per attachment and per unresolved link target (as Obsidian's graph view shows them), an
edge per link with `relation` = the frontmatter key, or `mentions` / `embeds` for body links.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import networkx as nx

from vaultsmith.classify import ClassifiedNote
from vaultsmith.note import Link
from vaultsmith.resolve import Resolver, fold

UNRESOLVED = "unresolved"
ATTACHMENT = "attachment"
_RESERVED = frozenset({"type", "name", "path"})


def unresolved_id(target: str) -> str:
    return f"{UNRESOLVED}:{fold(target)}"


def build_graph(
    notes: Iterable[ClassifiedNote], resolver: Resolver, graph: nx.MultiDiGraph | None = None
) -> nx.MultiDiGraph:
    """The graph of `notes`, built into `graph` when given (it must be empty)."""
    graph = nx.MultiDiGraph() if graph is None else graph
    ordered = sorted(notes, key=lambda item: item.note.path)
    for item in ordered:
        graph.add_node(item.note.path, **node_attributes(item))
    for item in ordered:
        add_links(graph, item, resolver)
    return graph


def node_attributes(item: ClassifiedNote) -> dict[str, Any]:
    fields = {key: value for key, value in item.fields.items() if key not in _RESERVED}
    return {**fields, "type": item.type, "name": item.note.title, "path": item.note.path}


def add_links(graph: nx.MultiDiGraph, item: ClassifiedNote, resolver: Resolver) -> None:
    source = item.note.path
    for link in item.links:
        target = link_node(graph, link, source, resolver)
        if target == source and not link.target:
            continue  # [[#Heading]] inside the note is not an edge of the graph
        graph.add_edge(source, target, **_edge_attributes(link))


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
    attributes: dict[str, Any] = {"relation": link.relation, "kind": link.kind.value, "line": link.line}
    for name in ("alias", "heading", "block"):
        value = getattr(link, name)
        if value is not None:
            attributes[name] = value
    return attributes


def targets(graph: nx.MultiDiGraph, node: str, *relations: str) -> list[str]:
    """Nodes `node` links to by any of `relations` (all relations when none given), in order."""
    found: dict[str, None] = {}  # ordered and deduplicated in linear time (a note may hold 100,000 links)
    for _, target, relation in graph.out_edges(node, data="relation"):
        if not relations or relation in relations:
            found[target] = None
    return list(found)


def sources(graph: nx.MultiDiGraph, node: str, *relations: str) -> list[str]:
    """Nodes that link to `node` by any of `relations` (all when none given), sorted."""
    found = {
        source
        for source, _, relation in graph.in_edges(node, data="relation")
        if not relations or relation in relations
    }
    return sorted(found)


def cycles_through(graph: nx.DiGraph, source: str, target: str, longest: int) -> list[list[str]]:
    """Every simple cycle of at most `longest` nodes that uses the edge source → target: the
    cycles `nx.simple_cycles(graph, length_bound=longest)` holds that an added edge made."""
    if source == target:
        return [[source]]
    steps_to_source = _steps_to(graph, source, longest - 1)
    found: list[list[str]] = []
    path = [target]
    pending = [iter(graph.successors(target))]
    while pending:
        following = next(pending[-1], None)
        if following is None:
            pending.pop()
            path.pop()
        elif following == source:
            found.append([source, *path])
        elif following not in path and len(path) + steps_to_source.get(following, longest) < longest:
            path.append(following)
            pending.append(iter(graph.successors(following)))
    return found


def _steps_to(graph: nx.DiGraph, node: str, most: int) -> dict[str, int]:
    """How many edges each node is from reaching `node`, for nodes at most `most` edges away."""
    steps = {node: 0}
    frontier = [node]
    for distance in range(1, most + 1):
        frontier = list(dict.fromkeys(p for n in frontier for p in graph.predecessors(n) if p not in steps))
        for previous in frontier:
            steps[previous] = distance
        if not frontier:
            break
    return steps
