"""Time and memory of `vaultsmith build` and `check` on hostile input, one input per vault.

    .venv/bin/python bench/hostile.py            # the 50 MB note, 100,000 links, the YAML bombs
    .venv/bin/python bench/hostile.py --all      # and the whole hostile vault (tests/hostile_vault.py --big)

Each input goes into a small vault of its own (a system note and the input), built by the real
CLI in a fresh process: wall time and that process's peak RSS (ru_maxrss of the child). The
tests prove the inputs are handled; this shows what they cost. Prints a Markdown table.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "tests"))

from hostile_vault import (  # noqa: E402 - the generator lives with the tests
    SYSTEM,
    _billion_laughs,
    _frontmatter,
    _large_note,
    _many_links,
    _merge_bomb,
    make_hostile_vault,
    unlock,
)

DEEP = 50_000
CLI = str(Path(sys.executable).with_name("vaultsmith"))


def inputs() -> dict[str, bytes]:
    return {
        "50 MB note (prose, 909,000 links)": _large_note(50_000_000),
        "50 MB note, one line, no markup": b"x" * 50_000_000,
        "100,000 links in one note": _many_links(100_000),
        "20,000 links in frontmatter": _frontmatter(
            "uses:\n" + "".join(f'  - "[[T{i}]]"\n' for i in range(20_000))
        ),
        "# a + 1,000,000 spaces (heading)": ("# a" + " " * 1_000_000 + "b\n").encode(),
        "billion laughs": _frontmatter(_billion_laughs()),
        "merge-key bomb, 40 levels": _frontmatter(_merge_bomb()),
        "- - - ... 50,000 deep": _frontmatter("- " * DEEP + "x"),
        "[[[ ... 50,000 deep": _frontmatter("x: " + "[" * DEEP + "]" * DEEP),
        "1:59:59:... (450 KB number)": _frontmatter("x: 1" + ":59" * 150_000),
    }


# A fresh parent per run, so that its children's peak RSS is this run's alone.
_WRAPPER = (
    "import resource, subprocess, sys; code = subprocess.run(sys.argv[1:], capture_output=True).returncode; "
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, code)"
)


def measure(*args: str) -> tuple[float, float, int]:
    """(wall seconds, peak RSS in MiB, exit code) of one CLI run."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-c", _WRAPPER, CLI, *args],
        capture_output=True,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
        check=True,
    )
    seconds = time.perf_counter() - started
    peak, code = result.stdout.split()
    return seconds, int(peak) / 1024, int(code)


def vault_with(folder: Path, name: str, content: bytes) -> Path:
    root = folder / "vault"
    (root / ".obsidian").mkdir(parents=True)
    (root / "Systems").mkdir()
    (root / "Systems/Shop.md").write_bytes(SYSTEM)
    (root / f"{name}.md").write_bytes(content)
    return root


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--all", action="store_true", help="also build and check the whole hostile vault")
    options = parser.parse_args()
    os.environ.setdefault("VAULTSMITH_CACHE_DIR", tempfile.mkdtemp(prefix="vaultsmith-bench-cache-"))
    print("| input | build (s) | build peak RSS (MiB) | check (s) | exit codes |")
    print("|---|---:|---:|---:|---|")
    for number, (name, content) in enumerate(inputs().items()):
        with tempfile.TemporaryDirectory() as folder:
            root = vault_with(Path(folder), f"Input {number}", content)
            built = measure("build", "--quiet", "--no-cache", str(root))
            checked = measure("check", str(root))
            print(
                f"| {name} | {built[0]:.1f} | {built[1]:.0f} | {checked[0]:.1f} | {built[2]}, {checked[2]} |"
            )
    if options.all:
        folder = Path(tempfile.mkdtemp())
        root, listed = make_hostile_vault(folder, big=True)
        try:
            built = measure("build", "--quiet", "--no-cache", str(root))
            checked = measure("check", str(root))
            print(
                f"| whole hostile vault ({len(listed)} inputs, 50 MB note) | {built[0]:.1f} | {built[1]:.0f} "
                f"| {checked[0]:.1f} | {built[2]}, {checked[2]} |"
            )
        finally:
            unlock(root)
            shutil.rmtree(folder)


if __name__ == "__main__":
    main()
