"""The JSON Canvas 1.0 format (jsoncanvas.org, spec/1.0): its records, its rules, and how
vaultsmith marks what it generated.

A canvas vaultsmith wrote carries a top-level `"vaultsmith": {"generated_by": "vaultsmith …",
"system": "<system note path>"}`, and each node and edge it made carries `"vaultsmith": "<key>"`,
a stable id that names what the card stands for (`note:<path>`, `group:system`,
`group:<system path>`, `edge:<relation>:<from key>><to key>`). The spec allows extra keys and
Obsidian keeps them. A file without the top-level marker is the user's and is never replaced;
a node or edge without a key was added by the user and is kept as it is.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from vaultsmith.vault.parse import GENERATED_PREFIX
from vaultsmith.write.files import CANVAS_MARKER, is_generated_canvas

MARKER = CANVAS_MARKER  # the top-level key of a generated canvas, and the key of its nodes and edges
NODE_TYPES = ("text", "file", "link", "group")
SIDES = ("top", "right", "bottom", "left")
ENDS = ("none", "arrow")
BACKGROUND_STYLES = ("cover", "ratio", "repeat")
PRESET_COLOURS = ("1", "2", "3", "4", "5", "6")  # red, orange, yellow, green, cyan, purple
_REQUIRED = {"text": ("text",), "file": ("file",), "link": ("url",), "group": ()}
_GEOMETRY = ("x", "y", "width", "height")

Json = dict[str, Any]


@dataclass(frozen=True, slots=True)
class Box:
    """A rectangle on the canvas, in whole pixels."""

    x: int
    y: int
    width: int
    height: int

    @property
    def right(self) -> int:
        return self.x + self.width

    @property
    def bottom(self) -> int:
        return self.y + self.height

    def overlaps(self, other: Box, margin: int = 0) -> bool:
        return (
            self.x < other.right + margin
            and other.x < self.right + margin
            and self.y < other.bottom + margin
            and other.y < self.bottom + margin
        )

    def contains(self, other: Box) -> bool:
        return (
            self.x <= other.x
            and self.y <= other.y
            and other.right <= self.right
            and other.bottom <= self.bottom
        )

    def moved(self, x: int, y: int) -> Box:
        return Box(x, y, self.width, self.height)


def box_of(node: Mapping[str, Any]) -> Box:
    return Box(int(node["x"]), int(node["y"]), int(node["width"]), int(node["height"]))


def with_box(node: Json, box: Box) -> Json:
    return {**node, "x": box.x, "y": box.y, "width": box.width, "height": box.height}


def stable_id(key: str) -> str:
    """A node or edge id made from its vaultsmith key: 16 hex digits, like Obsidian's own."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def key_of(item: Mapping[str, Any]) -> str | None:
    """The vaultsmith key of a node or edge; None for what the user added."""
    key = item.get(MARKER)
    return key if isinstance(key, str) else None


def marker(version: str, system: str) -> Json:
    return {"generated_by": f"{GENERATED_PREFIX} {version}", "system": system}


def parse_generated(data: bytes) -> Json | None:
    """The canvas in `data` when it is one vaultsmith generated (top-level marker present and
    the file valid JSON Canvas), else None."""
    if not is_generated_canvas(data):
        return None
    document: Json = json.loads(data.decode("utf-8"))
    return document if not spec_problems(document) else None


def dumps(document: Mapping[str, Any]) -> str:
    """A canvas as text: tab-indented, as Obsidian saves it."""
    return json.dumps(document, indent="\t", ensure_ascii=False) + "\n"


def spec_problems(document: Any) -> list[str]:
    """What in `document` breaks JSON Canvas 1.0; empty when it is a valid canvas."""
    if not isinstance(document, dict):
        return ["the top level is not an object"]
    problems: list[str] = []
    nodes, edges = document.get("nodes", []), document.get("edges", [])
    if not isinstance(nodes, list):
        return ["nodes is not an array"]
    if not isinstance(edges, list):
        return ["edges is not an array"]
    ids: set[str] = set()
    for index, node in enumerate(nodes):
        problems.extend(f"node {index}: {p}" for p in _node_problems(node))
        if isinstance(node, dict) and isinstance(node.get("id"), str):
            if node["id"] in ids:
                problems.append(f"node {index}: id {node['id']!r} is not unique")
            ids.add(node["id"])
    node_ids = set(ids)
    for index, edge in enumerate(edges):
        problems.extend(f"edge {index}: {p}" for p in _edge_problems(edge, node_ids))
        if isinstance(edge, dict) and isinstance(edge.get("id"), str):
            if edge["id"] in ids:
                problems.append(f"edge {index}: id {edge['id']!r} is not unique")
            ids.add(edge["id"])
    return problems


def _node_problems(node: Any) -> list[str]:
    if not isinstance(node, dict):
        return ["not an object"]
    problems = []
    if not isinstance(node.get("id"), str):
        problems.append("id must be a string")
    kind = node.get("type")
    if kind not in NODE_TYPES:
        return [*problems, f"type must be one of {', '.join(NODE_TYPES)}"]
    for name in _GEOMETRY:
        if not _is_integer(node.get(name)):
            problems.append(f"{name} must be an integer")
    problems.extend(
        f"{name} is required (a string)" for name in _REQUIRED[kind] if not _is_text(node.get(name))
    )
    problems.extend(_optional_text(node, ("label", "background") if kind == "group" else ()))
    if kind == "file" and "subpath" in node and not str(node.get("subpath", "")).startswith("#"):
        problems.append("subpath must start with #")
    if kind == "group" and "backgroundStyle" in node and node["backgroundStyle"] not in BACKGROUND_STYLES:
        problems.append(f"backgroundStyle must be one of {', '.join(BACKGROUND_STYLES)}")
    if "color" in node and not is_colour(node["color"]):
        problems.append("color must be a preset 1-6 or #RRGGBB")
    return problems


def _edge_problems(edge: Any, node_ids: set[str]) -> list[str]:
    if not isinstance(edge, dict):
        return ["not an object"]
    problems = []
    if not isinstance(edge.get("id"), str):
        problems.append("id must be a string")
    for end in ("fromNode", "toNode"):
        if not isinstance(edge.get(end), str):
            problems.append(f"{end} must be a string")
        elif edge[end] not in node_ids:
            problems.append(f"{end} {edge[end]!r} is no node's id")
    for side in ("fromSide", "toSide"):
        if side in edge and edge[side] not in SIDES:
            problems.append(f"{side} must be one of {', '.join(SIDES)}")
    for end in ("fromEnd", "toEnd"):
        if end in edge and edge[end] not in ENDS:
            problems.append(f"{end} must be one of {', '.join(ENDS)}")
    problems.extend(_optional_text(edge, ("label",)))
    if "color" in edge and not is_colour(edge["color"]):
        problems.append("color must be a preset 1-6 or #RRGGBB")
    return problems


def _optional_text(item: Mapping[str, Any], names: tuple[str, ...]) -> list[str]:
    return [f"{name} must be a string" for name in names if name in item and not isinstance(item[name], str)]


def _is_integer(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _is_text(value: Any) -> bool:
    return isinstance(value, str) and bool(value)


def is_colour(value: Any) -> bool:
    if not isinstance(value, str):
        return False
    if value in PRESET_COLOURS:
        return True
    digits = value[1:]
    return (
        value.startswith("#") and len(digits) in (3, 6) and all(c in "0123456789abcdefABCDEF" for c in digits)
    )
