"""What the vault already says reaches the SDD (the system note's prose, heading variants, an
ADR's whole decision and consequences, MADR's good and bad lines, identity links, fan-in);
risks stay apart from vault gaps; coverage counts the seed's subsections; each fact is stated once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from conftest import MakeVault
from sdd_styles import built_sdd

from vaultsmith.render.coverage import measure
from vaultsmith.sdd.outlines import OUTLINES, units

UNPROTECTED = 'owner: A\ndepends_on:\n  - {target: "[[Ledger]]", data: PII}\n'
PROPOSED_CACHE = '---\ntype: adr\nstatus: proposed\nsystem: "[[Shop]]"\ndecision_area: cache\n---\n'
STYLES = ("standard", "c4", "detailed", "hld-lld", "design-doc")


def sdd(root: Path, style: str = "standard", name: str = "Shop") -> str:
    return built_sdd(root, name, style)


def section(text: str, title: str) -> str:
    found = re.search(rf"^#+ (?:\d+\. )?{re.escape(title)}\n", text, re.MULTILINE)
    assert found is not None, title
    return re.split(r"\n#{2,3} ", text[found.end() :], maxsplit=1)[0]


def component(kind: str, extra: str = "") -> str:
    return f'---\ntype: component\nsystem: "[[Shop]]"\nkind: {kind}\n{extra}---\n'


def test_the_system_notes_first_paragraph_stands_in_for_a_missing_description(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Shop.md": (
                "---\ntype: system\n---\n# Shop\n\nShop sells socks\nto everyone. ^intro\n\n"
                "## Scope\nSocks only.\n"
            ),
        }
    )
    purpose = section(sdd(root), "Purpose")
    assert "Shop sells socks to everyone. ([[Shop]], its first paragraph)" in purpose
    assert "Socks only." in purpose
    assert "Missing: system description" not in purpose


@pytest.mark.parametrize("style", STYLES)
def test_prd_sections_under_heading_variants_are_never_reported_missing(
    make_vault: MakeVault, style: str
) -> None:
    root = make_vault(
        {
            "Shop.md": "---\ntype: system\ndescription: Sells.\n---\n",
            "PRD.md": '---\ntype: prd\nsystem: "[[Shop]]"\n---\n# PRD\n\n'
            "## PROBLEM STATEMENT\nSocks get lost.\n\n"
            "## Objectives\nFind socks.\n\n## Functional Requirements\n- Count socks.\n\n"
            "## Success Criteria\n"
            "- Fewer lost socks.\n",
        }
    )
    text = sdd(root, style)
    assert "Count socks." in text
    for missing in ("functional requirements", "problem statement", "success criteria", "success metrics"):
        assert f"Missing: {missing}" not in text, missing
    if style in ("standard", "design-doc", "detailed"):
        assert "Socks get lost." in text and "Find socks." in text


MADR = """---
status: accepted
date: 2024-03-01
---
# Use Redis for sessions

## Decision Outcome

Chosen option: "[[Redis]]", because it is fast.

### Consequences

- Good, because sessions survive a deploy
- Bad, because one more service to run

## More Information

