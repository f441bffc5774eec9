"""Which decisions an SDD says stand: only accepted (and amended) ones; retired ones only as
history; an area and a choice read from an ADR's text, said to be derived; no invented status."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MakeVault

from vaultsmith import build

SYSTEM = "---\ntype: system\ndescription: Takes orders.\n---\n# Shop\n"
CACHE = (
    "---\ntype: component\nsystem: \"[[Shop]]\"\nkind: cache\nuses: [\"[[Redis]]\"]\n---\n# Session Store\n"
)
REDIS = "---\ntype: technology\ncategory: cache\n---\n# Redis\n"
NO_STATUS = "---\ntype: adr\nsystem: \"[[Shop]]\"\ndecision_area: cache\n---\n# 1. Use Redis\n"
ACCEPTED = '---\ntype: adr\nstatus: accepted\nsystem: "[[Shop]]"\n---\n'
PROM = "---\ntype: technology\ncategory: monitoring\n---\n# Prometheus\n"


def sdd(root: Path, system: str = "Shop", style: str = "standard") -> str:
    report = build(root, template=style)
    assert report.ok, [str(d) for d in report.diagnostics]
    return (root / "SDD" / f"{system} SDD.md").read_text(encoding="utf-8")


def stands_line(text: str, area: str) -> str:
    lines = [line for line in text.split("\n") if line.startswith(f"- **{area}**:")]
    assert len(lines) == 1, lines
    return lines[0]


def test_a_deprecated_decision_beside_an_accepted_one_is_history_not_a_standing_decision(
    make_vault: MakeVault,
) -> None:
    root = make_vault({
        "Shop.md": SYSTEM,
        "Prometheus.md": PROM,
        "0001-use-prometheus.md": "---\ntype: adr\nstatus: accepted\nsystem: \"[[Shop]]\"\n"
        "decision_area: monitoring\nchosen: \"[[Prometheus]]\"\n---\n# 1. Use Prometheus\n",
        "0002-use-pushgateway.md": "---\ntype: adr\nstatus: deprecated\nsystem: \"[[Shop]]\"\n"
        "decision_area: monitoring\nchosen: \"[[Prometheus]]\"\n---\n# 2. Use the Pushgateway\n",
    })
    text = sdd(root)
    line = stands_line(text, "monitoring")
    assert "[[0001-use-prometheus]]" in line and "0002" not in line
    assert "    - retired [[0002-use-pushgateway]] (deprecated" in text


def test_an_area_whose_only_decision_was_rejected_says_nothing_is_in_force(make_vault: MakeVault) -> None:
    root = make_vault({
        "Shop.md": SYSTEM,
        "Redis.md": REDIS,
        "0001-use-redis.md": "---\ntype: adr\nstatus: rejected\nsystem: \"[[Shop]]\"\n"
        "decision_area: cache\nchosen: \"[[Redis]]\"\n---\n# 1. Use Redis\n",
    })
    text = sdd(root)
    assert "no decision in force, history only: [[0001-use-redis]] (rejected" in stands_line(text, "cache")
    assert "- [ ] **Caching**" in text


def test_a_supersede_loop_never_stands_and_is_a_risk(make_vault: MakeVault) -> None:
    root = make_vault({
        "Shop.md": SYSTEM,
        "0001-a.md": "---\ntype: adr\nstatus: accepted\nsystem: \"[[Shop]]\"\ndecision_area: cache\n"
        "supersedes: \"[[0002-b]]\"\n---\n# 1. A\n",
        "0002-b.md": "---\ntype: adr\nstatus: accepted\nsystem: \"[[Shop]]\"\ndecision_area: cache\n"
        "supersedes: \"[[0001-a]]\"\n---\n# 2. B\n",
    })
    text = sdd(root)
    assert "unsettled, a supersede loop" in stands_line(text, "cache")
    assert "- [ ] **Caching**" in text
    risks = text.split("## 9. Risks", 1)[1]
    assert "supersede loop" in risks and "[[0001-a]]" in risks and "[[0002-b]]" in risks


ADR_TOOLS_REDIS = """# 5. Use Redis for session cache

Date: 2024-05-02

## Status

Accepted

## Context

Baskets live in pod memory.

## Decision

The [[Session Store]] will be a [[Redis]] replication group.

## Consequences

