"""VaultSession: one changed file costs one file's work, and the SDDs stay what a fresh build
writes. Each case changes a real vault on disk, tells the session, and compares."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import MakeVault
from session_support import assert_as_fresh_build, assert_model_as_fresh

from vaultsmith.errors import ConfigError
from vaultsmith.live.session import VaultSession

SHOP = "SDD/Shop SDD.md"
PAY = "SDD/Pay SDD.md"

VAULT = {
    "Systems/Shop.md": "---\ntype: system\nowner: Ana\ndescription: Sells things.\n---\n# Shop\n",
    "Systems/Pay.md": "---\ntype: system\nowner: Bo\ndescription: Takes money.\n---\n",
    "Components/Cart.md": (
        '---\ntype: component\nsystem: "[[Shop]]"\nkind: service\nowner: Ana\n'
        'uses: ["[[Redis]]"]\ndepends_on: ["[[Ledger]]"]\ndescription: Holds carts.\n---\n'
        "Publishes to [[Queue]].\n"
    ),
    "Components/Ledger.md": (
        '---\ntype: component\nsystem: "[[Pay]]"\nkind: database\nowner: Bo\ndescription: Books.\n---\n'
    ),
    "Technologies/Redis.md": "---\ntype: technology\ncategory: cache\nversion: '7'\n---\n",
    "Decisions/0001-use-redis.md": (
        '---\ntype: adr\nstatus: accepted\nsystem: "[[Shop]]"\ndecision_area: cache\n'
        'chosen: "[[Redis]]"\ndate: 2024-01-02\n---\n# Use Redis\n'
    ),
    "Notes/Ideas.md": "Maybe a [[queue]] one day.\n",
}


@pytest.fixture
def vault(make_vault: MakeVault) -> Path:
    return make_vault(dict(VAULT))


@pytest.fixture
def session(vault: Path) -> VaultSession:
    session = VaultSession(vault)
    session.build()
    return session


def write(root: Path, path: str, text: str) -> str:
    target = root / path
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    return path


def edit(root: Path, path: str, old: str, new: str) -> str:
    text = (root / path).read_text(encoding="utf-8")
    assert old in text
    return write(root, path, text.replace(old, new, 1))


def test_build_writes_what_a_fresh_build_writes(vault: Path, session: VaultSession) -> None:
    assert (vault / SHOP).is_file() and (vault / PAY).is_file()
    assert_as_fresh_build(vault)
    assert_model_as_fresh(session)


def test_editing_a_component_rewrites_only_its_systems_sdd(vault: Path, session: VaultSession) -> None:
    report = session.apply({edit(vault, "Components/Cart.md", "owner: Ana", "owner: Cy")}, set())
    assert SHOP in report.written
    assert PAY not in report.written
    assert report.notes_read == 1
    assert_as_fresh_build(vault)


def test_the_first_save_after_a_build_that_wrote_nothing_remakes_only_what_read_it(vault: Path) -> None:
    # A watch started on a vault whose SDDs are current: its build writes nothing. The nodes of
    # that first build are not news to the first save (they once made it remake every SDD).
    VaultSession(vault).build()
    session = VaultSession(vault)
    assert session.build().written == ()
    report = session.apply({edit(vault, "Components/Cart.md", "owner: Ana", "owner: Cy")}, set())
    assert report.systems == 1
    assert report.written == (SHOP,)
    assert_as_fresh_build(vault)


def test_a_save_without_change_writes_nothing(vault: Path, session: VaultSession) -> None:
    report = session.apply({edit(vault, "Components/Cart.md", "Holds", "Holds")}, set())
    assert report.written == () and report.removed == ()


def test_a_note_no_sdd_reads_rewrites_nothing(vault: Path, session: VaultSession) -> None:
    report = session.apply({edit(vault, "Notes/Ideas.md", "one day", "some day")}, set())
    assert (report.written, report.systems) == ((), 0)
    assert_as_fresh_build(vault)


def test_a_new_note_resolves_a_link_that_had_no_note(vault: Path, session: VaultSession) -> None:
    before = (vault / SHOP).read_text(encoding="utf-8")
    assert "[[Queue]], which has no note yet" in before
    report = session.apply({write(vault, "Components/Queue.md", "---\ntype: component\n---\n")}, set())
    assert SHOP in report.written
    assert "which has no note yet" not in (vault / SHOP).read_text(encoding="utf-8")
    assert_as_fresh_build(vault)
    assert_model_as_fresh(session)


def test_a_new_note_in_the_linkers_folder_wins_obsidians_same_folder_rule(
    vault: Path, session: VaultSession
) -> None:
    note = write(vault, "Components/Redis.md", "---\ntype: technology\ncategory: database\n---\n")
    report = session.apply({note}, set())
    assert SHOP in report.written
    assert "| database | [[Redis]] |" in (vault / SHOP).read_text(encoding="utf-8")  # Components/Redis
    assert_as_fresh_build(vault)
    assert_model_as_fresh(session)


def test_deleting_the_winning_note_sends_links_back(vault: Path, session: VaultSession) -> None:
    note = write(vault, "Components/Redis.md", "---\ntype: technology\n---\n")
    session.apply({note}, set())
    (vault / note).unlink()
    session.apply(set(), {note})
    assert_as_fresh_build(vault)
    assert_model_as_fresh(session)


def test_renaming_a_system_replaces_its_sdd(vault: Path, session: VaultSession) -> None:
    (vault / "Systems/Pay.md").rename(vault / "Systems/Payments.md")
    report = session.apply({"Systems/Payments.md"}, {"Systems/Pay.md"})
    assert PAY in report.removed
    assert "SDD/Payments SDD.md" in report.written
    assert not (vault / PAY).exists()
    assert_as_fresh_build(vault)


def test_deleting_a_system_removes_its_sdd_and_canvas_and_updates_the_others(
    vault: Path, session: VaultSession
) -> None:
    (vault / "Systems/Pay.md").unlink()
    report = session.apply(set(), {"Systems/Pay.md"})
    assert report.removed == (PAY, "SDD/Pay.canvas")
    assert SHOP in report.written  # Ledger, Cart's dependency, no longer belongs to a system
    assert_as_fresh_build(vault)
    assert_model_as_fresh(session)


def test_moving_a_component_to_another_system_rewrites_both(vault: Path, session: VaultSession) -> None:
    report = session.apply({edit(vault, "Components/Cart.md", "[[Shop]]", "[[Pay]]")}, set())
    assert {SHOP, PAY} <= set(report.written)
    assert_as_fresh_build(vault)


def test_moving_an_untyped_note_between_folders_changes_its_type(vault: Path, session: VaultSession) -> None:
    write(vault, "Notes/Search.md", '---\nsystem: "[[Shop]]"\nkind: service\n---\n')
    session.apply({"Notes/Search.md"}, set())
    (vault / "Notes/Search.md").rename(vault / "Components/Search.md")
    report = session.apply({"Components/Search.md"}, {"Notes/Search.md"})
    assert SHOP in report.written
    assert "Search" in (vault / SHOP).read_text(encoding="utf-8")
    assert_as_fresh_build(vault)


def test_deleting_a_folder_forgets_every_note_in_it(vault: Path, session: VaultSession) -> None:
    shutil.rmtree(vault / "Components")
    session.apply(set(), {"Components"})
    assert_as_fresh_build(vault)
    assert_model_as_fresh(session)


def test_a_folder_moved_into_the_vault_is_read_whole(
    vault: Path, session: VaultSession, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere/Billing"
    outside.mkdir(parents=True)
    (outside / "Invoicer.md").write_text('---\ntype: component\nsystem: "[[Pay]]"\n---\n', encoding="utf-8")
    (outside / "Billing.md").write_text("---\ntype: system\n---\n", encoding="utf-8")
    outside.rename(vault / "Billing")
    report = session.apply({"Billing"}, set())
    assert {"SDD/Billing SDD.md", PAY} <= set(report.written)
    assert_as_fresh_build(vault)


def test_a_dependency_cycle_is_reported_and_cleared(vault: Path, session: VaultSession) -> None:
    session.apply({edit(vault, "Components/Ledger.md", "kind:", 'depends_on: ["[[Cart]]"]\nkind:')}, set())
    assert "dependency cycle: " in (vault / SHOP).read_text(encoding="utf-8")
    assert_as_fresh_build(vault)
    session.apply({edit(vault, "Components/Ledger.md", 'depends_on: ["[[Cart]]"]\n', "")}, set())
    assert "dependency cycle: " not in (vault / SHOP).read_text(encoding="utf-8")
    assert_as_fresh_build(vault)


def test_a_config_change_is_a_full_build(vault: Path, session: VaultSession) -> None:
    report = session.apply({write(vault, "vaultsmith.toml", 'output = "Design"\n')}, set())
    assert "Design/Shop SDD.md" in report.written
    assert_as_fresh_build(vault, "Design")


def test_a_broken_config_raises_and_keeps_the_session(vault: Path, session: VaultSession) -> None:
    with pytest.raises(ConfigError, match="outptu"):
        session.apply({write(vault, "vaultsmith.toml", 'outptu = "x"\n')}, set())
    (vault / "vaultsmith.toml").unlink()
    report = session.apply({edit(vault, "Components/Cart.md", "owner: Ana", "owner: Cy")}, set())
    assert SHOP in report.written


def test_a_note_that_stops_parsing_keeps_its_last_good_state_until_fixed(
    vault: Path, session: VaultSession
) -> None:
    good = (vault / "Components/Cart.md").read_text(encoding="utf-8")
    shop = (vault / SHOP).read_bytes()
    report = session.apply({write(vault, "Components/Cart.md", "---\nsystem: [unclosed\n---\n")}, set())
    assert [f"{d.path}:{d.line}" for d in report.errors] == ["Components/Cart.md:2"]
    assert (vault / SHOP).read_bytes() == shop
    report = session.apply({write(vault, "Components/Cart.md", good.replace("Ana", "Cy"))}, set())
    assert report.ok and SHOP in report.written
    assert_as_fresh_build(vault)


def test_a_hand_edited_sdd_is_restored(vault: Path, session: VaultSession) -> None:
    edit(vault, SHOP, "Sells things.", "Sells nothing.")
    report = session.apply({SHOP}, set())
    assert report.written == (SHOP,)
    assert_as_fresh_build(vault)


def test_a_deleted_sdd_folder_is_written_again(vault: Path, session: VaultSession) -> None:
    shutil.rmtree(vault / "SDD")
    session.apply(set(), {"SDD"})
    assert_as_fresh_build(vault)


def test_a_generated_note_copied_into_the_output_folder_is_removed(
    vault: Path, session: VaultSession
) -> None:
    shutil.copy(vault / SHOP, vault / "SDD/Copy.md")
    report = session.apply({"SDD/Copy.md"}, set())
    assert report.removed == ("SDD/Copy.md",)
    assert_as_fresh_build(vault)


def test_a_note_in_the_way_is_refused_and_written_once_it_moves(vault: Path, session: VaultSession) -> None:
    write(vault, "Systems/Ship.md", "---\ntype: system\n---\n")
    write(vault, "SDD/Ship SDD.md", "my own note\n")
    report = session.apply({"Systems/Ship.md", "SDD/Ship SDD.md"}, set())
    assert "SDD/Ship SDD.md" in report.refused
    assert (vault / "SDD/Ship SDD.md").read_text(encoding="utf-8") == "my own note\n"
    (vault / "SDD/Ship SDD.md").rename(vault / "Notes/Mine.md")
    report = session.apply({"Notes/Mine.md"}, {"SDD/Ship SDD.md"})
    assert "SDD/Ship SDD.md" in report.written
    assert_as_fresh_build(vault)


def test_an_unresolved_link_is_named_by_the_first_note_linking_it(vault: Path, session: VaultSession) -> None:
    write(vault, "Components/Aardvark.md", '---\ntype: component\nsystem: "[[Shop]]"\n---\nSee [[QUEUE]].\n')
    session.apply({"Components/Aardvark.md"}, set())
    assert_model_as_fresh(session)
    (vault / "Components/Aardvark.md").unlink()
    session.apply(set(), {"Components/Aardvark.md"})
    assert_model_as_fresh(session)
    assert_as_fresh_build(vault)


def test_an_attachment_that_appears_resolves_an_embed(vault: Path, session: VaultSession) -> None:
    session.apply({edit(vault, "Components/Cart.md", "Publishes", "![[cart.png]] Publishes")}, set())
    (vault / "Components/cart.png").write_bytes(b"\x89PNG")
    report = session.apply({"Components/cart.png"}, set())
    assert SHOP in report.written
    assert_as_fresh_build(vault)
    assert_model_as_fresh(session)


def test_hidden_and_ignored_files_are_not_read(vault: Path, session: VaultSession) -> None:
    write(vault, ".obsidian/workspace.md", "---\ntype: system\n---\n")
    write(vault, ".trash/Old.md", "---\ntype: system\n---\n")
    report = session.apply({".obsidian/workspace.md", ".trash/Old.md"}, set())
    assert (report.notes_read, report.written) == (0, ())


def test_own_writes_are_known_until_someone_else_changes_the_file(vault: Path, session: VaultSession) -> None:
    session.apply({edit(vault, "Components/Cart.md", "owner: Ana", "owner: Cy")}, set())
    assert session.is_own_write(SHOP)
    assert not session.is_own_write("Components/Cart.md")
    edit(vault, SHOP, "Sells", "Sold")
    assert not session.is_own_write(SHOP)


def test_apply_before_build_builds(vault: Path) -> None:
    report = VaultSession(vault).apply({"Components/Cart.md"}, set())
    assert SHOP in report.written


BRIEF = """---
type: sdd
system: {{ link(doc.system) | yaml }}
generated_by: {{ ("vaultsmith " ~ version) | yaml }}
---
# Brief of {{ doc.system.name }}
{% for c in doc.components %}
- {{ link(c.ref) }}
{% endfor %}
"""


def test_a_vault_template_change_is_a_full_build(vault: Path, session: VaultSession) -> None:
    edit(vault, "Systems/Shop.md", "owner: Ana", "owner: Ana\nsdd_template: brief")
    session.apply({"Systems/Shop.md"}, set())  # no such style yet: reported, old SDD kept
    report = session.apply({write(vault, ".vaultsmith/templates/brief.md.j2", BRIEF)}, set())
    assert SHOP in report.written
    assert (vault / SHOP).read_text(encoding="utf-8").startswith("---\ntype: sdd")
    assert "# Brief of Shop" in (vault / SHOP).read_text(encoding="utf-8")
    assert_as_fresh_build(vault)


def test_an_sdd_that_cannot_be_written_is_tried_again(vault: Path, session: VaultSession) -> None:
    (vault / SHOP).unlink()
    (vault / SHOP).mkdir()  # something in the way that is not a note
    report = session.apply({edit(vault, "Components/Cart.md", "owner: Ana", "owner: Cy")}, set())
    assert [d.code for d in report.errors] == ["write-failed"]
    assert session.pending_writes
    (vault / SHOP).rmdir()
    report = session.apply(set(), set())
    assert report.written == (SHOP,)
    assert not session.pending_writes
    assert_as_fresh_build(vault)


def test_a_link_read_while_making_another_sdd_is_noted_for_each_that_reads_it(
    vault: Path, session: VaultSession
) -> None:
    # Both SDDs read which systems Ledger is part of (Pay's own component, Shop's dependency);
    # a graph query made for one SDD is not an answer the other may take without noting it.
    report = session.apply(
        {write(vault, "Systems/Bank.md", '---\ntype: system\nhas_component: ["[[Ledger]]"]\n---\n')}, set()
    )
    assert SHOP in report.written
    assert_as_fresh_build(vault)
