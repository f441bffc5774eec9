"""The vaultsmith benchmark: one table per vault size, every figure also as a multiple of the floor.

    .venv/bin/python bench/run.py                 # 1k, 10k and 100k notes
    .venv/bin/python bench/run.py --smoke         # 1k notes only
    .venv/bin/python bench/run.py --sizes 10k

For each size it generates a vault (once; kept in --work), then measures, each in a fresh
process (bench/measure.py) so that each peak memory figure is that measurement's own:

- floor: walk, read every note, parse its frontmatter with libyaml, one wikilink regex;
- cold build: `build()` with an empty parse cache and no SDDs yet (best of --repeats), and its
  CPU time in all its processes: divided by the cores, the least wall time it could take;
- no-change rebuild: `build()` again, nothing changed since (best of --repeats);
- one-note edit: `VaultSession.apply` after one note changed on disk, the path `vaultsmith
  watch` takes (median of --edits edits, each of another note);
- edit, then build: one note changed, then `build()` (the parse cache, not the session);
- `vaultsmith build` as a whole process, nothing changed (wall time, Python start included);
- obsidiantools `Vault(path).connect().gather()`, when installed (`pip install -e '.[bench]'`),
  on vaults of at most --obsidiantools-max notes.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.util import find_spec
from pathlib import Path

from generate_vault import generate_vault

HERE = Path(__file__).resolve().parent
MEASURE = HERE / "measure.py"
OUTPUT_FOLDER = "SDD"
RACY_SECONDS = 2.1  # vaultsmith does not trust a file changed less than 2 s ago to its cache


@dataclass(frozen=True, slots=True)
class Run:
    """What one bench/measure.py process reported."""

    seconds: list[float]
    written: int
    rss_mb: float
    workers_rss_mb: float
    cpu_seconds: list[float]
    settled_mb: float | None = None  # the watcher's resident memory once settled
    edited_mb: float | None = None  # the watch process's, after its saves


@dataclass(slots=True)
class Figure:
    label: str
    seconds: float | None
    rss_mb: float | None = None
    workers_rss_mb: float | None = None
    note: str = ""
    cpu_seconds: float | None = None  # the least CPU time (all processes) of its runs, for builds
    settled_mb: float | None = None  # the watcher only: resident memory once settled (the least)


@dataclass(frozen=True, slots=True)
class Saving:
    """What one speed-up saves: a figure with it (as measured above) and without it."""

    speedup: str
    switch: str  # the environment setting that turns it off
    figure: str
    with_it: float | None
    without: float | None


@dataclass(slots=True)
class SizeResult:
    notes: int
    figures: dict[str, Figure] = field(default_factory=dict)
    savings: list[Saving] = field(default_factory=list)

    def seconds(self, key: str) -> float | None:
        figure = self.figures.get(key)
        return figure.seconds if figure is not None else None


# ---------------------------------------------------------------- running measurements


def measure(kind: str, vault: Path, cache: Path, *options: str, env: dict[str, str] | None = None) -> Run:
    env = {**os.environ, "VAULTSMITH_CACHE_DIR": str(cache), **(env or {})}
    done = subprocess.run(
        [sys.executable, str(MEASURE), kind, str(vault), *options],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if done.returncode != 0:
        raise SystemExit(f"bench/measure.py {kind} failed:\n{done.stderr[-3000:]}")
    data = json.loads(done.stdout)
    seconds = [float(t) for t in data["seconds"]]
    cpu = [float(t) for t in data.get("cpu_seconds", [])]
    settled, edited = data.get("settled_mb"), data.get("edited_mb")
    return Run(
        seconds,
        int(data["written"]),
        float(data["rss_mb"]),
        float(data["workers_rss_mb"]),
        cpu,
        None if settled is None else float(settled),
        None if edited is None else float(edited),
    )


def figure(label: str, runs: list[Run], pick: str = "min", note: str = "") -> Figure:
    times = [t for run in runs for t in run.seconds]
    chosen = min(times) if pick == "min" else statistics.median(times)
    rss = max(run.rss_mb for run in runs)
    cpu = min((t for run in runs for t in run.cpu_seconds), default=None)
    settled = min((run.settled_mb for run in runs if run.settled_mb is not None), default=None)
    return Figure(label, chosen, rss, max(run.workers_rss_mb for run in runs), note, cpu, settled)


def settle(vault: Path) -> None:
    """Wait until the newest file in the vault is old enough for vaultsmith to trust to its cache."""
    newest = max((p.stat().st_mtime for p in vault.rglob("*.md")), default=0.0)
    wait = newest + RACY_SECONDS - time.time()
    if wait > 0:
        time.sleep(wait)


def fresh_vault(work: Path, notes: int, seed: int) -> Path:
    """The generated vault for this size, made once and reset to as generated (no SDDs)."""
    vault = work / f"vault-{notes}-seed{seed}"
    marker = vault / ".bench-vault.json"
    wanted = {"notes": notes, "seed": seed, "generator": _digest(HERE / "generate_vault.py")}
    if not marker.is_file() or json.loads(marker.read_text(encoding="utf-8")) != wanted:
        shutil.rmtree(vault, ignore_errors=True)
        vault.mkdir(parents=True)
        print(f"generating {notes:,} notes in {vault} ...", file=sys.stderr, flush=True)
        generate_vault(vault, notes, seed)
        marker.write_text(json.dumps(wanted), encoding="utf-8")
    shutil.rmtree(vault / OUTPUT_FOLDER, ignore_errors=True)
    return vault


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


BIG_VAULT = 50_000  # notes: from here on each figure is measured once (a cold build takes minutes)


def run_size(notes: int, args: argparse.Namespace) -> SizeResult:
    if notes >= BIG_VAULT:
        args = argparse.Namespace(**{**vars(args), "repeats": 1})
    vault = fresh_vault(args.work, notes, args.seed)
    cache = args.work / "cache"
    result = SizeResult(sum(1 for _ in vault.rglob("*.md")))
    say = _progress(notes)
    say("floor")
    result.figures["floor"] = figure(
        "floor: walk, read, libyaml frontmatter, one regex",
        [measure("floor", vault, cache, "--repeats", "3")],
    )
    say("cold build")
    cold = []
    for _ in range(args.repeats):
        shutil.rmtree(cache, ignore_errors=True)
        shutil.rmtree(vault / OUTPUT_FOLDER, ignore_errors=True)
        cold.append(measure("build", vault, cache))
    result.figures["cold"] = figure("cold build (empty cache, no SDDs yet)", cold)
    say("no-change rebuild")
    for _ in range(4):  # writing SDDs changes the vault: build until a build changes nothing
        settle(vault)
        if measure("build", vault, cache).written == 0:
            break
    warm = [measure("build", vault, cache) for _ in range(args.repeats)]
    result.figures["warm"] = figure("no-change rebuild (warm cache)", warm)
    result.figures["cli"] = cli_figure(vault, cache, args.repeats)
    say("one-note edits")
    result.figures["edit_build"] = edit_then_build(vault, cache, args.repeats)
    if find_spec("vaultsmith.live.session") is not None:
        session = measure("session", vault, cache, "--edits", str(args.edits))
        spread = f"fastest {_time(min(session.seconds))}, slowest {_time(max(session.seconds))}"
        result.figures["edit"] = figure(
            f"one-note edit, VaultSession.apply (median of {args.edits})", [session], "median", spread
        )
    else:
        result.figures["edit"] = Figure(
            "one-note edit, VaultSession.apply", None, note="no vaultsmith.live.session"
        )
    if find_spec("vaultsmith.live.session") is not None:
        say("watcher memory")
        session_only = figure(
            "watch session alone: VaultSession.build() through the parse cache, then gc",
            [measure("watcher", vault, cache) for _ in range(args.repeats)],
        )
        session_only.note = f"resident once settled: {session_only.settled_mb:.0f} MB"
        result.figures["watcher_session"] = session_only
        if sys.platform.startswith("linux"):
            options = ("--edits", str(args.edits), "--settle", str(args.settle))
            runs = [measure("watch_process", vault, cache, *options) for _ in range(args.repeats)]
            watcher = figure(
                f"`vaultsmith watch` process: a save shows (median of {args.edits})", runs, "median"
            )
            edited = min(run.edited_mb for run in runs if run.edited_mb is not None)
            settled = f"resident once settled: {watcher.settled_mb:.0f} MB"
            watcher.note = f"{settled}; after {args.edits} saves: {edited:.0f} MB"
            result.figures["watcher"] = watcher
    say("what each speed-up saves")
    result.savings = savings(vault, cache, args, result)
    if find_spec("obsidiantools") is None:
        result.figures["obsidiantools"] = Figure(
            "obsidiantools connect().gather()", None, note="not installed: pip install -e '.[bench]'"
        )
    elif notes <= args.obsidiantools_max:
        say("obsidiantools")
        result.figures["graph"] = figure(
            "graph only: read, parse, resolve, graph (no cache, no SDDs)",
            [measure("graph", vault, cache) for _ in range(args.repeats)],
        )
        result.figures["obsidiantools"] = figure(
            "obsidiantools connect().gather()", [measure("obsidiantools", vault, cache)]
        )
    else:
        result.figures["obsidiantools"] = Figure(
            "obsidiantools connect().gather()", None, note="not run: more notes than --obsidiantools-max"
        )
    return result


# Each speed-up that stays, the switch that turns it off, and the figure it is measured by.
SPEEDUPS = [
    ("parse cache", {"VAULTSMITH_PARSE_CACHE": "0"}, "edit_build"),
    ("fork pool (every core)", {"VAULTSMITH_JOBS": "1"}, "cold"),
    ("template bytecode cache", {"VAULTSMITH_TEMPLATE_CACHE": "0"}, "edit_build"),
    ("direct edge writes (graph.add_links)", {"VAULTSMITH_DIRECT_EDGES": "0"}, "cold"),
    ("adjacency row cache (graph._row)", {"VAULTSMITH_ROW_CACHE": "0"}, "cold"),
    ("adjacency row cache (graph._row)", {"VAULTSMITH_ROW_CACHE": "0"}, "edit"),
]


def savings(vault: Path, cache: Path, args: argparse.Namespace, result: SizeResult) -> list[Saving]:
    """Each figure of SPEEDUPS measured again with and without that one speed-up, in turns (with,
    without, with, ...: the machine's load drifts), as the figure is taken (best of --repeats, or
    the median of --edits edits)."""
    found = []
    for name, env, key in SPEEDUPS:
        figure_with = result.figures.get(key)
        if figure_with is None or figure_with.seconds is None:
            continue
        switch = " ".join(f"{k}={v}" for k, v in env.items())
        times: dict[bool, list[float]] = {True: [], False: []}
        for _ in range(1 if key == "edit" else args.repeats):
            for on in (True, False):
                times[on].extend(_measured(key, vault, cache, args, None if on else env))
        if key == "cold":  # the SDDs and the cache back, for what follows
            settle(vault)
            measure("build", vault, cache)
        pick = statistics.median if key == "edit" else min
        found.append(Saving(name, switch, figure_with.label, pick(times[True]), pick(times[False])))
    return found


def _measured(
    key: str, vault: Path, cache: Path, args: argparse.Namespace, env: dict[str, str] | None
) -> list[float]:
    """One more measurement of figure `key`, with `env` set (a cold build leaves the vault with
    its SDDs and the cache as that build wrote them)."""
    if key == "edit":
        return measure("session", vault, cache, "--edits", str(args.edits), env=env).seconds
    if key == "edit_build":
        return edit_then_build_runs(vault, cache, 1, env)[0].seconds
    shutil.rmtree(cache, ignore_errors=True)
    shutil.rmtree(vault / OUTPUT_FOLDER, ignore_errors=True)
    return measure("build", vault, cache, env=env).seconds


def cli_figure(vault: Path, cache: Path, repeats: int) -> Figure:
    command = [str(Path(sys.executable).with_name("vaultsmith")), "build", "--quiet", str(vault)]
    env = {**os.environ, "VAULTSMITH_CACHE_DIR": str(cache)}
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        subprocess.run(command, env=env, check=True, capture_output=True)
        times.append(time.perf_counter() - started)
    return Figure(
        "no-change `vaultsmith build`, whole process (wall)", min(times), note="Python start included"
    )


def edit_then_build(vault: Path, cache: Path, repeats: int) -> Figure:
    """One note changed, then a build through the parse cache: what `vaultsmith build` costs
    after an edit, without watch."""
    return figure("one-note edit, then build (parse cache)", edit_then_build_runs(vault, cache, repeats))


def edit_then_build_runs(
    vault: Path, cache: Path, repeats: int, env: dict[str, str] | None = None
) -> list[Run]:
    target = sorted((vault / "Components").rglob("*.md"))[0]
    original = target.read_bytes()
    runs = []
    try:
        for index in range(repeats):
            target.write_bytes(original + f"\n\nEdit {index} for the benchmark.\n".encode())
            runs.append(measure("build", vault, cache, env=env))
    finally:
        target.write_bytes(original)
    measure("build", vault, cache)
    return runs


def _progress(notes: int) -> Callable[[str], None]:
    def say(step: str) -> None:
        print(f"  {notes:,} notes: {step} ...", file=sys.stderr, flush=True)

    return say


# ---------------------------------------------------------------- the tables


def table(result: SizeResult) -> str:
    floor = result.seconds("floor")
    lines = [
        f"### {result.notes:,} notes",
        "",
        "| figure | time | x floor | peak RSS (main / largest worker) | |",
        "|---|---:|---:|---:|---|",
    ]
    for item in result.figures.values():
        lines.append(
            f"| {item.label} | {_time(item.seconds)} | {_ratio(item.seconds, floor)} | "
            f"{_memory(item)} | {item.note} |"
        )
    cold = result.figures.get("cold")
    if cold is not None and cold.cpu_seconds and floor:
        cores = os.cpu_count() or 1
        lines.append("")
        lines.append(
            f"cold build CPU time, all its processes: {_time(cold.cpu_seconds)} "
            f"({cold.cpu_seconds / floor:.2f} x floor); even shared perfectly by {cores} "
            f"{'core' if cores == 1 else 'cores'}, at least {_time(cold.cpu_seconds / cores)} "
            f"({cold.cpu_seconds / cores / floor:.2f} x floor)."
        )
    if result.savings:
        lines += ["", "| speed-up | turned off by | figure | with | without | saves |"]
        lines.append("|---|---|---|---:|---:|---:|")
        for item in result.savings:
            saved = (
                f"{_time(item.without - item.with_it)} ({(item.without - item.with_it) / item.without:.0%})"
                if item.with_it is not None and item.without
                else "—"
            )
            lines.append(
                f"| {item.speedup} | `{item.switch}` | {item.figure} | {_time(item.with_it)} | "
                f"{_time(item.without)} | {saved} |"
            )
    theirs, ours, graph = result.seconds("obsidiantools"), result.seconds("cold"), result.seconds("graph")
    if theirs and ours and graph:
        lines.append("")
        lines.append(
            f"vs obsidiantools: the cold build is {theirs / ours:,.0f}x faster; "
            f"the same work as theirs (the graph, no SDDs) {theirs / graph:,.0f}x."
        )
    return "\n".join(lines)


def targets(results: dict[int, SizeResult]) -> list[tuple[str, bool | None, str]]:
    """(target, met? (None: not measured in this run), the figure) for each target of issue 5."""
    checks: list[tuple[str, bool | None, str]] = []
    at10k, at1k, at100k = results.get(10_000), results.get(1_000), results.get(100_000)
    if at10k is not None:
        floor = at10k.seconds("floor") or 0.0
        checks.append(_ratio_target("cold build, 10k ≤ 2.0 x floor", at10k.seconds("cold"), floor, 2.0))
        checks.append(
            _ratio_target("no-change rebuild, 10k ≤ 0.3 x floor", at10k.seconds("warm"), floor, 0.3)
        )
        edit = at10k.seconds("edit")
        checks.append(
            ("one-note edit, 10k ≤ 30 ms median", None if edit is None else edit <= 0.030, _time(edit))
        )
        small = at1k.seconds("edit") if at1k is not None else None
        if edit is not None and small:
            checks.append(
                ("one-note edit, 10k ≤ 2 x its 1k figure", edit <= 2 * small, f"{edit / small:.2f} x")
            )
    for size, limit in ((at10k, 150), (at100k, 1200)):
        watcher = size.figures.get("watcher") if size is not None else None
        if size is not None:
            settled = watcher.settled_mb if watcher is not None else None
            checks.append(
                (
                    f"`vaultsmith watch` settled, {size.notes // 1000}k ≤ {limit:,} MB",
                    None if settled is None else settled <= limit,
                    "not measured" if settled is None else f"{settled:.0f} MB",
                )
            )
    if at100k is not None:
        cold = at100k.figures["cold"]
        met = cold.seconds is not None and cold.rss_mb is not None and cold.rss_mb <= 2048
        checks.append(("100k cold build completes, peak RSS ≤ 2 GB", met, _memory(cold)))
    if at1k is not None:
        theirs, ours = at1k.seconds("obsidiantools"), at1k.seconds("cold")
        versus = None if not (theirs and ours) else theirs / ours >= 50
        shown = f"{theirs / ours:,.0f} x" if theirs and ours else "not measured"
        checks.append(("vs obsidiantools, 1k ≥ 50 x faster (cold build)", versus, shown))
    return checks


def _ratio_target(
    name: str, seconds: float | None, floor: float, limit: float
) -> tuple[str, bool | None, str]:
    if seconds is None or not floor:
        return name, None, "not measured"
    return name, seconds / floor <= limit, f"{seconds / floor:.2f} x floor"


def _load() -> str:
    """The 1-minute load average: other work on the machine slows every figure down."""
    return f"{os.getloadavg()[0]:.2f}" if hasattr(os, "getloadavg") else "unknown"


def _time(seconds: float | None) -> str:
    if seconds is None:
        return "—"
    return f"{seconds * 1000:.1f} ms" if seconds < 1 else f"{seconds:.2f} s"


def _ratio(seconds: float | None, floor: float | None) -> str:
    return "—" if seconds is None or not floor else f"{seconds / floor:.3f}"


def _memory(item: Figure) -> str:
    if item.rss_mb is None:
        return ""
    workers = f" / {item.workers_rss_mb:.0f}" if item.workers_rss_mb else ""
    return f"{item.rss_mb:.0f}{workers} MB"


# ---------------------------------------------------------------- command line


def sizes(text: str) -> list[int]:
    found = []
    for part in text.split(","):
        part = part.strip().lower()
        found.append(int(float(part[:-1]) * 1000) if part.endswith("k") else int(part))
    return found


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        description="Benchmark vaultsmith against the floor (see bench/README.md)."
    )
    parser.add_argument("--sizes", type=sizes, default=[1_000, 10_000, 100_000], help="e.g. 1k,10k,100k")
    parser.add_argument("--smoke", action="store_true", help="1k notes only")
    parser.add_argument("--repeats", type=int, default=3, help="runs per figure (the best is kept)")
    parser.add_argument("--edits", type=int, default=20, help="one-note edits to take the median of")
    parser.add_argument(
        "--settle", type=float, default=10.0, help="seconds the watch process idles before its memory is read"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--obsidiantools-max", type=int, default=1_000, help="largest vault to run it on")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "vaultsmith-bench")
    args = parser.parse_args(argv)
    if args.smoke:
        args.sizes = [1_000]
    args.work = args.work.resolve()
    args.work.mkdir(parents=True, exist_ok=True)
    print(
        f"## vaultsmith benchmark: {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"{platform.system()} {platform.machine()}; load average {_load()} at the start\n"
    )
    results = {}
    for notes in args.sizes:
        results[notes] = run_size(notes, args)
        print(table(results[notes]) + f"\n\n(load average {_load()} at the end)\n", flush=True)
    checks = targets(results)
    if checks:
        print("### Targets\n\n| target | met | figure |\n|---|---|---|")
        for name, met, shown in checks:
            print(f"| {name} | {'—' if met is None else 'yes' if met else 'NO'} | {shown} |")


if __name__ == "__main__":
    main()
