"""kill -9 at any moment leaves every SDD whole: absent, the old version or the new one.

A vault of many systems flips between two versions of every system note; writers build it
over and over and are killed with SIGKILL at random moments: forked copies of this process
running `build()` in a loop (cheap, so there can be many kills), real `vaultsmith build`
processes, and a real `vaultsmith watch`. After every kill each SDD must be byte for byte one
of the two versions a clean build makes, the index must be complete, the user's notes must be
as they were written, and the temporary files a kill leaves must be hidden and not notes. A
last build must then clean those up and equal a fresh build.
"""

from __future__ import annotations

import os
import random
import re
import signal
import subprocess
import time
from pathlib import Path

import pytest
from test_cli import EXECUTABLE

from vaultsmith import build
from vaultsmith.write.files import TEMP_SUFFIX

SYSTEMS = 30
FORKED_KILLS = 15
CLI_KILLS = 2
SEED = 20_241_124
_INDEX_END = re.compile(r"\n\d+ systems, mean coverage \d+%, \d+ gaps\.\n\Z")


def system_note(number: int, version: int) -> str:
    return (
        f"---\ntype: system\ndescription: Version {version} of system {number}.\nowner: Team {number}\n"
        f"---\n# S{number}\n"
    )


def component_note(number: int) -> str:
    return f'---\ntype: component\nsystem: "[[S{number}]]"\nkind: service\nuses: ["[[Postgres]]"]\n---\n'


def write_vault(root: Path, version: int) -> None:
    """Every system note at `version`, each replaced atomically, as an editor saves."""
    for number in range(SYSTEMS):
        path = root / "Systems" / f"S{number}.md"
        temporary = path.with_name(f".S{number}.md.saving")
        temporary.write_text(system_note(number, version), encoding="utf-8")
        os.replace(temporary, path)


def make_vault(root: Path, version: int) -> Path:
    for folder in ("Systems", "Components", "Technologies", ".obsidian"):
        (root / folder).mkdir(parents=True, exist_ok=True)
    for number in range(SYSTEMS):
        (root / "Components" / f"C{number}.md").write_text(component_note(number), encoding="utf-8")
    (root / "Technologies/Postgres.md").write_text("---\ntype: technology\ncategory: database\n---\n")
    write_vault(root, version)
    return root


@pytest.fixture(scope="module")
def versions(tmp_path_factory: pytest.TempPathFactory) -> dict[int, dict[str, bytes]]:
    """What a clean build writes for each version: SDD file name -> bytes."""
    made = {}
    for version in (0, 1):
        root = make_vault(tmp_path_factory.mktemp(f"version{version}"), version)
        build(root)
        made[version] = {path.name: path.read_bytes() for path in (root / "SDD").iterdir()}
    return made


def assert_whole(root: Path, versions: dict[int, dict[str, bytes]]) -> int:
    """Check the state a kill left; return how many temporary files it left."""
    left = 0
    for path in (root / "SDD").iterdir() if (root / "SDD").exists() else []:
        name = path.name
        if name.endswith(TEMP_SUFFIX):
            assert name.startswith(".") and not name.endswith(".md"), name
            left += 1
        elif name == "Index.md":
            text = path.read_text(encoding="utf-8")
            assert text.startswith("---\ntype: sdd-index\n") and _INDEX_END.search(text), "a torn index"
        else:
            assert path.read_bytes() in (versions[0][name], versions[1][name]), f"{name} is torn or foreign"
    for number in range(SYSTEMS):
        text = (root / "Systems" / f"S{number}.md").read_text(encoding="utf-8")
        assert text in (system_note(number, 0), system_note(number, 1)), "a user's note changed"
    return left


def _build_forever(root: Path, version: int) -> None:
    """In a forked child: bring the vault to `version` and build it, then flip and build
    again, until killed. Never returns."""
    try:
        while True:
            write_vault(root, version)
            build(root, wait=None)
            version ^= 1
    finally:
        os._exit(0)


