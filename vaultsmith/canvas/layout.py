"""Where each card and group of a canvas goes: a layered (Sugiyama) layout by igraph.

Inside the system's boundary, the components and the technologies they use are laid out in
layers along their `depends_on` and `uses` links by igraph's `layout_sugiyama` (layer
assignment, crossing reduction and placement are igraph's); the PRDs sit in a row above them
and the decisions in force in rows below. The systems it uses stand in a column to its right,
the systems that use it in a column to its left, each a group around its cards. Every position
is a whole pixel; no two cards overlap, and each group's rectangle holds its own cards only.
"""

from __future__ import annotations

from collections.abc import Iterable

from vaultsmith.canvas.model import Box
from vaultsmith.canvas.view import SYSTEM_GROUP, CanvasView, Card, Group

GAP_X = 60  # between cards side by side
GAP_Y = 90  # between layers: room for an edge's label
PAD = 40  # inside a group, around its cards
GROUP_GAP = 200  # between groups
MIN_ROW = 3  # cards per row of decisions, at the least
SWEEPS = 20  # igraph's crossing-reduction sweeps: 100 (its default) took 0.4 s for 200 cards, for little gain
UNIT = 180  # pixels per unit of igraph's horizontal spacing


def load_layout_library() -> None:
    """Import igraph (about 0.15 s) now: a build imports it only when it lays out a canvas."""
    import igraph  # noqa: F401


def lay_out(view: CanvasView) -> dict[str, Box]:
    """A box for every card and group of `view`, by key."""
    boxes: dict[str, Box] = {}
    inner = _boundary(view, boxes)
    system = Box(-PAD, -PAD, inner.width + 2 * PAD, inner.height + 2 * PAD)
    boxes[SYSTEM_GROUP] = system
    sides = _sides(view)
    _column(view, sides["right"], system.right + GROUP_GAP, system.y, boxes, left=False)
    _column(view, sides["left"], system.x - GROUP_GAP, system.y, boxes, left=True)
    return boxes


def _boundary(view: CanvasView, boxes: dict[str, Box]) -> Box:
    """Place the cards inside the system's boundary from (0, 0); the box they fill."""
    mine = view.members(SYSTEM_GROUP)
    prds = [card for card in mine if card.role == "prd"]
    architecture = [card for card in mine if card.role in ("component", "technology")]
    decisions = [card for card in mine if card.role == "decision"]
    y = 0
    width = 0
    if prds:
        width = max(width, _row(prds, 0, y, boxes))
        y = _bottom(boxes, prds) + GAP_Y
    if architecture:
        width = max(width, _layered(view, architecture, y, boxes))
        y = _bottom(boxes, architecture) + GAP_Y
    if decisions:
        card_width = decisions[0].size[0]
        per_row = max(MIN_ROW, (width + GAP_X) // (card_width + GAP_X))
        for start in range(0, len(decisions), per_row):
            row = decisions[start : start + per_row]
            width = max(width, _row(row, 0, y, boxes))
            y = _bottom(boxes, row) + GAP_X
        y += GAP_Y - GAP_X
    return Box(0, 0, max(width, 1), max(y - GAP_Y, 1))


def _layered(view: CanvasView, cards: list[Card], top: int, boxes: dict[str, Box]) -> int:
    """Lay `cards` out in layers along the links between them; the width they take."""
    import igraph  # imported here: a build that writes no canvas never loads it

    index = {card.key: number for number, card in enumerate(cards)}
    edges = sorted(
        {
            (index[link.source], index[link.target])
            for link in view.links
            if link.source in index and link.target in index
        }
    )
    graph = igraph.Graph(n=len(cards), edges=edges, directed=True)
    # First igraph's own layering; then again with every technology in one layer below the
    # components, so that the stack reads as a band instead of being strewn across layers.
    first = graph.layout_sugiyama(maxiter=1).coords[: len(cards)]  # only its layers are used
    bottom = 1 + max(
        (int(y) for card, (_, y) in zip(cards, first, strict=True) if card.role != "technology"), default=-1
    )
    layers = [
        bottom if card.role == "technology" else int(y) for card, (_, y) in zip(cards, first, strict=True)
    ]
    coords = graph.layout_sugiyama(layers=layers, maxiter=SWEEPS).coords[: len(cards)]
    left = min(x for x, _ in coords)
    rows: dict[int, list[tuple[float, Card]]] = {}
    for card, (x, y) in zip(cards, coords, strict=True):
        rows.setdefault(int(y), []).append((x - left, card))
    y, width = top, 0
    for layer in sorted(rows):
        row = sorted(rows[layer], key=lambda item: (item[0], item[1].key))
        height = max(card.size[1] for _, card in row)
        right = -GAP_X
        for x, card in row:
            # igraph's place, scaled to half a card per unit of its spacing (its long edges
            # leave wide gaps), and pushed right where that would overlap the card before.
            w, h = card.size
            at = max(round(x * UNIT), right + GAP_X)
            boxes[card.key] = Box(at, y + (height - h) // 2, w, h)
            right = at + w
        width = max(width, right)
        y += height + GAP_Y
    return width


def _row(cards: Iterable[Card], x: int, y: int, boxes: dict[str, Box]) -> int:
    """Cards side by side from (x, y); the right edge of the last."""
    right = x
    for card in cards:
        w, h = card.size
        boxes[card.key] = Box(right, y, w, h)
        right += w + GAP_X
    return right - GAP_X


def _bottom(boxes: dict[str, Box], cards: Iterable[Card]) -> int:
    return max(boxes[card.key].bottom for card in cards)


def _sides(view: CanvasView) -> dict[str, list[Group | Card]]:
    """The neighbouring systems' groups, and the cards outside every system, by side."""
    sides: dict[str, list[Group | Card]] = {"right": [], "left": []}
    for group in view.groups:
        if group.key != SYSTEM_GROUP:
            sides[group.side].append(group)
    mine = {card.key for card in view.members(SYSTEM_GROUP)}
    for card in view.cards:
        if card.group is None:
            used = any(link.target == card.key and link.source in mine for link in view.links)
            sides["right" if used else "left"].append(card)
    return sides


def _column(
    view: CanvasView, items: list[Group | Card], edge: int, top: int, boxes: dict[str, Box], *, left: bool
) -> None:
    """Stack groups (each around its cards) and lone cards in a column beside the system;
    `edge` is the column's left side, or its right side when `left`."""
    y = top
    for item in items:
        if isinstance(item, Card):
            w, h = item.size
            boxes[item.key] = Box(edge - w if left else edge, y, w, h)
            y += h + GROUP_GAP
            continue
        cards = view.members(item.key)
        width = max(card.size[0] for card in cards) + 2 * PAD
        x = edge - width if left else edge
        inner = y + PAD
        for card in cards:
            w, h = card.size
            boxes[card.key] = Box(x + PAD, inner, w, h)
            inner += h + GAP_X
        boxes[item.key] = Box(x, y, width, inner - GAP_X + PAD - y)
        y = boxes[item.key].bottom + GROUP_GAP
