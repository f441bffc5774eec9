"""What the canvases add to a cold build: the median of N builds with canvases and N without.

    .venv/bin/python bench/canvas_cost.py sample_vault --runs 5

Each build runs in this process on a fresh copy of the vault without its output folder, with the
parse cache off, so every note is read and every SDD and canvas written; `canvas = false` is put
at the top of the copy's vaultsmith.toml for the builds without. The first build of each kind is
a warm-up (imports), not counted.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from vaultsmith import build
from vaultsmith.config import CONFIG_NAME, load_config


def cold_build(vault: Path, canvas: bool) -> float:
    output = load_config(vault).output
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "vault"
        shutil.copytree(vault, root, ignore=shutil.ignore_patterns(output.split("/")[0]))
        if not canvas:
            config = root / CONFIG_NAME
            before = config.read_text(encoding="utf-8") if config.exists() else ""
            config.write_text("canvas = false\n" + before, encoding="utf-8")
        started = time.perf_counter()
        report = build(root, use_cache=False)
        seconds = time.perf_counter() - started
        if not report.ok:
            raise SystemExit(f"the build failed: {[str(d) for d in report.errors][:3]}")
        return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("vault", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    options = parser.parse_args()
    runs: dict[bool, list[float]] = {True: [], False: []}
    cold_build(options.vault, True)
    cold_build(options.vault, False)
    for _ in range(options.runs):
        for canvas in (True, False):
            runs[canvas].append(cold_build(options.vault, canvas))
    on, off = statistics.median(runs[True]), statistics.median(runs[False])
    for label, canvas in (("with canvases", True), ("without", False)):
        each = ", ".join(f"{seconds * 1000:.0f}" for seconds in runs[canvas])
        print(f"{label}: median {statistics.median(runs[canvas]) * 1000:.0f} ms ({each})")
    print(f"the canvases add {(on - off) * 1000:.0f} ms ({(on - off) / off:+.0%})")


if __name__ == "__main__":
    main()
