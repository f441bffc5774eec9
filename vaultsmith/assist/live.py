"""live: a vault's analysed model kept current in memory by the watch engine, never written.

The MCP server answers from it. The session builds in memory (`VaultSession(write=False)`: no
SDD is written, no write lock taken), and the watch loop of `vaultsmith watch` runs in a thread
with the same debounce, so an answer reflects a save within the debounce. A note that stops
parsing keeps its last good state, and is named in every answer until it is fixed.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from vaultsmith.assist.queries import CheckFinding, check_findings
from vaultsmith.assist.view import VaultView, live_view
from vaultsmith.errors import VaultsmithError
from vaultsmith.live.session import VaultSession
from vaultsmith.live.watch import Rebuild, WatchOptions, watch

START_SECONDS = 600.0  # the longest the first build may take before the server gives up


class LiveVault:
    def __init__(self, root: Path, *, polling: bool = False, debounce: float = 0.1) -> None:
        self.session = VaultSession(root, write=False)
        self.root = self.session.root
        self._options = WatchOptions(polling=polling, quiet=debounce, longest=max(1.0, debounce * 10))
        self._stop = threading.Event()
        self._started = threading.Event()
        self._thread: threading.Thread | None = None
        self.failure: str = ""  # why the vault is no longer kept current, if it is not
        self.ready = False  # the first build is done
        self._error: VaultsmithError | None = None  # why the first build failed
        self.rebuilds = 0  # how many times the model was brought up to date after a change
        self._checked: tuple[int, list[CheckFinding]] | None = None

    def start(self) -> None:
        """Start building the model, and following changes, in a thread of its own: a client is
        answered at once, and its first question waits for the build."""
        self._thread = threading.Thread(target=self._run, name="vaultsmith-watch", daemon=True)
        self._thread.start()

    def wait_ready(self) -> None:
        """Wait for the first build; raise what stopped it, if anything did."""
        self._started.wait(START_SECONDS)
        if self._error is not None:
            raise self._error
        if not self.ready:
            raise VaultsmithError(self.failure or f"the vault was not read within {START_SECONDS:g} s")

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2)

    @contextmanager
    def view(self) -> Iterator[VaultView]:
        """The vault as it is now; no change is applied while the block runs."""
        self.wait_ready()
        with self.session.busy:
            yield live_view(self.session)

    def check_findings(self) -> list[CheckFinding]:
        """`vaultsmith check`'s findings; worked out again only after a change (on 10,000 notes
        a check takes seconds, a repeated question should not)."""
        generation = self.rebuilds
        if self._checked is None or self._checked[0] != generation:
            self._checked = (generation, check_findings(self.root))
        return self._checked[1]

    def _run(self) -> None:
        try:
            watch(self.root, self._options, _Listener(self), self._stop, session=self.session)
        except VaultsmithError as failure:
            if self.ready:
                self.failure = f"{failure}; answers are from the vault as it last was"
            else:
                self._error, self.failure = failure, str(failure)
        except Exception as bad:  # the server stays up and says so, rather than die with the thread
            self.failure = f"stopped following changes ({type(bad).__name__}: {bad})"
        finally:
            if self.failure:
                print(f"vaultsmith mcp: {self.failure}", file=sys.stderr, flush=True)
            self._started.set()


class _Listener:
    """What the watch tells the server: only problems are said, on stderr (stdout is the protocol)."""

    def __init__(self, vault: LiveVault) -> None:
        self.vault = vault

    def started(self, rebuild: Rebuild, observer: str) -> None:
        _print_problems(rebuild)
        self.vault.ready = True
        self.vault._started.set()

    def rebuilt(self, rebuild: Rebuild) -> None:
        self.vault.rebuilds += 1
        _print_problems(rebuild)

    def ignored(self, path: str, why: str) -> None:
        pass

    def failed(self, message: str) -> None:
        print(f"vaultsmith mcp: {message}", file=sys.stderr, flush=True)


def _print_problems(rebuild: Rebuild) -> None:
    for diagnostic in rebuild.report.diagnostics:
        print(diagnostic, file=sys.stderr, flush=True)
