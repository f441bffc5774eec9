"""Shared fixtures: real vaults in temporary folders, never mocks of the file system."""

from __future__ import annotations

import os
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SAMPLE_VAULT = REPO / "sample_vault"

MakeVault = Callable[[dict[str, str | bytes]], Path]


@pytest.fixture(autouse=True, scope="session")
def _private_parse_cache(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Builds in tests (and the CLI runs they start) keep their parse cache in a temporary
    folder, never in the user's cache folder."""
    os.environ["VAULTSMITH_CACHE_DIR"] = str(tmp_path_factory.mktemp("parse-cache"))


@pytest.fixture
def make_vault(tmp_path: Path) -> MakeVault:
    """Write {relative path: text or bytes} into a fresh vault folder and return its root."""

    def make(files: dict[str, str | bytes]) -> Path:
        root = tmp_path / "vault"
        root.mkdir(exist_ok=True)
        (root / ".obsidian").mkdir(exist_ok=True)
        for relative, content in files.items():
            path = root / relative
            path.parent.mkdir(parents=True, exist_ok=True)
            if isinstance(content, bytes):
                path.write_bytes(content)
            else:
                path.write_text(content, encoding="utf-8")
        return root

    return make


@pytest.fixture
def sample_copy(tmp_path: Path) -> Path:
    """A copy of sample_vault without its generated SDDs."""
    target = tmp_path / "sample"
    shutil.copytree(SAMPLE_VAULT, target, ignore=shutil.ignore_patterns("SDD"))
    return target
