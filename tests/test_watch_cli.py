"""`vaultsmith watch` as users run it: a real process on a real vault, stopped by a signal."""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from conftest import MakeVault
from session_support import fresh_build
from watch_support import wait_for

EXECUTABLE = shutil.which("vaultsmith", path=os.path.dirname(sys.executable)) or shutil.which("vaultsmith")
SHOP_NOTE = "---\ntype: system\nowner: Ana\n---\n"
CART_NOTE = '---\ntype: component\nsystem: "[[Shop]]"\nowner: Ana\n---\n'
SHOP_SDD = "SDD/Shop SDD.md"


class Running:
    """A `vaultsmith watch` process, its output gathered line by line as it comes."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        self.process = process
        self.out: list[str] = []
        self.err: list[str] = []
        for stream, lines in ((process.stdout, self.out), (process.stderr, self.err)):
            threading.Thread(target=self._gather, args=(stream, lines), daemon=True).start()

    @staticmethod
    def _gather(stream: object, lines: list[str]) -> None:
        for line in stream:  # type: ignore[attr-defined]
            lines.append(line)

    def said(self, text: str, timeout: float = 20.0) -> bool:
        return wait_for(lambda: any(text in line for line in [*self.out, *self.err]), timeout)

    def stop(self, signum: int = signal.SIGTERM) -> tuple[int, float]:
        """Send the signal; the exit code and how many seconds the process took to exit."""
        sent = time.monotonic()
        self.process.send_signal(signum)
        code = self.process.wait(timeout=10)
        return code, time.monotonic() - sent


@contextmanager
def watch(root: Path, *options: str) -> Iterator[Running]:
    assert EXECUTABLE, "the vaultsmith console script is not installed"
    process = subprocess.Popen(
        [EXECUTABLE, "watch", *options, str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
    )
    running = Running(process)
    try:
        yield running
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def sdd_says(root: Path, text: str) -> bool:
    try:
        return text in (root / SHOP_SDD).read_text(encoding="utf-8")
    except FileNotFoundError:
        return False


def test_watch_rewrites_a_saved_notes_sdd_and_stops_on_sigterm_at_once(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Shop.md": SHOP_NOTE, "Components/Cart.md": CART_NOTE})
    with watch(root) as running:
        assert running.said("watching 2 notes, 1 system"), running.err
        (root / "Components/Cart.md").write_text(CART_NOTE.replace("Ana", "Bo"), encoding="utf-8")
        assert wait_for(lambda: sdd_says(root, "Bo"))
        assert running.said("Components/Cart.md → wrote SDD/Shop SDD.md")
        code, seconds = running.stop(signal.SIGTERM)
    assert code == 0
    assert seconds < 1.0
    assert "Traceback" not in "".join(running.err)


def test_own_writes_are_ignored_and_sigint_stops_at_once(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Shop.md": SHOP_NOTE, "Components/Cart.md": CART_NOTE})
    with watch(root, "--verbose", "--debounce", "20") as running:
        assert running.said("watching")
        (root / "Components/Cart.md").write_text(CART_NOTE.replace("Ana", "Bo"), encoding="utf-8")
        assert running.said("ignored SDD/Shop SDD.md (written by vaultsmith)")
        assert running.said("Components/Cart.md → wrote")
        assert not wait_for(lambda: sum("→" in line for line in running.out) > 1, timeout=0.5)
        code, seconds = running.stop(signal.SIGINT)
    assert code == 0
    assert seconds < 1.0


def test_quiet_reports_a_broken_note_with_its_line_and_goes_on(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Shop.md": SHOP_NOTE, "Components/Cart.md": CART_NOTE})
    with watch(root, "--quiet") as running:
        assert wait_for(lambda: sdd_says(root, "Ana"))
        (root / "Components/Cart.md").write_text("---\nowner: [Bo\n---\n", encoding="utf-8")
        assert running.said("Components/Cart.md:2: error: frontmatter is not valid YAML")
        (root / "Components/Cart.md").write_text(CART_NOTE.replace("Ana", "Cy"), encoding="utf-8")
        assert wait_for(lambda: sdd_says(root, "Cy"))
        assert running.stop()[0] == 0
    assert running.out == []
    assert len(running.err) == 1


def test_a_stop_during_the_first_build_leaves_only_whole_sdds(make_vault: MakeVault) -> None:
    files: dict[str, str | bytes] = {}
    for system in range(40):
        files[f"Systems/S{system}.md"] = SHOP_NOTE
        for part in range(3):
            files[f"Components/C{system}-{part}.md"] = CART_NOTE.replace("Shop", f"S{system}")
    root = make_vault(files)
    with watch(root) as running:
        assert wait_for(lambda: any((root / "SDD").glob("*.md")) or running.process.poll() is not None)
        code, seconds = running.stop()
    assert (code, seconds < 1.0) == (0, True)
    expected = fresh_build(root)
    left = {p.relative_to(root).as_posix(): p.read_bytes() for p in (root / "SDD").iterdir()}
    assert left and all(expected.get(path) == data for path, data in left.items()), sorted(left)


def test_a_vanished_vault_ends_the_watch_with_a_message_not_a_traceback(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Shop.md": SHOP_NOTE})
    with watch(root) as running:
        assert running.said("watching")
        shutil.rmtree(root)
        assert running.process.wait(timeout=10) == 1
    assert running.said("is gone; stopped watching")
    assert "Traceback" not in "".join(running.err)


def test_a_bad_config_at_start_is_a_usage_error(make_vault: MakeVault) -> None:
    root = make_vault({"vaultsmith.toml": 'outptu = "x"\n'})
    with watch(root) as running:
        assert running.process.wait(timeout=20) == 2
    assert running.said("vaultsmith.toml:1: outptu: unknown key")


def test_watch_help_teaches_with_an_example() -> None:
    assert EXECUTABLE
    result = subprocess.run([EXECUTABLE, "watch", "--help"], capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "Example: vaultsmith watch" in result.stdout
