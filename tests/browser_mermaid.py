"""Render Mermaid diagrams in a real browser (headless Chromium) and measure the drawing.

Test helper, not a test module. Mermaid comes from ``tests/mermaid/node_modules`` (``npm ci
--prefix tests/mermaid``): ``mermaid`` is the newest Mermaid 11, ``mermaid-obsidian`` the
version current Obsidian bundles. Chromium is Debian's package (``/usr/bin/chromium``).

    problems = render_problems(diagrams, "mermaid-obsidian", workdir)   # {diagram: [problem]}

A problem is a block that fails to render, two node boxes that overlap, or an edge label that
overlaps another edge label or a node box, each measured on the SVG the browser drew.

Run as a script, it saves one screenshot per style of sample_vault's Checkout SDD under docs/:

    .venv/bin/python tests/browser_mermaid.py
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from markdown_it import MarkdownIt

MERMAID_DIR = Path(__file__).resolve().parent / "mermaid"
CHROMIUM = "/usr/bin/chromium"
VERSIONS = ("mermaid-obsidian", "mermaid")  # Obsidian's Mermaid (11.13.0), the newest Mermaid 11
_RESULT = re.compile(r'<pre id="result">(.*?)</pre>', re.DOTALL)

MEASURE = MERMAID_DIR / "measure.js"  # renders each diagram, then measures the drawing


def browser_available() -> str | None:
    """None when Chromium and both Mermaid versions are installed, else why not."""
    if shutil.which(CHROMIUM) is None:
        return f"{CHROMIUM} is not installed (Debian package chromium)"
    for version in VERSIONS:
        if not script(version).is_file():
            return f"tests/mermaid/node_modules/{version} is missing: run `npm ci --prefix tests/mermaid`"
    return None


def script(version: str) -> Path:
    return MERMAID_DIR / "node_modules" / version / "dist" / "mermaid.min.js"


def render_problems(diagrams: Sequence[str], version: str, workdir: Path) -> dict[str, list[str]]:
    """Each diagram with what is wrong with it as drawn by `version` in Chromium (empty: fine)."""
    page = workdir / f"measure-{version}.html"
    data = json.dumps(list(diagrams)).replace("</", "<\\/")
    page.write_text(
        f'<!doctype html><html><head><meta charset="utf-8"><script src="{script(version).as_uri()}"></script>'
        f'<script src="{MEASURE.as_uri()}"></script></head><body><pre id="result">pending</pre><script>'
        f"measure({data}).then((r) => {{ document.getElementById('result').textContent = "
        "JSON.stringify(r); });"
        "</script></body></html>",
        encoding="utf-8",
    )
    dom = _chromium(["--dump-dom", page.as_uri()], workdir)
    found = _RESULT.search(dom)
    if found is None or found.group(1).strip() == "pending":
        raise RuntimeError(f"Chromium did not finish rendering {page}: {dom[:500]}")
    results = json.loads(html.unescape(found.group(1)))
    return dict(zip(diagrams, results, strict=True))


def screenshot(markdown: str, version: str, target: Path, workdir: Path, height: int = 2200) -> None:
    """The note rendered as HTML with its diagrams drawn by `version`, saved as a PNG."""
    shown = re.sub(r"%%.*?%%", "", _without_frontmatter(markdown), flags=re.DOTALL)  # Obsidian hides comments
    body = MarkdownIt("commonmark").enable("table").render(shown)
    body = re.sub(
        r'<pre><code class="language-mermaid">(.*?)</code></pre>',
        lambda m: f'<pre class="mermaid">{m.group(1)}</pre>',
        body,
        flags=re.DOTALL,
    )
    page = workdir / f"{target.stem}.html"
    page.write_text(
        f'<!doctype html><html><head><meta charset="utf-8"><script src="{script(version).as_uri()}"></script>'
        "<style>body{font-family:sans-serif;max-width:1100px;margin:24px auto;font-size:15px}"
        "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:3px 6px}"
        "blockquote{border-left:4px solid #e0a030;margin-left:0;padding-left:12px;color:#555}</style>"
        f"</head><body>{body}<script>mermaid.initialize({{startOnLoad:true}});</script></body></html>",
        encoding="utf-8",
    )
    target.parent.mkdir(parents=True, exist_ok=True)
    _chromium([f"--screenshot={target}", f"--window-size=1200,{height}", page.as_uri()], workdir)


def _without_frontmatter(markdown: str) -> str:
    if markdown.startswith("---\n"):
        return markdown.split("\n---\n", 1)[1]
    return markdown


def _chromium(arguments: list[str], workdir: Path) -> str:
    command = [
        CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
        f"--user-data-dir={workdir / 'chromium-profile'}", "--virtual-time-budget=120000", *arguments,
    ]  # fmt: skip
    done = subprocess.run(command, capture_output=True, text=True, timeout=600, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"Chromium failed ({done.returncode}): {done.stderr[-2000:]}")
    return done.stdout


def _save_screenshots() -> None:
    """One screenshot per style of sample_vault's Checkout SDD, under docs/."""
    import tempfile

    from sdd_styles import STYLES, build_styles

    repo = Path(__file__).resolve().parent.parent
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        built = build_styles(repo / "sample_vault", work / "built")
        for style in STYLES:
            text = built[style]["Checkout SDD.md"]
            start = text.index("```mermaid")
            section = text.rfind("\n## ", 0, start)  # from the section holding the first diagram
            screenshot(text[section:], "mermaid-obsidian", repo / "docs" / f"sdd-{style}.png", work)
            print(f"docs/sdd-{style}.png")


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    _save_screenshots()
