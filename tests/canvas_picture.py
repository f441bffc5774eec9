"""Draw a JSON Canvas as Obsidian would lay it out: an HTML page with one SVG, and a PNG of it
taken by headless Chromium. Cards show their note's name; groups their label above them; edges
run from side to side with their label and colour."""

from __future__ import annotations

import html
import json
import os
import shutil
import subprocess
import zlib
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
# Obsidian's preset canvas colours 1-6 (red, orange, yellow, green, cyan, purple).
PRESETS = {"1": "#e93147", "2": "#ec7500", "3": "#e0ac00", "4": "#08b94e", "5": "#00bfbc", "6": "#7852ee"}
MARGIN = 80


def chromium() -> str | None:
    """The Chromium to draw with, or None when there is none (allowed only outside CI)."""
    return CHROMIUM if os.access(CHROMIUM, os.X_OK) else shutil.which("chromium")


def colour(value: str | None, default: str) -> str:
    if value is None:
        return default
    return PRESETS.get(value, value)


def page(canvas: dict[str, Any]) -> tuple[str, int, int]:
    """An HTML page drawing `canvas`, and its size in pixels."""
    nodes = canvas["nodes"]
    left = min(n["x"] for n in nodes) - MARGIN
    top = min(n["y"] for n in nodes) - MARGIN
    width = max(n["x"] + n["width"] for n in nodes) - left + MARGIN
    height = max(n["y"] + n["height"] for n in nodes) - top + MARGIN
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="{left} {top} {width} {height}" font-family="sans-serif">',
        f'<rect x="{left}" y="{top}" width="{width}" height="{height}" fill="#1e1e1e"/>',
    ]
    boxes = {n["id"]: n for n in nodes}
    for node in nodes:
        parts.append(_node(node))
    for edge in canvas.get("edges", []):
        parts.append(_edge(edge, boxes))
    parts.append("</svg>")
    body = "".join(parts)
    return (
        f"<!doctype html><html><body style='margin:0;background:#1e1e1e'>{body}</body></html>",
        width,
        height,
    )


def _node(node: dict[str, Any]) -> str:
    x, y, w, h = node["x"], node["y"], node["width"], node["height"]
    if node["type"] == "group":
        stroke = colour(node.get("color"), "#8a8a8a")
        label = html.escape(node.get("label", ""))
        return (
            f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="12" fill="{stroke}" fill-opacity="0.08" '
            f'stroke="{stroke}" stroke-width="3"/><text x="{x}" y="{y - 12}" fill="#dadada" '
            f'font-size="26">{label}</text>'
        )
    stroke = colour(node.get("color"), "#5a5a5a")
    name = node.get("file") or node.get("text") or node.get("url") or ""
    title = html.escape(Path(name).stem if node["type"] == "file" else name)
    folder = html.escape(str(Path(name).parent)) if node["type"] == "file" else node["type"]
    size = 22 if h >= 100 else 18
    return (
        f'<rect x="{x}" y="{y}" width="{w}" height="{h}" rx="8" fill="#262626" stroke="{stroke}" '
        f'stroke-width="2"/><text x="{x + 16}" y="{y + 16 + size}" fill="#f0f0f0" font-size="{size}" '
        f'font-weight="bold">{title}</text>'
        + (
            f'<text x="{x + 16}" y="{y + 36 + 2 * size}" fill="#999" font-size="15">{folder}</text>'
            if h >= 100
            else ""
        )
    )


def _anchor(node: dict[str, Any], side: str | None) -> tuple[float, float]:
    x, y, w, h = node["x"], node["y"], node["width"], node["height"]
    return {
        "top": (x + w / 2, y),
        "bottom": (x + w / 2, y + h),
        "left": (x, y + h / 2),
        "right": (x + w, y + h / 2),
    }.get(side or "", (x + w / 2, y + h / 2))


def _edge(edge: dict[str, Any], boxes: dict[str, dict[str, Any]]) -> str:
    x1, y1 = _anchor(boxes[edge["fromNode"]], edge.get("fromSide"))
    x2, y2 = _anchor(boxes[edge["toNode"]], edge.get("toSide"))
    stroke = colour(edge.get("color"), "#aaaaaa")
    marker = f"m{abs(hash(stroke))}"
    label = edge.get("label", "")
    text = (
        (
            f'<text x="{(x1 + x2) / 2}" y="{(y1 + y2) / 2 - 6}" fill="{stroke}" font-size="16" '
            f'text-anchor="middle" paint-order="stroke" stroke="#1e1e1e" stroke-width="5">'
            f"{html.escape(label)}</text>"
        )
        if label
        else ""
    )
    return (
        f'<defs><marker id="{marker}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="8" '
        f'markerHeight="8" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="{stroke}"/></marker></defs>'
        f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" stroke="{stroke}" stroke-width="3" '
        f'marker-end="url(#{marker})"/>{text}'
    )


def draw(canvas_file: Path, png: Path, browser: str, scale: float = 1.0) -> tuple[int, int]:
    """Render `canvas_file` to `png` with headless Chromium; the page's size in CSS pixels."""
    text, width, height = page(json.loads(canvas_file.read_text(encoding="utf-8")))
    page_file = png.with_suffix(".html")
    page_file.write_text(text, encoding="utf-8")
    subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--hide-scrollbars",
            f"--force-device-scale-factor={scale}",
            f"--window-size={width},{height}",
            f"--screenshot={png}",
            page_file.as_uri(),
        ],
        check=True,
        capture_output=True,
        timeout=120,
    )
    return width, height


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's header."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def png_pixels(data: bytes) -> bytes:
    """A PNG's pixel rows, decompressed (each row starts with its filter byte)."""
    chunks, at = [], 8
    while at < len(data):
        length = int.from_bytes(data[at : at + 4], "big")
        if data[at + 4 : at + 8] == b"IDAT":
            chunks.append(data[at + 8 : at + 8 + length])
        at += length + 12
    return zlib.decompress(b"".join(chunks))
