"""How long `vaultsmith watch` takes from a saved note to its SDD written, by vault size.

    python bench/watch_latency.py --sizes 1000 10000 50000 --saves 20

For each size: a synthetic vault (bench/generate_vault.py, made once under --work and reused),
a real `vaultsmith watch` process on it, then --saves saves of component notes, one at a time.
Each save changes the note's `description:`; the time counted runs from just before the write
to the moment the system's SDD holds the new description (the debounce window included). Then,
in this process, the same edits go through `VaultSession.apply` alone. Every edited note is
restored afterwards. Prints one table row per size: median and p90 in milliseconds.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from generate_vault import generate_vault

from vaultsmith.live.session import VaultSession

EXECUTABLE = Path(sys.executable).with_name("vaultsmith")
DESCRIPTION = re.compile(r"^description: .*$", re.MULTILINE)
SYSTEM = re.compile(r'^system: "\[\[([^\]|#]+)', re.MULTILINE)


@dataclass(frozen=True, slots=True)
class Row:
    notes: int
    build_seconds: float
    watch_ms: list[float]
    apply_ms: list[float]


@dataclass(frozen=True, slots=True)
class Save:
    note: str  # vault path of the component note
    sdd: str  # vault path of its system's SDD
    marker: str  # the new description, which the SDD shows once rewritten


def vault_of(work: Path, notes: int, seed: int) -> Path:
    """The benchmark's own copy of a generated vault (never a shared one: this script edits it)."""
    root = work / f"vs-watch-{notes}"
    done = root / ".generated"
    if not done.exists():
        shutil.rmtree(root, ignore_errors=True)
        root.mkdir(parents=True)
        generate_vault(root, notes, seed)
        done.write_text(f"{notes} {seed}\n", encoding="utf-8")
    return root


def plan_saves(root: Path, count: int, round_name: str) -> list[Save]:
    """`count` component notes spread over the vault, each with the SDD its change shows in."""
    components = sorted(p.relative_to(root).as_posix() for p in (root / "Components").rglob("*.md"))
    saves: list[Save] = []
    step = max(1, len(components) // (count * 2))
    for path in components[::step]:
        text = (root / path).read_text(encoding="utf-8")
        system = SYSTEM.search(text)
        if system and DESCRIPTION.search(text):
            marker = f"edited for the benchmark {round_name} {len(saves)}"
            saves.append(Save(path, f"SDD/{system.group(1)} SDD.md", marker))
        if len(saves) == count:
            break
    return saves


def save(root: Path, one: Save) -> None:
    note = root / one.note
    text = note.read_text(encoding="utf-8")
    note.write_text(DESCRIPTION.sub(f"description: {one.marker}", text, count=1), encoding="utf-8")


def wait_until(condition: Callable[[], bool], timeout: float = 60.0) -> float:
    """Poll `condition`; the perf_counter time at which it first held."""
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline:
        if condition():
            return time.perf_counter()
        time.sleep(0.001)
    raise SystemExit("timed out waiting for the SDD to be written")


def shows(root: Path, one: Save) -> Callable[[], bool]:
    path = root / one.sdd
    seen = {"stamp": -1}

    def check() -> bool:
        try:
            stamp = path.stat().st_mtime_ns
        except FileNotFoundError:
            return False
        if stamp == seen["stamp"]:
            return False
        seen["stamp"] = stamp
        return one.marker in path.read_text(encoding="utf-8")

    return check


def measure_watch(root: Path, saves: list[Save], debounce: int) -> tuple[float, list[float]]:
    """Start `vaultsmith watch`, save each note, time each save until its SDD shows it."""
    process = subprocess.Popen(
        [str(EXECUTABLE), "watch", "--debounce", str(debounce), str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "NO_COLOR": "1"},
    )
    started = time.perf_counter()
    assert process.stdout is not None
    first = process.stdout.readline()
    if "watching" not in first:
        raise SystemExit(f"vaultsmith watch did not start: {first!r}")
    build_seconds = time.perf_counter() - started
    # Keep reading its output so that the pipe never fills.
    threading.Thread(target=process.stdout.read, daemon=True).start()
    timings = []
    try:
        for one in saves:
            check = shows(root, one)
            check()
            before = time.perf_counter()
            save(root, one)
            timings.append((wait_until(check) - before) * 1000)
            time.sleep(0.3)  # let the watch go idle: one save at a time
    finally:
        process.terminate()
        process.wait(timeout=10)
    return build_seconds, timings


def measure_apply(root: Path, saves: list[Save]) -> list[float]:
    session = VaultSession(root)
    session.build()
    timings = []
    for one in saves:
        save(root, one)
        before = time.perf_counter()
        session.apply({one.note}, set())
        timings.append((time.perf_counter() - before) * 1000)
    return timings


def p90(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]


def run(size: int, args: argparse.Namespace) -> Row:
    root = vault_of(args.work, size, args.seed)
    originals = {p: p.read_bytes() for p in (root / "Components").rglob("*.md")}
    try:
        build_seconds, watch_ms = measure_watch(root, plan_saves(root, args.saves, "watch"), args.debounce)
        apply_ms = measure_apply(root, plan_saves(root, args.saves, "apply"))
    finally:
        for path, data in originals.items():
            if path.read_bytes() != data:
                path.write_bytes(data)
    notes = sum(1 for p in root.rglob("*.md") if not p.relative_to(root).as_posix().startswith("SDD/"))
    return Row(notes, build_seconds, watch_ms, apply_ms)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--saves", type=int, default=20)
    parser.add_argument("--debounce", type=int, default=100, help="milliseconds (watch --debounce)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=Path, default=Path("/tmp"), help="where the vaults are made")
    args = parser.parse_args(argv)
    print(
        f"{'vault':>8} {'notes':>7} {'first build':>12} "
        f"{'save→SDD median':>16} {'p90':>8} {'apply median':>13} {'p90':>8}"
    )
    for size in args.sizes:
        row = run(size, args)
        print(
            f"{size:>8} {row.notes:>7} {row.build_seconds:>10.1f} s "
            f"{statistics.median(row.watch_ms):>13.0f} ms {p90(row.watch_ms):>5.0f} ms "
            f"{statistics.median(row.apply_ms):>10.0f} ms {p90(row.apply_ms):>5.0f} ms",
            flush=True,
        )


if __name__ == "__main__":
    main()
