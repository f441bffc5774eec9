"""watch: events from the real observer, gathered into rebuilds that keep the SDDs what a fresh
build writes. The batching logic runs on a hand-driven clock; everything else on real files."""

from __future__ import annotations

import errno
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from conftest import MakeVault
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from session_support import fresh_build, generated
from vault_events import Event, events, scratch_vault, vaults
from watch_support import wait_for, watching

from vaultsmith.errors import WatchError
from vaultsmith.live import watch as watch_module
from vaultsmith.live.session import VaultSession
from vaultsmith.live.watch import Batch, is_editor_temp, observer_problem

SHOP_NOTE = "---\ntype: system\nowner: Ana\n---\n"
CART_NOTE = '---\ntype: component\nsystem: "[[Shop]]"\nowner: Ana\n---\n'


class Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_nothing_gathered_is_never_due(clock: Clock) -> None:
    batch = Batch(0.1, 1.0, clock)
    assert batch.due_in() is None and batch.take() is None


def test_a_change_is_due_after_the_quiet_window(clock: Clock) -> None:
    batch = Batch(0.1, 1.0, clock)
    batch.add("a.md")
    clock.now = 0.05
    assert batch.take() is None
    clock.now = 0.1
    assert batch.take() == ({"a.md"}, set())
    assert batch.due_in() is None


def test_a_burst_is_one_batch(clock: Clock) -> None:
    batch = Batch(0.1, 1.0, clock)
    for number in range(1000):
        batch.add(f"n{number}.md", removed=number % 2 == 1)
    clock.now = 0.1
    changed, removed = batch.take() or (set(), set())
    assert (len(changed), len(removed)) == (500, 500)


def test_changes_that_keep_coming_are_due_after_the_longest_wait(clock: Clock) -> None:
    batch = Batch(0.1, 1.0, clock)
    while clock.now < 0.95:
        batch.add("busy.md")
        clock.now += 0.05
        assert batch.take() is None
    clock.now = 1.0
    assert batch.take() == ({"busy.md"}, set())


def test_an_editor_temp_file_rides_along_but_never_starts_a_rebuild(clock: Clock) -> None:
    batch = Batch(0.1, 1.0, clock)
    batch.add("Notes/4913", passive=True)
    clock.now = 5.0
    assert batch.due_in() is None
    batch.add("Notes/a.md")
    clock.now = 5.1
    assert batch.take() == ({"Notes/4913", "Notes/a.md"}, set())


@pytest.mark.parametrize("path", ["Notes/4913", "Notes/a.md~", "a.md.tmp", "x/.a.md.swp", ".#a.md"])
def test_editor_temp_files_are_recognised(path: str) -> None:
    assert is_editor_temp(path)


@pytest.mark.parametrize("path", ["Notes/a.md", "Notes/4913.md", "img.png"])
def test_notes_and_attachments_are_not_editor_temp_files(path: str) -> None:
    assert not is_editor_temp(path)


@pytest.mark.parametrize("number", [errno.ENOSPC, errno.EMFILE])
def test_a_watch_limit_suggests_polling_and_the_limit(number: int) -> None:
    message = observer_problem(OSError(number, "limit"), polling=False)
    assert "--polling" in message and "fs.inotify" in message


def test_a_polling_failure_does_not_suggest_polling() -> None:
    assert "--polling" not in observer_problem(OSError(errno.EACCES, "Permission denied"), polling=True)


