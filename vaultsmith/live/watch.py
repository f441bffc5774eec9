"""watch: keep a vault's SDDs current while its notes are being written.

A watchdog observer (the system's own: inotify, FSEvents, ReadDirectoryChangesW; or polling)
reports file events. Those that cannot change an SDD are dropped: hidden files and folders
(`.obsidian/`, `.trash/`, `.git/`, editors' swap files, the temporary files of atomic saves),
files the config ignores, and vaultsmith's own writes. The rest are gathered until the vault has
been quiet for `quiet` seconds (but no longer than `longest` after the first), so a burst of
saves or a `git checkout` of a thousand files is one rebuild, handed to a `VaultSession`.

SIGINT and SIGTERM stop the watch at once, even in the middle of a rebuild: every write is
atomic (write.py), so a file is either replaced whole or not at all.
"""

from __future__ import annotations

import contextlib
import errno
import os
import signal
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import FrameType
from typing import Protocol

from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver
from watchdog.observers.polling import PollingObserver

from vaultsmith.build import BuildReport
from vaultsmith.errors import VaultBusyError, VaultsmithError, WatchError
from vaultsmith.live.session import VaultSession
from vaultsmith.write.files import remove_stale_temporaries
from vaultsmith.write.lock import vault_lock

# Events that can mean a file's content or existence changed; not opened/closed-without-write
# events, which vaultsmith's own reads cause.
WATCHED_EVENTS = [
    FileCreatedEvent,
    FileModifiedEvent,
    FileClosedEvent,
    FileDeletedEvent,
    FileMovedEvent,
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
]
POLL_SECONDS = 0.5  # how often --polling looks at the vault, and the watch at its own state
IDLE_SECONDS = 5.0  # quiet this long after a rebuild, the session gives back what it can
RETRY_SECONDS = 5.0  # how often an SDD whose write failed (a full disk) is tried again


@dataclass(frozen=True, slots=True)
class WatchOptions:
    polling: bool = False
    quiet: float = 0.1  # seconds without a change before a rebuild
    longest: float = 1.0  # seconds after the first change at most, while changes keep coming
    out: str | None = None
    template: str | None = None


@dataclass(frozen=True, slots=True)
class Rebuild:
    changed: tuple[str, ...]  # vault-relative paths that changed; empty for the first build
    report: BuildReport
    full: bool  # the whole vault was read again


class WatchListener(Protocol):
    """What the watch tells its caller (the CLI prints it)."""

    def started(self, rebuild: Rebuild, observer: str) -> None: ...

    def rebuilt(self, rebuild: Rebuild) -> None: ...

    def ignored(self, path: str, why: str) -> None: ...

    def failed(self, message: str) -> None: ...


class _Stop(BaseException):
    """Raised by the signal handler to leave whatever the watch is doing."""


# ---------------------------------------------------------------------------- gathering changes


