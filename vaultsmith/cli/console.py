"""The CLI's one pair of consoles, its one error path, and its progress bar.

Every command runs its library call inside `reported()`: a `VaultsmithError` becomes
`vaultsmith: path:line: message` on stderr and the error's exit code (2 usage, 1 problems).

The progress bar is refreshed by the work itself (rich's `auto_refresh=False`), so it starts no
thread: a build at a terminal can still fork its worker processes (see vault/forkmap.can_fork),
and gets the same parallel read the benchmark measures.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from vaultsmith.errors import VaultsmithError

out = Console()
err = Console(stderr=True)

PROGRESS_THRESHOLD = 2000  # notes: fewer are read before a bar would be worth showing
PROGRESS_STEP = 200  # notes between two refreshes of the bar


def say(text: str, *, to_stderr: bool = True) -> None:
    """Plain text (no rich markup, no highlighting), wrapped only by the terminal."""
    (err if to_stderr else out).print(text, highlight=False, markup=False, soft_wrap=True)


@contextmanager
def reported() -> Iterator[None]:
    """vaultsmith's own errors become `vaultsmith: path:line: message` and their exit code."""
    try:
        yield
    except VaultsmithError as failure:
        say(f"vaultsmith: {failure}")
        raise typer.Exit(failure.exit_code) from None


@contextmanager
def progress_bar(label: str, quiet: bool) -> Iterator[Callable[[int, int], None] | None]:
    """A `progress(done, total)` callback drawing a bar on stderr at a terminal, else None."""
    if quiet or not err.is_terminal:
        yield None
        return
    columns = (TextColumn(label), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn())
    with Progress(*columns, console=err, transient=True, auto_refresh=False) as bar:
        task = bar.add_task(label, total=None, visible=False)

        def progress(done: int, total: int) -> None:
            if total >= PROGRESS_THRESHOLD and (done % PROGRESS_STEP == 0 or done == total):
                bar.update(task, completed=done, total=total, visible=True)
                bar.refresh()

        yield progress
