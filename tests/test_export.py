"""`vaultsmith graph`: every format loads back in its standard reader, with the typed attributes."""

from __future__ import annotations

import functools
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import networkx as nx
import pytest
from conftest import SAMPLE_VAULT, MakeVault
from mermaid_parser import mermaid_available, parse_diagrams
from test_cli import run
from typer.testing import CliRunner

from vaultsmith.build import load_vault
from vaultsmith.cli import app
from vaultsmith.model.analysed import analyse
from vaultsmith.model.graph import with_inverses
from vaultsmith.tools.export import WRITERS, select

IN_CI = os.environ.get("CI") == "true"


def _skip_unless_ci(reason: str | None) -> None:
    """Outside CI a missing tool skips the test, saying why; in CI it must be there."""
    if reason is not None and not IN_CI:
        pytest.skip(reason)


@pytest.fixture(scope="module")
def sample_graph() -> nx.MultiDiGraph:
    """The graph an export holds: the stated links and the inverses they imply (`derived`)."""
    return with_inverses(analyse(load_vault(SAMPLE_VAULT)).graph)


@functools.cache
def _export(*options: str) -> str:
    result = run("graph", SAMPLE_VAULT, *options)
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_graphml_loads_with_node_and_edge_attributes(sample_graph: nx.MultiDiGraph) -> None:
    graph = nx.read_graphml(io.StringIO(_export("--format", "graphml")))
    assert graph.number_of_nodes() == sample_graph.number_of_nodes()
    assert graph.number_of_edges() == sample_graph.number_of_edges()
    checkout = graph.nodes["Systems/Checkout.md"]
    assert (checkout["type"], checkout["name"], checkout["path"]) == (
        "system",
        "Checkout",
        "Systems/Checkout.md",
    )
    assert {data["relation"] for _, _, data in graph.edges(data=True)} == {
        data["relation"] for _, _, data in sample_graph.edges(data=True)
    }


def test_graphml_writes_lists_as_json_text(sample_graph: nx.MultiDiGraph) -> None:
    graph = nx.read_graphml(io.StringIO(_export("--format", "graphml")))
    node = "Systems/Checkout.md"
    assert json.loads(graph.nodes[node]["aliases"]) == sample_graph.nodes[node]["aliases"]


def test_gexf_loads_with_types_and_names_as_labels(sample_graph: nx.MultiDiGraph) -> None:
    graph = nx.read_gexf(io.BytesIO(_export("--format", "gexf").encode("utf-8")))
    assert graph.number_of_nodes() == sample_graph.number_of_nodes()
    assert graph.number_of_edges() == sample_graph.number_of_edges()
    checkout = graph.nodes["Systems/Checkout.md"]
    assert (checkout["type"], checkout["label"], checkout["path"]) == (
        "system",
        "Checkout",
        "Systems/Checkout.md",
    )
    assert all("relation" in data for _, _, data in graph.edges(data=True))


def test_json_is_node_link_data(sample_graph: nx.MultiDiGraph) -> None:
    data = json.loads(_export("--format", "json"))
    graph = nx.node_link_graph(data, edges="edges")
    assert graph.number_of_nodes() == sample_graph.number_of_nodes()
    assert graph.number_of_edges() == sample_graph.number_of_edges()
    assert graph.nodes["Systems/Checkout.md"]["type"] == "system"


def test_dot_renders_with_graphviz() -> None:
    _skip_unless_ci(
        None if shutil.which("dot") else "Graphviz `dot` is not installed (apt-get install graphviz)"
    )
    text = _export("--format", "dot", "--system", "Checkout")
    svg = subprocess.run(["dot", "-Tsvg"], input=text, capture_output=True, text=True, timeout=60)
    assert svg.returncode == 0, svg.stderr
    assert svg.stderr == ""
    assert "Cart Service" in svg.stdout


