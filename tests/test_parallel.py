"""Work on every core gives exactly what one process gives: parsed notes, and rendered SDDs."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path
from typing import IO

import pytest
from conftest import MakeVault

from vaultsmith.build import load_vault, outputs
from vaultsmith.cache import parallel
from vaultsmith.config import Config
from vaultsmith.model.analysed import analyse
from vaultsmith.vault import forkmap
from vaultsmith.vault import scan as scan_module
from vaultsmith.vault.forkmap import map_shared
from vaultsmith.vault.scan import NoteFile, scan

COMPONENT = '---\ntype: component\nsystem: "[[Shop]]"\n---\n# C{0}\nSee [[C{1}]] #tag{0}\n'
NOTES = {f"Components/C{i}.md": COMPONENT.format(i, i + 1) for i in range(60)}
NEEDS_CORES = pytest.mark.skipif((os.cpu_count() or 1) < 2, reason="one core: nothing runs in parallel")


def parsed(root: Path, entries: list[NoteFile], workers: int) -> list[parallel.ParsedFile]:
    """In the order of `entries` (on several cores they come in the order they are done)."""
    found = list(parallel.parse_files(root, entries, encode=True, workers=workers))
    assert len(found) == len(entries)
    return sorted(found, key=lambda item: entries.index(item.entry))


@NEEDS_CORES
def test_pool_parses_exactly_as_one_process(make_vault: MakeVault) -> None:
    root = make_vault({**NOTES, "Notes/Broken.md": "---\ntitle: [oops\n---\n"})
    entries = list(scan(root, Config()).notes)
    assert parsed(root, entries, 2) == parsed(root, entries, 1)


@NEEDS_CORES
def test_pool_reports_a_file_that_vanished(make_vault: MakeVault) -> None:
    root = make_vault({"Notes/A.md": "a"})
    entries = [*scan(root, Config()).notes, NoteFile("Notes/Gone.md", 1, 1)]
    gone = parsed(root, entries, 2)[1]
    assert gone.result is None
    assert [d.code for d in gone.problems] == ["vanished"]


@NEEDS_CORES
def test_notes_a_forked_process_claimed_and_never_answered_are_parsed_here(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A forked process that dies (killed, out of memory) after claiming runs of files, one that
    # wrote half a line, and one that wrote a line that is not a note: nothing is lost.
    root = make_vault(NOTES)
    entries = list(scan(root, Config()).notes)

    counters: list[forkmap.Counter] = []

    class Noted(forkmap.Counter):
        def __init__(self, total: int, run: int = 1) -> None:
            super().__init__(total, run)
            counters.append(self)

    def dies(answers: IO[bytes]) -> None:
        runs = counters[0].runs()
        first, second = next(runs), next(runs)
        answers.write(f"{first[0]} [not, a note]\n{first[1]} ".encode())
        answers.write(f"{second[0]} {parallel.parse_file(root, entries[second[0]], True).encoded}".encode())
        answers.flush()
        os._exit(9)

    monkeypatch.setattr(parallel, "Counter", Noted)
    monkeypatch.setattr(parallel, "copies", lambda count, work: forkmap.copies(count, dies))
    monkeypatch.setattr(parallel, "RUN", 5)
    assert parsed(root, entries, 2) == parsed(root, entries, 1)


@NEEDS_CORES
def test_a_caller_that_stops_reading_leaves_no_process_behind(make_vault: MakeVault) -> None:
    root = make_vault(NOTES)
    entries = list(scan(root, Config()).notes)
    reading = parallel.parse_files(root, entries, workers=2)
    next(reading)
    reading.close()
    with pytest.raises(ChildProcessError):
        os.waitpid(-1, os.WNOHANG)  # no child left, not even one waiting to be reaped


@NEEDS_CORES
def test_map_shared_redoes_what_a_dead_copy_claimed_and_raises_what_the_work_raises(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def copies_die(offset: int, item: int) -> int:
        if os.getpid() != parent:
            os._exit(9)  # a copy killed with the item it claimed
        time.sleep(0.01)  # slow enough here for the copy to claim one
        return offset + item

    parent = os.getpid()
    assert map_shared(copies_die, list(range(30)), 100, threshold=1) == [100 + i for i in range(30)]

    def fails_on_seven(offset: int, item: int) -> int:
        if item == 7:
            raise ValueError("seven")
        return offset + item

    with pytest.raises(ValueError, match="seven"):
        map_shared(fails_on_seven, list(range(30)), 100, threshold=1)


def test_with_another_thread_running_the_work_stays_in_this_process(make_vault: MakeVault) -> None:
    root = make_vault(NOTES)
    entries = list(scan(root, Config()).notes)
    stop = threading.Event()
    other = threading.Thread(target=stop.wait)
    other.start()
    try:
        assert parsed(root, entries, 2) == parsed(root, entries, 1)
        assert map_shared(pow, [1, 2, 3], 2, threshold=1) == [2, 4, 8]
    finally:
        stop.set()
        other.join()


def test_small_vaults_are_parsed_in_one_process() -> None:
    assert parallel.default_workers(parallel.POOL_THRESHOLD - 1) == 1
    assert parallel.default_workers(parallel.POOL_THRESHOLD) == (os.cpu_count() or 1)


@NEEDS_CORES
def test_map_shared_keeps_the_order_and_sees_the_shared_data() -> None:
    shared = {"offset": 100}
    assert map_shared(lambda data, item: data["offset"] + item, list(range(40)), shared, threshold=1) == [
        100 + item for item in range(40)
    ]


@NEEDS_CORES
def test_sdds_made_on_every_core_equal_those_made_in_one_process(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    systems = {f"Systems/S{i}.md": "---\ntype: system\ndescription: d\nowner: o\n---\n" for i in range(6)}
    component = '---\ntype: component\nsystem: "[[S{0}]]"\ndepends_on: "[[K{1}]]"\n---\n'
    components = {f"Components/K{i}.md": component.format(i % 6, i + 1) for i in range(30)}
    root = make_vault({**systems, **components})
    model = analyse(load_vault(root))
    alone = outputs.render_vault(model, root)
    monkeypatch.setattr(outputs, "PARALLEL_SYSTEMS", 1)
    assert outputs.render_vault(model, root) == alone


def test_notes_are_read_whole_up_to_the_size_limit_and_refused_past_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(scan_module, "MAX_NOTE_BYTES", 64)
    for size in (0, 1, 63, 64):
        (tmp_path / "n.md").write_bytes(b"x" * size)
        assert scan_module.read_note_file(tmp_path, "n.md") == b"x" * size
    (tmp_path / "n.md").write_bytes(b"x" * 65)
    with pytest.raises(OSError, match="larger than"):
        scan_module.read_note_file(tmp_path, "n.md")
