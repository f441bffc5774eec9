"""The pre-commit hooks: valid definitions whose commands run as pre-commit runs them."""

from __future__ import annotations

import os
import shlex
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO, MakeVault
from test_cli import EXECUTABLE

HOOKS: list[dict[str, Any]] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))


def test_hooks_offer_check_and_build_with_the_keys_pre_commit_requires() -> None:
    assert [hook["id"] for hook in HOOKS] == ["vaultsmith-check", "vaultsmith-build"]
    for hook in HOOKS:
        assert {"id", "name", "entry", "language"} <= set(hook)
        assert hook["language"] == "python"
        assert hook["pass_filenames"] is False


def _run_hook(hook: dict[str, Any], cwd: Path) -> subprocess.CompletedProcess[str]:
    """The hook as pre-commit runs it: `entry` then `args`, from the repository root."""
    command = [*shlex.split(hook["entry"]), *hook.get("args", [])]
    assert command[0] == "vaultsmith" and EXECUTABLE
    return subprocess.run(
        [EXECUTABLE, *command[1:]],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NO_COLOR": "1"},
    )


@pytest.mark.parametrize("hook", HOOKS, ids=[hook["id"] for hook in HOOKS])
def test_hook_passes_on_a_good_vault_and_fails_on_a_broken_note(
    make_vault: MakeVault, hook: dict[str, Any]
) -> None:
    root = make_vault({"Systems/Shop.md": "---\ntype: system\n---\n"})
    assert _run_hook(hook, root).returncode == 0
    (root / "Notes").mkdir()
    (root / "Notes/Broken.md").write_text("---\na: [unclosed\n---\n", encoding="utf-8")
    failed = _run_hook(hook, root)
    assert failed.returncode == 1
    assert "Notes/Broken.md" in failed.stdout + failed.stderr
