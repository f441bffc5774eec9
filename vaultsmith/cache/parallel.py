"""parallel: read and parse many notes on every core.

A cold build of a big vault spends most of its time parsing, one note at a time, and every note
parses alone: so the files are shared out between this process and forked copies of it, which
take small runs of files in turn (see forkmap.py). A copy writes each note as codec JSON (what
the parse cache stores), so this process never parses those notes again. Forking and decoding
cost time, so it is done only for at least `POOL_THRESHOLD` files (measured with
bench/pool_threshold.py), and only where fork is safe (see forkmap.can_fork): elsewhere every
note is parsed here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from vaultsmith.cache import codec
from vaultsmith.diagnostics import Diagnostic, error, warning
from vaultsmith.vault.forkmap import Counter, can_fork, copies, jobs
from vaultsmith.vault.parse import ParseResult, parse_note
from vaultsmith.vault.scan import NoteFile, read_note_file

POOL_THRESHOLD = 250  # files: from here forking clearly won (bench/pool_threshold.py: 73 ms vs 53 ms)
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
    cores = jobs()
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


def _parse_forked(
    root: Path, entries: Sequence[NoteFile], encode: bool, processes: int
) -> Iterator[ParsedFile]:
    counter = Counter(len(entries), RUN)
    done = [False] * len(entries)

    def work(answers: IO[bytes]) -> None:
        """In a copy: write `index json` lines (just `index` for a note it could not read or
        encode: this process does that one again)."""
        for run in counter.runs():
            lines = []
            for index in run:
                encoded = parse_file(root, entries[index], encode=True).encoded
                lines.append(f"{index}\n" if encoded is None else f"{index} {encoded}\n")
            answers.write("".join(lines).encode("utf-8", errors="surrogatepass"))
            answers.flush()  # for `ready_lines`

    with copies(processes - 1, work) as forked:
        for run in counter.runs():
            for index in run:
                done[index] = True
                yield parse_file(root, entries[index], encode)
            # Decode what the copies sent so far between runs, not all at the end: the time it
            # takes counts in this process's share, so the copies claim more runs.
            yield from _answers(forked.ready_lines(), entries, done, encode)
        for answers in forked.answers():
            yield from _answers(answers, entries, done, encode)
    # What a copy that died (killed, out of memory) had claimed and not answered.
    for index, was_done in enumerate(done):
        if not was_done:
            yield parse_file(root, entries[index], encode)


def _answers(
    answers: Iterable[bytes], entries: Sequence[NoteFile], done: list[bool], encode: bool
) -> Iterator[ParsedFile]:
    """The notes a forked process wrote. JSON holds no raw newline, so each line is one note; a
    line cut short by the process dying mid-write is left for this process to parse."""
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
