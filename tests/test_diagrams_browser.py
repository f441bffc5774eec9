"""Every diagram of the SDDs, drawn in a real browser (headless Chromium) by the Mermaid that
Obsidian bundles (11.13.0) and by the newest Mermaid 11: no block fails to render, no two node
boxes overlap, no edge label lies over another label or a node. For sample_vault and for a
generated vault of 20 systems, in all five styles.

Skips when Chromium or tests/mermaid/node_modules is missing; under CI=true it fails instead.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from browser_mermaid import VERSIONS, browser_available, render_problems
from conftest import REPO
from mermaid_parser import mermaid_blocks
from sdd_styles import STYLES, build_styles, sample_outputs

SYSTEMS = 20


def _generated_vault(root: Path) -> Path:
    """bench's generator (not a package): one note in a hundred is a system."""
    done = subprocess.run(
        [sys.executable, str(REPO / "bench" / "generate_vault.py"), str(root), "--notes", str(100 * SYSTEMS)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    # Canvases are not what this test draws: the SDDs alone, built faster.
    (root / "vaultsmith.toml").write_text("canvas = false\n", encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def diagrams(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[str]]:
    """{diagram: every "vault/style/file" it appears in}."""
    reason = browser_available()
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the browser test must run in CI: {reason}", pytrace=False)
        pytest.skip(reason)
    built = {f"sample/{style}": files for style, files in sample_outputs(tmp_path_factory).items()}
    work = tmp_path_factory.mktemp("browser")
    generated = build_styles(_generated_vault(work / "generated"), work / "built")
    built.update({f"generated/{style}": files for style, files in generated.items()})
    assert sum(1 for name in generated["standard"] if name.endswith(" SDD.md")) >= SYSTEMS
    found: dict[str, list[str]] = {}
    for where, files in built.items():
        for name, text in files.items():
            for block in mermaid_blocks(text):
                found.setdefault(block, []).append(f"{where}/{name}")
    return found


@pytest.mark.parametrize("version", VERSIONS)
def test_every_diagram_draws_without_overlaps_in_the_browser(
    diagrams: dict[str, list[str]], version: str, tmp_path: Path
) -> None:
    kinds = {where.split("/")[0] for places in diagrams.values() for where in places}
    styles = {where.split("/")[1] for places in diagrams.values() for where in places}
    assert kinds == {"sample", "generated"} and styles == set(STYLES)
    assert len(diagrams) >= 40
    problems = render_problems(list(diagrams), version, tmp_path)
    found = [f"{diagrams[text][0]}: {problem}" for text, listed in problems.items() for problem in listed]
    assert found == []


def test_the_browser_check_reports_a_block_that_fails_to_render(tmp_path: Path) -> None:
    reason = browser_available()
    if reason is not None:
        if os.environ.get("CI") == "true":
            pytest.fail(f"the browser test must run in CI: {reason}", pytrace=False)
        pytest.skip(reason)
    broken = 'flowchart LR\n    n1["A"] -->|"x"| n2["B"\n'
    fine = 'flowchart LR\n    n1["A"] -->|"x"| n2["B"]\n'
    problems = render_problems([broken, fine], VERSIONS[0], tmp_path)
    assert problems[fine] == []
    assert problems[broken] and problems[broken][0].startswith("does not render")
