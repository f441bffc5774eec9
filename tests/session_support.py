"""Helpers for the session and watch tests: the invariant, checked against a fresh build."""

from __future__ import annotations

import difflib
import shutil
import tempfile
from pathlib import Path

from vaultsmith.build import build, load_vault
from vaultsmith.live.session import VaultSession
from vaultsmith.model.analysed import analyse


def generated(root: Path, output: str = "SDD") -> dict[str, bytes]:
    """Every file in the output folder, by vault path."""
    folder = root / output
    if not folder.is_dir():
        return {}
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def fresh_build(root: Path, output: str = "SDD") -> dict[str, bytes]:
    """What `vaultsmith build` writes for the vault as it is now, built in a copy of it."""
    with tempfile.TemporaryDirectory() as scratch:
        copy = Path(scratch) / "vault"
        shutil.copytree(root, copy, symlinks=True)
        build(copy)
        return generated(copy, output)


def differences(root: Path, output: str = "SDD") -> list[str]:
    """How the output folder differs from a fresh build: missing, extra and differing files
    (with a diff of the first differing one). Empty when they are byte-identical."""
    actual, expected = generated(root, output), fresh_build(root, output)
    problems = [f"missing {path}" for path in sorted(expected.keys() - actual.keys())]
    problems += [f"not written by a fresh build: {path}" for path in sorted(actual.keys() - expected.keys())]
    for path in sorted(actual.keys() & expected.keys()):
        if actual[path] != expected[path]:
            diff = difflib.unified_diff(
                expected[path].decode().splitlines(),
                actual[path].decode().splitlines(),
                "fresh",
                "watched",
                n=1,
            )
            problems.append(f"differs: {path}\n" + "\n".join(list(diff)[:40]))
    return problems


def assert_as_fresh_build(root: Path, output: str = "SDD") -> None:
    problems = differences(root, output)
    assert not problems, "\n".join(problems)


def assert_model_as_fresh(session: VaultSession) -> None:
    """The session's graph holds what a fresh analysis holds: the same nodes with the same
    properties, the same links out of each node in the same order."""
    fresh = analyse(load_vault(session.root, session.config)).graph
    live = session.live.model.graph
    assert sorted(live.nodes) == sorted(fresh.nodes)
    for node in fresh.nodes:
        assert dict(live.nodes[node]) == dict(fresh.nodes[node]), node
        assert list(live.out_edges(node, data=True)) == list(fresh.out_edges(node, data=True)), node
