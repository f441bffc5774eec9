"""forkmap: work shared between this process and forked copies of it, on every core.

Assembling and rendering one system's SDD reads the whole analysed vault, and so would parsing
notes with everything imported: pickling that to worker processes would cost more than the work.
Forked copies see this process's objects as they were at the fork, at no cost. This process and
its copies take small runs of items in turn from a counter they share (in shared memory, under a
lock), so each does as much as its speed allows and all finish together; there is no task queue
to feed and no thread here waiting to be scheduled to feed it. Each copy writes its answers to
an unnamed temporary file that only it and this process hold, and exits; this process reads the
file once the copy is gone. Whatever a copy claimed and did not answer (it was killed, or the
work raised there) is done here, so a failure shows as it would in one process.

Fork is used only on Linux (it is unsafe on macOS) and only while this process runs no other
thread (a fork copies locks other threads may hold); anywhere else the items are done one by
one here.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import pickle
import signal
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator, Sequence
from typing import IO, Any, TypeVar

Shared = TypeVar("Shared")
Item = TypeVar("Item")
Result = TypeVar("Result")

PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies


JOBS_VARIABLE = "VAULTSMITH_JOBS"


def can_fork() -> bool:
    return sys.platform.startswith("linux") and threading.active_count() == 1


def jobs() -> int:
    """Processes a run may use, this one included: $VAULTSMITH_JOBS (`build --jobs`) when it is
    a whole number of at least 1, else one per core."""
    chosen = os.environ.get(JOBS_VARIABLE, "").strip()
    if chosen.isdigit() and int(chosen) >= 1:
        return int(chosen)
    return os.cpu_count() or 1


class Counter:
    """The next unclaimed item of `total`, shared by this process and the copies it forks."""

    def __init__(self, total: int, run: int = 1) -> None:
        self.total = total
        self.run = run
        self._next = multiprocessing.RawValue("q", 0)
        self._lock = multiprocessing.Lock()

    def runs(self) -> Iterator[range]:
        """The runs of item indexes the calling process claims, until none are left."""
        while True:
            with self._lock:
                start = self._next.value
                self._next.value = start + self.run
            if start >= self.total:
                return
            yield range(start, min(start + self.run, self.total))


class Copies:
    """Forked copies of this process, each running `work(answers)` once and exiting."""

    def __init__(self, count: int, work: Callable[[IO[bytes]], None]) -> None:
        self._children: list[tuple[int, IO[bytes]]] = []
        self._read: dict[int, int] = {}  # pid -> how much of its answers `ready_lines` took
        parent = os.getpid()
        for _ in range(count):
            answers: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 (closed in `answers` or `stop`)
            try:
                pid = os.fork()
            except OSError:
                answers.close()
                break  # no more processes here: this one does the rest
            if pid == 0:
                _run_copy(work, answers, parent)  # never returns
            self._children.append((pid, answers))
            self._read[pid] = 0

    def ready_lines(self) -> list[bytes]:
        """The whole lines the running copies have written since the last call (for work that
        answers in lines and flushes them): read while they run, so this process can take them
        in between its own work. Read with pread: the file offset, which a copy shares with this
        process, is left where the copy writes."""
        lines: list[bytes] = []
        for pid, answers in self._children:
            start = self._read[pid]
            size = os.fstat(answers.fileno()).st_size
            if size <= start:
                continue
            chunk = os.pread(answers.fileno(), size - start, start)
            end = chunk.rfind(b"\n") + 1
            self._read[pid] = start + end
            lines.extend(chunk[:end].splitlines(keepends=True))
        return lines

    def answers(self) -> Iterator[IO[bytes]]:
        """Each copy's answers not yet taken by `ready_lines`, once the copy has exited."""
        while self._children:
            pid, answers = self._children[0]
            os.waitpid(pid, 0)
            self._children.pop(0)
            with answers:
                answers.seek(self._read.pop(pid))
                yield answers

    def stop(self) -> None:
        """End the copies not yet waited for (an error here, or a caller that stopped early)."""
        for pid, answers in self._children:
            with contextlib.suppress(OSError):
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
            answers.close()
        self._children = []


@contextlib.contextmanager
def copies(count: int, work: Callable[[IO[bytes]], None]) -> Iterator[Copies]:
    forked = Copies(count, work)
    try:
        yield forked
    finally:
        forked.stop()


def _run_copy(work: Callable[[IO[bytes]], None], answers: IO[bytes], parent: int) -> None:
    status = 1
    try:
        die_with_parent(parent)
        work(answers)
        answers.flush()
        status = 0
    finally:
        os._exit(status)  # never back into the caller's stack: no cleanup of the parent's state


def die_with_parent(parent: int) -> None:
    """In a forked copy: end it when the process that forked it dies. A build killed with SIGKILL
    cannot stop its copies, and they would go on working for nothing."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(0)  # the parent died before the line above took effect


def map_shared(
    function: Callable[[Shared, Item], Result], items: Sequence[Item], shared: Shared, *, threshold: int
) -> list[Result]:
    """`[function(shared, item) for item in items]`, on every core when there are at least
    `threshold` items and this process can fork."""
    workers = min(jobs(), len(items))
    if len(items) < threshold or workers < 2 or not can_fork():
        return [function(shared, item) for item in items]
    counter = Counter(len(items))
    done: dict[int, Result] = {}

    def work(answers: IO[bytes]) -> None:
        for run in counter.runs():
            for index in run:
                # Pickle is safe here: the file is unnamed, written by a copy of this process
                # and read back by this process only, as a pool's pipe would be.
                pickle.dump((index, function(shared, items[index])), answers, pickle.HIGHEST_PROTOCOL)

    # A collection in a copy would write to every object it walks, copying the pages it shares
    # with this process: frozen objects are never walked.
    gc.freeze()
    try:
        with copies(workers - 1, work) as forked:
            for run in counter.runs():
                for index in run:
                    done[index] = function(shared, items[index])
            for answers in forked.answers():
                done.update(_records(answers))
    finally:
        gc.unfreeze()
    return [done[index] if index in done else function(shared, item) for index, item in enumerate(items)]


def _records(answers: IO[bytes]) -> Iterator[tuple[int, Any]]:
    """The (index, result) records of a copy's file, up to one cut short by its death."""
    while True:
        try:
            yield pickle.load(answers)
        except Exception:  # cut short (EOFError, UnpicklingError, ...): the rest is redone here
            return
