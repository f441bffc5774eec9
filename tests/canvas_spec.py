"""JSON Canvas 1.0 as its spec states it (jsoncanvas.org, obsidianmd/jsoncanvas spec/1.0.md),
written for the tests apart from vaultsmith's own code: what a canvas file must be for
Obsidian, and any other JSON Canvas reader, to open it.

- top level: optional arrays `nodes` and `edges`;
- every node: `id` (string, unique), `type` (text, file, link, group), integer `x`, `y`,
  `width`, `height`, optional `color`; text nodes a `text`, file nodes a `file` (and an optional
  `subpath` starting with #), link nodes a `url`; groups an optional `label`, `background`,
  `backgroundStyle` (cover, ratio, repeat);
- every edge: `id` (string, unique), `fromNode` and `toNode` naming nodes, optional
  `fromSide`/`toSide` (top, right, bottom, left), `fromEnd`/`toEnd` (none, arrow), `color`, `label`;
- a colour is a hex string like "#FFFFFF" or one of the presets "1" to "6".
"""

from __future__ import annotations

import re
from typing import Any

_HEX = re.compile(r"#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})")


def violations(canvas: Any) -> list[str]:
    """Every way `canvas` (parsed JSON) breaks the spec; empty for a valid canvas."""
    if not isinstance(canvas, dict):
        return ["top level is not an object"]
    found: list[str] = []
    nodes = canvas.get("nodes", [])
    edges = canvas.get("edges", [])
    if not isinstance(nodes, list) or not isinstance(edges, list):
        return ["nodes and edges must be arrays"]
    seen: set[str] = set()
    for node in nodes:
        found += (
            [f"node {node.get('id')!r}: {v}" for v in _node(node)] if isinstance(node, dict) else ["node?"]
        )
        if isinstance(node, dict):
            found += _unique(node.get("id"), seen)
    node_ids = {n["id"] for n in nodes if isinstance(n, dict) and isinstance(n.get("id"), str)}
    for edge in edges:
        found += (
            [f"edge {edge.get('id')!r}: {v}" for v in _edge(edge, node_ids)]
            if isinstance(edge, dict)
            else ["edge?"]
        )
        if isinstance(edge, dict):
            found += _unique(edge.get("id"), seen)
    return found


def _unique(identifier: Any, seen: set[str]) -> list[str]:
    if not isinstance(identifier, str):
        return [f"id {identifier!r} is not a string"]
    if identifier in seen:
        return [f"id {identifier!r} is used twice"]
    seen.add(identifier)
    return []


def _node(node: dict[str, Any]) -> list[str]:
    found = []
    kind = node.get("type")
    if kind not in ("text", "file", "link", "group"):
        found.append(f"type {kind!r}")
    for key in ("x", "y", "width", "height"):
        if type(node.get(key)) is not int:
            found.append(f"{key} {node.get(key)!r} is not an integer")
    required = {"text": "text", "file": "file", "link": "url"}.get(str(kind))
    if required and not isinstance(node.get(required), str):
        found.append(f"{required} missing")
    if "subpath" in node and not str(node["subpath"]).startswith("#"):
        found.append("subpath must start with #")
    if kind == "group":
        for key in ("label", "background"):
            if key in node and not isinstance(node[key], str):
                found.append(f"{key} is not a string")
        if "backgroundStyle" in node and node["backgroundStyle"] not in ("cover", "ratio", "repeat"):
            found.append("backgroundStyle")
    if "color" in node and not _colour(node["color"]):
        found.append(f"color {node['color']!r}")
    return found


def _edge(edge: dict[str, Any], node_ids: set[str]) -> list[str]:
    found = []
    for end in ("fromNode", "toNode"):
        if edge.get(end) not in node_ids:
            found.append(f"{end} {edge.get(end)!r} is no node")
    for side in ("fromSide", "toSide"):
        if side in edge and edge[side] not in ("top", "right", "bottom", "left"):
            found.append(f"{side} {edge[side]!r}")
    for end in ("fromEnd", "toEnd"):
        if end in edge and edge[end] not in ("none", "arrow"):
            found.append(f"{end} {edge[end]!r}")
    if "label" in edge and not isinstance(edge["label"], str):
        found.append("label is not a string")
    if "color" in edge and not _colour(edge["color"]):
        found.append(f"color {edge['color']!r}")
    return found


def _colour(value: Any) -> bool:
    return isinstance(value, str) and (value in {"1", "2", "3", "4", "5", "6"} or bool(_HEX.fullmatch(value)))
