"""Every command teaches: `--help` text with an example, and a place in the README (as
sqlite-utils checks its own documentation against its commands)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from vaultsmith.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
COMMANDS = sorted(info.name or "" for info in app.registered_commands)


def test_the_app_has_its_commands() -> None:
    assert {"build", "watch", "check", "graph", "init", "new", "templates"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_text_with_an_example(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert "Example: vaultsmith " + command in result.stdout


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_appears_in_the_readme(command: str) -> None:
    assert re.search(rf"`vaultsmith {re.escape(command)}\b", README), f"document `vaultsmith {command}`"


def test_every_command_is_one_function_of_the_cli_layer() -> None:
    for info in app.registered_commands:
        assert info.callback is not None
        assert info.callback.__module__.startswith("vaultsmith.cli"), info.name
    assert isinstance(app, typer.Typer)
