"""`vaultsmith init`: a working vault from nothing, and never a changed byte in an existing file."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import subprocess
from pathlib import Path

import pytest
from conftest import MakeVault
from test_cli import EXECUTABLE, run
from typer.testing import CliRunner

from vaultsmith.cli import app
from vaultsmith.config import Config, load_config
from vaultsmith.tools.init import init_vault, starter_files
from vaultsmith.tools.obsidian import colour_groups

NOTE_TYPES = ("system", "prd", "component", "technology", "adr")


def _fingerprint(root: Path) -> dict[str, str]:
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_init_then_build_and_check_find_no_errors_or_warnings(tmp_path: Path) -> None:
    vault = tmp_path / "new-vault"
    created = run("init", vault)
    assert created.returncode == 0, created.stderr
    built = run("build", vault)
    assert built.returncode == 0, built.stderr
    assert "1 SDDs written" in built.stdout
    checked = run("check", "--strict", "--format", "json", vault)
    assert checked.returncode == 0, checked.stdout
    assert {record["severity"] for record in json.loads(checked.stdout)} <= {"info"}


def test_init_writes_a_template_and_an_example_of_each_type(tmp_path: Path) -> None:
    root = tmp_path / "v"
    report = init_vault(root)
    templates = {
        path.stem.lower(): path.read_text(encoding="utf-8") for path in (root / "Templates").glob("*.md")
    }
    assert set(templates) == set(NOTE_TYPES)
    for kind, text in templates.items():
        assert text.startswith(f"---\ntype: {kind}\n")
        assert "{{title}}" in text
    examples = [p for p in root.rglob("*.md") if "Templates" not in p.parts]
    declared = {
        line
        for p in examples
        for line in p.read_text(encoding="utf-8").splitlines()
        if line.startswith("type:")
    }
    assert declared == {f"type: {kind}" for kind in NOTE_TYPES}
    assert json.loads((root / ".obsidian/templates.json").read_text(encoding="utf-8")) == {
        "folder": "Templates"
    }
    assert "vaultsmith.toml" in report.created


def test_generated_config_is_valid_and_ignores_the_templates(tmp_path: Path) -> None:
    init_vault(tmp_path)
    config = load_config(tmp_path)
    assert config.ignore == ("Templates/**",)
    text = (tmp_path / "vaultsmith.toml").read_text(encoding="utf-8")
    assert '# output = "SDD"' in text  # defaults shown, commented


def test_generated_config_shows_every_setting() -> None:
    text = dict(starter_files("Templates", examples=False))["vaultsmith.toml"].decode("utf-8")
    for field in dataclasses.fields(Config):
        if field.name != "source" and not field.metadata.get("derived"):
            assert re.search(rf"^#? ?\[*{field.name}\b", text, re.MULTILINE), (
                f"vaultsmith/starter/vaultsmith.toml should show `{field.name}` and its default"
            )


def test_init_never_changes_an_existing_file(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "vaultsmith.toml": 'output = "Design"\n',
            "Templates/ADR.md": "my own ADR template\n",
            "Systems/Mine.md": "---\ntype: system\n---\n",
        }
    )
    before = _fingerprint(root)
    result = run("init", root)
    assert result.returncode == 0, result.stderr
    after = _fingerprint(root)
    assert {path: after[path] for path in before} == before
    assert "kept:    vaultsmith.toml (already there)" in result.stdout
    assert "Templates/System.md" in after


def test_init_adds_no_examples_to_a_vault_that_has_notes(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Mine.md": "---\ntype: system\n---\n"})
    init_vault(root)
    assert not (root / "Systems/Example Shop.md").exists()
    init_vault(root, examples=True)
    assert (root / "Systems/Example Shop.md").exists()


def test_second_init_changes_nothing(tmp_path: Path) -> None:
    init_vault(tmp_path, graph_colours=True)
    before = _fingerprint(tmp_path)
    again = init_vault(tmp_path, graph_colours=True)
    assert (again.created, again.colour_groups) == ((), ())
    assert _fingerprint(tmp_path) == before


def test_existing_config_without_the_templates_ignored_gets_a_notice(make_vault: MakeVault) -> None:
    root = make_vault({"vaultsmith.toml": 'output = "SDD"\n'})
    result = CliRunner().invoke(app, ["init", str(root)])
    assert result.exit_code == 0
    assert 'add "Templates/**" to `ignore`' in result.stderr


def test_templates_go_to_the_folder_obsidian_is_set_to(make_vault: MakeVault) -> None:
    root = make_vault({".obsidian/templates.json": '{"folder": "Meta/Note templates"}'})
    init_vault(root)
    assert (root / "Meta/Note templates/ADR.md").is_file()
    assert not (root / "Templates").exists()
    assert load_config(root).ignore == ("Meta/Note templates/**",)


def test_graph_colours_merge_keeps_existing_groups_and_settings(make_vault: MakeVault) -> None:
    mine = {"query": "path:Inbox", "color": {"a": 1, "rgb": 16711680}}
    settings = {"collapse-filter": False, "showTags": True, "scale": 0.8, "colorGroups": [mine]}
    root = make_vault({".obsidian/graph.json": json.dumps(settings)})
    result = run("init", root, "--graph-colours")
    assert result.returncode == 0, result.stderr
    merged = json.loads((root / ".obsidian/graph.json").read_text(encoding="utf-8"))
    assert {key: merged[key] for key in settings if key != "colorGroups"} == {
        key: value for key, value in settings.items() if key != "colorGroups"
    }
    assert merged["colorGroups"][0] == mine
    added = merged["colorGroups"][1:]
    assert [group["query"] for group in added] == [
        group["query"] for group in colour_groups(load_config(root))
    ]
    assert all(
        set(group["color"]) == {"a", "rgb"} and isinstance(group["color"]["rgb"], int) for group in added
    )


def test_colour_group_queries_use_the_type_property_tags_and_folders() -> None:
    queries = {group["query"].split(" OR ")[0]: group["query"] for group in colour_groups(Config())}
    assert "[type:adr]" in queries
    assert "tag:#adr" in queries["[type:adr]"]
    assert 'path:"decisions/"' in queries["[type:adr]"]


def test_graph_json_that_is_not_json_is_left_alone(make_vault: MakeVault) -> None:
    root = make_vault({".obsidian/graph.json": "{not json"})
    result = run("init", root, "--graph-colours")
    assert result.returncode == 1
    assert ".obsidian/graph.json:1: not valid JSON" in result.stderr
    assert (root / ".obsidian/graph.json").read_text(encoding="utf-8") == "{not json"


def test_starter_files_are_listed_in_path_order_without_examples_when_asked() -> None:
    paths = [path for path, _ in starter_files("Templates", examples=False)]
    assert paths == sorted(paths)
    assert all(p.startswith(("Templates/", ".obsidian/")) or p == "vaultsmith.toml" for p in paths)


def test_shell_completion_is_offered() -> None:
    assert "--install-completion" in run("--help").stdout
    # `--show-completion` is for the shell it runs in, found among its parent processes: run
    # from bash here, as the suite itself may run with no shell above it (`; exit`: so that bash
    # waits for the command instead of becoming it).
    script = f'"{EXECUTABLE}" --show-completion; exit $?'
    shown = subprocess.run(["bash", "-c", script], capture_output=True, text=True, timeout=120)
    assert shown.returncode == 0, shown.stderr
    assert "complete" in shown.stdout


@pytest.mark.parametrize("command", ["check", "graph", "init", "new"])
def test_every_new_command_help_has_an_example(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"], terminal_width=200)
    assert result.exit_code == 0
    assert "Example: vaultsmith " + command in result.stdout
