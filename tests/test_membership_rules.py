"""Membership without editing notes: a system note claims what it links, a folder can be
assigned to a system, a vault's only system has what names none; each SDD says why."""

from __future__ import annotations

from pathlib import Path

from conftest import MakeVault

from vaultsmith.build import load_vault
from vaultsmith.model.analysed import analyse
from vaultsmith.model.membership import Reason
from vaultsmith.sdd.assemble import assemble
from vaultsmith.sdd.design import SddDocument


def documents(root: Path) -> dict[str, SddDocument]:
    return {doc.system.name: doc for doc in assemble(analyse(load_vault(root)))}


def reasons(document: SddDocument) -> dict[str, str]:
    return {ref.name: why for ref, why in document.member_reasons}


TWO_SYSTEMS: dict[str, str | bytes] = {
    "Shop.md": (
        "---\ntype: system\n---\n## Components\n- [[Cart]]\n- [[Pricing]]\n- [[Ledger]]\n\n"
        "[[Shop PRD]], [[0001-go]]\n"
    ),
    "Bank.md": "---\ntype: system\n---\n",
    "Cart.md": "---\ntype: component\n---\nPart of [[Shop]].\n",
    "Pricing.md": "---\ntype: component\n---\n",
    "Ledger.md": '---\ntype: component\nsystem: "[[Bank]]"\n---\n',
    "Shop PRD.md": "---\ntype: prd\n---\n",
    "0001-go.md": "# 1. Use Go\n\n## Status\n\nAccepted\n",
    "0002-rust.md": "# 2. Use Rust\n\n## Status\n\nProposed\n",
    "Lonely.md": "---\ntype: component\n---\n",
}


def test_a_system_note_claims_the_components_prds_and_adrs_it_links(make_vault: MakeVault) -> None:
    shop = documents(make_vault(TWO_SYSTEMS))["Shop"]
    assert sorted(c.ref.name for c in shop.components) == ["Cart", "Pricing"]
    assert [p.ref.name for p in shop.prds] == ["Shop PRD"]
    assert [d.ref.name for d in shop.decisions] == ["0001-go"]
    assert reasons(shop)["Pricing"] == Reason.LINKED.value


def test_a_linked_note_that_names_another_system_stays_there(make_vault: MakeVault) -> None:
    found = documents(make_vault(TWO_SYSTEMS))
    assert [c.ref.name for c in found["Bank"].components] == ["Ledger"]
    assert reasons(found["Bank"])["Ledger"] == Reason.DECLARED.value


def test_with_two_systems_a_note_nobody_claims_belongs_to_none(make_vault: MakeVault) -> None:
    found = documents(make_vault(TWO_SYSTEMS))
    everywhere = {c.ref.name for doc in found.values() for c in doc.components}
    assert "Lonely" not in everywhere
    assert all("0002-rust" not in {d.ref.name for d in doc.decisions} for doc in found.values())


def test_a_folder_assigned_in_config_belongs_to_its_system(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "vaultsmith.toml": '[system_folders]\n"Bank stuff" = "[[Bank]]"\n',
            "Shop.md": "---\ntype: system\n---\n",
            "Bank.md": "---\ntype: system\n---\n",
            "Bank stuff/Vault.md": "---\ntype: component\n---\n",
            "Bank stuff/adr/0001-pg.md": "# 1. Use Postgres\n\n## Status\n\nAccepted\n",
            "Bank stuff/Shared.md": '---\ntype: component\nsystem: "[[Shop]]"\n---\n',
        }
    )
    found = documents(root)
    assert [c.ref.name for c in found["Bank"].components] == ["Vault"]
    assert [d.ref.name for d in found["Bank"].decisions] == ["0001-pg"]
    assert reasons(found["Bank"])["Vault"] == Reason.FOLDER.value
    assert [c.ref.name for c in found["Shop"].components] == ["Shared"]


def test_in_a_one_system_vault_notes_naming_no_system_belong_to_it(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Shop.md": "---\ntype: system\n---\n",
            "Cart.md": "---\ntype: component\n---\n",
            "doc/adr/0001-go.md": "# 1. Use Go\n\n## Status\n\nAccepted\n",
            "doc/adr/0002-rust.md": "# 2. Use Rust\n\n## Status\n\nSuperseded by [1. Use Go](0001-go.md)\n",
        }
    )
    (shop,) = documents(root).values()
    assert [c.ref.name for c in shop.components] == ["Cart"]
    assert [(d.ref.name, d.status) for d in shop.decisions] == [
        ("0001-go", "accepted"),
        ("0002-rust", "superseded"),
    ]
    assert set(reasons(shop).values()) == {Reason.ONLY.value}


def test_the_sdd_sources_say_why_each_member_is_there(make_vault: MakeVault) -> None:
    root = make_vault(TWO_SYSTEMS)
    from cli_support import run_cli

    assert run_cli("build", root).returncode == 0
    text = (root / "SDD" / "Shop SDD.md").read_text(encoding="utf-8")
    assert f'  - "[[Pricing]]"  # {Reason.LINKED.value}\n' in text
    assert f'  - "[[Cart]]"  # {Reason.LINKED.value}\n' in text
