"""`vaultsmith init` tells Obsidian the types of the properties vaultsmith reads
(`.obsidian/types.json`), and never changes a type the user set or any other key."""

from __future__ import annotations

import json
from pathlib import Path

from conftest import MakeVault
from test_cli import run

TYPES = ".obsidian/types.json"


def types(root: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads((root / TYPES).read_text(encoding="utf-8"))
    return data


def test_init_gives_each_property_vaultsmith_reads_its_obsidian_type(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    result = run("init", root)
    assert result.returncode == 0, result.stderr
    assert "property types:" in result.stdout
    given = types(root)["types"]
    assert isinstance(given, dict)
    expected = {"date": "date", "status": "text", "depends_on": "multitext", "uses": "multitext"}
    expected |= {"supersedes": "multitext", "coverage": "number", "version": "text"}
    assert expected.items() <= given.items()
    assert set(given.values()) <= {"text", "multitext", "number", "checkbox", "date", "datetime"}


def test_init_keeps_every_type_the_user_set_and_every_other_setting(make_vault: MakeVault) -> None:
    mine = {"types": {"status": "multitext", "rating": "number"}, "theirs": [1, 2]}
    root = make_vault({TYPES: json.dumps(mine), "Notes/a.md": "# a\n"})
    assert run("init", root).returncode == 0
    after = types(root)
    assert after["theirs"] == [1, 2]
    given = after["types"]
    assert isinstance(given, dict)
    assert given["status"] == "multitext" and given["rating"] == "number"
    assert given["date"] == "date"


def test_a_second_init_changes_no_byte_of_the_types(make_vault: MakeVault) -> None:
    root = make_vault({"Notes/a.md": "# a\n"})
    assert run("init", root).returncode == 0
    before = ((root / TYPES).read_bytes(), (root / TYPES).stat().st_mtime_ns)
    result = run("init", root)
    assert result.returncode == 0 and "property types:" not in result.stdout
    assert ((root / TYPES).read_bytes(), (root / TYPES).stat().st_mtime_ns) == before


def test_a_broken_types_file_is_left_as_it_is_with_a_notice(make_vault: MakeVault) -> None:
    root = make_vault({TYPES: "{not json", "Notes/a.md": "# a\n"})
    result = run("init", root)
    assert result.returncode == 0
    assert TYPES in result.stderr and "no property types were added" in result.stderr
    assert (root / TYPES).read_text(encoding="utf-8") == "{not json"
