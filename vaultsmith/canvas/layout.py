"""Where each card and group of a canvas goes: a layered (Sugiyama) layout by grandalf.

Inside the system's boundary, the components are laid out in layers along their `depends_on`
links by grandalf's `SugiyamaLayout` (layer assignment, crossing reduction and placement are
grandalf's; each connected part on its own, the parts side by side), and the technologies they
use in one band below them, each under the components that use it; the PRDs sit in a row above
them and the decisions in force in rows below. The systems it uses stand in a column to its
right, the systems that use it in a column to its left, each a group around its cards. Every
position is a whole pixel; no two cards overlap, and each group's rectangle holds its own cards
only.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable

import networkx as nx

from vaultsmith.canvas.model import Box
from vaultsmith.canvas.view import SYSTEM_GROUP, CanvasView, Card, Group

GAP_X = 60  # between cards side by side
GAP_Y = 90  # between layers: room for an edge's label
PAD = 40  # inside a group, around its cards
GROUP_GAP = 200  # between groups
MIN_ROW = 3  # cards per row of decisions, at the least
SWEEPS = (
    2  # grandalf's crossing-reduction rounds, down and up the layers: more took longer for no fewer crossings
)
DUMMY_WIDTH = 20  # room a long edge takes in a layer it passes through

Places = dict[str, tuple[int, float]]  # by card key: its layer and the x of its centre

# grandalf raises the interpreter's recursion limit while it places the cards, and puts back the
# limit it found: one layout at a time in a process (a watch session and the MCP server run threads).
_GRANDALF = threading.Lock()


def load_layout_library() -> None:
    """Import grandalf now: a build imports it only when it lays out a canvas."""
    import grandalf.layouts  # noqa: F401


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
    """Lay `cards` out in layers along the links between them, the technologies in one band
    below the rest; the width they take."""
    layered = [card for card in cards if card.role != "technology"]
    band = [card for card in cards if card.role == "technology"]
    places = _sugiyama(layered, _pairs(view, layered))
    band_layer = 1 + max((layer for layer, _ in places.values()), default=-1)
    places.update(_band(view, band, band_layer, places))
    left = min(places[card.key][1] - card.size[0] / 2 for card in cards)
    rows: dict[int, list[tuple[float, Card]]] = {}
    for card in cards:
        layer, centre = places[card.key]
        rows.setdefault(layer, []).append((centre - card.size[0] / 2 - left, card))
    y, width = top, 0
    for layer in sorted(rows):
        row = sorted(rows[layer], key=lambda item: (item[0], item[1].key))
        height = max(card.size[1] for _, card in row)
        right = -GAP_X
        for x, card in row:
            # The layout's place, in whole pixels, pushed right where rounding (or the band's
            # own placing) would bring it too close to the card before.
            w, h = card.size
            at = max(round(x), right + GAP_X)
            boxes[card.key] = Box(at, y + (height - h) // 2, w, h)
            right = at + w
        width = max(width, right)
        y += height + GAP_Y
    return width


def _pairs(view: CanvasView, cards: list[Card]) -> list[tuple[str, str]]:
    """The links between `cards`, one per pair of cards (a link back the other way adds
    nothing to the layout, and grandalf finds a pair's dummy vertices by the pair alone)."""
    mine = {card.key for card in cards}
    pairs: dict[frozenset[str], tuple[str, str]] = {}
    for link in view.links:
        if link.source in mine and link.target in mine and link.source != link.target:
            pairs.setdefault(frozenset((link.source, link.target)), (link.source, link.target))
    return list(pairs.values())


def _sugiyama(cards: list[Card], pairs: list[tuple[str, str]]) -> Places:
    """Each card's layer and the x of its centre: grandalf's Sugiyama layout of each connected
    part of the graph, the parts side by side in the order of their first cards."""
    parts = nx.Graph(pairs)
    parts.add_nodes_from(card.key for card in cards)
    order = {card.key: number for number, card in enumerate(cards)}
    by_key = {card.key: card for card in cards}
    places: Places = {}
    left = 0.0
    for part in sorted(nx.connected_components(parts), key=lambda keys: min(order[key] for key in keys)):
        members = [by_key[key] for key in sorted(part, key=order.__getitem__)]
        edges = [pair for pair in pairs if pair[0] in part]
        laid, lowest, highest = _part(members, edges)
        places.update({key: (layer, centre - lowest + left) for key, (layer, centre) in laid.items()})
        left += highest - lowest + GAP_X
    return places


class _Size:
    """What grandalf reads of a vertex (`w`, `h`) and writes back (`xy`, its centre)."""

    def __init__(self, w: int, h: int) -> None:
        self.w, self.h = w, h
        self.xy: tuple[float, float] = (0.0, 0.0)


def _part(cards: list[Card], pairs: list[tuple[str, str]]) -> tuple[Places, float, float]:
    """One connected part: each card's layer and centre, and the part's leftmost and rightmost x."""
    from grandalf.graphs import Edge, Vertex, graph_core  # here: a build without canvases never loads it
    from grandalf.layouts import SugiyamaLayout

    vertices = {card.key: Vertex(card.key) for card in cards}
    for card, vertex in zip(cards, vertices.values(), strict=True):
        vertex.view = _Size(*card.size)
    # A graph_core (one connected part) made from a list, not grandalf's Graph: Graph gathers
    # each part's edges in a set, whose order (by object id) would change the layout from run to run.
    edges = [Edge(vertices[source], vertices[target]) for source, target in pairs]
    core = graph_core(list(vertices.values()), edges)
    roots = [vertex for vertex in core.sV if not vertex.e_in()]
    backward = _feedback(cards, pairs)
    with _GRANDALF:
        sugiyama = SugiyamaLayout(core)
        sugiyama.xspace = GAP_X
        sugiyama.dw = DUMMY_WIDTH
        sugiyama.init_all(
            roots=roots,
            inverted_edges=[edge for edge, pair in zip(edges, pairs, strict=True) if pair in backward],
        )
        sugiyama.draw(SWEEPS)
    places: Places = {}
    lowest, highest = float("inf"), float("-inf")
    for layer, row in enumerate(sugiyama.layers):
        for vertex in row:  # the cards, and the dummy vertices a long edge passes through
            centre, width = vertex.view.xy[0], vertex.view.w
            lowest, highest = min(lowest, centre - width / 2), max(highest, centre + width / 2)
            if isinstance(vertex, Vertex):
                places[vertex.data] = (layer, centre)
    return places, lowest, highest


def _feedback(cards: list[Card], pairs: list[tuple[str, str]]) -> set[tuple[str, str]]:
    """The links to turn round so that the graph has no cycle: those that lead back up a
    depth-first search started from the cards nothing links to. (grandalf's own
    `get_scs_with_feedback` recurses once per card of a path, and fails past about 1,000.)"""
    targets = {target for _, target in pairs}
    graph = nx.DiGraph()
    graph.add_nodes_from(card.key for card in cards if card.key not in targets)  # searched from first
    graph.add_nodes_from(card.key for card in cards)
    graph.add_edges_from(pairs)
    # Along a depth-first search every link goes to a card finished earlier, but a link back up.
    finished = {key: number for number, key in enumerate(nx.dfs_postorder_nodes(graph))}
    return {(source, target) for source, target in pairs if finished[source] < finished[target]}


def _band(view: CanvasView, band: list[Card], layer: int, places: Places) -> Places:
    """The technologies in one layer, each as near as it can be to under the cards linked to
    it (their mean); one linked to none of them after the rest."""
    wanted: dict[str, list[float]] = {card.key: [] for card in band}
    for link in view.links:
        for mine, other in ((link.source, link.target), (link.target, link.source)):
            if mine in wanted and other in places:
                wanted[mine].append(places[other][1])
    end = max((centre for _, centre in places.values()), default=0.0)
    centres: dict[str, float] = {}
    for card in band:
        users = wanted[card.key]
        end = end if users else end + card.size[0] + GAP_X
        centres[card.key] = sum(users) / len(users) if users else end
    row = sorted(band, key=lambda card: (centres[card.key], card.key))
    spread = _spread([(centres[card.key], card.size[0]) for card in row])
    return {card.key: (layer, centre) for card, centre in zip(row, spread, strict=True)}


def _spread(wanted: list[tuple[float, int]]) -> list[float]:
    """Centres for cards in a row, given as (the centre each wants, its width) from left to
    right: GAP_X apart at the least, each run of cards that would touch centred where its
    cards want to be on average (so a crowd spreads both ways, not only to the right)."""
    runs: list[tuple[float, list[int]]] = []  # each run's left edge and its cards, by index
    for number, (centre, width) in enumerate(wanted):
        runs.append((centre - width / 2, [number]))
        while len(runs) > 1 and runs[-2][0] + _span(wanted, runs[-2][1]) + GAP_X > runs[-1][0]:
            members = runs[-2][1] + runs[-1][1]
            offsets = _offsets(wanted, members)
            left = sum(
                wanted[m][0] - wanted[m][1] / 2 - offset for m, offset in zip(members, offsets, strict=True)
            )
            runs[-2:] = [(left / len(members), members)]
    centres: list[float] = []
    for left, members in runs:
        centres += [
            left + offset + wanted[m][1] / 2
            for m, offset in zip(members, _offsets(wanted, members), strict=True)
        ]
    return centres


def _offsets(wanted: list[tuple[float, int]], members: list[int]) -> list[float]:
    """Where each card of a run starts, from the run's left edge."""
    offsets, at = [], 0.0
    for member in members:
        offsets.append(at)
        at += wanted[member][1] + GAP_X
    return offsets


def _span(wanted: list[tuple[float, int]], members: list[int]) -> float:
    return sum(wanted[member][1] for member in members) + GAP_X * (len(members) - 1)


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
