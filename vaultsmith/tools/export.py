"""export: the typed graph in a format other tools read (GraphML, GEXF, JSON, Mermaid, DOT).

text = export_vault(Path("my-vault"), "graphml", system="Checkout", types=("component",))

Nodes keep `type`, `name`, `path` and the note's properties; edges keep `relation` and what the
property said about the link (`protocol`, `data`, ...). Inverse relations no note states
(`superseded_by` when only the newer ADR says `supersedes`) are edges too, with `derived`. GraphML and
GEXF hold only scalar values, so lists and maps are written as JSON text.
"""

from __future__ import annotations

import io
import json
import math
import re
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any

import networkx as nx

from vaultsmith.build import load_vault
from vaultsmith.errors import UsageError
from vaultsmith.model.analysed import VaultModel, analyse
from vaultsmith.model.graph import link_attributes, with_inverses
from vaultsmith.model.lookup import find_system
from vaultsmith.render.colours import colour_of, hex_colour
from vaultsmith.render.mermaid import NodeIds, label
from vaultsmith.sdd.assemble import assemble

# Attribute names the GEXF writer takes for its own (`label`, dynamics, visualisation).
_GEXF_RESERVED = frozenset({"id", "label", "pid", "start", "end", "viz", "parents", "slices", "spells"})
_GEXF_EDGE_RESERVED = _GEXF_RESERVED | {"weight", "type"}
# Characters XML 1.0 cannot hold at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_SCALARS = (str, int, float, bool)


def export_vault(path: Path, format: str, system: str | None = None, types: Iterable[str] = ()) -> str:
    """The vault's graph (or one system's part of it, or some note types) as text in `format`."""
    if format not in WRITERS:
        raise UsageError(f"unknown graph format {format!r} (choose from {', '.join(WRITERS)})")
    model = analyse(load_vault(path))
    return WRITERS[format](select(model, system, types))


def select(model: VaultModel, system: str | None = None, types: Iterable[str] = ()) -> nx.MultiDiGraph:
    """The part of the graph to export: one system's notes (those its SDD draws on) and/or the
    notes of some types, with the edges between them."""
    nodes = set(model.graph.nodes)
    if system is not None:
        nodes = neighbourhood(model, find_system(model, system))
    wanted = {kind.lower() for kind in types}
    if wanted:
        nodes = {node for node in nodes if model.type_of(node) in wanted}
    return with_inverses(model.graph.subgraph(nodes))


def neighbourhood(model: VaultModel, system: str) -> set[str]:
    for document in assemble(model):
        if document.system.path == system:
            return {system} | {ref.path for ref in document.sources if ref.path is not None}
    return {system}


def _ordered_nodes(graph: nx.MultiDiGraph) -> list[tuple[str, dict[str, Any]]]:
    return sorted(graph.nodes(data=True), key=lambda item: item[0])


def _ordered_edges(graph: nx.MultiDiGraph) -> list[tuple[str, str, int, dict[str, Any]]]:
    return sorted(graph.edges(keys=True, data=True), key=lambda e: (e[0], e[1], e[3].get("line", 0), e[2]))


def _rebuilt(
    graph: nx.MultiDiGraph,
    node_data: Callable[[str, dict[str, Any]], dict[str, Any]],
    edge_data: Callable[[dict[str, Any]], dict[str, Any]],
) -> nx.MultiDiGraph:
    """A copy in a stable order, with each node's and edge's attributes passed through a function."""
    copy = nx.MultiDiGraph()
    for node, data in _ordered_nodes(graph):
        copy.add_node(node, **node_data(node, data))
    for source, target, _, data in _ordered_edges(graph):
        copy.add_edge(source, target, **edge_data(data))
    return copy


def scalar_attributes(records: Iterable[Mapping[str, Any]]) -> Callable[[Mapping[str, Any]], dict[str, Any]]:
    """A converter to the scalar values GraphML and GEXF hold: lists and maps become JSON text,
    None is dropped, and a key whose values differ in type across records becomes text
    everywhere (a reader takes one type per key)."""
    kinds: dict[str, set[type]] = {}
    for record in records:
        for key, value in record.items():
            if value is not None:
                kinds.setdefault(key, set()).add(type(value) if isinstance(value, _SCALARS) else list)
    as_text = {key for key, seen in kinds.items() if len(seen) > 1 or not seen <= set(_SCALARS)}

    def convert(record: Mapping[str, Any]) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, value in record.items():
            if value is None:
                continue
            if key in as_text:
                value = (
                    value if isinstance(value, str) else json.dumps(value, ensure_ascii=False, default=str)
                )
            out[key] = _NOT_XML.sub("", value) if isinstance(value, str) else value
        return out

    return convert


