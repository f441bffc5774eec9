"""How an SDD reads the links between components: a shared component never makes one system
depend on another, verbs come from the vault, arrows point the way data flows."""

from __future__ import annotations

import re

from conftest import MakeVault
from sdd_styles import built_sdd


def system(name: str) -> str:
    return f"---\ntype: system\ndescription: The {name} system.\n---\n# {name}\n"


def component(systems: list[str], kind: str, extra: str = "") -> str:
    owners = ", ".join(f'"[[{s}]]"' for s in systems)
    return f"---\ntype: component\nsystem: [{owners}]\nkind: {kind}\nowner: Team\n{extra}---\n"


sdd = built_sdd  # sdd(root, name, style)


def section(text: str, title: str) -> str:
    """The text under the heading called `title` (any number before it), to the next `##`."""
    found = re.search(rf"^#+ (?:\d+\. )?{re.escape(title)}\n", text, re.MULTILINE)
    assert found is not None, title
    return text[found.end() :].split("\n## ", 1)[0]


def test_a_component_of_two_systems_does_not_make_one_depend_on_the_other(make_vault: MakeVault) -> None:
    root = make_vault({
        "Checkout.md": system("Checkout"),
        "Fulfilment.md": system("Fulfilment"),
        "Bus.md": component(["Checkout", "Fulfilment"], "queue"),
        "Orchestrator.md": component(["Fulfilment"], "service", 'depends_on: ["[[Bus]]"]\n'),
    })
    checkout = sdd(root, "Checkout")
    assert "[[Fulfilment]]" not in section(checkout, "Dependencies")
    assert "No component of this system depends on" in section(checkout, "Dependencies")
    drawn = section(checkout, "High-level design").split("\n")
    assert not [line for line in drawn if line.strip().startswith("n") and '"Fulfilment"' in line]
    assert '["Checkout and Fulfilment (shared)"]' in "\n".join(drawn)  # its own boundary
    fulfilment = sdd(root, "Fulfilment")
    assert "[[Checkout]]" not in section(fulfilment, "Dependencies")


def test_a_worker_listed_as_a_queue_consumer_is_drawn_receiving_from_the_queue(make_vault: MakeVault) -> None:
    root = make_vault({
        "Shop.md": system("Shop"),
        "Orders Bus.md": component(["Shop"], "queue")
        + "# Orders Bus\n\n| Topic | Producer | Consumers |\n|---|---|---|\n"
        "| `orders` | [[Payment Service]] | [[Fraud Worker\\|fraud]] |\n",
        "Fraud Worker.md": component(["Shop"], "worker", 'depends_on: ["[[Orders Bus]]"]\n'),
        "Payment Service.md": component(["Shop"], "service", 'depends_on: ["[[Orders Bus]]"]\n'),
    })
    text = sdd(root, "Shop")
    diagram = section(text, "High-level design")
    ids = {name: line.split("[")[0].strip() for line in diagram.split("\n") for name in
           ("Orders Bus", "Fraud Worker", "Payment Service") if f'"{name}"' in line}
    assert f'{ids["Orders Bus"]} -->|"consumed by"| {ids["Fraud Worker"]}' in diagram
    assert f'{ids["Payment Service"]} -->|"publishes to"| {ids["Orders Bus"]}' in diagram
    assert "depends on" not in diagram


def test_verbs_stated_in_component_properties_label_the_links(make_vault: MakeVault) -> None:
    root = make_vault({
        "Shop.md": system("Shop"),
        "Billing.md": system("Billing"),
        "Ledger DB.md": component(["Billing"], "database"),
        "Reporter.md": component(["Shop"], "worker", 'reads: ["[[Ledger DB]]"]\n'),
    })
    text = sdd(root, "Shop")
    assert "- [[Reporter]] reads from [[Ledger DB]] ([[Billing]])" in section(text, "Dependencies")
    diagram = section(text, "High-level design")
    assert '-->|"read by"|' in diagram and "depends on" not in diagram


def test_a_link_with_a_protocol_is_a_call_over_it_and_a_bare_link_still_depends_on(
    make_vault: MakeVault,
) -> None:
    root = make_vault({
        "Shop.md": system("Shop"),
        "Identity.md": system("Identity"),
        "Auth.md": component(["Identity"], "service"),
        "Catalog.md": component(["Identity"], "service"),
        "Web.md": component(
            ["Shop"], "frontend", 'depends_on:\n  - {target: "[[Auth]]", protocol: OIDC}\n  - "[[Catalog]]"\n'
        ),
    })
    dependencies = section(sdd(root, "Shop"), "Dependencies")
    assert "- [[Web]] calls [[Auth]] ([[Identity]]) — OIDC" in dependencies
    assert "- [[Web]] depends on [[Catalog]] ([[Identity]])" in dependencies


def test_every_diagram_node_that_is_a_note_opens_it_and_no_edge_is_drawn_twice(make_vault: MakeVault) -> None:
    root = make_vault({
        "Shop.md": system("Shop"),
        "Bus.md": component(["Shop"], "queue", 'consumers: ["[[Worker]]"]\n'),
        "Worker.md": component(["Shop"], "worker", 'depends_on: ["[[Bus]]"]\nconsumes: ["[[Bus]]"]\n'),
    })
    for style in ("standard", "c4", "detailed", "hld-lld", "design-doc"):
        text = sdd(root, "Shop", style)
        for block in text.split("```mermaid")[1:]:
            body = block.split("```")[0]
            edges = [line for line in body.split("\n") if "-->" in line]
            assert len(edges) == len(set(edges)), (style, edges)
            nodes = [line.strip().split("[")[0].split("(")[0] for line in body.split("\n")
                     if line.strip().startswith("n") and "-->" not in line]
            clickable = next(line for line in body.split("\n") if "internal-link" in line)
            assert set(nodes) <= set(clickable.split()[1].split(",")), (style, body)
