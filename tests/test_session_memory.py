"""What a watch session keeps small gives back, when read, exactly what a fresh analysis has."""

from __future__ import annotations

from pathlib import Path

from conftest import MakeVault
from session_support import assert_as_fresh_build, assert_model_as_fresh

from vaultsmith.build import load_vault
from vaultsmith.live.session import VaultSession
from vaultsmith.model.analysed import analyse

VAULT = {
    "Systems/Shop.md": "---\ntype: system\n---\n# Shop\n\n## Overview\n\nCarts.\n",
    "Components/Cart.md": '---\ntype: component\nsystem: "[[Shop]]"\n---\nSee [[Ideas]].\n',
    "Notes/Ideas.md": "# Ideas\n\nMaybe a [[Cart|cart]] with émoji 🛒 one day.\n\n## Later\n\n"
    + "More. " * 500,
    "Notes/Empty.md": "---\ntags: [x]\n---\n",
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
