"""The hostile vault (tests/hostile_vault.py) is built and checked by the real CLI, as in CI.

Every input gets its diagnostic on its file, the rest of the vault is built, no file without
the generated marker changes, and nothing outside the vault is read or written. The CLI runs
in a child process, so a crash fails a test rather than pytest. Tests run as root here: root
reads a chmod 000 file anyway, so the child then gives up the two capabilities that let it
(CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH) and is refused like any user.
"""

from __future__ import annotations

import ctypes
import functools
import hashlib
import json
import os
import re
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hostile_vault import Hostile, make_hostile_vault, unlock
from test_cli import EXECUTABLE

from vaultsmith.vault.scan import printable
from vaultsmith.write.files import is_generated_file

_LINE = re.compile(
    r"^(?P<where>.+?): (?P<severity>error|warning|info): (?P<message>.*) \[(?P<code>[\w-]+)\]$"
)
PR_CAPBSET_DROP = 24
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2


@dataclass(frozen=True, slots=True)
class Run:
    root: Path
    inputs: list[Hostile]
    build: subprocess.CompletedProcess[str]
    again: subprocess.CompletedProcess[str]
    check: subprocess.CompletedProcess[str]
    before: dict[str, str]
    after: dict[str, str]
    outside_before: dict[str, str]
    outside_after: dict[str, str]


def _drop_root_powers() -> None:
    """In the child before exec: lose the capabilities that let root read any file, from the
    bounding set too (exec would give root back its full permitted set otherwise)."""
    libc = ctypes.CDLL(None, use_errno=True)

    class Header(ctypes.Structure):
        _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]

    class Data(ctypes.Structure):
        _fields_ = [
            ("effective", ctypes.c_uint32),
            ("permitted", ctypes.c_uint32),
            ("inheritable", ctypes.c_uint32),
        ]

    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")
    header, data = Header(0x20080522, 0), (Data * 2)()
    if libc.capget(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capget")
    mask = ~((1 << CAP_DAC_OVERRIDE) | (1 << CAP_DAC_READ_SEARCH)) & 0xFFFFFFFF
    data[0].effective &= mask
    data[0].permitted &= mask
    if libc.capset(ctypes.byref(header), data) != 0:
        raise OSError(ctypes.get_errno(), "capset")


@functools.cache
def _can_drop_root_powers() -> bool:
    try:
        return subprocess.run(["true"], preexec_fn=_drop_root_powers).returncode == 0
    except (OSError, subprocess.SubprocessError):
        return False


def _permissions_bite() -> bool:
    """Whether a chmod 000 file is refused to the CLI as these tests start it."""
    return os.geteuid() != 0 or _can_drop_root_powers()


def _child_setup() -> Callable[[], None] | None:
    return _drop_root_powers if os.geteuid() == 0 and _can_drop_root_powers() else None


def cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    assert EXECUTABLE
    return subprocess.run(
        [EXECUTABLE, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "500"},
        preexec_fn=_child_setup(),
    )


def hashes(folder: Path) -> dict[str, str]:
    """Every regular file and symbolic link under `folder` (links not followed): its bytes' hash,
    or where the link points."""
    found: dict[str, str] = {}
    for parent, folders, files in os.walk(folder):
        for name in [*files, *folders]:
            path = Path(parent) / name
            relative = path.relative_to(folder).as_posix()
            if path.is_symlink():
                found[relative] = "link to " + os.readlink(path)
            elif path.is_file() and os.access(path, os.R_OK) and path.stat().st_mode & 0o444:
                found[relative] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


@pytest.fixture(scope="module")
def run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Run]:
    folder = tmp_path_factory.mktemp("hostile")
    root, inputs = make_hostile_vault(folder)
    try:
        before, outside_before = hashes(root), hashes(folder / "outside")
        build, check = cli("build", root), cli("check", "--format", "json", root)
        after = hashes(root)
        again = cli("build", root)
        yield Run(
            root, inputs, build, again, check, before, after, outside_before, hashes(folder / "outside")
        )
    finally:
        unlock(root)


def diagnostics(stderr: str) -> list[tuple[str, int, str, str]]:
    """(path, line, severity, code) of each diagnostic line the CLI printed."""
    found = []
    for line in stderr.splitlines():
        matched = _LINE.match(line)
        assert matched, f"not a diagnostic line: {line!r}"
        where = matched["where"]
        path, _, number = where.rpartition(":")
        if not (path and number.isdigit()):
            path, number = where, "0"
        found.append((path, int(number), matched["severity"], matched["code"]))
    return found


def test_build_finishes_with_problems_found_and_no_traceback(run: Run) -> None:
    assert run.build.returncode == 1, run.build.stderr[-3000:]
    assert "Traceback" not in run.build.stderr
    assert "SDDs written" in run.build.stdout


