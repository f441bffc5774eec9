"""Each canvas of sample_vault drawn as a user sees it: a page of its cards, groups and edges,
screenshotted by headless Chromium. Without Chromium the test is skipped, except in CI."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from canvas_picture import chromium, draw, png_pixels, png_size
from conftest import SAMPLE_VAULT

from vaultsmith import build

SYSTEMS = ("Catalog", "Checkout", "Fulfilment", "Identity")


@pytest.fixture(scope="module")
def browser() -> str:
    found = chromium()
    if found is None:
        if os.environ.get("CI") == "true":
            pytest.fail("Chromium is missing in CI: apt-get install chromium")
        pytest.skip("no Chromium (apt-get install chromium) to draw the canvases with")
    return found


def test_every_sample_vault_canvas_renders_to_a_picture(browser: str, tmp_path: Path) -> None:
    root = tmp_path / "sample"
    shutil.copytree(SAMPLE_VAULT, root, ignore=shutil.ignore_patterns("SDD"))
    assert build(root).ok
    for system in SYSTEMS:
        png = tmp_path / f"{system}.png"
        width, height = draw(root / f"SDD/{system}.canvas", png, browser)
        data = png.read_bytes()
        assert png_size(data) == (width, height), system
        assert len(set(png_pixels(data))) > 16, f"{system}: the picture is blank"
