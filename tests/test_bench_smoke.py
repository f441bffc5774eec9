"""The benchmark runs end to end on a small vault, so that it cannot rot. No targets are asserted:
speed is what bench/run.py reports, not what a unit test checks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_benchmark_prints_a_table_with_every_figure(tmp_path: Path) -> None:
    done = subprocess.run(
        [
            sys.executable,
            str(REPO / "bench/run.py"),
            "--sizes",
            "200",
            "--repeats",
            "1",
            "--edits",
            "2",
            "--obsidiantools-max",
            "0",
            "--work",
            str(tmp_path),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    table = done.stdout
    for figure in ("floor", "cold build", "no-change rebuild", "one-note edit", "obsidiantools"):
        assert figure in table
    rows = [line for line in table.splitlines() if line.startswith("| cold build")]
    assert len(rows) == 1
    time_cell, ratio_cell = rows[0].split("|")[2:4]
    assert time_cell.strip().endswith(("ms", "s")) and float(ratio_cell) > 0
    cpu = [line for line in table.splitlines() if line.startswith("cold build CPU time")]
    assert len(cpu) == 1 and "x floor" in cpu[0]
