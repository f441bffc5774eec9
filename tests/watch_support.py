"""Helpers for the watch tests: a watch run in a thread, and waiting on a condition."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from vaultsmith.live.watch import Rebuild, WatchOptions, watch


def wait_for(condition: Callable[[], bool], timeout: float = 10.0) -> bool:
    """Poll `condition` until it holds (True) or `timeout` seconds pass (False)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.02)
    return condition()


@dataclass
class Heard:
    """What a watch told its listener."""

    started: list[Rebuild] = field(default_factory=list)
    rebuilds: list[Rebuild] = field(default_factory=list)
    ignored: list[tuple[str, str]] = field(default_factory=list)
    failures: list[str] = field(default_factory=list)
    error: BaseException | None = None

    def rebuilt(self, rebuild: Rebuild) -> None:
        self.rebuilds.append(rebuild)

    def failed(self, message: str) -> None:
        self.failures.append(message)


class _Listener:
    def __init__(self, heard: Heard) -> None:
        self.heard = heard

    def started(self, rebuild: Rebuild, observer: str) -> None:
        self.heard.started.append(rebuild)

    def rebuilt(self, rebuild: Rebuild) -> None:
        self.heard.rebuilt(rebuild)

    def ignored(self, path: str, why: str) -> None:
        self.heard.ignored.append((path, why))

    def failed(self, message: str) -> None:
        self.heard.failed(message)


@contextmanager
def watching(root: Path, **options: object) -> Iterator[Heard]:
    """Run `watch` on `root` in a thread until the block ends; yields once it has started."""
    heard = Heard()
    stop = threading.Event()

    def run() -> None:
        try:
            watch(root, WatchOptions(**options), _Listener(heard), stop)  # type: ignore[arg-type]
        except BaseException as failure:  # handed to the test, which asserts on it
            heard.error = failure

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    assert wait_for(lambda: bool(heard.started) or heard.error is not None), "the watch did not start"
    try:
        yield heard
    finally:
        stop.set()
        thread.join(timeout=5)
