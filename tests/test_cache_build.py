"""Builds with the cache: a build that changed nothing is remembered, and any change to what a
build reads (a note, an SDD, a template, the config) makes the next build a real one."""

from __future__ import annotations

import dataclasses
import sqlite3
import subprocess
import sys
from pathlib import Path

from conftest import MakeVault
from test_cache import age
from test_cli import EXECUTABLE, run

from vaultsmith import build
from vaultsmith.build import BuildReport
from vaultsmith.cache.store import cache_file
from vaultsmith.tools.check import lint

SYSTEM = "---\ntype: system\ndescription: Takes payments.\nowner: Team A\n---\n# Payments\n"
COMPONENT = '---\ntype: component\nsystem: "[[Payments]]"\nkind: service\n---\n# Ledger\n'


def settled(make_vault: MakeVault) -> Path:
    """A vault built once, with files old enough to be trusted to the cache."""
    root = make_vault({"Systems/Payments.md": SYSTEM, "Components/Ledger.md": COMPONENT})
    build(root)
    age(root)
    return root


def remembered(root: Path) -> int:
    with sqlite3.connect(cache_file(root)) as db:
        return int(db.execute("SELECT count(*) FROM builds").fetchone()[0])


def same(report: BuildReport, other: BuildReport) -> bool:
    return dataclasses.replace(report, seconds=0) == dataclasses.replace(other, seconds=0)


def test_a_build_that_changed_nothing_is_remembered_and_answers_the_next(make_vault: MakeVault) -> None:
    root = settled(make_vault)
    full = build(root)
    assert remembered(root) == 1
    assert same(build(root), full)
    assert same(build(root, use_cache=False), full)


def test_a_build_with_nothing_to_do_never_imports_the_analysis(make_vault: MakeVault) -> None:
    """It answers from the memo before networkx, watchdog or the SDD assembly are imported:
    they took half of every command's start."""
    root = settled(make_vault)
    build(root, lint=lint)  # wrote nothing: remembered (as the command builds: with check's lint)
    script = (
        "import runpy, sys\n"
        "sys.argv = ['vaultsmith', 'build', '--quiet', sys.argv[1]]\n"
        "try:\n"
        "    runpy.run_module('vaultsmith.cli', run_name='__main__')\n"
        "except SystemExit as done:\n"
        "    print(done.code)\n"
        "heavy = ('networkx', 'watchdog', 'vaultsmith.model.graph', 'vaultsmith.build.outputs',"
        " 'vaultsmith.tools.check')\n"
        "print(sorted(name for name in heavy if name in sys.modules))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(root)], capture_output=True, text=True, timeout=120
    )
    assert done.stdout.splitlines() == ["0", "[]"], done.stderr
    assert remembered(root) == 1


def test_a_build_that_wrote_is_not_remembered(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM})
    age(root)
    assert build(root).written
    assert remembered(root) == 0


def test_an_edited_note_is_built_again(make_vault: MakeVault) -> None:
    root = settled(make_vault)
    build(root)
    (root / "Components/Ledger.md").write_text(COMPONENT.replace("service", "worker"), encoding="utf-8")
    age(root)
    assert build(root).written == ("SDD/Payments SDD.md",)
    assert "worker" in (root / "SDD/Payments SDD.md").read_text(encoding="utf-8")


def test_a_hand_edited_or_deleted_sdd_is_restored(make_vault: MakeVault) -> None:
    root = settled(make_vault)
    build(root)
    sdd = root / "SDD/Payments SDD.md"
    good = sdd.read_bytes()
    sdd.write_bytes(good.replace(b"Takes payments.", b"Edited by hand."))
    age(root)
    assert build(root).written == ("SDD/Payments SDD.md",)
    sdd.unlink()
    assert build(root).written == ("SDD/Payments SDD.md",)
    assert sdd.read_bytes() == good


def test_a_changed_vault_template_is_used(make_vault: MakeVault) -> None:
    root = settled(make_vault)
    build(root)
    templates = root / ".vaultsmith/templates"
    templates.mkdir(parents=True)
    (templates / "standard.md.j2").write_text(
        "---\ngenerated_by: vaultsmith\n---\n# {{ doc.system.name }} (custom)\n", encoding="utf-8"
    )
    assert "SDD/Payments SDD.md" in build(root).written
    assert "(custom)" in (root / "SDD/Payments SDD.md").read_text(encoding="utf-8")


def test_a_changed_config_is_used(make_vault: MakeVault) -> None:
    root = settled(make_vault)
    build(root)
    (root / "vaultsmith.toml").write_text('output = "Design"\n', encoding="utf-8")
    assert "Design/Payments SDD.md" in build(root).written


def test_no_cache_option_builds_without_a_cache_file(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/Payments.md": SYSTEM})
    age(root)
    result = run("build", "--no-cache", root)
    assert result.returncode == 0, result.stderr
    assert not cache_file(root).exists()
    assert (root / "SDD/Payments SDD.md").is_file()


def test_two_builds_at_once_share_the_cache_safely(make_vault: MakeVault) -> None:
    notes = {f"Components/C{i}.md": COMPONENT.replace("Ledger", f"C{i}") for i in range(150)}
    root = make_vault({"Systems/Payments.md": SYSTEM, **notes})
    build(root)
    age(root)
    assert EXECUTABLE
    runs = [
        subprocess.Popen([EXECUTABLE, "build", "--quiet", str(root)], stderr=subprocess.PIPE, text=True)
        for _ in range(3)
    ]
    results = [(process.wait(timeout=120), process.communicate()[1]) for process in runs]
    assert results == [(0, "")] * 3
    with sqlite3.connect(cache_file(root)) as db:
        assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        assert db.execute("SELECT count(*) FROM notes").fetchone() == (len(list(root.rglob("*.md"))),)
