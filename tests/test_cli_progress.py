"""A build at a terminal draws its progress bar without a thread, so it can still fork its
workers (fork is only safe in a process with one thread), and `--jobs` sets how many."""

from __future__ import annotations

import io
import threading

import pytest
from rich.console import Console

from vaultsmith.cli import console
from vaultsmith.vault import forkmap


def test_the_progress_bar_at_a_terminal_starts_no_thread_and_leaves_fork_possible(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    screen = io.StringIO()
    monkeypatch.setattr(console, "err", Console(file=screen, force_terminal=True, width=80))
    before = threading.active_count()
    with console.progress_bar("reading notes", quiet=False) as progress:
        assert progress is not None
        for done in range(0, 5001, 100):
            progress(done, 5000)
        assert threading.active_count() == before
        assert forkmap.can_fork() == (before == 1)
    assert "reading notes" in screen.getvalue()


def test_no_bar_when_quiet_or_not_at_a_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(console, "err", Console(file=io.StringIO(), force_terminal=False))
    with console.progress_bar("x", quiet=False) as progress:
        assert progress is None
    monkeypatch.setattr(console, "err", Console(file=io.StringIO(), force_terminal=True))
    with console.progress_bar("x", quiet=True) as progress:
        assert progress is None


@pytest.mark.parametrize(("value", "expected"), [("3", 3), ("1", 1), ("0", None), ("many", None), ("", None)])
def test_jobs_come_from_the_environment_when_they_are_a_whole_number(
    monkeypatch: pytest.MonkeyPatch, value: str, expected: int | None
) -> None:
    monkeypatch.setenv(forkmap.JOBS_VARIABLE, value)
    monkeypatch.setattr(forkmap.os, "cpu_count", lambda: 7)
    assert forkmap.jobs() == (expected if expected is not None else 7)


def test_one_job_parses_in_this_process_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from vaultsmith.cache import parallel

    monkeypatch.setenv(forkmap.JOBS_VARIABLE, "1")
    assert parallel.default_workers(1_000_000) == 1
    monkeypatch.setenv(forkmap.JOBS_VARIABLE, "2")
    assert parallel.default_workers(1_000_000) == 2
