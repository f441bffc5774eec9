"""forkmap: one function over many items, on every core, in workers that share the caller's data.

Assembling and rendering one system's SDD reads the whole analysed vault; pickling that to
worker processes would cost more than the work. Forked workers see the parent's objects as they
were at the fork, at no cost, and send back only their (picklable) results. Fork is used only on
Linux (it is unsafe on macOS) and only while this process runs no other thread (a fork copies
locks other threads may hold); anywhere else the items are done one by one here.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

Shared = TypeVar("Shared")
Item = TypeVar("Item")
Result = TypeVar("Result")

PR_SET_PDEATHSIG = 1  # prctl(2): the signal a process gets when its parent dies

# What the forked workers run: set just before the pool forks them, cleared after.
_job: tuple[Callable[[Any, Any], Any], Any] | None = None


def can_fork() -> bool:
    return sys.platform.startswith("linux") and threading.active_count() == 1


def map_shared(
    function: Callable[[Shared, Item], Result], items: Sequence[Item], shared: Shared, *, threshold: int
) -> list[Result]:
    """`[function(shared, item) for item in items]`, on every core when there are at least
    `threshold` items and this process can fork."""
    workers = min(os.cpu_count() or 1, len(items))
    if len(items) < threshold or workers < 2 or not can_fork():
        return [function(shared, item) for item in items]
    global _job
    _job = (function, shared)
    # A collection in a worker would write to every object it walks, copying the pages it
    # shares with this process: frozen objects are never walked.
    gc.freeze()
    try:
        context = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(
            max_workers=workers, mp_context=context, initializer=die_with_parent, initargs=(os.getpid(),)
        ) as pool:
            return list(pool.map(_run, items))
    except (BrokenProcessPool, OSError):
        return [function(shared, item) for item in items]  # no processes here: do it in this one
    finally:
        gc.unfreeze()
        _job = None


def die_with_parent(parent: int) -> None:
    """Pool worker initializer: end this worker when the process that started it dies. A build
    killed with SIGKILL cannot stop its workers, and they would wait on the task queue forever
    (each holds the queue's write end too, so it never reports end of file)."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(0)  # the parent died before the line above took effect


def _run(item: Any) -> Any:
    assert _job is not None, "map_shared sets the job before forking"
    function, shared = _job
    return function(shared, item)