def test_mermaid_parses_with_the_real_parser() -> None:
    _skip_unless_ci(mermaid_available())
    model = analyse(load_vault(SAMPLE_VAULT))
    whole = WRITERS["mermaid"](select(model))
    checkout = WRITERS["mermaid"](select(model, "Checkout"))
    assert parse_diagrams([whole, checkout]) == [None, None]


def _invoke(*options: str) -> str:
    result = CliRunner().invoke(app, ["graph", str(SAMPLE_VAULT), *options])
    assert result.exit_code == 0, result.stderr
    return result.stdout


def test_system_keeps_its_own_notes_and_not_other_systems() -> None:
    data = json.loads(_invoke("--system", "checkout system"))  # an alias, in another case
    nodes = {node["id"]: node for node in data["nodes"]}
    assert "Systems/Checkout.md" in nodes
    assert "Components/Checkout/Cart Service.md" in nodes
    assert "Systems/Identity.md" not in nodes
    assert all(edge["source"] in nodes and edge["target"] in nodes for edge in data["edges"])


def test_type_filters_keep_only_those_types() -> None:
    data = json.loads(_invoke("--type", "component", "--type", "technology"))
    assert {node["type"] for node in data["nodes"]} == {"component", "technology"}


def test_unknown_system_is_a_usage_error_with_a_suggestion() -> None:
    result = CliRunner().invoke(app, ["graph", str(SAMPLE_VAULT), "--system", "Chekout"])
    assert result.exit_code == 2
    assert 'did you mean "Checkout"' in result.stderr


def test_output_file_format_follows_its_suffix(tmp_path: Path) -> None:
    target = tmp_path / "out" / "vault.gexf"
    result = run("graph", SAMPLE_VAULT, "--output", target)
    assert (result.returncode, result.stdout) == (0, "")
    assert nx.read_gexf(target).number_of_nodes() > 0


def test_output_never_overwrites_a_note(make_vault: MakeVault) -> None:
    root = make_vault({"Graph.md": "my note\n"})
    result = CliRunner().invoke(
        app, ["graph", str(root), "--format", "mermaid", "--output", str(root / "Graph.md")]
    )
    assert result.exit_code == 2
    assert (root / "Graph.md").read_text(encoding="utf-8") == "my note\n"


HOSTILE = {
    "A.md": (
        "---\ntype: component\nlabel: x\nstart: 2024-01-01\nend: 3\nnumber: 1\n"
        'nested: {a: [1, {b: 2}]}\nempty:\nctl: "bell\\a"\n---\n[[B]]\n'
    ),
    "B.md": '---\ntype: component\nnumber: "one"\nweight: heavy\nid: b\n---\n[[A|alias]] [[A#Heading]]\n',
}


@pytest.mark.parametrize("format", ["graphml", "gexf"])
def test_xml_formats_survive_any_property_names_and_values(make_vault: MakeVault, format: str) -> None:
    model = analyse(load_vault(make_vault(HOSTILE)))
    text = WRITERS[format](select(model))
    reader = nx.read_graphml if format == "graphml" else nx.read_gexf
    graph = reader(io.BytesIO(text.encode("utf-8")))
    assert set(graph.nodes) == {"A.md", "B.md"}
    assert graph.number_of_edges() == 3
    a = graph.nodes["A.md"]
    assert json.loads(a["nested"]) == {"a": [1, {"b": 2}]}
    assert "empty" not in a
    assert {a["number"], graph.nodes["B.md"]["number"]} == {"1", "one"}  # one type per key: text


def test_dot_quotes_names_graphviz_would_misread(make_vault: MakeVault) -> None:
    _skip_unless_ci(
        None if shutil.which("dot") else "Graphviz `dot` is not installed (apt-get install graphviz)"
    )
    root = make_vault({'Say "hi" \\ {x} -> y.md': "---\ntype: component\n---\n[[Other]]\n"})
    text = WRITERS["dot"](select(analyse(load_vault(root))))
    svg = subprocess.run(["dot", "-Tsvg"], input=text, capture_output=True, text=True, timeout=60)
    assert svg.returncode == 0, svg.stderr
