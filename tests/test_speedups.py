"""Every speed-up that stays has a switch (an environment variable) that turns it off, for
bench/run.py to measure what it saves; turned off, a build writes the same bytes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
VAULTSMITH = Path(sys.executable).with_name("vaultsmith")

SWITCHES = [
    {"VAULTSMITH_PARSE_CACHE": "0"},
    {"VAULTSMITH_JOBS": "1"},
    {"VAULTSMITH_TEMPLATE_CACHE": "0"},
    {"VAULTSMITH_DIRECT_EDGES": "0"},
    {"VAULTSMITH_ROW_CACHE": "0"},
]


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An 800-note vault of 8 systems: big enough for the fork pool to parse notes and make
    SDDs in worker processes."""
    root = tmp_path_factory.mktemp("generated") / "vault"
    subprocess.run(
        [sys.executable, str(REPO / "bench/generate_vault.py"), str(root), "--notes", "800", "--seed", "3"],
        check=True,
        capture_output=True,
    )
    return root


@pytest.fixture(scope="module")
def with_all(generated: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    return _sdds(generated, tmp_path_factory.mktemp("with-all"), "with", {})


def _sdds(vault: Path, tmp_path: Path, name: str, env: dict[str, str]) -> dict[str, bytes]:
    """The SDD folder a `vaultsmith build` of a fresh copy of `vault` writes, with `env` set."""
    copy = tmp_path / name
    shutil.copytree(vault, copy)
    cache = tmp_path / f"{name}-cache"
    done = subprocess.run(
        [str(VAULTSMITH), "build", "--quiet", str(copy)],
        env={**os.environ, "VAULTSMITH_CACHE_DIR": str(cache), **env},
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return {p.relative_to(copy).as_posix(): p.read_bytes() for p in sorted((copy / "SDD").rglob("*.md"))}


@pytest.mark.parametrize("switch", SWITCHES, ids=lambda env: ",".join(f"{k}={v}" for k, v in env.items()))
def test_a_build_with_a_speed_up_switched_off_writes_the_same_sdds(
    generated: Path, with_all: dict[str, bytes], tmp_path: Path, switch: dict[str, str]
) -> None:
    without = _sdds(generated, tmp_path, "without", switch)
    assert len(with_all) >= 9  # the SDDs of 8 systems or more, and the index
    assert without == with_all
