"""The canvas layout on awkward architectures, laid out in this process again and again: a cycle,
a link from a card to itself, a link each way, two unconnected parts, a card with 30
neighbours, 150 cards, no architecture at all (and, once, a cycle longer than Python's
recursion limit). Every time: a whole-pixel box for every card and
group, no two cards overlapping, each group holding exactly its cards, components layered along
their links and every technology in one band below them, and the same boxes as the time before."""

from __future__ import annotations

import itertools
import random
import sys

import pytest

from vaultsmith.canvas.layout import lay_out
from vaultsmith.canvas.model import Box
from vaultsmith.canvas.view import SYSTEM_GROUP, CanvasView, Card, Group, Link
from vaultsmith.model.ref import Ref

ROUNDS = 25  # the igraph layout this replaced crashed the process in about 1 run in 3


def card(name: str, role: str = "component", group: str = SYSTEM_GROUP) -> Card:
    return Card(f"note:{name}.md@{group}", f"{name}.md", role, group)


def view(cards: list[Card], pairs: list[tuple[str, str]], groups: tuple[Group, ...] = ()) -> CanvasView:
    by_name = {c.path.removesuffix(".md"): c for c in cards}
    links = []
    for source, target in pairs:
        start, end = by_name[source], by_name[target]
        relation = "uses" if end.role == "technology" else "depends_on"
        key = f"edge:{relation}:{start.key}>{end.key}"
        links.append(Link(key, start.key, end.key, relation, relation, "5"))
    system = Group(SYSTEM_GROUP, "System", "centre")
    return CanvasView(Ref("System", "System.md"), (system, *groups), tuple(cards), tuple(links))


def chain(names: str) -> list[tuple[str, str]]:
    return list(itertools.pairwise(names))


def hub() -> CanvasView:
    """A card 15 cards depend on, depending on 15 others, using 5 technologies."""
    cards = [card("hub"), *(card(f"in{n}") for n in range(15)), *(card(f"out{n}") for n in range(15))]
    cards += [card(f"tech{n}", "technology") for n in range(5)]
    pairs = [(f"in{n}", "hub") for n in range(15)] + [("hub", f"out{n}") for n in range(15)]
    return view(cards, pairs + [("hub", f"tech{n}") for n in range(5)])


def big(seed: int = 7) -> CanvasView:
    """120 components in tiers with some links back up (cycles), 30 technologies, and a
    neighbouring system on each side."""
    rng = random.Random(seed)
    names = [f"c{n}" for n in range(120)]
    pairs = [(names[n], names[m]) for n in range(118) for m in rng.sample(range(n + 1, 120), 2)]
    pairs += [
        (names[m], names[n]) for n, m in ((rng.randrange(60), rng.randrange(60, 120)) for _ in range(10))
    ]
    pairs += [(names[n], f"t{rng.randrange(30)}") for n in range(120)]
    right = Group("group:right", "Right", "right", "3")
    left = Group("group:left", "Left", "left", "3")
    cards = [card(name) for name in names] + [card(f"t{n}", "technology") for n in range(30)]
    cards += [card("theirs", "neighbour", right.key), card("users", "neighbour", left.key)]
    return view(cards, [*dict.fromkeys(pairs), ("c0", "theirs"), ("users", "c5")], (right, left))


SHAPES = {
    "cycle": view([card(n) for n in "abc"] + [card("t", "technology")], [*chain("abca"), ("b", "t")]),
    "self-loop": view([card(n) for n in "ab"], [("a", "a"), ("a", "b")]),
    "link each way over a long path": view(
        [card(n) for n in "abcd"], [("a", "b"), ("b", "a"), *chain("acdb")]
    ),
    "two parts": view(
        [card(n) for n in "abcd"] + [card("t", "technology"), card("lone", "technology")],
        [("a", "b"), ("c", "d"), ("d", "t")],
    ),
    "30 neighbours": hub(),
    "150 cards": big(),
    "empty architecture": view([card("prd", "prd"), card("adr", "decision")], []),
    "nothing at all": view([], []),
    "technologies only": view([card("t1", "technology"), card("t2", "technology")], []),
}


def overlap(a: Box, b: Box) -> bool:
    return a.x < b.x + b.width and b.x < a.x + a.width and a.y < b.y + b.height and b.y < a.y + a.height


def inside(inner: Box, outer: Box) -> bool:
    return (
        outer.x <= inner.x
        and outer.y <= inner.y
        and inner.x + inner.width <= outer.x + outer.width
        and inner.y + inner.height <= outer.y + outer.height
    )


def check(shape: CanvasView, boxes: dict[str, Box]) -> None:
    assert set(boxes) == {c.key for c in shape.cards} | {g.key for g in shape.groups}
    assert all(type(v) is int for box in boxes.values() for v in (box.x, box.y, box.width, box.height))
    cards = [(c, boxes[c.key]) for c in shape.cards]
    for number, (first, one) in enumerate(cards):
        for second, other in cards[number + 1 :]:
            assert not overlap(one, other), (first.path, second.path)
        for group in shape.groups:
            assert inside(one, boxes[group.key]) == (first.group == group.key), (first.path, group.key)
    groups = [boxes[g.key] for g in shape.groups]
    assert not any(overlap(one, other) for n, one in enumerate(groups) for other in groups[n + 1 :])


@pytest.mark.parametrize("name", SHAPES)
def test_awkward_architectures_lay_out_again_and_again_without_overlap(name: str) -> None:
    shape = SHAPES[name]
    first = lay_out(shape)
    check(shape, first)
    for _ in range(ROUNDS if len(shape.cards) < 100 else 3):
        assert lay_out(shape) == first


@pytest.mark.parametrize("name", ["two parts", "30 neighbours", "150 cards", "technologies only", "cycle"])
def test_every_technology_sits_in_one_band_below_every_component(name: str) -> None:
    shape = SHAPES[name]
    boxes = lay_out(shape)
    band = {boxes[c.key].y for c in shape.cards if c.role == "technology"}
    assert len(band) == 1
    components = [boxes[c.key] for c in shape.cards if c.role == "component" and c.group == SYSTEM_GROUP]
    assert all(box.y + box.height < min(band) for box in components)


def test_a_component_sits_above_the_components_it_depends_on_when_there_is_no_cycle() -> None:
    shape = hub()
    boxes = lay_out(shape)
    for link in shape.links:
        assert boxes[link.source].y + boxes[link.source].height < boxes[link.target].y, link.key


def test_unconnected_parts_stand_side_by_side_not_stacked() -> None:
    shape = SHAPES["two parts"]
    boxes = lay_out(shape)
    a, b, c, d = (boxes[card(name).key] for name in "abcd")
    assert (a.y, b.y) == (c.y, d.y)
    assert a.y < b.y


def test_a_technology_stands_under_the_component_that_uses_it() -> None:
    shape = SHAPES["two parts"]
    boxes = lay_out(shape)
    user, technology = boxes[card("d").key], boxes[card("t", "technology").key]
    assert user.x <= technology.x + technology.width / 2 <= user.x + user.width


def test_a_path_longer_than_pythons_recursion_limit_lays_out() -> None:
    names = [f"c{n}" for n in range(sys.getrecursionlimit() + 100)]
    shape = view([card(name) for name in names], [*itertools.pairwise(names), (names[-1], names[0])])
    check(shape, lay_out(shape))
