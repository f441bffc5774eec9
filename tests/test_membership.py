"""Which notes belong to a system (the product contract's membership rule)."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MakeVault

from vaultsmith.build import load_vault
from vaultsmith.model.analysed import analyse
from vaultsmith.sdd.assemble import assemble
from vaultsmith.sdd.design import SddDocument


def fm(**fields: str) -> str:
    return "---\n" + "".join(f"{key}: {value}\n" for key, value in fields.items()) + "---\n"


VAULT = {
    "Systems/Shop.md": fm(type="system", description="Sells things", owner="Team Shop"),
    "Systems/Stock.md": fm(type="system", description="Counts things"),
    "PRDs/Shop PRD.md": fm(type="prd", system='"[[Shop]]"') + "## Problem\nCarts are slow.\n",
    "Components/Cart.md": fm(
        type="component",
        system='"[[Shop]]"',
        kind="service",
        uses='["[[Python]]", "[[Redis]]"]',
        depends_on='["[[Inventory]]", "[[Bus]]"]',
        owner="Ann",
    ),
    "Components/Bus.md": fm(type="component", system='["[[Shop]]", "[[Stock]]"]', kind="queue"),
    "Components/Inventory.md": fm(type="component", system='"[[Stock]]"', kind="service", uses='"[[Go]]"'),
    "Components/Counter.md": fm(type="component", system='"[[Stock]]"', depends_on='"[[Cart]]"'),
    "Technologies/Python.md": fm(type="technology", category="language"),
    "Technologies/Redis.md": fm(type="technology", category="cache"),
    "Technologies/Go.md": fm(type="technology", category="language"),
    "Decisions/0001-by-system.md": fm(type="adr", status="accepted", system='"[[Shop]]"'),
    "Decisions/0002-by-affects.md": fm(type="adr", status="accepted", affects='["[[Shop]]", "[[Stock]]"]'),
    "Decisions/0003-by-component-link.md": fm(type="adr", status="proposed") + "We change [[Cart]].\n",
    "Decisions/0004-other-system.md": fm(type="adr", status="accepted", system='"[[Stock]]"'),
    "Decisions/0005-mentions-system.md": "# 5. Mention\n\n## Status\n\nAccepted\n\nAbout [[Shop]].\n",
}


@pytest.fixture
def documents(make_vault: MakeVault) -> dict[str, SddDocument]:
    root: Path = make_vault(VAULT)
    model = analyse(load_vault(root))
    return {doc.system.name: doc for doc in assemble(model)}


def names(refs: object) -> list[str]:
    return sorted(getattr(item, "name", getattr(getattr(item, "ref", None), "name", "")) for item in refs)  # type: ignore[attr-defined]


def test_prds_belong_by_system_link(documents: dict[str, SddDocument]) -> None:
    assert names(documents["Shop"].prds) == ["Shop PRD"]
    assert documents["Stock"].prds == ()


def test_components_belong_by_system_link(documents: dict[str, SddDocument]) -> None:
    assert names(documents["Shop"].components) == ["Bus", "Cart"]
    assert names(documents["Stock"].components) == ["Bus", "Counter", "Inventory"]


def test_shared_component_lists_every_system(documents: dict[str, SddDocument]) -> None:
    bus = next(c for c in documents["Shop"].components if c.ref.name == "Bus")
    assert names(bus.systems) == ["Shop", "Stock"]


def test_technologies_come_from_own_components_only(documents: dict[str, SddDocument]) -> None:
    assert names(documents["Shop"].technologies) == ["Python", "Redis"]
    assert names(documents["Stock"].technologies) == ["Go"]


def test_cross_system_dependency_is_a_dependency_not_a_component(documents: dict[str, SddDocument]) -> None:
    shop = documents["Shop"]
    assert [(d.source.name, d.target.name) for d in shop.dependencies] == [("Cart", "Inventory")]
    assert names(shop.dependencies[0].systems) == ["Stock"]
    assert "Inventory" not in names(shop.components)


def test_components_of_other_systems_depending_on_us_are_dependents(
    documents: dict[str, SddDocument],
) -> None:
    assert [(d.source.name, d.target.name) for d in documents["Shop"].dependents] == [("Counter", "Cart")]


def test_adrs_belong_by_system_affects_or_link(documents: dict[str, SddDocument]) -> None:
    shop = [d.ref.name for d in documents["Shop"].decisions]
    assert shop == ["0001-by-system", "0002-by-affects", "0003-by-component-link", "0005-mentions-system"]
    stock = [d.ref.name for d in documents["Stock"].decisions]
    assert stock == ["0002-by-affects", "0004-other-system"]


def test_nygard_adr_status_and_title_reach_the_decision_log(documents: dict[str, SddDocument]) -> None:
    decision = next(d for d in documents["Shop"].decisions if d.number == 5)
    assert (decision.status, decision.title) == ("accepted", "Mention")


def test_component_without_owner_is_a_vault_gap_not_a_risk(documents: dict[str, SddDocument]) -> None:
    gaps = [(g.about.name if g.about else "", g.text) for g in documents["Shop"].gaps]
    assert ("Bus", "has no owner: add `owner:` to the component note") in gaps
    assert not [r for r in documents["Shop"].risks if "owner" in r.text]


def test_proposed_adr_is_an_open_question(documents: dict[str, SddDocument]) -> None:
    questions = [(q.about.name if q.about else "", q.text) for q in documents["Shop"].open_questions]
    assert ("0003-by-component-link", "is proposed and not yet decided") in questions


def test_system_without_prd_gets_no_invented_requirements(documents: dict[str, SddDocument]) -> None:
    assert documents["Stock"].prds == ()
