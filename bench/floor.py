"""Measure the floor: the least work any tool must do to read a vault.

One process walks the vault, reads every note, parses its frontmatter with
libyaml and finds wikilinks with one regex. Nothing else: no resolution, no
graph, no output. Other benchmark figures are reported as multiples of this.

    python bench/floor.py VAULT [--repeats 3]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

import yaml

SKIPPED_FOLDERS = frozenset({".obsidian", ".trash", ".git"})
WIKILINK = re.compile(r"\[\[([^\[\]]+?)\]\]")


@dataclass(frozen=True, slots=True)
class FloorRun:
    seconds: float
    notes: int
    links: int


def markdown_files(folder: str) -> Iterator[str]:
    with os.scandir(folder) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                if entry.name not in SKIPPED_FOLDERS:
                    yield from markdown_files(entry.path)
            elif entry.name.endswith(".md"):
                yield entry.path


def split_frontmatter(text: str) -> tuple[str, str]:
    """Return (frontmatter, body); frontmatter is empty when the note has none."""
    if not text.startswith("---\n"):
        return "", text
    end = text.find("\n---\n", 3)
    if end == -1:
        return ("", text) if not text.endswith("\n---") else (text[4:-4], "")
    return text[4:end], text[end + 5 :]


def read_note(path: str) -> int:
    """Parse one note the cheapest honest way; return how many wikilinks its body has."""
    with open(path, "rb") as file:
        text = file.read().decode("utf-8", errors="replace")
    frontmatter, body = split_frontmatter(text)
    if frontmatter:
        # a broken note still costs its read, and the tool must survive it too
        with contextlib.suppress(yaml.YAMLError):
            yaml.load(frontmatter, Loader=yaml.CSafeLoader)
    return len(WIKILINK.findall(body))


def scan_vault(root: Path) -> FloorRun:
    started = time.perf_counter()
    notes = links = 0
    for path in markdown_files(str(root)):
        links += read_note(path)
        notes += 1
    return FloorRun(time.perf_counter() - started, notes, links)


def best_run(root: Path, repeats: int = 3) -> FloorRun:
    return min((scan_vault(root) for _ in range(repeats)), key=lambda run: run.seconds)


def measure_floor(root: Path, repeats: int = 3) -> float:
    """Seconds for the fastest of ``repeats`` floor scans of the vault at ``root``."""
    return best_run(root, repeats).seconds


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Measure the floor for reading a vault.")
    parser.add_argument("vault", type=Path, metavar="VAULT")
    parser.add_argument("--repeats", type=int, default=3)
    args = parser.parse_args(argv)
    run = best_run(args.vault, args.repeats)
    print(
        f"floor: {run.seconds:.3f} s, {run.notes / max(run.seconds, 1e-9):,.0f} notes/s "
        f"({run.notes} notes, {run.links} wikilinks, best of {args.repeats})"
    )


if __name__ == "__main__":
    main()