A third paragraph.
"""


def test_madr_good_and_bad_lines_are_what_is_gained_and_accepted(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Shop.md": "---\ntype: system\ndescription: Sells.\n---\n",
            "Redis.md": "---\ntype: technology\ncategory: cache\n---\n",
            "Cache.md": component("cache", 'uses: ["[[Redis]]"]\n'),
            "docs/decisions/0001-use-redis.md": MADR.replace("---\n#", 'system: "[[Shop]]"\n---\n#'),
        }
    )
    text = sdd(root, "design-doc")
    assert "- sessions survive a deploy ([[0001-use-redis]])" in section(text, "Gaining")
    assert "- one more service to run ([[0001-use-redis]])" in section(text, "Accepting")


def test_an_adrs_whole_decision_and_every_consequence_reach_its_record(make_vault: MakeVault) -> None:
    adr = (
        '---\ntype: adr\nstatus: accepted\nsystem: "[[Shop]]"\n---\n# 1. Keep carts\n\n## Decision\n\n'
        "First part.\n\nSecond part.\n\n## Consequences\n\nOne.\n\nTwo.\n\nThree.\n"
    )
    root = make_vault({"Shop.md": "---\ntype: system\ndescription: Sells.\n---\n", "0001-keep-carts.md": adr})
    record = section(sdd(root, "hld-lld"), "1. Keep carts")
    for words in ("First part.", "Second part.", "One.", "Two.", "Three."):
        assert words in record


def test_authentication_comes_from_a_link_to_an_identity_component_and_its_protocol(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "Shop.md": "---\ntype: system\ndescription: Sells.\n---\n",
            "Identity.md": "---\ntype: system\ndescription: Signs in.\n---\n",
            "Auth Service.md": '---\ntype: component\nsystem: "[[Identity]]"\nkind: service\n---\n',
            "Web.md": component(
                "frontend", 'depends_on:\n  - {target: "[[Auth Service]]", protocol: OIDC}\n'
            ),
        }
    )
    authentication = section(sdd(root), "Authentication")
    assert "[[Web]] calls [[Auth Service]] ([[Identity]]) over OIDC *(derived" in authentication


def test_a_component_many_others_reach_is_a_candidate_bottleneck_said_to_be_derived(
    make_vault: MakeVault,
) -> None:
    files = {
        "Shop.md": "---\ntype: system\ndescription: Sells.\n---\n",
        "DB.md": component("database", "owner: A\n"),
    }
    files.update({f"S{i}.md": component("service", 'owner: A\ndepends_on: ["[[DB]]"]\n') for i in range(3)})
    text = sdd(make_vault(files))
    assert "- [[DB]]: 3" in section(text, "Bottleneck analysis")
    assert "[[DB]] is reached by 3 components: a candidate bottleneck" in section(text, "Risks")


def test_hygiene_goes_to_vault_gaps_and_an_external_component_is_not_asked_for_an_owner(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "Shop.md": "---\ntype: system\ndescription: Sells.\n---\n",
            "Stripe.md": component("external", "description: Payments.\n"),
            "Cart.md": component("service", "description: Carts.\n"),
            "0001-use-x.md": '---\ntype: adr\nstatus: accepted\nsystem: "[[Shop]]"\n'
            'considered: ["[[Nowhere]]"]\n---\n',
        }
    )
    text = sdd(root)
    gaps, risks = section(text, "Vault gaps"), section(text, "Risks")
    assert "[[Cart]] has no owner" in gaps
    assert "[[Stripe]] has no owner" not in text
    assert "[[0001-use-x]] links to [[Nowhere]], which has no note yet" in gaps
    assert "owner" not in risks and "Nowhere" not in risks
    assert text.rstrip().split("\n## ")[-1].startswith("11. Vault gaps")


def test_board_risks_a_required_decision_left_to_a_proposal_or_a_retired_adr_and_unprotected_data(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "Shop.md": "---\ntype: system\ndescription: Sells.\n---\n",
            "Ledger.md": component("database", "owner: A\n"),
            "Cart.md": component("service", UNPROTECTED),
            "0001-cache.md": PROPOSED_CACHE,
            "0002-logs.md": '---\ntype: adr\nstatus: deprecated\nsystem: "[[Shop]]"\n'
            "decision_area: logging\n---\n",
        }
    )
    risks = section(sdd(root), "Risks")
    assert "[[0001-cache]] leaves Caching open: it is only proposed" in risks
    assert "[[0002-logs]] is the only decision on Logging, and it is deprecated" in risks
    assert "[[Cart]] sends PII data to [[Ledger]] over a link that states no protocol" in risks


@pytest.mark.parametrize("style", STYLES)
def test_every_seed_subsection_is_a_heading_filled_or_holding_a_missing_callout(
    make_vault: MakeVault, style: str
) -> None:
    root = make_vault({"Shop.md": "---\ntype: system\n---\n"})  # a system and nothing else
    text = sdd(root, style)
    for name, subsection in units(OUTLINES[style]):
        body = section(text, subsection or name)
        shown = ("[[", "Missing:", "```mermaid", "No ", "- [ ] ")
        assert any(words in body for words in shown), (name, subsection)
    properties = yaml.safe_load(text.split("---\n")[1])
    assert properties["coverage"] == measure(text, OUTLINES[style]).share < 0.3


def test_coverage_is_the_share_of_seed_subsections_filled_not_of_every_heading() -> None:
    seed = (("Overview", ("Purpose", "Scope")), ("Risks", ()))
    text = (
        "# T\n\n## 1. Overview\n\n### Purpose\n[[Shop]] sells.\n\n### Scope\n> [!warning] Missing: scope\n"
        "> Add a `## Scope` section to [[Shop]].\n\n## 2. Risks\nNone found.\n\n"
        "## 3. Vault gaps\n- [[Cart]] x\n"
    )
    assert measure(text, seed).sections == 3 and measure(text, seed).backed == 1  # vault gaps are not counted


def test_each_requirement_and_classified_link_is_stated_once(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Shop.md": "---\ntype: system\ndescription: Sells.\n---\n",
            "PRD.md": '---\ntype: prd\nsystem: "[[Shop]]"\nnfr:\n  latency_p99_ms: 300\n---\n'
            "# PRD\n\n## Requirements\n- Sell.\n",
            "DB.md": component("database", "owner: A\n"),
            "Cart.md": component(
                "service", 'owner: A\ndepends_on:\n  - {target: "[[DB]]", data: PII, protocol: SQL}\n'
            ),
        }
    )
    for style in STYLES:
        text = sdd(root, style)
        assert text.count("- Sell.") == 1, style
        assert text.count("[[Cart]] → [[DB]]: PII") == 1, style
        assert text.count("Latency p99 (ms)") == 1, style


def test_a_seed_subsection_showing_only_a_diagram_is_filled() -> None:
    seed = (("Context", ("System context diagram",)),)
    text = '# T\n\n## 1. Context\n\n### System context diagram\n```mermaid\nflowchart LR\n    n1["S"]\n```\n'
    assert measure(text, seed).backed == 1


def test_the_scope_of_each_class_of_data_is_the_components_its_links_join(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Shop.md": "---\ntype: system\ndescription: Sells.\n---\n",
            "Ledger.md": component("database", "owner: A\n"),
            "Cart.md": component("service", UNPROTECTED),
        }
    )
    protection = section(sdd(root), "Data protection")
    assert "- **PII**: [[Cart]], [[Ledger]]" in protection


def test_c4_open_questions_name_required_decisions_once_apart_from_risks(make_vault: MakeVault) -> None:
    shop = "---\ntype: system\ndescription: Sells.\n---\n"
    text = sdd(make_vault({"Shop.md": shop, "0001-cache.md": PROPOSED_CACHE}), "c4")
    questions = section(text, "Open questions")
    assert "- [ ] **Logging** (observability): no decision settles it" in questions
    assert "Caching" not in questions
    assert "[[0001-cache]] leaves Caching open" in section(text, "Risks and mitigations")


@pytest.mark.parametrize("style", STYLES)
def test_the_system_notes_risks_and_success_metrics_sections_reach_the_sdd(
    make_vault: MakeVault, style: str
) -> None:
    note = "---\ntype: system\ndescription: Sells.\n---\n# Shop\n\n## Risks & Issues\nSupplier may fold.\n\n"
    text = sdd(make_vault({"Shop.md": note + "## Success Metrics\nTen sales a day.\n"}), style)
    assert "Supplier may fold." in text
    if style in ("standard", "detailed", "design-doc"):
        assert "Ten sales a day." in text
