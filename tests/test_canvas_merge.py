"""The merge of a freshly made canvas with the one on disk, on canvases hypothesis makes from a
real one: whatever the user did, the result is valid JSON Canvas, every note of the system has
its card, what was there keeps its place, what the user added is untouched, and the new cards
overlap nothing."""

from __future__ import annotations

import json
from typing import Any

from canvas_spec import violations
from conftest import SAMPLE_VAULT
from hypothesis import given, settings
from hypothesis import strategies as st

from vaultsmith.canvas.merge import arranged

GENERATED: dict[str, Any] = json.loads((SAMPLE_VAULT / "SDD/Checkout.canvas").read_text(encoding="utf-8"))
CARDS = [n for n in GENERATED["nodes"] if n["type"] != "group"]


def overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return (
        a["x"] < b["x"] + b["width"]
        and b["x"] < a["x"] + a["width"]
        and a["y"] < b["y"] + b["height"]
        and b["y"] < a["y"] + a["height"]
    )


@st.composite
def edited(draw: st.DrawFn) -> dict[str, Any]:
    """The generated canvas as a user may have left it: cards gone (new again now), cards moved,
    cards and edges of their own."""
    gone = draw(st.sets(st.sampled_from([c["id"] for c in CARDS]), max_size=8))
    nodes = []
    for node in GENERATED["nodes"]:
        if node["id"] in gone:
            continue
        if node["type"] != "group" and draw(st.booleans()):
            node = {**node, "x": draw(st.integers(-5000, 5000)), "y": draw(st.integers(-5000, 5000))}
        nodes.append(node)
    for number in range(draw(st.integers(0, 3))):
        x, y = draw(st.integers(-4000, 4000)), draw(st.integers(-4000, 4000))
        nodes.append(
            {
                "id": f"mine{number}",
                "type": "text",
                "text": "note",
                "x": x,
                "y": y,
                "width": 200,
                "height": 80,
            }
        )
    ids = {node["id"] for node in nodes}
    edges = [e for e in GENERATED["edges"] if e["fromNode"] in ids and e["toNode"] in ids]
    if "mine0" in ids:
        edges.append({"id": "my-edge", "fromNode": "mine0", "toNode": nodes[-1]["id"]})
    return {**GENERATED, "nodes": nodes, "edges": edges}


@settings(max_examples=60, deadline=None)
@given(edited())
def test_the_merge_keeps_the_users_canvas_and_places_new_cards_free(old: dict[str, Any]) -> None:
    result = arranged(GENERATED, old)
    assert violations(result) == []
    by_id = {node["id"]: node for node in result["nodes"]}
    assert {c["id"] for c in CARDS} <= set(by_id)
    before = {node["id"]: node for node in old["nodes"]}
    for node_id, node in before.items():
        if node["type"] != "group":
            assert (by_id[node_id]["x"], by_id[node_id]["y"]) == (node["x"], node["y"])
        if node_id.startswith("mine"):
            assert by_id[node_id] == node
    assert all(edge in result["edges"] for edge in old["edges"] if edge["id"] == "my-edge")
    new = [by_id[c["id"]] for c in CARDS if c["id"] not in before]
    others = [n for n in result["nodes"] if n["type"] != "group"]
    for card in new:
        assert not any(overlap(card, other) for other in others if other is not card), card["file"]
    kinds = [node["type"] == "group" for node in result["nodes"]]
    assert kinds == sorted(kinds, reverse=True), "groups first: a node is drawn over those before it"
