"""nxaccess: the one module that reaches into networkx's private attributes.

networkx keeps a MultiDiGraph in plain dicts: `graph._node` (node -> its properties),
`graph._succ` (node -> successor -> key -> edge properties) and `graph._pred` (the same,
backwards). Its public views (`graph.nodes[node]`, `graph.succ[node]`, `graph.out_edges(node)`)
wrap each read in a view object, and cost more than the read itself where vaultsmith reads most:
making the SDDs of a 10,000-note vault reads node properties hundreds of thousands of times and
adjacency rows 70,000 times. So those hot paths read the dicts themselves, through here only.
Writing edges straight into the dicts (`add_links`) is three times cheaper than `add_edge`,
and networkx forgets what it cached about a graph (`__networkx_cache__`, 3.3 and later) when
the graph changes, so that is done here too, as `add_edge` does it.

If a networkx release changes these, this module is what breaks (tests/test_nxaccess.py reads
each against the public API). pyproject.toml bounds networkx to the releases CI runs.
"""

from __future__ import annotations

from typing import Any

import networkx as nx

NodeTable = dict[Any, dict[str, Any]]  # node -> its properties
Adjacency = dict[Any, dict[Any, dict[Any, dict[str, Any]]]]  # node -> neighbour -> key -> properties


def node_table(graph: nx.MultiDiGraph) -> NodeTable:
    """node -> its properties: the dict `graph.nodes[node]` looks in."""
    table: NodeTable = graph._node
    return table


def successor_table(graph: nx.MultiDiGraph) -> Adjacency:
    """node -> successor -> edge key -> edge properties: the dict `graph.succ` wraps."""
    table: Adjacency = graph._succ
    return table


def predecessor_table(graph: nx.MultiDiGraph) -> Adjacency:
    """node -> predecessor -> edge key -> edge properties (the same dicts as the successors')."""
    table: Adjacency = graph._pred
    return table


def graph_cache(graph: nx.MultiDiGraph) -> dict[str, Any] | None:
    """The dict in which networkx (3.3 and later) keeps what it worked out about a graph; every
    change made through networkx's methods (and `changed`) empties it. None before 3.3."""
    cache: dict[str, Any] | None = getattr(graph, "__networkx_cache__", None)
    return cache


def changed(graph: nx.MultiDiGraph) -> None:
    """What `add_edge` does last, for edges written straight into the tables: drop what networkx
    (3.3 and later) cached about the graph."""
    cache = graph_cache(graph)
    if cache:
        cache.clear()
