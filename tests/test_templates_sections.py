"""Facts the styles read from note bodies and the graph: named sections, ADR summaries, C4
neighbours, and risks that rest on undecided ADRs."""

from __future__ import annotations

from pathlib import Path

from conftest import MakeVault

from vaultsmith.build import load_vault
from vaultsmith.model.analysed import analyse
from vaultsmith.sdd.assemble import assemble
from vaultsmith.sdd.design import SddDocument
from vaultsmith.vault.parse import parse_note
from vaultsmith.vault.sections import COMPONENT_SECTIONS, first_paragraph, flatten_headings, named_sections


def documents(root: Path) -> dict[str, SddDocument]:
    return {doc.system.name: doc for doc in assemble(analyse(load_vault(root)))}


def test_quoted_headings_become_bold_and_block_ids_go_but_code_stays() -> None:
    text = "## Endpoints\nPOST /orders ^api-post\n```\n# not a heading ^x\n```\n### Errors\n"
    assert flatten_headings(text) == "**Endpoints**\nPOST /orders\n```\n# not a heading ^x\n```\n**Errors**\n"


def test_first_paragraph_joins_lines_and_list_items() -> None:
    assert first_paragraph("One line\nwrapped.\n\nSecond paragraph.") == "One line wrapped."
    assert first_paragraph("- Fast.\n- Cheap;\n- Safe.\n\n- later") == "Fast; Cheap; Safe."
    assert first_paragraph("") == ""


def test_component_sections_are_found_by_any_of_their_headings() -> None:
    body = b"---\ntype: component\n---\n# Cart\n## Endpoints\nGET /cart\n## Schema\n| a | b |\n## Other\nx\n"
    note = parse_note("Components/Cart.md", body).note
    assert dict(named_sections(note, COMPONENT_SECTIONS)) == {"api": "GET /cart", "data-model": "| a | b |"}


def test_adr_context_and_consequences_reach_the_decision(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Systems/Shop.md": "---\ntype: system\n---\n",
            "Decisions/0001-use-x.md": (
                '---\ntype: adr\nsystem: "[[Shop]]"\nstatus: accepted\nconsidered: [X, Y]\n---\n'
                "## Context\nWe need a store.\n\nMore.\n## Consequences\n- Good.\n- Bad.\n"
            ),
        }
    )
    (decision,) = documents(root)["Shop"].decisions
    assert (decision.context, decision.consequences, decision.considered_text) == (
        "We need a store.",
        "- Good.\n- Bad.",
        "X, Y",
    )


def test_neighbours_are_systems_both_ways_and_components_outside_every_system(make_vault: MakeVault) -> None:
    def component(name: str, system: str | None, depends: str = "") -> tuple[str, str]:
        owner = f'system: "[[{system}]]"\n' if system else ""
        return f"Components/{name}.md", f"---\ntype: component\n{owner}{depends}---\n"

    root = make_vault(
        dict(
            [
                ("Systems/Shop.md", "---\ntype: system\n---\n"),
                ("Systems/Bank.md", "---\ntype: system\ndescription: Moves money.\n---\n"),
                component("Till", "Shop", 'depends_on: ["[[Ledger]]", "[[Weather API]]"]\n'),
                component("Ledger", "Bank", 'depends_on: ["[[Till]]"]\n'),
                component("Weather API", None),
            ]
        )
    )
    shop = documents(root)["Shop"]
    found = [(n.ref.name, n.relation, n.external, n.description) for n in shop.neighbours]
    assert found == [
        ("Bank", "used-by", False, "Moves money."),
        ("Bank", "uses", False, "Moves money."),
        ("Weather API", "uses", True, ""),
    ]
    risks = [(r.about.name if r.about else None, r.text) for r in documents(root)["Bank"].risks]
    assert ("Ledger", "dependency cycle: Ledger → Till → Ledger") in risks


def test_a_component_only_a_proposed_adr_chose_is_a_risk(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Systems/Shop.md": "---\ntype: system\n---\n",
            "Components/Edge.md": '---\ntype: component\nsystem: "[[Shop]]"\nowner: me\n---\n',
            "Decisions/0002-edge.md": (
                '---\ntype: adr\ntitle: Add an edge proxy\nstatus: proposed\nchosen: "[[Edge]]"\n'
                'affects: "[[Shop]]"\n---\n'
            ),
        }
    )
    risks = [(r.about.name if r.about else None, r.text) for r in documents(root)["Shop"].risks]
    assert risks == [("Edge", "is in the design, but only a proposed decision chose it: Add an edge proxy")]
