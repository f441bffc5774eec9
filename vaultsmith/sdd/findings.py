"""Risks, open questions and the list of sources of one system's SDD.

Each finding says what is missing or doubtful and which note (or property) to write to fix it:
the SDD never invents a fact the vault does not hold.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from vaultsmith.config.statuses import STATUSES, in_force
from vaultsmith.model.analysed import VaultModel
from vaultsmith.model.graph import UNRESOLVED, targets
from vaultsmith.model.ref import Ref
from vaultsmith.sdd.decision_chains import supersede_loops
from vaultsmith.sdd.design import Component, Decision, Dependency, Finding, Prd, Technology, targets_of


@dataclass(frozen=True, slots=True)
class Scope:
    """The notes that belong to one system."""

    model: VaultModel
    system: str
    components: list[str]
    prds: list[str]
    decisions: list[str]
    cycles: list[list[str]]

    @property
    def notes(self) -> list[str]:
        return [self.system, *self.prds, *self.components, *self.decisions]


def risks(
    scope: Scope,
    components: tuple[Component, ...],
    technologies: tuple[Technology, ...],
    decisions: tuple[Decision, ...],
) -> Iterator[Finding]:
    by_ref = {d.ref: d for d in decisions}
    for technology in technologies:
        choosers = [by_ref[r] for r in technology.chosen_by if r in by_ref]
        statuses = [d.status for d in choosers]
        if choosers and not any(in_force(d.status, d.qualifier or None) for d in choosers):
            reasons = ", ".join(sorted(set(statuses)))
            yield Finding(f"is in use, but the decision that chose it is {reasons}", technology.ref)
    yield from _resting_on_proposals(components, decisions)
    for loop in supersede_loops(scope.model, scope.decisions):
        names = " → ".join(scope.model.field(node, "name") for node in [*loop, loop[0]])
        yield Finding(
            f"is in a supersede loop ({names}): no decision of it stands until one is marked in force",
            scope.model.ref(loop[0]),
        )
    own = set(scope.components)
    for cycle in scope.cycles:
        if not own.isdisjoint(cycle):
            names = " → ".join(scope.model.field(node, "name") for node in [*cycle, cycle[0]])
            yield Finding(f"dependency cycle: {names}", scope.model.ref(cycle[0]))


def conflicting_targets(prds: tuple[Prd, ...]) -> Iterator[Finding]:
    """Figures two PRDs set differently: to settle in the PRDs, never one picked by us."""
    for target in targets_of(prds):
        if target.conflict:
            said = " vs ".join(
                f"{r.value} in [[{r.source.name}]]{' (draft)' if r.draft else ''}" for r in target.stated
            )
            yield Finding(f"Conflicting targets for {target.label}: {said}; settle one in the PRDs")


def _resting_on_proposals(
    components: tuple[Component, ...], decisions: tuple[Decision, ...]
) -> Iterator[Finding]:
    """Components (or what they depend on) that only a proposed decision chose."""
    settled = {ref for d in decisions if d.status == "accepted" for ref in d.chosen}
    in_design = {c.ref for c in components} | {t for c in components for t in c.depends_on}
    for decision in decisions:
        if decision.status != "proposed":
            continue
        for ref in decision.chosen:
            if ref in in_design and ref not in settled:
                yield Finding(
                    f"is in the design, but only a proposed decision chose it: {decision.title}", ref
                )


def open_questions(decisions: tuple[Decision, ...]) -> Iterator[Finding]:
    """Decisions still to make: the proposed ADRs."""
    for decision in decisions:
        if decision.status == "proposed":
            yield Finding("is proposed and not yet decided", decision.ref)


def vault_gaps(
    scope: Scope, components: tuple[Component, ...], decisions: tuple[Decision, ...]
) -> Iterator[Finding]:
    """Vault hygiene, apart from the architecture: properties to add, notes to write. An
    external or vendor component (`kind: external`) is not asked for an owner."""
    for component in components:
        if not component.owner and component.kind.lower() != "external":
            yield Finding("has no owner: add `owner:` to the component note", component.ref)
    for decision in decisions:
        if not decision.status:
            yield Finding("states no status: add `status:` (or a `## Status` section)", decision.ref)
        elif decision.status not in STATUSES:
            yield Finding(f'has a status vaultsmith does not know: "{decision.status}"', decision.ref)
    yield from _missing_fields(scope)
    yield from _unresolved_links(scope)


def _missing_fields(scope: Scope) -> Iterator[Finding]:
    model = scope.model
    wanted = {
        "system": ("description", "owner"),
        "component": ("kind", "description"),
        "prd": ("nfr",),
        "adr": ("date",),
    }
    for node in scope.notes:
        for field in wanted.get(model.type_of(node), ()):
            if not model.field(node, field):
                yield Finding(f"has no `{field}:` property", model.ref(node))
    for node in scope.components:
        for tech in targets(model.graph, node, "uses"):
            if model.type_of(tech) == "technology" and not model.field(tech, "category"):
                yield Finding("has no `category:` property", model.ref(tech))


def _unresolved_links(scope: Scope) -> Iterator[Finding]:
    model = scope.model
    for node in scope.notes:
        missing = dict.fromkeys(
            f"[[{model.field(target, 'name')}]]"
            for target in targets(model.graph, node)
            if model.type_of(target) == UNRESOLVED
        )
        if missing:
            which = "which has no note" if len(missing) == 1 else "which have no notes"
            yield Finding(f"links to {', '.join(missing)}, {which} yet", model.ref(node))


def source_refs(
    scope: Scope, technologies: tuple[Technology, ...], dependencies: tuple[Dependency, ...]
) -> list[Ref]:
    refs = {scope.model.ref(node) for node in scope.notes}
    refs.update(t.ref for t in technologies)
    refs.update(d.target for d in dependencies)
    return sorted(r for r in refs if r.path is not None)
