"""cycles: every simple cycle of at most a few nodes in a sparse directed graph, fast.

What `nx.simple_cycles(graph, length_bound=n)` finds, each cycle rotated to start at its
smallest node, without its cost on a big vault: networkx recomputes the strongly connected
components after each node it searches from, which is quadratic in the size of a component
(half a minute over the 20,000 components of a 100,000-note vault). Here each node is searched
from once: the cycles whose smallest node is `start` are the paths from `start` back to it
through larger nodes, and a backward search of at most `longest - 1` steps says which nodes can
still get back in time, so the forward search never walks a path that cannot close.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping

import networkx as nx


def bounded_cycles(edges: Iterable[tuple[str, str]], longest: int) -> list[list[str]]:
    """Every simple cycle of at most `longest` nodes, each starting at its smallest node, sorted."""
    successors: dict[str, list[str]] = defaultdict(list)
    predecessors: dict[str, list[str]] = defaultdict(list)
    for source, target in dict.fromkeys(edges):  # a repeated edge is one edge
        successors[source].append(target)
        predecessors[target].append(source)
    found: list[list[str]] = []
    for start in sorted(successors.keys() & predecessors.keys()):
        steps = steps_back(start, lambda node: predecessors.get(node, ()), longest - 1, above=start)
        found.extend(_cycles_from(start, successors, steps, longest))
    return sorted(found)


def steps_back(
    node: str, predecessors: Callable[[str], Iterable[str]], most: int, above: str | None = None
) -> dict[str, int]:
    """How few edges lead from each node back to `node`, for nodes at most `most` edges away;
    with `above`, only through nodes larger than it."""
    steps = {node: 0}
    frontier = [node]
    for distance in range(1, most + 1):
        following = []
        for current in frontier:
            for previous in predecessors(current):
                if previous not in steps and (above is None or previous > above):
                    steps[previous] = distance
                    following.append(previous)
        if not following:
            break
        frontier = following
    return steps


def _cycles_from(
    start: str, successors: Mapping[str, list[str]], steps: Mapping[str, int], longest: int
) -> list[list[str]]:
    """The cycles through `start` and larger nodes only: depth-first along paths that can still
    close within `longest` nodes."""
    cycles: list[list[str]] = []
    path = [start]
    on_path = {start}
    pending = [iter(successors.get(start, ()))]
    while pending:
        following = next(pending[-1], None)
        if following is None:
            pending.pop()
            on_path.discard(path.pop())
        elif following == start:
            cycles.append(list(path))
        elif following not in on_path and len(path) + steps.get(following, longest) <= longest:
            path.append(following)
            on_path.add(following)
            pending.append(iter(successors.get(following, ())))
    return cycles


def cycles_through(graph: nx.DiGraph, source: str, target: str, longest: int) -> list[list[str]]:
    """Every simple cycle of at most `longest` nodes that uses the edge source → target: the
    cycles `nx.simple_cycles(graph, length_bound=longest)` holds that an added edge made."""
    if source == target:
        return [[source]]
    steps_to_source = steps_back(source, graph.predecessors, longest - 1)
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


def rotated(cycle: Iterable[str]) -> list[str]:
    """`cycle` starting at its smallest node: one spelling for each cycle, whatever node it was
    found from."""
    nodes = list(cycle)
    start = nodes.index(min(nodes))
    return nodes[start:] + nodes[:start]
