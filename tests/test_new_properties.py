"""Setting one property in a note a person wrote: that property changes, no other byte does."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from vaultsmith.errors import VaultsmithError
from vaultsmith.tools.properties import read_frontmatter, set_property, yaml_list, yaml_string
from vaultsmith.write.create import create_file


def test_replaces_the_line_of_an_existing_property() -> None:
    text = "---\na: 1\nstatus: accepted # decided\nb: 2\n---\nbody\n"
    assert set_property(text, "status", "superseded") == "---\na: 1\nstatus: superseded\nb: 2\n---\nbody\n"


@pytest.mark.parametrize("items", ["  - x\n  - y\n", "- x\n- y\n"])
def test_replaces_a_block_list_with_all_its_lines(items: str) -> None:
    text = f"---\nsuperseded_by:\n{items}after: 1\n---\n"
    assert (
        set_property(text, "superseded_by", yaml_list(["z"])) == '---\nsuperseded_by: ["z"]\nafter: 1\n---\n'
    )


def test_adds_a_missing_property_at_the_end_of_the_frontmatter() -> None:
    text = "---\na: 1\n---\n# Title\n"
    assert set_property(text, "status", "superseded") == "---\na: 1\nstatus: superseded\n---\n# Title\n"


def test_a_nested_key_of_the_same_name_is_not_the_property() -> None:
    text = "---\nmeta:\n  status: draft\n---\n"
    edited = set_property(text, "status", "superseded")
    assert read_frontmatter(edited) == {"meta": {"status": "draft"}, "status": "superseded"}


def test_adds_frontmatter_to_a_note_without_any_keeping_bom_and_newlines() -> None:
    text = "\ufeff# Title\r\n\r\nBody\r\n"
    assert set_property(text, "k", "v") == "\ufeff---\r\nk: v\r\n---\r\n# Title\r\n\r\nBody\r\n"


def test_refuses_an_edit_that_would_change_another_property() -> None:
    duplicated = "---\nstatus: a\nstatus: b\n---\n"  # YAML keeps the last; editing the first would not
    with pytest.raises(VaultsmithError, match="without changing other properties"):
        set_property(duplicated, "status", "superseded")


def test_refuses_frontmatter_that_is_not_valid_yaml() -> None:
    with pytest.raises(VaultsmithError, match="not valid YAML"):
        set_property("---\na: [unclosed\n---\n", "status", "x")


@given(st.text(min_size=0, max_size=40))
def test_yaml_string_reads_back_as_the_same_text(value: str) -> None:
    edited = set_property("---\na: 1\n---\n", "link", yaml_string(value))
    assert read_frontmatter(edited) == {"a": 1, "link": value}


@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60))
def test_body_bytes_are_kept_whatever_they_are(body: str) -> None:
    text = "---\nstatus: accepted\n---\n" + body
    assert set_property(text, "status", "superseded") == "---\nstatus: superseded\n---\n" + body


def test_create_file_never_replaces_an_existing_file(tmp_path: Path) -> None:
    target = tmp_path / "deep" / "note.md"
    assert create_file(target, b"first")
    assert not create_file(target, b"second")
    assert target.read_bytes() == b"first"
    assert sorted(p.name for p in target.parent.iterdir()) == ["note.md"]  # no temporary left


def test_create_file_does_not_follow_a_dangling_symlink(tmp_path: Path) -> None:
    link = tmp_path / "link.md"
    link.symlink_to(tmp_path / "elsewhere.md")
    assert not create_file(link, b"data")
    assert not (tmp_path / "elsewhere.md").exists()
