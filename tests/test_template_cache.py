"""The built-in templates' compiled code is kept by jinja2's own bytecode cache, in vaultsmith's
user cache folder: never in the repository, never stale after an edit or a jinja2 upgrade."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from vaultsmith.build import build
from vaultsmith.config.resources import builtin_templates
from vaultsmith.render import templates

SAMPLE_VAULT = Path(__file__).resolve().parent.parent / "sample_vault"


@pytest.fixture(autouse=True)
def fresh_environments() -> Iterator[None]:
    templates._environment.cache_clear()
    yield
    templates._environment.cache_clear()


def test_a_build_keeps_the_compiled_templates_in_the_user_cache_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VAULTSMITH_CACHE_DIR", str(tmp_path / "cache"))
    vault = tmp_path / "vault"
    shutil.copytree(SAMPLE_VAULT, vault, ignore=shutil.ignore_patterns("SDD"))
    assert build(vault).ok
    kept = list((tmp_path / "cache" / "templates").iterdir())
    assert len(kept) >= 2  # the style and the shared pieces it includes
    assert not (builtin_templates() / "compiled").exists()


def test_an_edited_template_is_compiled_from_its_text_not_taken_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("VAULTSMITH_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "x.md.j2").write_text("first {{ 1 + 1 }}\n", encoding="utf-8")
    assert templates._environment(str(folder), None).get_template("x.md.j2").render() == "first 2\n"
    templates._environment.cache_clear()
    (folder / "x.md.j2").write_text("second {{ 2 + 2 }}\n", encoding="utf-8")
    assert templates._environment(str(folder), None).get_template("x.md.j2").render() == "second 4\n"


def test_the_template_cache_can_be_switched_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VAULTSMITH_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv(templates.TEMPLATE_CACHE_VARIABLE, "0")
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "x.md.j2").write_text("{{ 3 }}\n", encoding="utf-8")
    assert templates._environment(str(folder), None).get_template("x.md.j2").render() == "3\n"
    assert not (tmp_path / "cache" / "templates").exists()


def test_an_unwritable_cache_folder_still_renders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("VAULTSMITH_CACHE_DIR", str(blocker / "cache"))
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "x.md.j2").write_text("{{ 4 }}\n", encoding="utf-8")
    assert templates._environment(str(folder), None).get_template("x.md.j2").render() == "4\n"
