"""A watch session keeps membership as a fresh build has it: a vault gaining or losing its only
system, a system note linking a component, a folder assigned in config."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MakeVault
from session_support import assert_as_fresh_build

from vaultsmith.live.session import VaultSession

ONE_SYSTEM = {
    "Ledger.md": "---\ntype: system\n---\n# Ledger\n",
    "Components/Book.md": "---\ntype: component\n---\n",
    "doc/adr/0001-use-postgres.md": "# 1. Use Postgres\n\n## Status\n\nAccepted\n",
}


@pytest.fixture
def vault(make_vault: MakeVault) -> Path:
    return make_vault(dict(ONE_SYSTEM))


@pytest.fixture
def session(vault: Path) -> VaultSession:
    session = VaultSession(vault)
    session.build()
    return session


def sdd(vault: Path, system: str) -> str:
    return (vault / "SDD" / f"{system} SDD.md").read_text(encoding="utf-8")


def test_a_second_system_takes_the_only_systems_members_away(vault: Path, session: VaultSession) -> None:
    assert "[[Book]]" in sdd(vault, "Ledger")
    (vault / "Bank.md").write_text("---\ntype: system\n---\n", encoding="utf-8")
    session.apply({"Bank.md"}, set())
    assert "[[Book]]" not in sdd(vault, "Ledger")
    assert_as_fresh_build(vault)


def test_losing_the_second_system_gives_the_only_one_its_members_back(
    vault: Path, session: VaultSession
) -> None:
    (vault / "Bank.md").write_text("---\ntype: system\n---\n", encoding="utf-8")
    session.apply({"Bank.md"}, set())
    (vault / "Bank.md").unlink()
    session.apply(set(), {"Bank.md"})
    assert "[[0001-use-postgres]]" in sdd(vault, "Ledger")
    assert_as_fresh_build(vault)


def test_a_system_note_that_starts_linking_a_component_claims_it(vault: Path, session: VaultSession) -> None:
    (vault / "Bank.md").write_text("---\ntype: system\n---\n", encoding="utf-8")
    session.apply({"Bank.md"}, set())
    (vault / "Bank.md").write_text("---\ntype: system\n---\nParts: [[Book]].\n", encoding="utf-8")
    session.apply({"Bank.md"}, set())
    assert "[[Book]]" in sdd(vault, "Bank")
    assert_as_fresh_build(vault)