def test_a_saved_note_rewrites_its_sdd_once_and_the_write_is_not_heard_back(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Shop.md": SHOP_NOTE, "Components/Cart.md": CART_NOTE})
    with watching(root) as heard:
        (root / "Components/Cart.md").write_text(CART_NOTE.replace("Ana", "Bo"), encoding="utf-8")
        assert wait_for(lambda: "Bo" in (root / "SDD/Shop SDD.md").read_text(encoding="utf-8"))
        assert wait_for(lambda: bool(heard.rebuilds))
        assert not wait_for(lambda: len(heard.rebuilds) > 1, timeout=0.6)
    assert heard.rebuilds[0].changed == ("Components/Cart.md",)
    assert "SDD/Shop SDD.md" in heard.rebuilds[0].report.written
    assert ("SDD/Shop SDD.md", "written by vaultsmith") in heard.ignored


def test_a_checkout_of_many_files_is_gathered_into_few_rebuilds(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Shop.md": SHOP_NOTE})
    with watching(root) as heard:
        for number in range(200):
            (root / f"Components/C{number}.md").parent.mkdir(exist_ok=True)
            (root / f"Components/C{number}.md").write_text(CART_NOTE, encoding="utf-8")
        assert wait_for(lambda: "C199" in (root / "SDD/Shop SDD.md").read_text(encoding="utf-8"))
        assert wait_for(lambda: sum(r.report.notes_read for r in heard.rebuilds) >= 200)
    assert len(heard.rebuilds) <= 3


def test_polling_sees_a_saved_note(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Shop.md": SHOP_NOTE, "Components/Cart.md": CART_NOTE})
    with watching(root, polling=True):
        (root / "Components/Cart.md").write_text(CART_NOTE.replace("Ana", "Bo"), encoding="utf-8")
        assert wait_for(lambda: "Bo" in (root / "SDD/Shop SDD.md").read_text(encoding="utf-8"))


def test_a_vanished_vault_stops_the_watch_with_a_clear_error(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Shop.md": SHOP_NOTE})
    with watching(root) as heard:
        shutil.rmtree(root)
        assert wait_for(lambda: heard.error is not None)
    assert isinstance(heard.error, WatchError)
    assert "is gone" in str(heard.error)


def test_a_broken_config_is_reported_and_the_watch_goes_on(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Shop.md": SHOP_NOTE, "Components/Cart.md": CART_NOTE})
    with watching(root) as heard:
        (root / "vaultsmith.toml").write_text('outptu = "x"\n', encoding="utf-8")
        assert wait_for(lambda: bool(heard.failures))
        (root / "Components/Cart.md").write_text(CART_NOTE.replace("Ana", "Bo"), encoding="utf-8")
        assert wait_for(lambda: "Bo" in (root / "SDD/Shop SDD.md").read_text(encoding="utf-8"))
    assert "vaultsmith.toml:1: outptu: unknown key" in heard.failures[0]


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vaults(), st.lists(events, min_size=1, max_size=5))
def test_watched_sdds_settle_to_a_fresh_build_after_any_changes(
    files: dict[str, str], changes: list[Event]
) -> None:
    with scratch_vault(files) as root, watching(root, quiet=0.05) as heard:
        for change in changes:
            change.apply(root)
        expected = _notes(_fresh_without_outputs(root))
        assert wait_for(lambda: _notes(generated(root)) == expected), sorted(
            set(_notes(generated(root))) ^ set(expected)
        )
    assert heard.error is None


def _notes(files: dict[str, bytes]) -> dict[str, bytes]:
    """The generated files but the canvases: a canvas keeps the arrangement it had on disk, and
    the fresh build here starts without one (tests/test_canvas_live.py holds the canvases to a
    fresh build given the same canvas on disk)."""
    return {path: data for path, data in files.items() if not path.endswith(".canvas")}


def _fresh_without_outputs(root: Path) -> dict[str, bytes]:
    """A fresh build of the vault as the user left it: the SDDs being written while this runs
    are left out of the copy (the notes here never link to them, so they change nothing)."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "vault"
        shutil.copytree(root, copy, ignore=shutil.ignore_patterns("SDD"))
        return fresh_build(copy)


def test_a_quiet_watch_tidies_once_per_quiet_spell_and_saves_after_it_still_land(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(watch_module, "IDLE_SECONDS", 0.3)
    tidied: list[float] = []
    tidy = VaultSession.tidy

    def counted(session: VaultSession) -> None:
        tidied.append(time.monotonic())
        tidy(session)

    monkeypatch.setattr(VaultSession, "tidy", counted)
    root = make_vault({"Systems/Shop.md": SHOP_NOTE, "Components/Cart.md": CART_NOTE})
    with watching(root) as heard:
        assert wait_for(lambda: len(tidied) == 1)  # quiet after the first build
        assert not wait_for(lambda: len(tidied) > 1, timeout=1.2)  # once, not every poll
        (root / "Components/Cart.md").write_text(CART_NOTE.replace("Ana", "Bo"), encoding="utf-8")
        assert wait_for(lambda: "Bo" in (root / "SDD/Shop SDD.md").read_text(encoding="utf-8"))
        assert wait_for(lambda: len(tidied) == 2)  # and once after the rebuild
        (root / "Components/Cart.md").write_text(CART_NOTE.replace("Ana", "Cy"), encoding="utf-8")
        assert wait_for(lambda: "Cy" in (root / "SDD/Shop SDD.md").read_text(encoding="utf-8"))
    assert heard.error is None and len(heard.rebuilds) >= 2
    assert (root / "SDD/Shop SDD.md").read_bytes() == fresh_build(root)["SDD/Shop SDD.md"]