class Batch:
    """Changed paths, gathered until the vault has been quiet long enough. Thread-safe."""

    def __init__(self, quiet: float, longest: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.quiet = quiet
        self.longest = longest
        self._clock = clock
        self._lock = threading.Lock()
        self._changed: set[str] = set()
        self._removed: set[str] = set()
        self._first: float | None = None
        self._last = 0.0

    def add(self, path: str, *, removed: bool = False, passive: bool = False) -> None:
        """Note a change. A passive one (an editor's temp file) rides along with the next
        rebuild but never starts or delays one."""
        with self._lock:
            (self._removed if removed else self._changed).add(path)
            if passive:
                return
            now = self._clock()
            if self._first is None:
                self._first = now
            self._last = now

    def due_in(self) -> float | None:
        """Seconds until the gathered changes are due; None when none are waiting."""
        with self._lock:
            if self._first is None:
                return None
            now = self._clock()
            return max(0.0, min(self._last + self.quiet, self._first + self.longest) - now)

    def take(self) -> tuple[set[str], set[str]] | None:
        """(changed, removed) when they are due, and start gathering anew; else None."""
        wait = self.due_in()
        if wait is None or wait > 0:
            return None
        with self._lock:
            taken = self._changed, self._removed
            self._changed, self._removed, self._first = set(), set(), None
            return taken


def is_editor_temp(path: str) -> bool:
    """Files editors write beside a note while saving it (vim's `4913` probe, backups `x~`,
    `x.tmp`, swap files, emacs lock files `.#x`)."""
    name = path.rpartition("/")[2]
    return name == "4913" or name.endswith(("~", ".tmp", ".swp", ".swx")) or name.startswith(".#")


class _Events(FileSystemEventHandler):
    """Turns observer events into vault-relative paths in the batch."""

    def __init__(self, session: VaultSession, batch: Batch, listener: WatchListener) -> None:
        self.session = session
        self.batch = batch
        self.listener = listener
        self.wake = threading.Event()
        self.vault_gone = False

    def on_any_event(self, event: FileSystemEvent) -> None:
        if event.event_type in ("deleted", "moved") and self._relative(event.src_path) == ".":
            self.vault_gone = True
        elif event.event_type == "moved":
            self._take(event.src_path, removed=True)
            self._take(event.dest_path, removed=False)
        else:
            self._take(event.src_path, removed=event.event_type == "deleted")
        self.wake.set()

    def _relative(self, raw: bytes | str) -> str:
        return os.path.relpath(os.fsdecode(raw), self.session.root).replace(os.sep, "/")

    def _take(self, raw: bytes | str, removed: bool) -> None:
        path = self._relative(raw)
        if path == "." or path.startswith("../"):
            return
        if self.session.rebuilds_all(path):
            self.batch.add(path, removed=removed)
        elif not self.session.is_vault_file(path):
            self.listener.ignored(path, "hidden or ignored")
        elif is_editor_temp(path):
            self.batch.add(path, removed=removed, passive=True)
        elif self.session.is_own_write(path):
            self.listener.ignored(path, "written by vaultsmith")
        else:
            self.batch.add(path, removed=removed)


# ---------------------------------------------------------------------------- the loop


def watch(
    root: Path,
    options: WatchOptions,
    listener: WatchListener,
    stop: threading.Event | None = None,
    session: VaultSession | None = None,
) -> None:
    """Build the vault, then keep its SDDs current until SIGINT, SIGTERM or `stop` is set.
    Returns normally when stopped; raises a VaultsmithError when it cannot start or go on.
    A `session` given (one that writes nothing, say) is the one kept current."""
    stop = stop if stop is not None else threading.Event()
    try:
        with _stopped_by_signals(), _observer_failures() as failures:
            if session is None:
                session = VaultSession(root, out=options.out, template=options.template)
            batch = Batch(options.quiet, options.longest)
            events = _Events(session, batch, listener)
            # Watching starts before the first build, so that nothing saved during it is missed.
            observer = _start_observer(session.root, options.polling, events)
            try:
                first = session.build()
                listener.started(Rebuild((), first, full=True), _observer_name(observer))
                _loop(session, batch, events, listener, stop, failures)
            finally:
                observer.stop()
                observer.join(timeout=POLL_SECONDS)
    except _Stop:
        if session is not None and session.writes:
            _remove_own_temporaries(session)


def _remove_own_temporaries(session: VaultSession) -> None:
    """A stop that lands just as a temporary file is made, before the write can tidy it up,
    leaves that hidden file behind: remove it now, unless another vaultsmith is writing."""
    with contextlib.suppress(VaultBusyError, OSError), vault_lock(session.root, wait=0):
        remove_stale_temporaries(session.root / session.config.output)


def _loop(
    session: VaultSession,
    batch: Batch,
    events: _Events,
    listener: WatchListener,
    stop: threading.Event,
    failures: list[BaseException],
) -> None:
    last_retry = time.monotonic()
    tidy_at: float | None = time.monotonic() + IDLE_SECONDS
    while not stop.is_set():
        wait = batch.due_in()
        events.wake.wait(POLL_SECONDS if wait is None else min(wait, POLL_SECONDS))
        events.wake.clear()
        _check_still_watching(session, events, failures)
        taken = batch.take()
        if taken is not None:
            _rebuild(session, *taken, listener)
            tidy_at = time.monotonic() + IDLE_SECONDS
        elif session.pending_writes and time.monotonic() - last_retry > RETRY_SECONDS:
            last_retry = time.monotonic()
            _rebuild(session, set(), set(), listener)
        elif tidy_at is not None and wait is None and time.monotonic() >= tidy_at:
            tidy_at = None  # once per quiet spell: a watcher left running stays small
            session.tidy()


def _rebuild(session: VaultSession, changed: set[str], removed: set[str], listener: WatchListener) -> None:
    paths = tuple(sorted(changed | removed))
    full = any(session.rebuilds_all(path) for path in paths)
    # Not the temp files of a save that came and went: the files that are, or were, in the vault.
    shown = tuple(p for p in paths if session.live.has_file(p) or (session.root / p).exists()) or paths
    try:
        report = session.apply(changed, removed)
    except VaultsmithError as failure:
        listener.failed(f"{failure}; the SDDs stay as they were until it is fixed")
        return
    except Exception as bad:  # a bug, or the file system failing: never end the watch with a traceback
        listener.failed(
            f"could not update the SDDs ({type(bad).__name__}: {bad}); reading the whole vault again"
        )
        report, full = _start_over(session), True
    listener.rebuilt(Rebuild(shown, report, full))


def _start_over(session: VaultSession) -> BuildReport:
    try:
        return session.build()
    except VaultsmithError:
        raise
    except Exception as bad:
        raise WatchError(
            f"cannot read the vault again ({type(bad).__name__}: {bad}); stopped watching"
        ) from None


def _check_still_watching(session: VaultSession, events: _Events, failures: list[BaseException]) -> None:
    if events.vault_gone or not session.root.is_dir():
        raise WatchError(f"the vault folder {session.root} is gone; stopped watching")
    if failures:
        bad = failures[0]
        raise WatchError(f"the file watcher stopped: {_reason(bad)}; try again with --polling")


# ---------------------------------------------------------------------------- observer and signals


def _observer_name(observer: BaseObserver) -> str:
    """`inotify`, `fsevents`, `polling`, …: the name watchdog gives the observer, shortened."""
    return type(observer).__name__.removesuffix("Observer").lower() or "native"


def _start_observer(root: Path, polling: bool, events: _Events) -> BaseObserver:
    observer: BaseObserver = PollingObserver(timeout=POLL_SECONDS) if polling else Observer()
    try:
        observer.schedule(events, str(root), recursive=True, event_filter=WATCHED_EVENTS)
        observer.start()
    except OSError as bad:
        raise WatchError(f"cannot watch {root}: {observer_problem(bad, polling)}") from None
    return observer


def observer_problem(bad: OSError, polling: bool) -> str:
    """Why the observer cannot watch, and what to do about it."""
    if polling:
        return _reason(bad)
    advice = "; run `vaultsmith watch --polling`, which needs no system watcher"
    if bad.errno in (errno.ENOSPC, errno.EMFILE):
        advice += ", or raise the limit (sudo sysctl fs.inotify.max_user_watches=524288)"
    return _reason(bad) + advice


def _reason(bad: BaseException) -> str:
    if isinstance(bad, OSError) and bad.errno == errno.ENOSPC:
        return "the system's limit on watched folders is reached (fs.inotify.max_user_watches)"
    if isinstance(bad, OSError) and bad.errno == errno.EMFILE:
        return "the system's limit on file watchers is reached (fs.inotify.max_user_instances)"
    if isinstance(bad, OSError) and bad.strerror:
        return bad.strerror
    return str(bad) or type(bad).__name__


@contextmanager
def _stopped_by_signals() -> Iterator[None]:
    """SIGINT and SIGTERM raise `_Stop` in the main thread, once; elsewhere (a watch run in a
    thread, as the tests and the benchmark do) only `stop` ends it."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    received = False

    def handler(signum: int, frame: FrameType | None) -> None:
        nonlocal received
        if not received:
            received = True
            raise _Stop

    previous = {sig: signal.signal(sig, handler) for sig in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for sig, old in previous.items():
            signal.signal(sig, old)


@contextmanager
def _observer_failures() -> Iterator[list[BaseException]]:
    """Exceptions that end an observer thread, collected rather than printed as tracebacks."""
    failures: list[BaseException] = []
    previous = threading.excepthook

    def hook(args: threading.ExceptHookArgs) -> None:
        if args.exc_value is not None:
            failures.append(args.exc_value)

    threading.excepthook = hook
    try:
        yield failures
    finally:
        threading.excepthook = previous
