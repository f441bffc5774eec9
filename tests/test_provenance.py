"""provenance: what each SDD read, and which SDDs read a fact that changed."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vaultsmith.live.provenance import ALL, EdgesByKey, Facts, NotingGraph, ReadIndex, ReadLog


def test_the_noting_graph_tells_successors_from_predecessors_and_node_from_edge_properties() -> None:
    log = ReadLog()
    graph = NotingGraph(log)
    graph.add_node("a", type="component", name="A")
    graph.add_edge("a", "b", relation="uses")
    with log.noting() as facts:
        assert list(graph.successors("a")) == ["b"]
        assert graph.nodes["a"]["type"] == "component"
        assert [data["relation"] for _, _, data in graph.in_edges("b", data=True)] == ["uses"]
    assert "a" in facts.successors and "a" not in facts.predecessors
    assert "b" in facts.predecessors
    assert ("a", "type") in facts.properties and ("a", "name") not in facts.properties
    assert ("a", "b", "relation") in facts.edges


def test_the_noting_graph_notes_nothing_outside_a_noting_context_and_copies() -> None:
    log = ReadLog()
    graph = NotingGraph(log)
    graph.add_edge("a", "b", relation="uses")
    assert list(graph.successors("a")) == ["b"]
    copy = graph.copy()
    assert list(copy.edges(data="relation")) == [("a", "b", "uses")]
    assert graph.made == {"a", "b"}


def test_readers_are_those_that_read_a_changed_fact_or_all_of_its_kind() -> None:
    index = ReadIndex()
    index.record("reads type", Facts(properties={("n", "type")}))
    index.record("reads every property", Facts(properties={("n", ALL)}))
    index.record("reads the edge", Facts(edges={("n", "m", "relation")}))
    index.record("reads another node", Facts(nodes={"m"}, properties={("m", "type")}))
    index.record("walked everything", Facts(everything=True))
    assert index.readers(Facts(properties={("n", "status")})) == {"reads every property", "walked everything"}
    assert index.readers(Facts(properties={("n", "type")})) == {
        "reads type",
        "reads every property",
        "walked everything",
    }
    assert index.readers(Facts(edges={("n", "m", "line")})) == {"walked everything"}
    assert index.readers(Facts(edges={("n", "m", "relation")})) == {"reads the edge", "walked everything"}
    assert len(index.readers(Facts(everything=True))) == 5


def test_a_reader_made_again_or_forgotten_is_asked_about_what_it_reads_now() -> None:
    index = ReadIndex()
    index.record("sdd", Facts(nodes={"old"}))
    index.record("sdd", Facts(nodes={"new"}))
    assert index.readers(Facts(nodes={"old"})) == set()
    assert index.readers(Facts(nodes={"new"})) == {"sdd"}
    index.forget("sdd")
    assert "sdd" not in index and index.readers(Facts(nodes={"new"})) == set()


def test_a_reader_of_thousands_of_facts_is_found_by_each_of_them_and_by_no_other() -> None:
    index = ReadIndex()
    read = Facts(
        nodes={f"n{i}" for i in range(3000)},
        properties={(f"n{i}", "status") for i in range(3000)},
        edges={(f"n{i}", f"n{i + 1}", "relation") for i in range(3000)},
    )
    index.record("big", read)
    index.record("small", Facts(nodes={"n0"}))
    for node in ("n0", "n1234", "n2999"):
        assert "big" in index.readers(Facts(nodes={node}))
    assert index.readers(Facts(properties={("n2999", "status")})) == {"big"}
    assert index.readers(Facts(edges={("n7", "n8", "relation")})) == {"big"}
    # The same text as a fact of another kind, or another property, was not read.
    assert index.readers(Facts(successors={"n5"}, properties={("n5", "owner")}, nodes={"n3000"})) == set()
    assert index.readers(Facts(edges={("n8", "n7", "relation")})) == set()


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.tuples(
            st.sampled_from(["add", "remove", "remove-key"]),
            st.sampled_from("abc"),
            st.sampled_from("abc"),
            st.integers(0, 3),
        ),
        max_size=30,
    )
)
def test_the_noting_graph_keeps_links_between_two_nodes_as_networkx_does(
    steps: list[tuple[str, str, str, int]],
) -> None:
    """EdgesByKey, which keeps one link between two nodes in slots, behaves as networkx's dict:
    same keys, order and properties after any adds and removes, `remove_edge` without a key
    removing the last link added."""
    noting, plain = NotingGraph(ReadLog()), nx.MultiDiGraph()
    for action, source, target, key in steps:
        for graph in (noting, plain):
            if action == "add":
                graph.add_edge(source, target, key=key if key else None, line=key)
            elif graph.has_edge(source, target, key=key if action == "remove-key" else None):
                graph.remove_edge(source, target, key=key if action == "remove-key" else None)
    assert list(noting.edges(keys=True, data=True)) == list(plain.edges(keys=True, data=True))
    assert list(noting.in_edges(keys=True, data=True)) == list(plain.in_edges(keys=True, data=True))
    for source, target in itertools.product("abc", repeat=2):
        links, expected = noting.get_edge_data(source, target), plain.get_edge_data(source, target)
        assert (links is None) == (expected is None)
        if links is not None:
            assert dict(links) == expected and list(links) == list(expected) and len(links) == len(expected)
            assert [dict(data) for data in links.values()] == list(expected.values())
            assert all(key in links and links.get(key) is links[key] for key in expected)
            assert 99 not in links and links.get(99, "none") == "none"


def test_links_between_two_nodes_behave_as_a_dict() -> None:
    links = EdgesByKey()
    assert len(links) == 0 and list(links) == [] and not links
    with pytest.raises(KeyError):
        links.popitem()
    links[0] = "first"
    assert links == {0: "first"} and links.copy() == {0: "first"} and repr(links) == "{0: 'first'}"
    links[0] = "again"
    links[1] = "second"
    links[2] = "third"
    assert list(links.items()) == [(0, "again"), (1, "second"), (2, "third")]
    assert links.popitem() == (2, "third")  # the last added, as dict.popitem
    del links[0]
    assert links == {1: "second"}
    with pytest.raises(KeyError):
        del links[7]
