"""`watch` keeps canvases current like SDDs: what the user arranged stays, and the output folder
is byte for byte what a fresh build writes given the same canvas on disk."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

from conftest import SAMPLE_VAULT, MakeVault
from session_support import assert_as_fresh_build, fresh_build, generated
from watch_support import wait_for, watching

from vaultsmith.live.session import VaultSession

SHOP = "---\ntype: system\n---\n"
CART = '---\ntype: component\nsystem: "[[Shop]]"\nkind: service\n---\n'
BASKET = '---\ntype: component\nsystem: "[[Shop]]"\nkind: service\ndepends_on: ["[[Cart]]"]\n---\n'


def read(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def card(data: dict[str, Any], file: str) -> dict[str, Any] | None:
    return next((node for node in data["nodes"] if node.get("file") == file), None)


def move(path: Path, file: str, dx: int, dy: int) -> tuple[int, int]:
    """Move a card as a user does in Obsidian (and the group it is in grows to keep it)."""
    data = read(path)
    found = card(data, file)
    assert found is not None
    found["x"] += dx
    found["y"] += dy
    for group in (n for n in data["nodes"] if n["type"] == "group" and n["label"] in ("Shop", "Checkout")):
        group["width"] += max(dx, 0)
        group["height"] += max(dy, 0)
    path.write_text(json.dumps(data, indent="\t"), encoding="utf-8")
    return found["x"], found["y"]


def test_a_session_keeps_canvases_as_a_fresh_build_after_a_move_and_an_edit(tmp_path: Path) -> None:
    root = tmp_path / "sample"
    shutil.copytree(SAMPLE_VAULT, root, ignore=shutil.ignore_patterns("SDD"))
    session = VaultSession(root)
    session.build()
    canvas = root / "SDD/Checkout.canvas"
    where = move(canvas, "Components/Checkout/Orders DB.md", 0, 700)
    session.apply({"SDD/Checkout.canvas"}, set())
    assert_as_fresh_build(root)
    (root / "Components/Checkout/Gift Cards.md").write_text(
        '---\ntype: component\nsystem: "[[Checkout]]"\n---\n', encoding="utf-8"
    )
    report = session.apply({"Components/Checkout/Gift Cards.md"}, set())
    assert "SDD/Checkout.canvas" in report.written
    after = read(canvas)
    moved = card(after, "Components/Checkout/Orders DB.md")
    assert moved is not None and (moved["x"], moved["y"]) == where
    assert card(after, "Components/Checkout/Gift Cards.md") is not None
    assert_as_fresh_build(root)


def test_watch_keeps_a_canvas_current_and_the_users_arrangement_and_knows_its_own_write(
    make_vault: MakeVault,
) -> None:
    root = make_vault({"Systems/Shop.md": SHOP, "Components/Cart.md": CART})
    canvas = root / "SDD/Shop.canvas"
    with watching(root) as heard:
        assert wait_for(canvas.is_file)
        where = move(canvas, "Components/Cart.md", 0, 400)
        (root / "Components/Basket.md").write_text(BASKET, encoding="utf-8")
        assert wait_for(lambda: card(read(canvas), "Components/Basket.md") is not None)
        assert not wait_for(lambda: heard.error is not None, timeout=0.6)
    # Its own write of the merged canvas is known for its own: no rebuild follows it.
    assert "Components/Basket.md" in heard.rebuilds[-1].changed
    assert ("SDD/Shop.canvas", "written by vaultsmith") in heard.ignored
    after = read(canvas)
    cart = card(after, "Components/Cart.md")
    assert cart is not None and (cart["x"], cart["y"]) == where
    assert generated(root) == fresh_build(root)
