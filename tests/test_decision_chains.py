"""The decision in force per decision area, after following supersede and amend links, with the
history beneath it; and the SDD sections that show it and the links' data classes."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import MakeVault
from mermaid_parser import mermaid_available, parse_diagrams
from test_cli import run

from vaultsmith.build import load_vault
from vaultsmith.model.analysed import analyse
from vaultsmith.render.diagrams import component_flow, container_diagram, context_diagram, system_dependencies
from vaultsmith.sdd.assemble import assemble
from vaultsmith.sdd.design import SddDocument

FIXTURES = Path(__file__).parent / "fixtures" / "adr"


def document(root: Path) -> SddDocument:
    (only,) = assemble(analyse(load_vault(root)))
    return only


def areas(doc: SddDocument) -> dict[str, list[tuple[str, list[tuple[str, str]]]]]:
    """area -> [(current decision, [(how, earlier decision), ...]), ...], by note name."""
    return {
        area.area: [
            (c.decision.ref.name, [(p.how, p.decision.ref.name) for p in c.history]) for c in area.current
        ]
        for area in doc.decision_areas
    }


def copy(tmp_path: Path, dialect: str) -> Path:
    root = tmp_path / dialect
    shutil.copytree(FIXTURES / dialect, root)
    return root


def test_nygard_chains_without_areas(tmp_path: Path) -> None:
    found = areas(document(copy(tmp_path, "nygard")))
    assert found == {
        "": [
            ("0001-record-architecture-decisions", []),
            (
                "0003-publish-ledger-events-over-amqp",
                [("amended by", "0005-batch-ledger-events-every-minute")],
            ),
            ("0004-store-ledger-entries-in-postgresql", [("replaced", "0002-store-ledger-entries-in-mysql")]),
        ]
    }


def test_a_chain_stated_on_one_side_only_is_followed(tmp_path: Path) -> None:
    found = areas(document(copy(tmp_path, "madr3")))
    assert found["document-rendering"] == [
        ("0003-render-payslips-with-weasyprint", [("replaced", "0002-render-payslips-with-latex")])
    ]


def test_partly_superseded_sits_beneath_its_successor_and_amendments_beneath_theirs(tmp_path: Path) -> None:
    found = areas(document(copy(tmp_path, "hand")))
    assert found["tracing"] == [
        ("ADR-012 Sample traces at the collector", [("partly replaced", "ADR-010 Trace every scan")])
    ]
    assert (
        "ADR-014 Let drivers photograph the doorstep",
        [("amended by", "ADR-015 Blur faces in doorstep photos")],
    ) in (found[""])


def test_a_long_chain_lists_every_ancestor_newest_first(make_vault: MakeVault) -> None:
    def adr(status: str, *lines: str) -> str:
        return (
            "---\n"
            + "\n".join(["type: adr", f"status: {status}", "decision_area: cache", *lines])
            + "\n---\n"
        )

    root = make_vault(
        {
            "Shop.md": "---\ntype: system\n---\n",
            "D/0001-a.md": adr("superseded", 'system: "[[Shop]]"'),
            "D/0002-b.md": adr("superseded", 'supersedes: "[[0001-a]]"'),
            "D/0003-c.md": adr("accepted", 'supersedes: "[[0002-b]]"'),
            "D/0004-d.md": adr("proposed", 'supersedes: "[[0003-c]]"'),
        }
    )
    # 0002 to 0004 do not name the system: the chain is followed beyond its own ADRs.
    assert areas(document(root)) == {
        "cache": [("0003-c", [("replaced", "0002-b"), ("replaced", "0001-a"), ("proposed", "0004-d")])]
    }


def test_an_area_with_nothing_in_force_shows_its_latest_decision_and_status(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Shop.md": "---\ntype: system\n---\n",
            "D/0001-a.md": '---\ntype: adr\nstatus: rejected\ndecision_area: cache\nsystem: "[[Shop]]"\n---',
        }
    )
    (area,) = document(root).decision_areas
    assert (area.area, area.current[0].decision.status) == ("cache", "rejected")


DEPENDENT = """---
type: component
system: "[[Shop]]"
depends_on:
  - {target: "[[Billing API]]", protocol: gRPC, data: PII}
  - target: "[[Basket]]"
    protocol: REST
---
"""


def flows_vault(make_vault: MakeVault) -> Path:
    return make_vault(
        {
            "Shop.md": "---\ntype: system\n---\n",
            "Billing.md": "---\ntype: system\n---\n",
            "Checkout.md": DEPENDENT,
            "Basket.md": '---\ntype: component\nsystem: "[[Shop]]"\n---\n',
            "Billing API.md": '---\ntype: component\nsystem: "[[Billing]]"\n---\n',
        }
    )


def test_flows_carry_protocol_and_data_class(make_vault: MakeVault) -> None:
    root = flows_vault(make_vault)
    shop = next(d for d in assemble(analyse(load_vault(root))) if d.system.name == "Shop")
    assert [(f.source.name, f.target.name, f.protocol, f.data) for f in shop.flows] == [
        ("Checkout", "Basket", "REST", ""),
        ("Checkout", "Billing API", "gRPC", "PII"),
    ]
    (dependency,) = shop.dependencies
    assert dependency.details == "gRPC; data: PII"


def test_the_sdd_shows_link_attributes_and_decision_areas_end_to_end(
    make_vault: MakeVault, tmp_path: Path
) -> None:
    root = flows_vault(make_vault)
    result = run("build", root)
    assert result.returncode == 0, result.stderr
    shop = (root / "SDD" / "Shop SDD.md").read_text(encoding="utf-8")
    assert "- [[Checkout]] calls [[Billing API]] ([[Billing]]) — gRPC; data: PII" in shop
    assert shop.count("- [[Checkout]] → [[Billing API]]: PII, over gRPC") == 1  # once: under data protection
    assert '-->|"calls over gRPC (PII)"|' in shop  # the container diagram's arrows say so too
    assert '-->|"calls over REST"|' in shop
    billing = (root / "SDD" / "Billing SDD.md").read_text(encoding="utf-8")
    assert "- [[Checkout]] ([[Shop]]) calls [[Billing API]] — gRPC; data: PII" in billing
    ledger = copy(tmp_path, "nygard")
    assert run("build", ledger).returncode == 0
    sdd = (ledger / "SDD" / "Ledger SDD.md").read_text(encoding="utf-8")
    assert (
        "- **no decision area**: [[0004-store-ledger-entries-in-postgresql]] (accepted, 2020-02-14)\n"
        "    - replaced [[0002-store-ledger-entries-in-mysql]] (superseded, 11/03/2019)\n"
    ) in sdd


def test_diagrams_with_link_attributes_parse_with_the_real_mermaid(make_vault: MakeVault) -> None:
    reason = mermaid_available()
    if reason is not None and os.environ.get("CI") != "true":
        pytest.skip(reason)
    root = flows_vault(make_vault)
    shop = next(d for d in assemble(analyse(load_vault(root))) if d.system.name == "Shop")
    drawn = [make(shop) for make in (context_diagram, container_diagram, component_flow, system_dependencies)]
    assert '-->|"calls over gRPC (PII)"|' in drawn[2]
    assert parse_diagrams(drawn, render=True) == [None, None, None, None]
