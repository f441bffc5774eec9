"""parallel: read and parse many notes on every core.

A cold build of a big vault spends most of its time parsing, one note at a time, and every note
parses alone: so the files are shared out between this process and forked copies of it. They
take small runs of files in turn from a counter they share (in shared memory, under a lock), so
each does as much as its speed allows and all finish together; there is no task queue to feed
and no thread in this process waiting to be scheduled. A forked process writes each note as
codec JSON (what the parse cache stores) to an unnamed temporary file that only it and this
process hold, and exits; this process then reads the file, so it never parses those notes
again. Forking and decoding cost time, so it is done only for at least `POOL_THRESHOLD` files
(measured with bench/pool_threshold.py), and only where fork is safe (see forkmap.can_fork):
elsewhere every note is parsed here.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import signal
import tempfile
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from vaultsmith import codec
from vaultsmith.diagnostics import Diagnostic, error, warning
from vaultsmith.forkmap import can_fork, die_with_parent
from vaultsmith.parse import ParseResult, parse_note
from vaultsmith.scan import NoteFile, read_note_file

POOL_THRESHOLD = 500  # files: the smallest count at which forking won (bench/pool_threshold.py)
RUN = 20  # files taken from the counter at a time: enough to make the lock cheap, few enough to balance


@dataclass(frozen=True, slots=True)
class ParsedFile:
    entry: NoteFile
    result: ParseResult | None  # None when the file could not be read
    problems: tuple[Diagnostic, ...]  # why it could not be read
    encoded: str | None  # `result` as codec JSON, for the cache; None when not wanted or not possible


def parse_files(
    root: Path, entries: Sequence[NoteFile], *, encode: bool = False, workers: int | None = None
) -> Iterator[ParsedFile]:
    """Read and parse `entries`, each once. `workers`: processes to use, this one included
    (default: one per core when there are at least POOL_THRESHOLD entries, else one). In one
    process they come in the order given; on several, in the order they are done."""
    count = workers if workers is not None else default_workers(len(entries))
    if count <= 1 or not can_fork():
        for entry in entries:
            yield parse_file(root, entry, encode)
        return
    yield from _parse_forked(root, entries, encode, count)


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


class _Counter:
    """The next unclaimed entry, shared by this process and the ones it forks."""

    def __init__(self, total: int) -> None:
        self.total = total
        self._next = multiprocessing.RawValue("q", 0)
        self._lock = multiprocessing.Lock()

    def runs(self) -> Iterator[range]:
        """The runs of entry indexes this process claims, until none are left."""
        while True:
            with self._lock:
                start = self._next.value
                self._next.value = start + RUN
            if start >= self.total:
                return
            yield range(start, min(start + RUN, self.total))


def _parse_forked(
    root: Path, entries: Sequence[NoteFile], encode: bool, processes: int
) -> Iterator[ParsedFile]:
    counter = _Counter(len(entries))
    children: list[tuple[int, IO[bytes]]] = []
    done = [False] * len(entries)
    try:
        for _ in range(processes - 1):
            answers: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 (closed when read, or in `finally`)
            pid = os.fork()
            if pid == 0:
                _child(root, entries, counter, answers, os.getppid())  # never returns
            children.append((pid, answers))
        for run in counter.runs():
            for index in run:
                done[index] = True
                yield parse_file(root, entries[index], encode)
        while children:
            pid, answers = children[0]
            os.waitpid(pid, 0)
            children.pop(0)
            with answers:
                yield from _answers(answers, entries, done, encode)
    finally:
        for pid, answers in children:  # left early (an error, or the caller stopped reading)
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            answers.close()
    # What a process that died (killed, out of memory) had claimed and not answered.
    for index, was_done in enumerate(done):
        if not was_done:
            yield parse_file(root, entries[index], encode)


def _child(
    root: Path, entries: Sequence[NoteFile], counter: _Counter, answers: IO[bytes], parent: int
) -> None:
    """A forked process: parse the runs it claims, write `index json` lines (just `index` for
    a note it could not read or encode: this process does that one again), and exit."""
    status = 1
    try:
        die_with_parent(parent)
        for run in counter.runs():
            lines = []
            for index in run:
                encoded = parse_file(root, entries[index], encode=True).encoded
                lines.append(f"{index}\n" if encoded is None else f"{index} {encoded}\n")
            answers.write("".join(lines).encode("utf-8", errors="surrogatepass"))
        answers.flush()
        status = 0
    finally:
        os._exit(status)


def _answers(
    answers: IO[bytes], entries: Sequence[NoteFile], done: list[bool], encode: bool
) -> Iterator[ParsedFile]:
    """The notes a forked process wrote. JSON holds no raw newline, so each line is one note; a
    line cut short by the process dying mid-write is left for this process to parse."""
    answers.seek(0)
    for raw in answers:
        if not raw.endswith(b"\n"):
            break
        index_text, _, encoded = raw.decode("utf-8", errors="surrogatepass").rstrip("\n").partition(" ")
        index = int(index_text)
        if not encoded or done[index]:
            continue
        try:
            result = codec.decode(encoded)
        except codec.CodecError:
            continue
        done[index] = True
        yield ParsedFile(entries[index], result, (), encoded if encode else None)