def _xml_ready(
    graph: nx.MultiDiGraph, reserved_node: frozenset[str], reserved_edge: frozenset[str]
) -> nx.MultiDiGraph:
    nodes = scalar_attributes(data for _, data in graph.nodes(data=True))
    edges = scalar_attributes(data for _, _, data in graph.edges(data=True))
    return _rebuilt(
        graph,
        lambda _, data: _renamed(nodes(data), reserved_node),
        lambda data: _renamed(edges(data), reserved_edge),
    )


def _renamed(data: dict[str, Any], reserved: frozenset[str]) -> dict[str, Any]:
    return {(f"property_{key}" if key in reserved else key): value for key, value in data.items()}


def to_graphml(graph: nx.MultiDiGraph) -> str:
    buffer = io.BytesIO()
    nx.write_graphml(_xml_ready(graph, frozenset(), frozenset({"id"})), buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


def to_gexf(graph: nx.MultiDiGraph) -> str:
    ready = _xml_ready(graph, _GEXF_RESERVED, _GEXF_EDGE_RESERVED)
    for _, data in ready.nodes(data=True):
        data["label"] = data.get("name", "")  # GEXF readers show the label: the note's name
    buffer = io.BytesIO()
    nx.write_gexf(ready, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


def to_json(graph: nx.MultiDiGraph) -> str:
    ordered = _rebuilt(graph, lambda _, data: _finite(data), _finite)
    data = nx.node_link_data(ordered, edges="edges")
    return json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n"


def _finite(data: Mapping[str, Any]) -> dict[str, Any]:
    """JSON has no NaN or infinity: such numbers are written as text."""
    return {k: str(v) if isinstance(v, float) and not math.isfinite(v) else v for k, v in data.items()}


def to_mermaid(graph: nx.MultiDiGraph) -> str:
    ids = NodeIds()
    lines = ["flowchart LR"]
    kinds: dict[str, str] = {}
    for node, data in _ordered_nodes(graph):
        kind = str(data.get("type", ""))
        kinds[kind] = "t_" + re.sub(r"\W", "_", kind, flags=re.ASCII)
        lines.append(f"    {ids(node)}[{label(str(data.get('name', node)))}]:::{kinds[kind]}")
    drawn: set[tuple[str, str, str]] = set()
    for source, target, _, data in _ordered_edges(graph):
        relation = str(data.get("relation", ""))
        if (source, target, relation) not in drawn:  # a note mentioning another twice: one arrow
            drawn.add((source, target, relation))
            arrow = "-.->" if data.get("derived") else "-->"  # dotted: the other note states it
            lines.append(f"    {ids(source)} {arrow}|{label(_edge_label(data))}| {ids(target)}")
    for kind, name in sorted(kinds.items()):
        lines.append(f"    classDef {name} fill:{hex_colour(colour_of(kind))},color:#ffffff")
    return "\n".join(lines) + "\n"


def _dot_string(value: object) -> str:
    text = _NOT_XML.sub("", str(value)).replace("\\", "\\\\").replace('"', '\\"').replace("\n", " ")
    return f'"{text}"'


def to_dot(graph: nx.MultiDiGraph) -> str:
    lines = [
        "digraph vault {",
        "    graph [rankdir=LR];",
        '    node [shape=box, style="rounded,filled", fontcolor="#ffffff"];',
    ]
    for node, data in _ordered_nodes(graph):
        kind = str(data.get("type", ""))
        attributes = {
            "label": data.get("name", node),
            "type": kind,
            "path": data.get("path", ""),
            "fillcolor": hex_colour(colour_of(kind)),
        }
        lines.append(f"    {_dot_string(node)} [{_dot_attributes(attributes)}];")
    for source, target, _, data in _ordered_edges(graph):
        relation = data.get("relation", "")
        attributes = {"label": _edge_label(data), "relation": relation, **link_attributes(data)}
        if data.get("derived"):
            attributes["style"] = "dashed"
        lines.append(f"    {_dot_string(source)} -> {_dot_string(target)} [{_dot_attributes(attributes)}];")
    lines.append("}")
    return "\n".join(lines) + "\n"


def _edge_label(data: Mapping[str, Any]) -> str:
    """The relation, and what the property said about the link: `depends_on (gRPC, PII)`."""
    details = ", ".join(str(value) for _, value in sorted(link_attributes(data).items()))
    relation = str(data.get("relation", ""))
    return f"{relation} ({details})" if details else relation


def _dot_attributes(attributes: Mapping[str, object]) -> str:
    return ", ".join(f"{key}={_dot_string(value)}" for key, value in attributes.items())


WRITERS: dict[str, Callable[[nx.MultiDiGraph], str]] = {
    "graphml": to_graphml,
    "gexf": to_gexf,
    "json": to_json,
    "mermaid": to_mermaid,
    "dot": to_dot,
}
