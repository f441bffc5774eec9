"""One benchmark measurement, in a process of its own so that its peak memory is its own.

    python bench/measure.py floor VAULT [--repeats 3]
    python bench/measure.py build VAULT [--no-cache]
    python bench/measure.py graph VAULT
    python bench/measure.py session VAULT --edits 20
    python bench/measure.py watcher VAULT [--tracemalloc 15]
    python bench/measure.py obsidiantools VAULT

Prints one JSON object: `seconds` (a list: one figure per repetition or edit), `written` (files
a build wrote or removed), `cpu_seconds` (for a build: the CPU time it took in this process and
the copies it forked), `rss_mb` (this process's peak resident memory) and `workers_rss_mb`
(the largest worker process it started, if any); `watcher` adds `settled_mb`, the resident
memory of a session that has built the vault, after a garbage collection. Only the measured
work is timed: not starting Python, not importing modules.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import resource
import shutil
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path, PurePosixPath

EDIT_LINE = "\n\nEdited for the benchmark: this sentence changes the note.\n"


@dataclass(frozen=True, slots=True)
class Measured:
    seconds: list[float]  # one figure per repetition or edit
    written: int = 0  # files a build wrote or removed
    cpu_seconds: list[float] = field(default_factory=list)  # CPU time, all processes (builds only)
    settled_mb: float | None = None  # resident memory once settled (the watcher only)
    edited_mb: float | None = None  # the watch process only: resident memory after --edits saves


Measurement = Callable[[argparse.Namespace], Measured]
MEASUREMENTS: dict[str, Measurement] = {}


def measurement(function: Measurement) -> Measurement:
    MEASUREMENTS[function.__name__] = function
    return function


@measurement
def floor(args: argparse.Namespace) -> Measured:
    from floor import measure_floor

    return Measured([measure_floor(args.vault, args.repeats)])


@measurement
def build(args: argparse.Namespace) -> Measured:
    from vaultsmith.build import build as build_vault

    # A build imports these only once it has work to do: imported here, so not timed.
    for module in ("vaultsmith.model.analysed", "vaultsmith.build.outputs"):
        importlib.import_module(module)
    cpu, started = cpu_seconds(), time.perf_counter()
    report = build_vault(args.vault, use_cache=not args.no_cache)
    seconds, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    if report.errors:
        raise SystemExit(f"the build found errors: {report.errors[:3]}")
    return Measured([seconds], len(report.written) + len(report.removed), [cpu])


def cpu_seconds() -> float:
    """CPU time so far (user and system) of this process and of the copies it forked: a copy's
    time is counted once it has ended and been waited for, as vaultsmith waits for all of them."""
    own, copies = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + copies.ru_utime + copies.ru_stime


@measurement
def graph(args: argparse.Namespace) -> Measured:
    """Read every note and build the typed graph, without the cache or any SDD: the work
    obsidiantools' `connect().gather()` does."""
    from vaultsmith.build import load_vault
    from vaultsmith.model.analysed import analyse

    started = time.perf_counter()
    analyse(load_vault(args.vault, cache=False))
    return Measured([time.perf_counter() - started])


@measurement
def session(args: argparse.Namespace) -> Measured:
    """A full build kept in memory (not timed), then one edited note at a time through
    `VaultSession.apply`, the path `vaultsmith watch` takes; every note is restored after."""
    from vaultsmith.live.session import VaultSession

    live = VaultSession(args.vault)
    live.build()
    notes = edit_targets(args.vault, args.edits)
    originals = {path: (args.vault / path).read_bytes() for path in notes}
    timings = []
    try:
        for path in notes:
            with (args.vault / path).open("a", encoding="utf-8") as note:
                note.write(EDIT_LINE)
            started = time.perf_counter()
            live.apply({path}, set())
            timings.append(time.perf_counter() - started)
    finally:
        for path, data in originals.items():
            (args.vault / path).write_bytes(data)
        live.apply(set(originals), set())
    return Measured(timings)


@measurement
def watcher(args: argparse.Namespace) -> Measured:
    """What `vaultsmith watch` holds once settled: a session that has built the vault (through
    the parse cache, as a watcher restarted on a known vault does), after a full garbage
    collection; its resident memory (VmRSS), not its peak. With --tracemalloc N, the N files
    that hold the most of it (Python allocations only) go to stderr."""
    import gc

    from vaultsmith.live.session import VaultSession

    if args.tracemalloc:
        import tracemalloc

        tracemalloc.start()
    live = VaultSession(args.vault)
    started = time.perf_counter()
    live.build()
    seconds = time.perf_counter() - started
    gc.collect()
    settled = resident_mb()
    if args.tracemalloc:
        snapshot = tracemalloc.take_snapshot()
        for stat in snapshot.statistics("filename")[: args.tracemalloc]:
            print(f"{stat.size / 2**20:8.1f} MB  {stat.traceback[0].filename}", file=sys.stderr)
    return Measured([seconds], settled_mb=settled)


