"""parallel: read and parse many notes on every core.

A cold build of a big vault spends most of its time parsing, one note at a time, and every note
parses alone: so batches of files go to a pool of worker processes. Each worker sends back its
notes as codec JSON, which is also what the parse cache stores, so the parent never parses or
encodes them again. Starting the pool and decoding its answers costs time, so the pool is used
only for at least `POOL_THRESHOLD` files (measured with bench/pool_threshold.py).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path

from vaultsmith import codec
from vaultsmith.diagnostics import Diagnostic, error, warning
from vaultsmith.forkmap import die_with_parent
from vaultsmith.parse import ParseResult, parse_note
from vaultsmith.scan import NoteFile, read_note_file

POOL_THRESHOLD = 500  # files: the smallest count at which the pool won (bench/pool_threshold.py)
BATCH_SIZE = 200  # files per task at most: enough to amortise a round trip
BATCHES_PER_WORKER = 8  # at least, so that the workers finish together


@dataclass(frozen=True, slots=True)
class ParsedFile:
    entry: NoteFile
    result: ParseResult | None  # None when the file could not be read
    problems: tuple[Diagnostic, ...]  # why it could not be read
    encoded: str | None  # `result` as codec JSON, for the cache; None when not wanted or not possible


def parse_files(
    root: Path, entries: Sequence[NoteFile], *, encode: bool = False, workers: int | None = None
) -> Iterator[ParsedFile]:
    """Read and parse `entries`, in their order. `workers`: processes to use (default: one per
    core when there are at least POOL_THRESHOLD entries, else none)."""
    count = workers if workers is not None else default_workers(len(entries))
    method = _start_method()
    if count <= 1 or method is None:
        for entry in entries:
            yield parse_file(root, entry, encode)
        return
    yield from _parse_in_pool(root, entries, encode, count, method)


def default_workers(files: int) -> int:
    cores = os.cpu_count() or 1
    return cores if files >= POOL_THRESHOLD and cores > 1 else 1


def parse_file(root: Path, entry: NoteFile, encode: bool = False) -> ParsedFile:
    data, problems = read_note(root, entry.path)
    if data is None:
        return ParsedFile(entry, None, problems, None)
    result = parse_note(entry.path, data)
    return ParsedFile(entry, result, (), _encoded(result) if encode else None)


def read_note(root: Path, path: str) -> tuple[bytes | None, tuple[Diagnostic, ...]]:
    try:
        return read_note_file(root, path), ()
    except FileNotFoundError:
        return None, (warning(path, 0, "vanished", "the file disappeared while the vault was read"),)
    except OSError as bad:
        return None, (error(path, 0, "unreadable", f"cannot read: {bad.strerror}"),)


def _encoded(result: ParseResult) -> str | None:
    try:
        return codec.encode(result)
    except (TypeError, ValueError):
        return None  # a value JSON cannot hold exactly: parse this note again next time


# What a worker sends back per file: the JSON of its note, or (rarely: no JSON for it, or it could
# not be read) the parsed records themselves.
_Answer = tuple[str | None, ParseResult | None, tuple[Diagnostic, ...]]


def _parse_in_pool(
    root: Path, entries: Sequence[NoteFile], encode: bool, workers: int, method: str
) -> Iterator[ParsedFile]:
    size = max(1, min(BATCH_SIZE, len(entries) // (workers * BATCHES_PER_WORKER)))
    batches = [entries[start : start + size] for start in range(0, len(entries), size)]
    done = 0
    try:
        context = multiprocessing.get_context(method)
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=die_with_parent, initargs=(os.getpid(),)
        ) as pool:
            answers = pool.map(_parse_batch, [root] * len(batches), batches)
            for batch, answer in zip(batches, answers, strict=True):
                yield from _unpacked(batch, answer, encode)
                done += len(batch)
    except (BrokenProcessPool, OSError):
        # No worker processes here (a sandbox, a script without a main guard on spawn):
        # parse the rest in this process rather than fail.
        for entry in entries[done:]:
            yield parse_file(root, entry, encode)


def _unpacked(batch: Sequence[NoteFile], answer: list[_Answer], encode: bool) -> Iterator[ParsedFile]:
    for entry, (text, result, problems) in zip(batch, answer, strict=True):
        if text is not None:
            yield ParsedFile(entry, codec.decode(text), problems, text if encode else None)
        else:
            yield ParsedFile(entry, result, problems, None)


def _start_method() -> str | None:
    """How to start workers here, or None when this process must not start any."""
    if threading.active_count() > 1:
        # Forking a process that runs other threads (watch does) can deadlock the child, and the
        # other methods re-import the caller's main module: stay in one process.
        return None
    if sys.platform.startswith("linux"):
        return "fork"  # cheapest: the workers start with everything already imported
    return "spawn"  # macOS and Windows: fork is unsafe there


def _parse_batch(root: Path, batch: Sequence[NoteFile]) -> list[_Answer]:
    answers: list[_Answer] = []
    for entry in batch:
        parsed = parse_file(root, entry, encode=True)
        if parsed.encoded is not None:
            answers.append((parsed.encoded, None, parsed.problems))
        else:
            answers.append((None, parsed.result, parsed.problems))
    return answers
