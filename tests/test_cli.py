"""The installed `vaultsmith` command, run as a user runs it: in a subprocess."""

from __future__ import annotations

from pathlib import Path

import pytest
from cli_support import EXECUTABLE as EXECUTABLE  # re-exported: other test modules import it from here
from cli_support import run_cli
from conftest import MakeVault

from vaultsmith import __version__

run = run_cli  # the name the other test modules import


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"vaultsmith {__version__}"


def test_build_sample_vault_writes_sdds_and_summarises(sample_copy: Path) -> None:
    result = run("build", sample_copy)
    assert result.returncode == 0, result.stderr
    assert "written: SDD/Checkout SDD.md" in result.stdout
    assert "4 SDDs written, 0 unchanged" in result.stdout
    again = run("build", sample_copy)
    assert "0 SDDs written, 4 unchanged" in again.stdout


def test_build_quiet_prints_nothing_when_all_is_well(make_vault: MakeVault) -> None:
    root = make_vault(
        {"Shop.md": "---\ntype: system\n---\n", "Cart.md": '---\ntype: component\nsystem: "[[Shop]]"\n---\n'}
    )
    result = run("build", "--quiet", root)
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")


def test_build_quiet_prints_only_the_diagnostics_check_reports(sample_copy: Path) -> None:
    result = run("build", "--quiet", sample_copy)
    assert result.returncode == 0 and result.stdout == ""
    checked = run("check", "--format", "json", sample_copy)
    problems = [line for line in checked.stdout.split('"severity": ')[1:] if not line.startswith('"info"')]
    printed = [line for line in result.stderr.splitlines() if ": warning: " in line or ": error: " in line]
    assert len(printed) == len(problems) > 0


def test_missing_vault_is_a_usage_error() -> None:
    result = run("build", "/no/such/vault")
    assert result.returncode == 2
    assert "no such vault folder" in result.stderr


def test_broken_note_is_reported_with_path_and_line_and_build_carries_on(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Systems/Shop.md": "---\ntype: system\n---\n",
            "Notes/Broken.md": "---\ntitle: [unclosed\nother: 1\n---\nbody\n",
        }
    )
    result = run("build", root)
    assert result.returncode == 1
    assert "Notes/Broken.md:3: error: frontmatter is not valid YAML" in result.stderr
    assert (root / "SDD/Shop SDD.md").exists()


def test_refused_overwrite_exits_1_naming_the_file(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Shop.md": "---\ntype: system\n---\n", "SDD/Shop SDD.md": "mine\n"})
    result = run("build", root)
    assert result.returncode == 1
    assert "SDD/Shop SDD.md: error:" in result.stderr
    assert (root / "SDD/Shop SDD.md").read_text(encoding="utf-8") == "mine\n"


def test_bad_config_key_is_a_usage_error_naming_the_key(make_vault: MakeVault) -> None:
    root = make_vault({"vaultsmith.toml": 'output = "SDD"\noutptu = "x"\n'})
    result = run("build", root)
    assert result.returncode == 2
    assert "vaultsmith.toml:2: outptu: unknown key" in result.stderr


@pytest.mark.parametrize("command", [(), ("build",)])
def test_help_teaches_with_an_example(command: tuple[str, ...]) -> None:
    result = run(*command, "--help")
    assert result.returncode == 0
    assert "Example:" in result.stdout