@measurement
def watch_process(args: argparse.Namespace) -> Measured:
    """`vaultsmith watch VAULT` as a user runs it (its own process: the CLI, the file watcher's
    threads): its resident memory (VmRSS) once its first build is done and it has been idle for
    --settle seconds, and again after --edits saves of different notes, each waited for.
    `seconds`: how long each save took to show in its output. Linux only (reads /proc)."""
    import signal
    import subprocess
    import threading

    command = shutil.which("vaultsmith", path=os.path.dirname(sys.executable)) or "vaultsmith"
    watcher = subprocess.Popen(
        [command, "watch", str(args.vault)], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    lines: list[str] = []
    arrived = threading.Condition()

    def read() -> None:
        assert watcher.stdout is not None
        for line in watcher.stdout:
            with arrived:
                lines.append(line)
                arrived.notify_all()

    def wait_for(text: str, since: int = 0) -> None:
        """Until a line printed after the first `since` lines holds `text`."""
        with arrived:
            if not arrived.wait_for(lambda: any(text in line for line in lines[since:]), timeout=3600):
                raise SystemExit(f"vaultsmith watch said no {text!r}:\n{''.join(lines)[-3000:]}")

    threading.Thread(target=read, daemon=True).start()
    notes = edit_targets(args.vault, args.edits)
    originals = {path: (args.vault / path).read_bytes() for path in notes}
    timings = []
    try:
        wait_for("watching")
        time.sleep(args.settle)
        settled = process_resident_mb(watcher.pid)
        for path in notes:
            since = len(lines)
            started = time.perf_counter()
            with (args.vault / path).open("a", encoding="utf-8") as note:
                note.write(EDIT_LINE)
            wait_for(PurePosixPath(path).stem, since)
            timings.append(time.perf_counter() - started)
        time.sleep(args.settle)
        edited = process_resident_mb(watcher.pid)
    finally:
        watcher.send_signal(signal.SIGINT)
        watcher.wait(timeout=60)
        for path, data in originals.items():
            (args.vault / path).write_bytes(data)
    return Measured(timings, settled_mb=settled, edited_mb=edited)


def resident_mb() -> float:
    """This process's resident memory now (Linux: VmRSS; elsewhere its peak, the best there is)."""
    try:
        return process_resident_mb("self")
    except OSError:
        pass
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def process_resident_mb(pid: int | str) -> float:
    """The resident memory (VmRSS) of the process `pid` ("self": this one); Linux only."""
    with open(f"/proc/{pid}/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise OSError(f"no VmRSS for process {pid}")


def edit_targets(vault: Path, count: int) -> list[str]:
    """`count` notes spread over the vault's components, PRDs and ADRs: the notes an SDD is made of."""
    folders = ("Components", "PRDs", "Decisions")
    found = sorted(
        path.relative_to(vault).as_posix() for folder in folders for path in (vault / folder).rglob("*.md")
    )
    if not found:
        raise SystemExit(f"no component, PRD or ADR notes in {vault}")
    step = max(1, len(found) // count)
    return [found[(index * step) % len(found)] for index in range(count)]


@measurement
def obsidiantools(args: argparse.Namespace) -> Measured:
    from obsidiantools.api import Vault  # type: ignore[import-not-found,import-untyped,unused-ignore]  # optional extra

    started = time.perf_counter()
    Vault(args.vault).connect().gather()
    return Measured([time.perf_counter() - started])


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="One benchmark measurement (see bench/run.py).")
    parser.add_argument("kind", choices=sorted(MEASUREMENTS))
    parser.add_argument("vault", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--edits", type=int, default=20)
    parser.add_argument("--no-cache", action="store_true")
    parser.add_argument("--tracemalloc", type=int, default=0, help="watcher: files holding most, to stderr")
    parser.add_argument("--settle", type=float, default=10.0, help="watch_process: idle seconds before RSS")
    args = parser.parse_args(argv)
    measured = MEASUREMENTS[args.kind](args)
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    scale = 1024 * 1024 if sys.platform == "darwin" else 1024  # ru_maxrss: bytes on macOS, KiB on Linux
    report = {"rss_mb": own / scale, "workers_rss_mb": workers / scale, **asdict(measured)}
    json.dump(report, sys.stdout)


if __name__ == "__main__":
    main()