Deployments no longer lose baskets.

A Redis outage logs guests out.
"""


def test_an_adr_without_area_or_chosen_settles_what_its_decision_links(make_vault: MakeVault) -> None:
    root = make_vault({
        "Shop.md": SYSTEM,
        "Session Store.md": CACHE,
        "Redis.md": REDIS,
        "doc/adr/0005-use-redis-for-session-cache.md": ADR_TOOLS_REDIS,
    })
    text = sdd(root)
    assert "- [x] **Caching**: [[0005-use-redis-for-session-cache]]" in text
    assert "| cache | [[Redis]] | — | [[Session Store]] | [[0005-use-redis-for-session-cache]] |" in text
    line = stands_line(text, "cache")
    assert "[[Redis]]" in line and "derived from its text" in line
    assert "`decision_area:`" in line and "`chosen:`" in line


def test_a_title_naming_an_area_gives_the_area_and_says_it_is_derived(make_vault: MakeVault) -> None:
    root = make_vault({
        "Shop.md": SYSTEM,
        "0003-sample-spans-for-tracing.md": "---\ntype: adr\nstatus: accepted\nsystem: \"[[Shop]]\"\n---\n"
        "# 3. Sample spans for tracing\n\n## Decision\n\nKeep one span in ten.\n",
    })
    text = sdd(root)
    assert "- [x] **Tracing**: [[0003-sample-spans-for-tracing]]" in text
    assert "area derived from its text" in stands_line(text, "tracing")


def test_a_stated_area_is_not_called_derived(make_vault: MakeVault) -> None:
    root = make_vault({
        "Shop.md": SYSTEM,
        "Redis.md": REDIS,
        "0001-use-redis.md": "---\ntype: adr\nstatus: accepted\nsystem: \"[[Shop]]\"\n"
        "decision_area: cache\nchosen: \"[[Redis]]\"\n---\n# 1. Use Redis\n",
    })
    assert "derived" not in sdd(root)


@pytest.mark.parametrize("style", ["standard", "c4", "detailed", "hld-lld", "design-doc"])
def test_an_adr_stating_no_status_reads_status_not_stated_in_every_style(
    make_vault: MakeVault, style: str
) -> None:
    root = make_vault({
        "Shop.md": SYSTEM,
        "0001-use-redis.md": NO_STATUS,
    })
    text = sdd(root, style=style)
    assert "status not stated" in text
    assert "unknown" not in text.lower()


def test_an_adr_stating_no_status_is_asked_for_one_not_given_an_empty_status(make_vault: MakeVault) -> None:
    root = make_vault({
        "Shop.md": SYSTEM,
        "0001-use-redis.md": NO_STATUS,
    })
    text = sdd(root)
    assert "[[0001-use-redis]] states no status: add `status:`" in text
    assert 'does not know: ""' not in text


def test_a_title_naming_a_loose_synonym_derives_no_area(make_vault: MakeVault) -> None:
    root = make_vault({
        "Shop.md": SYSTEM,
        "0004-retry-the-payment-gateway.md": ACCEPTED + "# 4. Retry\n",
    })
    text = sdd(root)
    assert "- [ ] **Load balancing**" in text
    assert "derived" not in text


@pytest.mark.parametrize("style", ["standard", "c4", "detailed", "hld-lld", "design-doc"])
def test_every_style_says_a_derived_choice_is_derived_and_lists_a_retired_decision_as_history_only(
    make_vault: MakeVault, style: str
) -> None:
    root = make_vault({
        "Shop.md": SYSTEM,
        "Session Store.md": CACHE,
        "Redis.md": REDIS,
        "doc/adr/0005-use-redis-for-session-cache.md": ADR_TOOLS_REDIS,
        "Prometheus.md": PROM,
        "0002-use-pushgateway.md": "---\ntype: adr\nstatus: deprecated\nsystem: \"[[Shop]]\"\n"
        "decision_area: monitoring\nchosen: \"[[Prometheus]]\"\n---\n# 2. Use the Pushgateway\n",
    })
    text = sdd(root, style=style)
    assert "(choice and area derived from its text: add `chosen:` and `decision_area:` to confirm)" in text
    assert "no decision in force, history only: [[0002-use-pushgateway]] (deprecated" in text
    assert "[x] **Monitoring**" not in text
