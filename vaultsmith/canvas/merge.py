"""A canvas made again keeps what the user arranged.

`arranged(generated, existing)`: every generated node already on the canvas keeps the
position and size it has there (moved or resized by the user, or as last laid out); a new
node goes where it overlaps nothing, inside its group (which grows when it is full); a node
whose note left the system goes, with the edges to it; what the user added (nodes and edges
without a vaultsmith key) stays as it is. The result depends only on the two canvases, so
`watch` and `build` write the same file.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from vaultsmith.canvas.model import MARKER, Box, Json, box_of, dumps, key_of, parse_generated, with_box

GAP = 40  # between a new card and its neighbours
PAD = 40  # inside a group
GROWTH_STEPS = 30  # rows (or columns) a full group may grow by to take in a new card


def arranged(generated: Json, existing: Json | None) -> Json:
    """`generated` with the arrangement of `existing` (a canvas vaultsmith wrote before, or None)."""
    old = existing or {}
    old_nodes = [n for n in old.get("nodes", []) if isinstance(n, dict)]
    kept = {key: node for node in old_nodes if (key := key_of(node)) is not None}
    new_nodes: list[Json] = list(generated["nodes"])
    placed: dict[str, Json] = {}
    for node in new_nodes:
        before = kept.get(key_of(node) or "")
        if before is not None:
            placed[node["id"]] = with_box(node, box_of(before))
    users = [node for node in old_nodes if key_of(node) is None]
    obstacles = [*placed.values(), *users]
    homes = _homes(new_nodes)
    for block in _new_blocks(new_nodes, placed, homes):
        for node in _place(block, homes, placed, obstacles):
            placed[node["id"]] = node
            obstacles.append(node)
    nodes = _drawing_order([placed[node["id"]] for node in new_nodes], users)
    ids = {node["id"] for node in nodes}
    boxes = {node["id"]: box_of(node) for node in nodes}
    edges = [_with_sides(edge, boxes) for edge in generated["edges"]]
    edges += [e for e in old.get("edges", []) if key_of(e) is None and _ends_in(e, ids)]
    extra = {k: v for k, v in old.items() if k not in ("nodes", "edges", MARKER)}
    return {"nodes": nodes, "edges": edges, MARKER: generated[MARKER], **extra}


def _homes(nodes: list[Json]) -> dict[str, str]:
    """The group each generated card sits in, by id (membership in a canvas is by position):
    the smallest generated group whose rectangle holds it."""
    groups = [n for n in nodes if n["type"] == "group"]
    homes = {}
    for node in nodes:
        if node["type"] == "group":
            continue
        holding = [g for g in groups if box_of(g).contains(box_of(node))]
        if holding:
            homes[node["id"]] = min(holding, key=lambda g: box_of(g).width * box_of(g).height)["id"]
    return homes


def _new_blocks(nodes: list[Json], placed: dict[str, Json], homes: dict[str, str]) -> list[list[Json]]:
    """The generated nodes not on the canvas yet: a new group with its new cards as one block,
    every other new card alone."""
    fresh = [node for node in nodes if node["id"] not in placed]
    blocks: list[list[Json]] = []
    for node in fresh:
        if node["type"] == "group":
            blocks.append([node, *(n for n in fresh if homes.get(n["id"]) == node["id"])])
        elif homes.get(node["id"]) is None or homes[node["id"]] in placed:
            blocks.append([node])
    return blocks


def _place(
    block: list[Json], homes: dict[str, str], placed: dict[str, Json], obstacles: list[Json]
) -> list[Json]:
    first = block[0]
    home = homes.get(first["id"])
    if first["type"] != "group" and home is not None:
        return _into_group(first, placed[home], placed, obstacles)
    # A new group with its cards, or a card of no group: where the fresh layout put it if
    # that place is free, else to the right of everything.
    boxes = [box_of(node) for node in block]
    outline = _outline(boxes)
    if any(outline.overlaps(box_of(o), GAP) for o in obstacles):
        right = max((box_of(o).right for o in obstacles), default=0) + 4 * GAP
        top = min((box_of(o).y for o in obstacles), default=0)
        dx, dy = right - outline.x, top - outline.y
        return [
            with_box(node, box.moved(box.x + dx, box.y + dy)) for node, box in zip(block, boxes, strict=True)
        ]
    return block


def _into_group(card: Json, group: Json, placed: dict[str, Json], obstacles: list[Json]) -> list[Json]:
    """A new card inside its group: in a free place there, else in a place the group grows
    down (or right) to take in, over nothing that is not in it already where possible."""
    area, size = box_of(group), box_of(card)
    others = [box_of(o) for o in obstacles if o["id"] != group["id"]]
    spot = _free_spot(area, size, others)
    if spot is None:
        strangers = [b for b in others if not b.overlaps(area)]  # what growing could cover
        spot, grown = _growth(area, size, others, strangers)
        placed[group["id"]] = with_box(group, grown)
        _replace(obstacles, placed[group["id"]])
    return [with_box(card, spot)]


def _growth(area: Box, size: Box, others: list[Box], strangers: list[Box]) -> tuple[Box, Box]:
    """A free place for a card of `size` in `area` grown by a few rows or columns, and the grown
    area: the least growth that covers none of `strangers`, else the least growth."""
    first: tuple[Box, Box] | None = None
    for steps in range(1, GROWTH_STEPS + 1):
        down = Box(area.x, area.y, area.width, area.height + steps * (size.height + GAP))
        right = Box(area.x, area.y, area.width + steps * (size.width + GAP), area.height)
        for larger in (down, right):
            spot = _free_spot(larger, size, others)
            if spot is None:
                continue
            grown = _outline([area, _padded(spot)])
            if not any(grown.overlaps(b) for b in strangers):
                return spot, grown
            first = first or (spot, grown)
    if first is not None:
        return first
    below = size.moved(area.x + PAD, max([b.bottom for b in others], default=area.bottom) + GAP)
    return below, _outline([area, _padded(below)])


def _free_spot(area: Box, size: Box, others: list[Box]) -> Box | None:
    """The first place in `area`, row by row, where a card of `size` overlaps none of `others`.
    Only places beside what is there can be first: the area's own corner, or just right of or
    below another card."""
    near = [other for other in others if other.overlaps(area, GAP)]
    left, top = area.x + PAD, area.y + PAD
    right, bottom = area.right - PAD - size.width, area.bottom - PAD - size.height
    rows = sorted({top, *(b.bottom + GAP for b in near)})
    columns = sorted({left, *(b.right + GAP for b in near)})
    for y in (row for row in rows if top <= row <= bottom):
        band = Box(area.x, y, area.width, size.height)
        in_band = [other for other in near if other.overlaps(band, GAP)]
        for x in (column for column in columns if left <= column <= right):
            candidate = size.moved(x, y)
            if not any(candidate.overlaps(other, GAP) for other in in_band):
                return candidate
    return None


def _padded(box: Box) -> Box:
    return Box(box.x - PAD, box.y - PAD, box.width + 2 * PAD, box.height + 2 * PAD)


def _outline(boxes: Iterable[Box]) -> Box:
    boxes = list(boxes)
    left, top = min(b.x for b in boxes), min(b.y for b in boxes)
    return Box(left, top, max(b.right for b in boxes) - left, max(b.bottom for b in boxes) - top)


def _replace(obstacles: list[Json], node: Json) -> None:
    for number, other in enumerate(obstacles):
        if other["id"] == node["id"]:
            obstacles[number] = node
            return
    obstacles.append(node)


def _drawing_order(generated: list[Json], users: list[Json]) -> list[Json]:
    """Groups first (a node is drawn over what comes before it), then cards."""
    everything = [*generated, *users]
    return [n for n in everything if n.get("type") == "group"] + [
        n for n in everything if n.get("type") != "group"
    ]


def _ends_in(edge: Any, ids: set[str]) -> bool:
    return isinstance(edge, dict) and edge.get("fromNode") in ids and edge.get("toNode") in ids


def _with_sides(edge: Json, boxes: dict[str, Box]) -> Json:
    """Which sides an edge leaves and enters by, from where its two ends are now."""
    source, target = boxes[edge["fromNode"]], boxes[edge["toNode"]]
    dx = (target.x + target.width / 2) - (source.x + source.width / 2)
    dy = (target.y + target.height / 2) - (source.y + source.height / 2)
    if abs(dx) > abs(dy):
        sides = ("right", "left") if dx > 0 else ("left", "right")
    else:
        sides = ("bottom", "top") if dy >= 0 else ("top", "bottom")
    ordered = {k: v for k, v in edge.items() if k not in ("fromSide", "toSide")}
    result: Json = {}
    for key, value in ordered.items():
        result[key] = value
        if key == "fromNode":
            result["fromSide"] = sides[0]
        if key == "toNode":
            result["toSide"] = sides[1]
    return result


def merged_text(existing: bytes, generated: str) -> bytes | None:
    """What to write over the generated canvas `existing`: the new canvas with the old one's
    arrangement, or `existing` itself when that is the same canvas (so a file Obsidian saved
    with its own spacing is not rewritten for nothing). None when `existing` is no longer valid
    JSON Canvas: it is left for the user to mend, not replaced."""
    old = parse_generated(existing)
    if old is None:
        return None
    result = arranged(json.loads(generated), old)
    return existing if result == old else dumps(result).encode("utf-8")
