"""Validate Mermaid diagrams with the real Mermaid 11 parser (node + jsdom).

Test helper, not a test module. The node side lives in ``tests/mermaid/``
(``validate.mjs`` plus a pinned ``package.json``/``package-lock.json``); install it with
``npm ci --prefix tests/mermaid``.

Typical use in a test::

    from mermaid_parser import mermaid_available, mermaid_blocks, parse_diagrams

    blocks = mermaid_blocks(markdown_text)
    errors = parse_diagrams(blocks)  # one node process for the whole batch
    assert errors == [None] * len(blocks)
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import Path

from markdown_it import MarkdownIt

MERMAID_DIR = Path(__file__).resolve().parent / "mermaid"
VALIDATOR = MERMAID_DIR / "validate.mjs"
INSTALL_HINT = "run `npm ci --prefix tests/mermaid`"
# jsdom 29 (pinned in tests/mermaid/package.json) supports node ^20.19 || ^22.13 || >=24.
MIN_NODE = (20, 19)
DEFAULT_TIMEOUT_S = 300.0

__all__ = [
    "MermaidHarnessError",
    "mermaid_available",
    "mermaid_blocks",
    "parse_diagrams",
]


class MermaidHarnessError(RuntimeError):
    """The node validator could not run or returned something unexpected."""


def _node_version(node: str) -> tuple[int, ...] | None:
    try:
        proc = subprocess.run([node, "--version"], capture_output=True, text=True, timeout=30, check=False)
    except (OSError, subprocess.SubprocessError):
        return None
    match = re.match(r"v(\d+)\.(\d+)", proc.stdout.strip())
    if proc.returncode != 0 or match is None:
        return None
    return (int(match.group(1)), int(match.group(2)))


def mermaid_available() -> str | None:
    """Return None when the validator can run, else a human-readable reason why not."""
    node = shutil.which("node")
    if node is None:
        return f"`node` is not on PATH: install Node.js >= 20.19, then {INSTALL_HINT}"
    version = _node_version(node)
    if version is None:
        return f"`{node} --version` failed; is Node.js installed correctly?"
    if version < MIN_NODE:
        found = ".".join(map(str, version))
        return f"Node.js {found} is too old for tests/mermaid (need >= 20.19)"
    for package in ("mermaid", "jsdom"):
        if not (MERMAID_DIR / "node_modules" / package / "package.json").is_file():
            return f"tests/mermaid/node_modules is not installed ({package} missing): {INSTALL_HINT}"
    if not VALIDATOR.is_file():
        return f"{VALIDATOR} is missing"
    return None


def parse_diagrams(
    diagrams: Sequence[str],
    *,
    render: bool = False,
    timeout: float = DEFAULT_TIMEOUT_S,
) -> list[str | None]:
    """Parse every diagram with Mermaid in a single node process.

    Returns one entry per diagram, in order: ``None`` if it parsed, else the
    parser's error message. With ``render=True`` each valid diagram is also
    passed to ``mermaid.render()`` in jsdom, which catches draw-time errors such
    as a C4 ``Rel()`` to an undefined alias (only meaningful for SVG-based
    diagram types such as flowchart and C4; mindmap/architecture need a canvas).

    Raises MermaidHarnessError if node or the validator is unusable.
    """
    if isinstance(diagrams, str):
        raise TypeError("parse_diagrams() takes a sequence of diagram strings, not a str")
    batch = list(diagrams)
    if not batch:
        return []
    reason = mermaid_available()
    if reason is not None:
        raise MermaidHarnessError(reason)
    node = shutil.which("node")
    assert node is not None  # checked by mermaid_available()

    command = [node, str(VALIDATOR)]
    if render:
        command.append("--render")
    try:
        proc = subprocess.run(
            command,
            input=json.dumps(batch),
            capture_output=True,
            text=True,
            encoding="utf-8",
            cwd=MERMAID_DIR,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as exc:
        raise MermaidHarnessError(
            f"validate.mjs timed out after {timeout}s on {len(batch)} diagrams"
        ) from exc
    if proc.returncode != 0:
        raise MermaidHarnessError(
            f"validate.mjs exited with {proc.returncode}: {proc.stderr.strip()[-2000:]}"
        )
    try:
        raw: object = json.loads(proc.stdout)
    except json.JSONDecodeError as exc:
        raise MermaidHarnessError(f"validate.mjs printed invalid JSON: {proc.stdout[:500]!r}") from exc
    if not isinstance(raw, list) or len(raw) != len(batch):
        raise MermaidHarnessError(
            f"validate.mjs returned {type(raw).__name__} for {len(batch)} diagrams: {proc.stdout[:500]!r}"
        )

    results: list[str | None] = []
    for item in raw:
        if not isinstance(item, dict) or not isinstance(item.get("ok"), bool):
            raise MermaidHarnessError(f"unexpected validate.mjs result item: {item!r}")
        if item["ok"]:
            results.append(None)
        else:
            error = item.get("error")
            results.append(str(error) if error else "invalid diagram (no message)")
    return results


_MARKDOWN = MarkdownIt("commonmark")


def mermaid_blocks(markdown: str) -> list[str]:
    """Bodies of the fenced ```mermaid (or ~~~mermaid) code blocks in a Markdown document.

    Uses a CommonMark parser, so fences nested in blockquotes/callouts and list
    items are found too, indentation is handled, and ``mermaid`` blocks shown
    inside a longer outer fence (e.g. a ````markdown example) are not.
    The info string's first word must be exactly ``mermaid`` (what Obsidian renders).
    """
    blocks: list[str] = []
    for token in _MARKDOWN.parse(markdown):
        if token.type != "fence":
            continue
        words = token.info.split()
        if words and words[0] == "mermaid":
            blocks.append(token.content)
    return blocks
