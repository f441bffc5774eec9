"""nxaccess reads networkx's own dicts: what it reads is what networkx's public API gives, so a
networkx release that changes them fails here first."""

from __future__ import annotations

import networkx as nx

from vaultsmith.model.nxaccess import changed, graph_cache, node_table, predecessor_table, successor_table


def _graph() -> nx.MultiDiGraph:
    graph = nx.MultiDiGraph()
    graph.add_node("a", type="component")
    graph.add_edge("a", "b", relation="uses")
    graph.add_edge("a", "b", relation="depends_on")
    graph.add_edge("c", "a", relation="mentions")
    return graph


def test_the_tables_hold_what_the_public_views_show() -> None:
    graph = _graph()
    for node in graph:
        assert node_table(graph)[node] == graph.nodes[node]
        assert list(successor_table(graph)[node]) == list(graph.successors(node))
        assert list(predecessor_table(graph)[node]) == list(graph.predecessors(node))
    assert successor_table(graph)["a"]["b"] == dict(graph.get_edge_data("a", "b"))


def test_an_edge_written_into_the_tables_is_an_edge_of_the_graph() -> None:
    graph = _graph()
    graph.out_degree("c")  # networkx may keep what it works out about the graph
    successor_table(graph)["c"]["b"] = predecessor_table(graph)["b"]["c"] = {0: {"relation": "uses"}}
    changed(graph)
    assert list(graph.out_edges("c", data="relation")) == [("c", "a", "mentions"), ("c", "b", "uses")]
    assert graph.has_edge("c", "b") and graph.in_degree("b") == 3
    cache = graph_cache(graph)
    assert cache is None or cache == {}


def test_networkx_empties_its_cache_when_the_graph_changes() -> None:
    graph = _graph()
    cache = graph_cache(graph)
    assert cache is not None  # networkx 3.3 and later keep one; pyproject asks for 3.4
    cache["ours"] = {"kept": True}
    graph.add_edge("b", "c")
    assert "ours" not in cache
