"""`SDD/<System>.canvas`: valid JSON Canvas 1.0, laid out without overlaps, groups holding
exactly their members by position, and made again without losing what the user arranged."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from canvas_spec import violations
from conftest import SAMPLE_VAULT, MakeVault
from test_cli import run

from vaultsmith import build, load_vault
from vaultsmith.model.analysed import analyse
from vaultsmith.sdd.assemble import assemble

SYSTEMS = ("Catalog", "Checkout", "Fulfilment", "Identity")
PRESETS = {"1", "2", "3", "4", "5", "6"}


def canvas(root: Path, system: str) -> dict[str, Any]:
    data: dict[str, Any] = json.loads((root / f"SDD/{system}.canvas").read_text(encoding="utf-8"))
    return data


def box(node: dict[str, Any]) -> tuple[int, int, int, int]:
    return node["x"], node["y"], node["x"] + node["width"], node["y"] + node["height"]


def overlap(a: dict[str, Any], b: dict[str, Any]) -> bool:
    ax, ay, ar, ab = box(a)
    bx, by, br, bb = box(b)
    return ax < br and bx < ar and ay < bb and by < ab


def inside(node: dict[str, Any], group: dict[str, Any]) -> bool:
    nx, ny, nr, nb = box(node)
    gx, gy, gr, gb = box(group)
    return gx <= nx and gy <= ny and nr <= gr and nb <= gb


def cards(data: dict[str, Any]) -> list[dict[str, Any]]:
    return [node for node in data["nodes"] if node["type"] != "group"]


def groups(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {node["label"]: node for node in data["nodes"] if node["type"] == "group"}


def by_file(data: dict[str, Any], path: str) -> dict[str, Any] | None:
    return next((node for node in cards(data) if node.get("file") == path), None)


def assert_laid_out(data: dict[str, Any]) -> None:
    """No two cards overlap, no two groups overlap, and no card is partly in a group."""
    shown = cards(data)
    for number, first in enumerate(shown):
        for second in shown[number + 1 :]:
            assert not overlap(first, second), (first.get("file"), second.get("file"))
    boxes = list(groups(data).values())
    for number, first in enumerate(boxes):
        for second in boxes[number + 1 :]:
            assert not overlap(first, second), (first["label"], second["label"])
        for card in shown:
            assert inside(card, first) or not overlap(card, first), (card.get("file"), first["label"])


@pytest.fixture(scope="module")
def built_sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("canvas") / "sample"
    shutil.copytree(SAMPLE_VAULT, root, ignore=shutil.ignore_patterns("SDD"))
    assert build(root).ok
    return root


def test_the_validator_rejects_what_the_spec_forbids() -> None:
    good = {"id": "a", "type": "text", "text": "hi", "x": 0, "y": 0, "width": 10, "height": 10}
    assert violations({"nodes": [good], "edges": []}) == []
    assert violations({"nodes": [good, dict(good)]})  # ids unique
    assert violations({"nodes": [{**good, "x": 1.5}]})  # integer geometry
    assert violations({"nodes": [{k: v for k, v in good.items() if k != "text"}]})  # required key
    assert violations({"nodes": [{**good, "type": "image"}]})
    assert violations({"nodes": [{**good, "color": "7"}]})
    assert violations({"nodes": [good], "edges": [{"id": "e", "fromNode": "a", "toNode": "b"}]})  # ends
    assert violations(
        {"nodes": [good], "edges": [{"id": "e", "fromNode": "a", "toNode": "a", "toSide": "up"}]}
    )


def test_every_sample_vault_canvas_is_valid_json_canvas(built_sample: Path) -> None:
    for system in SYSTEMS:
        assert violations(canvas(built_sample, system)) == [], system


def test_cards_point_at_real_notes_and_edges_at_cards(built_sample: Path) -> None:
    for system in SYSTEMS:
        data = canvas(built_sample, system)
        for card in cards(data):
            assert card["type"] == "file"
            assert (built_sample / card["file"]).is_file(), card["file"]
        assert data["edges"], system


def test_no_card_overlaps_another_and_each_group_holds_exactly_its_members(built_sample: Path) -> None:
    model = analyse(load_vault(built_sample))
    for document in assemble(model):
        data = canvas(built_sample, document.system.name)
        assert_laid_out(data)
        boundary = groups(data)[document.system.name]
        own = {c.ref.path for c in document.components} | {p.ref.path for p in document.prds}
        own |= {t.ref.path for t in document.technologies if t.used_by}
        neighbours = {d.target.path: d.systems for d in document.dependencies}
        neighbours |= {d.source.path: d.systems for d in document.dependents}
        for card in cards(data):
            holders = [label for label, group in groups(data).items() if inside(card, group)]
            if card["file"] in own or card["file"].startswith("Decisions/"):
                assert holders == [document.system.name], card["file"]
            else:
                systems = sorted(s.name for s in neighbours[card["file"]])
                assert holders == systems[:1], card["file"]
        assert all(
            c["file"] in own or c["file"].startswith("Decisions/") for c in cards(data) if inside(c, boundary)
        )
        assert own <= {c["file"] for c in cards(data)}


def test_edges_say_the_verb_protocol_and_data_class_in_the_colour_of_their_kind(built_sample: Path) -> None:
    data = canvas(built_sample, "Checkout")
    ids = {node["id"]: node.get("file", node.get("label")) for node in data["nodes"]}
    edges = {(ids[e["fromNode"]], ids[e["toNode"]]): e for e in data["edges"]}
    auth = edges[("Components/Checkout/Checkout Web.md", "Components/Identity/Auth Service.md")]
    assert (auth["label"], auth["color"]) == ("depends on (OIDC, PII)", "1")  # carries personal data
    uses = [e for e in data["edges"] if e["label"] == "uses"]
    assert uses and {e["color"] for e in uses} == {"4"}
    assert all(e["color"] in PRESETS for e in data["edges"])
    assert {e["label"].split(" (")[0] for e in data["edges"]} == {"depends on", "uses", "chooses"}


def test_the_sdd_links_its_canvas_and_the_index_links_every_canvas(built_sample: Path) -> None:
    index = (built_sample / "SDD/Index.md").read_text(encoding="utf-8")
    for system in SYSTEMS:
        assert f"[[{system}.canvas]]" in (built_sample / f"SDD/{system} SDD.md").read_text(encoding="utf-8")
        assert f"[[{system}.canvas]]" in index


def test_the_committed_sample_vault_canvases_are_what_a_build_writes(built_sample: Path) -> None:
    for name in [f"{system}.canvas" for system in SYSTEMS] + ["Decisions.base"]:
        assert (built_sample / "SDD" / name).read_bytes() == (SAMPLE_VAULT / "SDD" / name).read_bytes(), name


COMPONENT = (
    '---\ntype: component\nsystem: "[[Checkout]]"\nkind: service\ndepends_on: ["[[Cart Service]]"]\n---\n'
)


def test_moved_cards_stay_new_notes_appear_free_gone_notes_go_and_user_cards_survive(
    sample_copy: Path,
) -> None:
    assert run("build", sample_copy).returncode == 0
    path = sample_copy / "SDD/Checkout.canvas"
    data = json.loads(path.read_text(encoding="utf-8"))
    boundary = groups(data)["Checkout"]
    cart = by_file(data, "Components/Checkout/Cart Service.md")
    assert cart is not None
    # The user drags Cart Service to the boundary's bottom right corner, makes the group bigger
    # around it, adds a card of their own outside everything and an edge from it.
    boundary["height"] += 400
    cart["x"], cart["y"] = boundary["x"] + boundary["width"] - 340, boundary["y"] + boundary["height"] - 200
    assert not any(overlap(cart, other) for other in cards(data) if other is not cart)
    mine = {
        "id": "users-own-card",
        "type": "text",
        "text": "Ask Finance",
        "x": -3000,
        "y": -3000,
        "width": 250,
        "height": 60,
    }
    data["nodes"].append(mine)
    data["edges"].append(
        {"id": "users-own-edge", "fromNode": mine["id"], "toNode": cart["id"], "label": "why?"}
    )
    path.write_text(json.dumps(data, indent="\t"), encoding="utf-8")
    # The vault changes: a new component, and one that leaves Checkout for Fulfilment.
    (sample_copy / "Components/Checkout/Gift Cards.md").write_text(COMPONENT, encoding="utf-8")
    fraud = sample_copy / "Components/Checkout/Fraud Check Worker.md"
    fraud.write_text(
        fraud.read_text(encoding="utf-8").replace("[[Checkout]]", "[[Fulfilment]]"), encoding="utf-8"
    )

    result = run("build", sample_copy)
    assert result.returncode == 0, result.stderr
    after = json.loads(path.read_text(encoding="utf-8"))
    assert violations(after) == []
    assert_laid_out(after)
    moved = by_file(after, "Components/Checkout/Cart Service.md")
    assert moved is not None and box(moved) == box(cart)
    assert box(groups(after)["Checkout"]) == box(boundary)
    gift = by_file(after, "Components/Checkout/Gift Cards.md")
    assert gift is not None and inside(gift, groups(after)["Checkout"])
    fraud_card = by_file(after, "Components/Checkout/Fraud Check Worker.md")
    assert fraud_card is not None and not inside(fraud_card, groups(after)["Checkout"])  # a neighbour now
    assert inside(fraud_card, groups(after)["Fulfilment"])
    assert mine in after["nodes"]
    assert {"id": "users-own-edge", "fromNode": mine["id"], "toNode": cart["id"], "label": "why?"} in after[
        "edges"
    ]


def test_a_canvas_without_the_generated_marker_is_never_replaced(sample_copy: Path) -> None:
    (sample_copy / "SDD").mkdir()
    own = json.dumps(
        {"nodes": [{"id": "n", "type": "text", "text": "mine", "x": 0, "y": 0, "width": 9, "height": 9}]}
    )
    (sample_copy / "SDD/Checkout.canvas").write_text(own, encoding="utf-8")
    result = run("build", sample_copy)
    assert result.returncode == 1
    assert "SDD/Checkout.canvas" in result.stderr and "overwrite-refused" in result.stderr
    assert (sample_copy / "SDD/Checkout.canvas").read_text(encoding="utf-8") == own
    assert (sample_copy / "SDD/Catalog.canvas").is_file()


def test_a_canvas_obsidian_saved_in_its_own_spacing_is_not_rewritten(
    built_sample: Path, tmp_path: Path
) -> None:
    root = tmp_path / "vault"
    shutil.copytree(built_sample, root)
    path = root / "SDD/Identity.canvas"
    compact = json.dumps(json.loads(path.read_text(encoding="utf-8")), separators=(",", ":"))
    path.write_text(compact, encoding="utf-8")
    report = build(root)
    assert "SDD/Identity.canvas" in report.unchanged
    assert path.read_text(encoding="utf-8") == compact


def test_canvas_false_writes_no_canvas_links_none_and_removes_generated_ones(
    built_sample: Path, tmp_path: Path
) -> None:
    root = tmp_path / "vault"
    shutil.copytree(built_sample, root)
    (root / "vaultsmith.toml").write_text("canvas = false\n", encoding="utf-8")
    report = build(root)
    assert sorted(p for p in report.removed if p.endswith(".canvas")) == [f"SDD/{s}.canvas" for s in SYSTEMS]
    assert not list((root / "SDD").glob("*.canvas"))
    assert ".canvas" not in (root / "SDD/Checkout SDD.md").read_text(encoding="utf-8")
    assert ".canvas" not in (root / "SDD/Index.md").read_text(encoding="utf-8")


def test_a_canvas_setting_that_is_not_true_or_false_is_named_with_its_line(make_vault: MakeVault) -> None:
    root = make_vault(
        {"Systems/Shop.md": "---\ntype: system\n---\n", "vaultsmith.toml": 'output = "SDD"\ncanvas = "no"\n'}
    )
    result = run("build", root)
    assert result.returncode == 2
    assert "vaultsmith.toml:2" in result.stderr and "canvas" in result.stderr


def test_a_marked_canvas_that_is_no_longer_valid_is_left_as_it_is_with_an_error(
    built_sample: Path, tmp_path: Path
) -> None:
    root = tmp_path / "vault"
    shutil.copytree(built_sample, root)
    path = root / "SDD/Identity.canvas"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["nodes"][0]["x"] = 1.5  # JSON Canvas wants whole pixels
    broken = json.dumps(data)
    path.write_text(broken, encoding="utf-8")
    report = build(root)
    assert "SDD/Identity.canvas" in report.refused
    assert any(d.path == "SDD/Identity.canvas" and d.code == "merge-refused" for d in report.errors)
    assert path.read_text(encoding="utf-8") == broken


def test_many_new_cards_at_once_fill_their_group_without_overlap(make_vault: MakeVault) -> None:
    shop = "---\ntype: system\n---\n"
    part = '---\ntype: component\nsystem: "[[Shop]]"\n---\n'
    root = make_vault({"Systems/Shop.md": shop, "Components/C0.md": part})
    assert build(root).ok
    for number in range(1, 41):
        (root / f"Components/C{number}.md").write_text(part, encoding="utf-8")
    assert build(root).ok
    data = canvas(root, "Shop")
    assert violations(data) == []
    assert_laid_out(data)
    shown = [card for card in cards(data) if inside(card, groups(data)["Shop"])]
    assert sorted(card["file"] for card in shown) == sorted(f"Components/C{n}.md" for n in range(41))


def test_odd_links_build_a_valid_canvas_without_an_empty_group(make_vault: MakeVault) -> None:
    """Found by the watch property test: components that link their own system or themselves,
    an ADR naming a system that is an attachment, notes named alike in two folders."""
    root = make_vault(
        {
            "Shop.md": '---\ntype: component\ndepends_on: ["[[img.png]]"]\nowner: Ana\n---\n[[Redis.md]] [[Ledger]]\n',  # noqa: E501
            "Components/Pay/Pay.md": '---\ntype: adr\nsystem: "[[Queue]]"\nuses: ["[[Pay]]"]\nstatus: accepted\n'  # noqa: E501
            "decision_area: cache\n---\n[[Overview]] [[Cart]]\n",
            "Pay.md": '---\ntype: prd\ndepends_on: ["[[Shop]]"]\n---\n[[Overview]] [[Components/Pay/Ledger]]\n',  # noqa: E501
            "Notes/cart.md": '---\ntype: component\nsystem: "[[cart]]"\nowner: Ana\n---\n[[cart]] [[Ledger]]\n',  # noqa: E501
            "Cart.md": '---\nsystem: "[[Shop]]"\nuses: ["[[Shop]]"]\ndepends_on: ["[[Shop]]"]\n---\n[[Shop]]\n',  # noqa: E501
            "Systems/Shop.md": "---\ntype: system\n---\n",
        }
    )
    report = build(root)
    assert report.ok, [str(d) for d in report.errors]
    for path in sorted((root / "SDD").glob("*.canvas")):
        data = json.loads(path.read_text(encoding="utf-8"))
        assert violations(data) == []
        for group in groups(data).values():
            assert any(inside(node, group) for node in cards(data)), f"{path.name}: empty group {group}"
