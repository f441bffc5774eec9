"""Links with attributes (`depends_on: [{target: "[[Billing API]]", protocol: gRPC, data: PII}]`) and
relations both ways (an inverse nobody wrote is derived), from the parser to the graph export."""

from __future__ import annotations

import io
import json

import networkx as nx
from conftest import MakeVault
from test_cli import run

from vaultsmith.build import load_vault
from vaultsmith.model.analysed import analyse
from vaultsmith.model.graph import build_graph, sources, targets, with_inverses
from vaultsmith.vault.parse import parse_note

CHECKOUT = """---
type: component
system: "[[Shop]]"
depends_on:
  - "[[Stock API]]"
  - {target: "[[Billing API]]", protocol: gRPC, data: [PII, PCI]}
  - target: "[[Ledger|the ledger]]"
    protocol: REST
    encrypted: true
---
"""


def test_a_map_with_a_target_is_one_link_carrying_the_other_keys() -> None:
    links = [
        link for link in parse_note("Checkout.md", CHECKOUT.encode()).note.links if link.key == "depends_on"
    ]
    assert [(link.target, link.alias, link.attributes, link.line) for link in links] == [
        ("Stock API", None, (), 5),
        ("Billing API", None, (("data", "PII, PCI"), ("protocol", "gRPC")), 6),
        ("Ledger", "the ledger", (("encrypted", "yes"), ("protocol", "REST")), 7),
    ]


def test_a_map_without_a_target_keeps_its_links_as_before() -> None:
    text = '---\nowners: {lead: "[[Ann]]", deputy: "[[Bo]]"}\n---\n'
    links = parse_note("X.md", text.encode()).note.links
    assert [(link.target, link.attributes) for link in links] == [("Ann", ()), ("Bo", ())]


def vault(make_vault: MakeVault) -> nx.MultiDiGraph:
    root = make_vault(
        {
            "Shop.md": "---\ntype: system\n---\n",
            "Checkout.md": CHECKOUT,
            "Billing API.md": "---\ntype: component\n---\n",
            "Ledger.md": "---\ntype: component\n---\n",
            "Decisions/0001-old.md": "---\ntype: adr\nstatus: superseded\n---\n",
            "Decisions/0002-new.md": '---\ntype: adr\nstatus: accepted\nsupersedes: "[[0001-old]]"\n---\n',
        }
    )
    return analyse(load_vault(root)).graph


def test_graph_edges_carry_the_attributes(make_vault: MakeVault) -> None:
    graph = vault(make_vault)
    (edge,) = graph.get_edge_data("Checkout.md", "Billing API.md").values()
    assert (edge["relation"], edge["protocol"], edge["data"]) == ("depends_on", "gRPC", "PII, PCI")


def test_asking_for_a_relation_finds_it_stated_either_way(make_vault: MakeVault) -> None:
    graph = vault(make_vault)
    assert targets(graph, "Decisions/0001-old.md", "superseded_by") == ["Decisions/0002-new.md"]
    assert sources(graph, "Decisions/0002-new.md", "superseded_by") == ["Decisions/0001-old.md"]
    assert targets(graph, "Billing API.md", "dependency_of") == ["Checkout.md"]
    assert targets(graph, "Shop.md", "has_component") == ["Checkout.md"]
    # Without a relation, only what notes state: nothing goes out of the old ADR.
    assert targets(graph, "Decisions/0001-old.md") == []


def test_derived_edges_are_marked_and_keep_the_stated_attributes(make_vault: MakeVault) -> None:
    both = with_inverses(vault(make_vault))
    (derived,) = both.get_edge_data("Billing API.md", "Checkout.md").values()
    assert derived["relation"] == "dependency_of"
    assert (derived["derived"], derived["stated"], derived["protocol"]) == (True, "depends_on", "gRPC")
    (stated,) = both.get_edge_data("Checkout.md", "Billing API.md").values()
    assert "derived" not in stated


def test_a_relation_stated_both_ways_gets_no_derived_copy(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "A.md": '---\ntype: adr\nsuperseded_by: "[[B]]"\n---\n',
            "B.md": '---\ntype: adr\nsupersedes: "[[A]]"\n---\n',
        }
    )
    both = with_inverses(analyse(load_vault(root)).graph)
    assert [d.get("derived", False) for _, _, d in both.edges(data=True)] == [False, False]


def test_graph_export_shows_attributes_and_both_directions_end_to_end(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Shop.md": "---\ntype: system\n---\n",
            "Checkout.md": CHECKOUT,
            "Billing API.md": "---\ntype: component\nsystem: '[[Shop]]'\n---\n",
        }
    )
    graphml = run("graph", "--format", "graphml", root)
    assert graphml.returncode == 0, graphml.stderr
    graph = nx.read_graphml(io.StringIO(graphml.stdout))
    edges = {(s, t, d["relation"]): d for s, t, d in graph.edges(data=True)}
    assert edges[("Checkout.md", "Billing API.md", "depends_on")]["protocol"] == "gRPC"
    assert edges[("Billing API.md", "Checkout.md", "dependency_of")]["derived"] is True
    assert ("Shop.md", "Billing API.md", "has_component") in edges
    dot = run("graph", "--format", "dot", root).stdout
    assert 'label="depends_on (PII, PCI, gRPC)"' in dot
    exported = json.loads(run("graph", "--format", "json", root).stdout)
    assert any(e.get("derived") and e["relation"] == "has_component" for e in exported["edges"])


class _Watched(nx.MultiDiGraph):  # type: ignore[misc]
    """A subclass: build_graph gives it its edges through `add_edge`."""


def test_edges_written_straight_into_the_graph_are_those_add_edge_makes(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Checkout.md": CHECKOUT + "Uses [[Stock API]], [[Stock API#Usage|here]], ![[Stock API]].\n",
            "Stock API.md": "[[Checkout]] [[Checkout]] [[Nowhere]] [[#Self]] [[Stock API]]",
            "Billing API.md": "",
        }
    )
    vault = load_vault(root)
    model = analyse(vault)
    direct = model.graph
    watched = build_graph(model.notes.values(), model.resolver, _Watched())
    assert list(direct.edges(keys=True, data=True)) == list(watched.edges(keys=True, data=True))
    assert list(direct.in_edges(keys=True, data=True)) == list(watched.in_edges(keys=True, data=True))
    assert direct.number_of_edges("Stock API.md", "Checkout.md") == 2
    for source, target, _ in direct.edges(keys=True):
        assert direct._succ[source][target] is direct._pred[target][source]  # one dict, as networkx keeps it


def test_what_a_graph_query_remembers_is_forgotten_when_the_graph_changes(make_vault: MakeVault) -> None:
    graph = vault(make_vault)
    before = targets(graph, "Checkout.md", "depends_on")
    assert "Ledger.md" in before
    assert sources(graph, "Ledger.md", "depends_on") == ["Checkout.md"]
    graph.add_edge("Checkout.md", "Audit.md", relation="depends_on")
    graph.add_edge("Audit.md", "Ledger.md", relation="depends_on")
    assert targets(graph, "Checkout.md", "depends_on") == [*before, "Audit.md"]
    assert sources(graph, "Ledger.md", "depends_on") == ["Audit.md", "Checkout.md"]