def _outputs(root: Path) -> dict[str, tuple[int, int]]:
    """When and how big each system's SDD is (not the index: it may be written first)."""
    return {
        path.name: (path.stat().st_mtime_ns, path.stat().st_size) for path in (root / "SDD").glob("S* SDD.md")
    }


def _kill_forked(root: Path, version: int, delay: float, while_writing: bool) -> None:
    """Fork a builder and kill it `delay` seconds after it starts or, `while_writing`, after it
    has written its first SDD (the write phase takes about 40% of a build)."""
    before = _outputs(root)
    child = os.fork()
    if child == 0:
        _build_forever(root, version)
    if while_writing:
        deadline = time.monotonic() + 10
        while _outputs(root) == before and time.monotonic() < deadline:
            time.sleep(0.0005)
    time.sleep(delay)
    os.kill(child, signal.SIGKILL)
    os.waitpid(child, 0)


def _kill_cli(root: Path, delay: float, version: int) -> None:
    assert EXECUTABLE
    write_vault(root, version)
    process = subprocess.Popen([EXECUTABLE, "build", "--quiet", str(root)], stderr=subprocess.DEVNULL)
    time.sleep(delay)
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)


def test_kill_9_never_leaves_a_torn_sdd(tmp_path: Path, versions: dict[int, dict[str, bytes]]) -> None:
    rng = random.Random(SEED)
    root = make_vault(tmp_path / "vault", 0)
    left = mixed = 0
    for kill in range(FORKED_KILLS):
        while_writing = kill % 3 != 0
        _kill_forked(
            root, kill % 2, rng.uniform(0, 0.1) if while_writing else rng.uniform(0.02, 0.6), while_writing
        )
        left += assert_whole(root, versions)
        mixed += len(_versions_present(root, versions)) == 2
    for kill in range(CLI_KILLS):
        _kill_cli(root, rng.uniform(0.5, 1.5), kill % 2)
        left += assert_whole(root, versions)
    print(f"{FORKED_KILLS + CLI_KILLS} kills: {mixed} left old and new SDDs side by side, {left} temp files")
    assert mixed > 0, "no kill landed while SDDs were being written"
    assert_last_build_cleans_up(root, versions)


def _versions_present(root: Path, versions: dict[int, dict[str, bytes]]) -> set[int]:
    """Which versions the SDDs on disk are (both: a kill landed between two writes)."""
    found = set()
    for path in (root / "SDD").glob("S* SDD.md"):
        found.add(0 if path.read_bytes() == versions[0][path.name] else 1)
    return found


def assert_last_build_cleans_up(root: Path, versions: dict[int, dict[str, bytes]]) -> None:
    write_vault(root, 1)
    assert EXECUTABLE
    # --wait 10: a worker that outlived its killed build and kept the lock would show here
    last = subprocess.run(
        [EXECUTABLE, "build", "--quiet", "--wait", "10", str(root)], capture_output=True, text=True
    )
    assert last.returncode == 0, last.stderr
    assert {path.name: path.read_bytes() for path in (root / "SDD").iterdir()} == versions[1]
    hidden = [p for p in root.rglob("*") if p.name.endswith(TEMP_SUFFIX)]
    assert hidden == []


def test_kill_9_of_a_watch_never_leaves_a_torn_sdd(
    tmp_path: Path, versions: dict[int, dict[str, bytes]]
) -> None:
    assert EXECUTABLE
    root = make_vault(tmp_path / "vault", 0)
    process = subprocess.Popen(
        [EXECUTABLE, "watch", "--debounce", "20", str(root)],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    assert process.stdout is not None
    process.stdout.readline()  # the first build is done
    before = _outputs(root)
    write_vault(root, 1)
    deadline = time.monotonic() + 30
    while _outputs(root) == before and time.monotonic() < deadline:
        time.sleep(0.0005)  # until the watch writes its first SDD of the new version
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=60)
    assert_whole(root, versions)
    print(f"watch killed with SDDs of versions {sorted(_versions_present(root, versions))} on disk")
    assert_last_build_cleans_up(root, versions)
