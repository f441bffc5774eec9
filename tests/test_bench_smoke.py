"""The benchmark runs end to end on a small vault, so that it cannot rot. No targets are asserted:
speed is what bench/run.py reports, not what a unit test checks."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def table(tmp_path_factory: pytest.TempPathFactory) -> str:
    """What bench/run.py prints for a 200-note vault (one run, shared by the tests here)."""
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
            "--settle",
            "1",
            "--obsidiantools-max",
            "0",
            "--work",
            str(tmp_path_factory.mktemp("bench")),
        ],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_benchmark_prints_a_table_with_every_figure(table: str) -> None:
    for figure in ("floor", "cold build", "no-change rebuild", "one-note edit", "obsidiantools"):
        assert figure in table
    rows = [line for line in table.splitlines() if line.startswith("| cold build")]
    assert len(rows) == 1
    time_cell, ratio_cell = rows[0].split("|")[2:4]
    assert time_cell.strip().endswith(("ms", "s")) and float(ratio_cell) > 0
    cpu = [line for line in table.splitlines() if line.startswith("cold build CPU time")]
    assert len(cpu) == 1 and "x floor" in cpu[0]


def test_benchmark_prints_the_watchers_settled_memory(table: str) -> None:
    """The watch session alone, and on Linux `vaultsmith watch` as a process: settled, and
    after its saves."""
    rows = [line for line in table.splitlines() if line.startswith("| watch session alone")]
    if sys.platform.startswith("linux"):
        rows += [line for line in table.splitlines() if line.startswith("| `vaultsmith watch` process")]
        assert len(rows) == 2
        assert float(rows[1].split("after 2 saves:")[1].split("MB")[0]) > 0
    assert rows
    for row in rows:
        assert float(row.split("resident once settled:")[1].split("MB")[0]) > 0


def test_benchmark_prints_what_each_speed_up_saves(table: str) -> None:
    rows = [line for line in table.splitlines() if "`VAULTSMITH_" in line]
    switches = {row.split("`")[1] for row in rows}
    assert switches == {
        "VAULTSMITH_PARSE_CACHE=0",
        "VAULTSMITH_JOBS=1",
        "VAULTSMITH_TEMPLATE_CACHE=0",
        "VAULTSMITH_DIRECT_EDGES=0",
        "VAULTSMITH_ROW_CACHE=0",
    }
    for row in rows:
        with_it, without = row.split("|")[4:6]
        assert with_it.strip().endswith(("ms", "s")) and without.strip().endswith(("ms", "s"))
