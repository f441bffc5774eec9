"""One system's canvas as vaultsmith makes it from the vault, before it meets the file on disk."""

from __future__ import annotations

from collections.abc import Iterable

from vaultsmith.canvas.bases import base_path
from vaultsmith.canvas.layout import lay_out
from vaultsmith.canvas.merge import arranged
from vaultsmith.canvas.model import MARKER, Json, dumps, marker, stable_id, with_box
from vaultsmith.canvas.view import CanvasView, canvas_view
from vaultsmith.design import SddDocument

CANVAS_SUFFIX = ".canvas"


def system_stem(sdd_path: str) -> str:
    """`Checkout` for `SDD/Checkout SDD.md`: the system's name as its SDD's file spells it
    (unique per system), which names its canvas and its view of the ADR register."""
    return sdd_path.rpartition("/")[2].removesuffix(".md").removesuffix(" SDD")


def canvas_path(sdd_path: str) -> str:
    """`SDD/<System>.canvas` beside `SDD/<System> SDD.md`."""
    folder = sdd_path.rpartition("/")[0]
    name = system_stem(sdd_path) + CANVAS_SUFFIX
    return f"{folder}/{name}" if folder else name


def companion_paths(output: str, sdd_paths: Iterable[str], canvas: bool) -> list[str]:
    """The files a build writes beside the SDDs: each system's canvas (unless switched off)
    and, when there is a system, the ADR register."""
    paths = sorted(sdd_paths)
    found = [canvas_path(path) for path in paths] if canvas else []
    return [*found, base_path(output)] if paths else found


def canvas_text(document: SddDocument, version: str) -> str:
    """The canvas of `document`'s system, laid out afresh."""
    return dumps(arranged(canvas_document(canvas_view(document), version), None))


def canvas_document(view: CanvasView, version: str) -> Json:
    boxes = lay_out(view)
    nodes: list[Json] = []
    for group in view.groups:
        node: Json = {"id": stable_id(group.key), "type": "group", "label": group.label}
        if group.colour is not None:
            node["color"] = group.colour
        nodes.append({**with_box(node, boxes[group.key]), MARKER: group.key})
    for card in view.cards:
        node = {"id": stable_id(card.key), "type": "file", "file": card.path}
        nodes.append({**with_box(node, boxes[card.key]), MARKER: card.key})
    edges: list[Json] = [
        {
            "id": stable_id(link.key),
            "fromNode": stable_id(link.source),
            "toNode": stable_id(link.target),
            "color": link.colour,
            "label": link.label,
            MARKER: link.key,
        }
        for link in view.links
    ]
    return {"nodes": nodes, "edges": edges, MARKER: marker(version, view.system.path or view.system.name)}
