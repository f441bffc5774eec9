"""lock: one vaultsmith at a time writes a vault.

Two processes writing one vault (a watch and a build, or two builds) would each write SDDs from
their own reading of it, and one could remove an SDD the other has just made, or leave the SDDs
of an older reading last. So a run that writes holds the vault's lock from reading the vault to
its last write, and another run waits for it.

The lock is the operating system's (`flock`) on a file beside the parse cache, outside the vault
(nothing is added to the user's notes, nothing is synced), named by a hash of the vault's real
path. The system releases it when the holder ends, however it ends, `kill -9` included: a lock
file left behind by a killed process is not held by anyone and is simply taken. The file holds
the holder's pid, only to name it in the message. Processes of different users, or on different
machines sharing a vault, do not see each other's lock; every write is still atomic and marker-
guarded, so the worst case there is an SDD from the older reading until the next build.
"""

from __future__ import annotations

import contextlib
import functools
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, Concatenate, ParamSpec, Protocol, TypeVar

from vaultsmith.cache.store import cache_file
from vaultsmith.errors import VaultBusyError

try:
    import fcntl
except ImportError:  # Windows: no flock; runs are not kept apart there (writes stay atomic)
    fcntl = None  # type: ignore[assignment]

POLL_SECONDS = 0.1
DEFAULT_WAIT_SECONDS = 60.0

Waiting = Callable[[int | None], None]  # told once, with the holder's pid, when a run must wait

_held: dict[Path, int] = {}  # lock files this process holds -> how deeply (re-entrant)
_handles: dict[Path, IO[str]] = {}  # their open files


def lock_file(root: Path) -> Path:
    """The lock file of the vault at `root`: beside its parse cache, outside the vault."""
    return cache_file(root).with_suffix(".lock")


@contextlib.contextmanager
def vault_lock(
    root: Path, *, wait: float | None = DEFAULT_WAIT_SECONDS, waiting: Waiting | None = None
) -> Iterator[None]:
    """Hold the vault's write lock for the `with` block. Waits up to `wait` seconds (None: as long
    as it takes) for another vaultsmith to finish, then raises VaultBusyError naming its pid.
    Re-entrant within a process. Where no lock can be made (no flock, no writable cache
    folder), the block runs without one."""
    path = lock_file(root)
    if path in _held:  # this process holds it already
        _held[path] += 1
        try:
            yield
        finally:
            _held[path] -= 1
        return
    handle = _open(path) if fcntl is not None else None
    if handle is None:
        yield
        return
    with handle:
        _acquire(handle, path, wait, waiting)
        _held[path], _handles[path] = 1, handle
        try:
            _record_pid(handle)
            yield
        finally:
            del _held[path], _handles[path]
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def _forget_in_child() -> None:
    """In a process forked while a lock is held (a worker of a pool): close its copies of the
    lock files. flock belongs to the open file, which a fork shares: a worker that outlived a
    killed parent would otherwise hold the vault's lock for as long as it lives. Closing a copy
    does not release the parent's lock; only unlocking, or closing every copy, does."""
    for handle in _handles.values():
        with contextlib.suppress(OSError):
            handle.close()
    _handles.clear()
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_in_child)


class _Writer(Protocol):
    root: Path


Writer = TypeVar("Writer", bound=_Writer)
Params = ParamSpec("Params")
Result = TypeVar("Result")


def holding_vault_lock(
    method: Callable[Concatenate[Writer, Params], Result],
) -> Callable[Concatenate[Writer, Params], Result]:
    """For a long-lived writer of `self.root` (watch's session): each call of `method` holds the
    vault's lock, waiting as long as another vaultsmith writes (a build finishes; a change
    must not be dropped because one was running)."""

    @functools.wraps(method)
    def locked(writer: Writer, /, *args: Params.args, **kwargs: Params.kwargs) -> Result:
        with vault_lock(writer.root, wait=None):
            return method(writer, *args, **kwargs)

    return locked


def _open(path: Path) -> IO[str] | None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # Not "w": truncating would wipe the holder's pid before we know we may take the lock.
        return open(path, "a+", encoding="ascii")  # closed by the caller's `with`
    except OSError:
        return None


def _acquire(handle: IO[str], path: Path, wait: float | None, waiting: Waiting | None) -> None:
    assert fcntl is not None
    deadline = None if wait is None else time.monotonic() + wait
    told = False
    while True:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            return
        except BlockingIOError:
            pass
        pid = _pid_in(path)
        if deadline is not None and time.monotonic() >= deadline:
            raise VaultBusyError(
                f"another vaultsmith (pid {pid if pid is not None else 'unknown'}) is writing this vault; "
                f"gave up after waiting {wait:g} s (try again when it has finished, or use --wait)"
            )
        if waiting is not None and not told:
            waiting(pid)
            told = True
        time.sleep(POLL_SECONDS)  # polling, not a blocking flock: Ctrl-C and SIGTERM stay prompt


def _record_pid(handle: IO[str]) -> None:
    with contextlib.suppress(OSError):
        handle.seek(0)
        handle.truncate()
        handle.write(f"{os.getpid()}\n")
        handle.flush()


def _pid_in(path: Path) -> int | None:
    try:
        text = path.read_text(encoding="ascii", errors="replace").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None
