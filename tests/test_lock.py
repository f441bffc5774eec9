"""Two vaultsmith processes on one vault: one writes, the other waits or says who is writing.

The holder of the lock in these tests is a real second process (`hold_lock`), since the lock
is the operating system's and a process never waits for itself.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import MakeVault
from test_cli import EXECUTABLE

from vaultsmith import build
from vaultsmith.errors import VaultBusyError
from vaultsmith.live.session import VaultSession
from vaultsmith.write.lock import lock_file, vault_lock

SYSTEM = "---\ntype: system\ndescription: Takes payments.\nowner: Team A\n---\n# Payments\n"

# Takes the lock the way vaultsmith does (flock on the lock file, pid inside) without importing
# vaultsmith, which keeps these tests fast.
HOLDER = """
import fcntl, os, sys
with open(sys.argv[1], "a+") as handle:
    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    handle.seek(0)
    handle.truncate()
    handle.write(f"{os.getpid()}\\n")
    handle.flush()
    print("held", flush=True)
    sys.stdin.readline()
"""


def holder(root: Path) -> int | None:
    """The pid the last process that took the vault's lock wrote in its lock file."""
    text = lock_file(root).read_text(encoding="ascii").strip()
    return int(text) if text.isdigit() else None


@contextmanager
def hold_lock(root: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the vault's lock until the block ends (or it is killed)."""
    lock_file(root).parent.mkdir(parents=True, exist_ok=True)
    process = subprocess.Popen(
        [sys.executable, "-I", "-c", HOLDER, str(lock_file(root))],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None and process.stdout.readline() == "held\n"
        yield process
    finally:
        if process.poll() is None:
            process.communicate("release\n", timeout=30)


def start_build(*args: str | Path) -> subprocess.Popen[str]:
    assert EXECUTABLE
    return subprocess.Popen(
        [EXECUTABLE, "build", *map(str, args)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
    )


def test_build_gives_up_naming_the_process_that_writes_the_vault(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM})
    with hold_lock(root) as other:
        result = start_build(root, "--wait", "0")
        _, stderr = result.communicate(timeout=60)
    assert result.returncode == 1
    assert f"another vaultsmith (pid {other.pid}) is writing this vault" in stderr
    assert not (root / "SDD").exists()


def test_build_waits_for_the_other_process_then_writes(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM})
    with hold_lock(root) as other:
        waiting = start_build(root, "--wait", "60")
        assert waiting.stderr is not None
        notice = waiting.stderr.readline()
        assert notice.startswith(f"waiting for another vaultsmith (pid {other.pid})")
        assert waiting.poll() is None, "it waits while the other one writes"
    assert waiting.wait(timeout=60) == 0
    assert (root / "SDD/Payments SDD.md").is_file()


def test_lock_of_a_killed_process_is_taken_over_at_once(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM})
    with hold_lock(root) as other:
        other.send_signal(signal.SIGKILL)
        other.wait(timeout=30)
        assert holder(root) == other.pid, "the dead process's pid is still in the file"
        report = build(root, wait=0)
    assert "SDD/Payments SDD.md" in report.written
    assert holder(root) == os.getpid()


def test_lock_file_naming_a_dead_process_does_not_block(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM})
    lock_file(root).parent.mkdir(parents=True, exist_ok=True)
    lock_file(root).write_text("999999999\n", encoding="ascii")
    report = build(root, wait=0)
    assert "SDD/Payments SDD.md" in report.written
    assert holder(root) == os.getpid()


def test_library_build_raises_busy_with_the_pid(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM})
    with hold_lock(root) as other, pytest.raises(VaultBusyError, match=f"pid {other.pid}"):
        build(root, wait=0)


def test_dry_run_takes_no_lock(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM})
    with hold_lock(root):
        report = build(root, dry_run=True, wait=0)
    assert "SDD/Payments SDD.md" in report.written
    assert not (root / "SDD").exists()


def test_watch_session_waits_for_a_build_and_then_writes(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM})
    session = VaultSession(root)
    done = threading.Event()

    def first_build() -> None:
        session.build()
        done.set()

    with hold_lock(root):
        thread = threading.Thread(target=first_build)
        thread.start()
        assert not done.wait(timeout=0.5), "the session must not write while another process does"
        assert not (root / "SDD").exists()
    thread.join(timeout=60)
    assert done.is_set()
    assert (root / "SDD/Payments SDD.md").is_file()


def test_lock_is_reentrant_within_a_process(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM})
    with vault_lock(root, wait=0), vault_lock(root, wait=0):
        report = build(root, wait=0)
    assert "SDD/Payments SDD.md" in report.written


def test_lock_file_is_outside_the_vault(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM})
    build(root)
    assert root.resolve() not in lock_file(root).resolve().parents
    assert sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()) == [
        "SDD/Decisions.base",
        "SDD/Index.md",
        "SDD/Payments SDD.md",
        "SDD/Payments.canvas",
        "Systems/Payments.md",
    ]


def test_two_builds_at_once_both_finish_and_agree_with_a_fresh_build(make_vault: MakeVault) -> None:
    root = make_vault({f"Systems/S{i}.md": SYSTEM.replace("Payments", f"S{i}") for i in range(8)})
    first, second = start_build(root, "--quiet"), start_build(root, "--quiet")
    assert (first.wait(timeout=120), second.wait(timeout=120)) == (0, 0)
    before = {p.name: p.read_bytes() for p in (root / "SDD").iterdir()}
    assert build(root).written == ()
    assert {p.name: p.read_bytes() for p in (root / "SDD").iterdir()} == before
