"""Measure where worker processes start to pay: for parsing notes, and for making SDDs.

    .venv/bin/python bench/pool_threshold.py VAULT        # a generated vault of 10,000 notes

For growing numbers of notes (and of systems), the same work is timed in this process and on
every core (best of --repeats, wall time), and the smallest number at which the pool wins is
printed. vaultsmith's POOL_THRESHOLD (parallel.py) and PARALLEL_SYSTEMS (outputs.py) come from
these figures; rerun this on the machine you tune for.
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from vaultsmith.build import load_vault
from vaultsmith.build.outputs import _future_resolver, _Job, _make_sdd
from vaultsmith.cache import parallel
from vaultsmith.config import load_config
from vaultsmith.model.analysed import analyse
from vaultsmith.render.document import Renderer
from vaultsmith.render.templates import vault_templates
from vaultsmith.vault.forkmap import map_shared
from vaultsmith.vault.scan import NoteFile, scan

NOTES = (100, 250, 500, 1000, 2000, 4000, 8000)
SYSTEMS = (2, 4, 8, 16, 32, 64)


def best(work: Callable[[], object], repeats: int) -> float:
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return min(times)


def parse_figures(vault: Path, repeats: int) -> list[tuple[int, float, float]]:
    entries = scan(vault, load_config(vault)).notes
    rows = []
    for count in NOTES:
        chosen = entries[:count]
        alone = best(partial(_parse, vault, chosen, 1), repeats)
        pooled = best(partial(_parse, vault, chosen, 2), repeats)
        rows.append((count, alone, pooled))
    return rows


def _parse(vault: Path, entries: Sequence[NoteFile], workers: int) -> None:
    list(parallel.parse_files(vault, entries, workers=workers))


def system_figures(vault: Path, repeats: int) -> list[tuple[int, float, float]]:
    model = analyse(load_vault(vault, cache=False))
    systems = model.nodes_of_type("system")
    paths = {system: f"SDD/{index}.md" for index, system in enumerate(systems)}
    templates = vault_templates(vault, model.config)
    renderer = Renderer(_future_resolver(model, list(paths.values())), templates)
    job = _Job(model, renderer, templates, vault, None, paths, [])
    rows = []
    for count in SYSTEMS:
        chosen = systems[:count]
        alone = best(partial(map_shared, _make_sdd, chosen, job, threshold=count + 1), repeats)
        pooled = best(partial(map_shared, _make_sdd, chosen, job, threshold=1), repeats)
        rows.append((count, alone, pooled))
    return rows


def show(title: str, unit: str, rows: Sequence[tuple[int, float, float]]) -> None:
    print(f"\n{title}\n\n| {unit} | one process | pool | pool wins |\n|---:|---:|---:|---|")
    for count, alone, pooled in rows:
        verdict = "yes" if pooled < alone else "no"
        print(f"| {count:,} | {alone * 1000:.0f} ms | {pooled * 1000:.0f} ms | {verdict} |")
    wins = [count for count, alone, pooled in rows if pooled < alone]
    print(f"\nsmallest {unit} at which the pool wins: {wins[0] if wins else 'none measured'}")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Where worker processes start to pay.")
    parser.add_argument("vault", type=Path)
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    show("Parsing notes", "notes", parse_figures(args.vault, args.repeats))
    show("Assembling and rendering SDDs", "systems", system_figures(args.vault, args.repeats))


if __name__ == "__main__":
    main()