@pytest.mark.parametrize(
    "kind", ["YAML", "Text", "Names", "Links to", "Special", "Locked", "SDD/Shop", ".vaultsmith/templates"]
)
def test_each_hostile_input_gets_its_diagnostic_on_its_file(run: Run, kind: str) -> None:
    found = {(path, code) for path, _, _, code in diagnostics(run.build.stderr)}
    if kind == "Locked" and not _permissions_bite():
        pytest.skip("running as root, and the capabilities that bypass chmod cannot be dropped here")
    wanted = [item for item in run.inputs if item.path.startswith(kind) and item.code is not None]
    assert wanted
    missing = [(item.path, item.code) for item in wanted if (printable(item.path), item.code) not in found]
    assert not missing


def test_inputs_vaultsmith_can_read_get_no_error(run: Run) -> None:
    errors = {path for path, _, severity, _ in diagnostics(run.build.stderr) if severity == "error"}
    readable = [item.path for item in run.inputs if item.code is None]
    assert [path for path in readable if path in errors] == []


def test_broken_yaml_is_reported_on_a_line_of_the_frontmatter(run: Run) -> None:
    lines = {path: line for path, line, _, code in diagnostics(run.build.stderr) if "frontmatter" in code}
    # The bracket opens on line 2 and the loader notices on line 3; which of the two a libyaml
    # version names is its choice, our guarantee is a line of that frontmatter, not line 1.
    assert lines["YAML/Unclosed bracket.md"] in (2, 3)
    assert lines["YAML/Tab indent.md"] == 3
    assert all(line >= 2 for line in lines.values())


def test_every_diagnostic_names_a_file_of_the_vault(run: Run) -> None:
    entries = {"."} | {printable(path) for path in _entries(run.root)}
    named = {path for path, *_ in diagnostics(run.build.stderr)}
    named |= {item["path"] for item in json.loads(run.check.stdout)}
    assert sorted(named - entries) == []


def _entries(root: Path) -> Iterator[str]:
    for parent, folders, files in os.walk(root):
        for name in [*folders, *files]:
            yield (Path(parent) / name).relative_to(root).as_posix()


def test_no_file_without_the_marker_is_changed(run: Run) -> None:
    changed = {path for path, digest in run.before.items() if run.after.get(path) != digest}
    ours = {p for p in changed if p in run.after and is_generated_file(p, (run.root / p).read_bytes())}
    assert sorted(changed - ours) == ["SDD/.Old SDD.md.x1y2.vaultsmith-tmp"], "only the stale temp file goes"
    assert run.outside_after == run.outside_before


def test_every_written_file_is_a_marked_file_inside_the_output_folder(run: Run) -> None:
    new = sorted(set(run.after) - set(run.before))
    assert new
    for path in new:
        assert path.startswith("SDD/") and path.count("/") == 1, path
        assert len(path.rpartition("/")[2].encode()) <= 255
        assert is_generated_file(path, (run.root / path).read_bytes()), path


def test_names_that_clean_up_alike_get_distinct_sdds(run: Run) -> None:
    sdds = {path.removeprefix("SDD/") for path in run.after if path.startswith("SDD/")}
    assert {"Café SDD.md", "Café (2) SDD.md", "_CON SDD.md", "🚀 Launch SDD.md"} <= sdds
    assert {"a-b-c-d-e-f-g-h SDD.md", "a-b-c-d-e-f-g-h (2) SDD.md"} <= sdds


def test_nothing_outside_the_vault_or_unreadable_becomes_a_system(run: Run) -> None:
    text = "\n".join(
        (run.root / path).read_text(encoding="utf-8") for path in run.after if path.startswith("SDD/")
    )
    assert "Secret" not in text
    assert "Outside note" not in text


def test_template_syntax_in_notes_is_written_as_it_stands(run: Run) -> None:
    jinja = (run.root / "SDD/Jinja SDD.md").read_text(encoding="utf-8")
    assert "{{ 7*7 }} {% for x in range(10**9) %}{% endfor %}" in jinja
    named = (run.root / "SDD/{{ 7-7 }} {% raw %} SDD.md").read_text(encoding="utf-8")
    assert "# {{ 7*7 }} {% raw %} — Software Design Document" in named


def test_a_second_build_writes_nothing_and_reports_the_same(run: Run) -> None:
    assert run.again.returncode == 1
    assert ": 0 SDDs written," in run.again.stdout
    assert diagnostics(run.again.stderr) == diagnostics(run.build.stderr)


def test_check_reports_the_vault_as_json_without_crashing(run: Run) -> None:
    assert run.check.returncode == 1, run.check.stderr[-3000:]
    reported = json.loads(run.check.stdout)
    codes = {(item["path"], item["code"]) for item in reported}
    assert ("YAML/Deep dashes.md", "frontmatter-refused") in codes
    assert ("Text/Latin-1.md", "not-utf8") in codes
