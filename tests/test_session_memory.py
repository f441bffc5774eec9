"""What a watch session keeps small gives back, when read, exactly what a fresh analysis has."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MakeVault
from session_support import assert_as_fresh_build, assert_model_as_fresh

from vaultsmith.build import load_vault
from vaultsmith.live import livemodel
from vaultsmith.live.session import VaultSession
from vaultsmith.model.analysed import analyse

VAULT = {
    "Systems/Shop.md": "---\ntype: system\n---\n# Shop\n\n## Overview\n\nCarts.\n",
    "Components/Cart.md": '---\ntype: component\nsystem: "[[Shop]]"\n---\nSee [[Ideas]].\n',
    "Notes/Ideas.md": "# Ideas\n\nMaybe a [[Cart|cart]] with émoji 🛒 one day.\n\n## Later\n\n"
    + "More. " * 500,
    "Notes/Empty.md": "---\ntags: [x]\n---\n",
    # ADRs: what classify reads from their text (status, links by number) is kept with them.
    "Decisions/0001-use-postgres.md": "# 1. Use Postgres\n\n## Status\n\nSuperseded by ADR-0002\n\n"
    + "## Context\n\nThe [[Cart]] needs rows.\n",
    "Decisions/0002-use-sqlite.md": "# 2. Use SQLite\n\nDate: 2026-01-02\n\n## Status\n\nAccepted\n\n"
    + "Supersedes [1. Use Postgres](0001-use-postgres.md)\n",
}


def _fresh_notes(root: Path) -> dict[str, object]:
    return dict(analyse(load_vault(root)).notes)


def test_every_note_read_through_the_session_is_the_note_a_fresh_analysis_reads(
    make_vault: MakeVault,
) -> None:
    root = make_vault(dict(VAULT))
    session = VaultSession(root)
    session.build()
    fresh = _fresh_notes(root)
    notes = session.live.model.notes
    for path, item in fresh.items():
        assert notes[path] == item, path
        assert notes.get(path) == item and session.live.note(path) == item
    assert dict(notes.items()) == fresh
    assert "Notes/Ideas.md" in notes and notes.get("Notes/Nothing.md") is None


def test_an_edit_to_the_body_of_a_note_no_sdd_quotes_reaches_the_model(make_vault: MakeVault) -> None:
    root = make_vault(dict(VAULT))
    session = VaultSession(root)
    session.build()
    text = (root / "Notes/Ideas.md").read_text(encoding="utf-8")
    (root / "Notes/Ideas.md").write_text(text.replace("one day", "next [[Shop|year]]"), encoding="utf-8")
    session.apply({"Notes/Ideas.md"}, set())
    assert "next [[Shop|year]]" in session.live.model.notes["Notes/Ideas.md"].note.body
    assert session.live.model.notes["Notes/Ideas.md"] == _fresh_notes(root)["Notes/Ideas.md"]
    assert_model_as_fresh(session)
    assert_as_fresh_build(root)


def test_notes_read_after_many_others_are_unpacked_again_as_they_were(
    make_vault: MakeVault, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(livemodel, "_UNPACKED", 2)  # every other read unpacks the note again
    root = make_vault(dict(VAULT))
    session = VaultSession(root)
    session.build()
    fresh = _fresh_notes(root)
    notes = session.live.model.notes
    for _ in range(3):
        for path, item in fresh.items():
            assert notes[path] == item, path


def test_an_edit_to_an_adr_named_by_number_reaches_the_model(make_vault: MakeVault) -> None:
    root = make_vault(dict(VAULT))
    session = VaultSession(root)
    session.build()
    path = "Decisions/0002-use-sqlite.md"
    (root / path).write_text((root / path).read_text(encoding="utf-8").replace("2. Use", "3. Use"))
    (root / "Decisions/0002-use-sqlite.md").rename(root / "Decisions/0003-use-sqlite.md")
    session.apply({"Decisions/0003-use-sqlite.md"}, {path})
    assert (
        session.live.model.notes["Decisions/0003-use-sqlite.md"]
        == _fresh_notes(root)["Decisions/0003-use-sqlite.md"]
    )
    assert_model_as_fresh(session)
    assert_as_fresh_build(root)


def test_a_vault_of_more_notes_than_the_packing_dictionary_is_sampled_from_reads_back_whole(
    make_vault: MakeVault,
) -> None:
    files = dict(VAULT)
    for number in range(150):  # more than the notes the dictionary is sampled from
        files[f"Notes/Idea {number}.md"] = f"---\ntags: [idea]\nrank: {number}\n---\n# Idea {number}\n\n" + (
            f"Ties [[Cart]] to [[Idea {number + 1}]]. " * (number % 7)
        )
    root = make_vault(files)
    session = VaultSession(root)
    session.build()
    fresh = _fresh_notes(root)
    assert dict(session.live.model.notes.items()) == fresh
    assert_model_as_fresh(session)
