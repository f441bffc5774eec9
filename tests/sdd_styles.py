"""Test helper (not a test module): sample_vault built once per test session in every style.

outputs = sample_outputs(tmp_path_factory)   # {style: {file name: text}}
"""

from __future__ import annotations

import functools
import re
import shutil
from pathlib import Path

import pytest
import yaml
from conftest import SAMPLE_VAULT

from vaultsmith import build

STYLES = ("standard", "c4", "detailed", "hld-lld", "design-doc")
GOLDEN = Path(__file__).resolve().parent / "golden"


def build_styles(vault: Path, workspace: Path, styles: tuple[str, ...] = STYLES) -> dict[str, dict[str, str]]:
    """Build a copy of `vault` (without its SDD folder) in each style: {style: {name: text}}."""
    built: dict[str, dict[str, str]] = {}
    for style in styles:
        copy = workspace / style
        shutil.copytree(vault, copy, ignore=shutil.ignore_patterns("SDD"))
        report = build(copy, template=style)
        assert report.ok, [str(d) for d in report.diagnostics]
        built[style] = {p.name: p.read_text(encoding="utf-8") for p in sorted((copy / "SDD").glob("*.md"))}
    return built


def built_sdd(root: Path, name: str = "Shop", style: str = "standard") -> str:
    """Build the vault at `root` in `style` (asserting no error) and return the SDD of `name`."""
    report = build(root, template=style)
    assert report.ok, [str(d) for d in report.diagnostics]
    return (root / "SDD" / f"{name} SDD.md").read_text(encoding="utf-8")


@functools.cache
def _sample_outputs(workspace: Path) -> dict[str, dict[str, str]]:
    return build_styles(SAMPLE_VAULT, workspace)


def sample_outputs(factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    """sample_vault in every style, built once per session whichever module asks first."""
    workspace = factory.getbasetemp() / "sample-in-every-style"
    workspace.mkdir(exist_ok=True)
    return _sample_outputs(workspace)


def frontmatter(text: str) -> dict[str, object]:
    assert text.startswith("---\n")
    loaded = yaml.safe_load(text[4:].split("\n---\n", 1)[0])
    assert isinstance(loaded, dict)
    return loaded


def headings(text: str, level: int) -> list[str]:
    """Headings of `level`, outside fenced code."""
    found = []
    in_fence = False
    for line in text.split("\n"):
        if line.startswith("```"):
            in_fence = not in_fence
        elif not in_fence and re.match(rf"^#{{{level}}} ", line):
            found.append(line[level + 1 :].strip())
    return found
