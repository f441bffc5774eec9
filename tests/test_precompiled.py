"""The built-in templates ship compiled (templates/compiled/): current, and never used stale."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jinja2

from vaultsmith import precompiled
from vaultsmith.custom_templates import ENVIRONMENT_OPTIONS, TemplateSet, builtin_templates
from vaultsmith.render import FILTERS

REGENERATE = "run `.venv/bin/python tests/golden/regenerate.py` and commit templates/compiled/"


def test_the_committed_compiled_templates_are_what_the_templates_compile_to(tmp_path: Path) -> None:
    copy = tmp_path / "templates"
    shutil.copytree(builtin_templates(), copy, ignore=shutil.ignore_patterns("compiled"))
    fresh = precompiled.write(copy, ENVIRONMENT_OPTIONS, FILTERS)
    committed = builtin_templates() / precompiled.FOLDER
    names = sorted(path.name for path in fresh.iterdir())
    assert names == sorted(path.name for path in committed.iterdir() if path.is_file()), REGENERATE
    for name in names:
        assert (fresh / name).read_bytes() == (committed / name).read_bytes(), f"{name}: {REGENERATE}"


def test_a_build_uses_them(tmp_path: Path) -> None:
    loader = TemplateSet().environment().loader
    assert isinstance(loader, jinja2.ChoiceLoader)
    assert isinstance(loader.loaders[0], jinja2.ModuleLoader)


def stale_copy(tmp_path: Path) -> Path:
    copy = tmp_path / "templates"
    shutil.copytree(builtin_templates(), copy)
    return copy


def test_an_edited_template_is_compiled_from_its_text_not_taken_stale(tmp_path: Path) -> None:
    copy = stale_copy(tmp_path)
    assert precompiled.loader(copy, ENVIRONMENT_OPTIONS) is not None
    standard = copy / "standard.md.j2"
    standard.write_text(standard.read_text(encoding="utf-8") + "\nedited\n", encoding="utf-8")
    assert precompiled.loader(copy, ENVIRONMENT_OPTIONS) is None


def test_another_jinja2_or_other_options_or_a_broken_manifest_means_no_compiled_templates(
    tmp_path: Path,
) -> None:
    copy = stale_copy(tmp_path)
    manifest = copy / precompiled.FOLDER / precompiled.MANIFEST
    made = json.loads(manifest.read_text(encoding="utf-8"))
    assert precompiled.loader(copy, {**ENVIRONMENT_OPTIONS, "trim_blocks": False}) is None
    manifest.write_text(json.dumps({**made, "jinja2": "0.0"}), encoding="utf-8")
    assert precompiled.loader(copy, ENVIRONMENT_OPTIONS) is None
    manifest.write_text("{not json", encoding="utf-8")
    assert precompiled.loader(copy, ENVIRONMENT_OPTIONS) is None
    manifest.unlink()
    assert precompiled.loader(copy, ENVIRONMENT_OPTIONS) is None
