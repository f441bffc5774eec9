"""risks: what a review board would discuss, read from the system's decisions and links.

Apart from vault hygiene (`findings.vault_gaps`): a required decision left open by a proposal or
settled only by a retired ADR, classified data crossing a link that states no protocol, and a
component many others reach (a candidate bottleneck and single point of failure, derived from
the links, so the SDD says it is derived).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from vaultsmith.sdd.decision_chains import DecisionArea
from vaultsmith.sdd.design import ChecklistItem, Component, Dependency, Finding

FAN_IN = 3  # a component this many others link to is a candidate bottleneck


def decision_risks(checklist: Iterable[ChecklistItem], standing: Iterable[DecisionArea]) -> Iterator[Finding]:
    areas = {area.area: area for area in standing}
    for item in checklist:
        if item.decided_by:
            continue
        current = [c for name in item.areas if name in areas for c in areas[name].current]
        proposed = [c.decision for c in current if c.standing == "proposed"]
        retired = [c.decision for c in current if c.standing == "retired"]
        for decision in proposed:
            yield Finding(
                f"leaves {item.item} open: it is only proposed, and no accepted ADR settles it", decision.ref
            )
        if not proposed:
            for decision in retired:
                yield Finding(
                    f"is the only decision on {item.item}, and it is {decision.stated_status}: "
                    "nothing in force settles it",
                    decision.ref,
                )


def unprotected_flows(flows: Iterable[Dependency]) -> Iterator[Finding]:
    for flow in flows:
        if flow.data and not flow.protocol:
            yield Finding(
                f"sends {flow.data} data to [[{flow.target.name}]] over a link that states no protocol "
                "(add `protocol:` to the link)",
                flow.source,
            )


def fan_in(components: Iterable[Component], flows: Iterable[Dependency]) -> list[tuple[Component, int]]:
    """The system's components that at least FAN_IN others link to, most reached first."""
    reaching: dict[object, set[object]] = {}
    for flow in flows:
        reaching.setdefault(flow.target, set()).add(flow.source)
    found = [(c, len(reaching.get(c.ref, ()))) for c in components if len(reaching.get(c.ref, ())) >= FAN_IN]
    return sorted(found, key=lambda item: (-item[1], item[0].ref.name.lower()))


def bottleneck_risks(components: Iterable[Component], flows: Iterable[Dependency]) -> Iterator[Finding]:
    for component, count in fan_in(components, flows):
        yield Finding(
            f"is reached by {count} components: a candidate bottleneck and single point of failure "
            "(derived from the links; state its redundancy in a `## Scaling` section)",
            component.ref,
        )
