"""One system's canvas as vaultsmith makes it from the vault, before it meets the file on disk."""

from __future__ import annotations

from vaultsmith.canvas.layout import lay_out
from vaultsmith.canvas.merge import arranged
from vaultsmith.canvas.model import MARKER, Json, dumps, marker, stable_id, with_box
from vaultsmith.canvas.view import CanvasView, canvas_view
from vaultsmith.sdd.design import SddDocument


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
