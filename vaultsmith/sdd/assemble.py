"""assemble: for each system, which notes belong to it and what the SDD says of them.

Membership (the product contract): the system's PRDs and components (by `system`, or by the
rules of `membership`: linked from the system note, folder, only system), the technologies those
components use, the components they depend on in other systems (listed as dependencies, not as
its own), and the ADRs that name the system (`system` / `affects`) or link to it or to one of its
components, or that it claims by those same rules. The SDD says why each member is there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from vaultsmith.model import membership
from vaultsmith.model.analysed import VaultModel
from vaultsmith.model.cycles import bounded_cycles
from vaultsmith.model.graph import UNRESOLVED, sources, targets
from vaultsmith.model.membership import SYSTEM_LINKS, Reason, systems_of
from vaultsmith.model.ref import Ref
from vaultsmith.sdd import findings, risks
from vaultsmith.sdd.decision_chains import DecisionArea, decision_areas
from vaultsmith.sdd.derive import area_name, derive_area, derive_choice
from vaultsmith.sdd.design import (
    ChecklistItem,
    Component,
    Decision,
    Dependency,
    Neighbour,
    Prd,
    Requirement,
    SddDocument,
    Section,
    Technology,
)
from vaultsmith.sdd.flows import described_link, system_flows
from vaultsmith.sdd.naming import base_path, canvas_path, sdd_paths, system_stem
from vaultsmith.sdd.verbs import LINK_RELATIONS
from vaultsmith.vault.note import Note
from vaultsmith.vault.sections import (
    ADR_CONSEQUENCES,
    ADR_CONTEXT,
    ADR_DECISION,
    COMPONENT_SECTIONS,
    PRD_GOALS,
    PRD_PROBLEM,
    PRD_REQUIREMENTS,
    PRD_SECTIONS,
    PRD_SUCCESS,
    SYSTEM_SECTIONS,
    first_paragraph,
    first_section,
    named_sections,
    opening_paragraph,
)
from vaultsmith.vault.values import as_list, text

LONGEST_CYCLE = 12  # nodes: longer dependency cycles are not looked for
DATA_KINDS = frozenset({"database", "cache", "storage", "queue"})
DRAFT_STATUSES = frozenset({"draft", "proposed", "in review", "under review", "wip", "work in progress"})
NFR_LABELS = {
    "latency_p99_ms": "Latency p99 (ms)",
    "latency_p95_ms": "Latency p95 (ms)",
    "latency_p50_ms": "Latency p50 (ms)",
    "availability": "Availability",
    "throughput_rps": "Throughput (requests/s)",
    "users": "Users",
    "rpo_minutes": "Recovery point objective (minutes)",
    "rto_minutes": "Recovery time objective (minutes)",
}


def assemble(model: VaultModel, template: str | None = None) -> list[SddDocument]:
    """One document per system note, in path order."""
    systems = model.nodes_of_type("system")
    paths = output_paths(model, systems)
    cycles = dependency_cycles(model)
    return [assemble_system(model, system, paths[system], template, cycles) for system in systems]


def assemble_system(
    model: VaultModel, system: str, output_path: str, template: str | None, cycles: list[list[str]]
) -> SddDocument:
    """One system's document, as `assemble` makes it (a watch session makes them one by one)."""
    return _document(model, system, output_path, template, cycles)


def output_paths(model: VaultModel, systems: list[str]) -> dict[str, str]:
    """Each system's SDD path; distinct even when two system names clean up the same."""
    return sdd_paths(model.config.output, [(s, model.field(s, "name")) for s in systems])


__all__ = ["SYSTEM_LINKS", "assemble", "dependency_cycles", "systems_of"]


def members(model: VaultModel, system: str, kind: str) -> list[str]:
    return list(membership.members(model, system, kind))


def _document(
    model: VaultModel, system: str, output_path: str, template: str | None, cycles: list[list[str]]
) -> SddDocument:
    own_reasons = membership.members(model, system, "component")
    prd_reasons = membership.members(model, system, "prd")
    own, prd_nodes = list(own_reasons), list(prd_reasons)
    decision_reasons = membership.decisions(model, system, own)
    decision_nodes = _decision_nodes(model, decision_reasons)
    components = tuple(_component(model, node) for node in own)
    decisions = tuple(_decision(model, node) for node in decision_nodes)
    technologies = tuple(_technologies(model, own, decisions))
    dependencies, dependents = _dependencies(model, own)
    standing = decision_areas(model, decisions, lambda node: _decision(model, node))
    scope = findings.Scope(model, system, own, prd_nodes, decision_nodes, cycles)
    prds = tuple(_prd(model, node) for node in prd_nodes)
    checklist = tuple(_checklist(model, standing))
    flows = system_flows(model, own)
    found_risks = (
        *findings.risks(scope, components, technologies, decisions),
        *findings.conflicting_targets(prds),
        *risks.decision_risks(checklist, standing),
        *risks.unprotected_flows(flows),
        *risks.bottleneck_risks(components, flows),
    )
    risky = {r.about for r in found_risks}
    references = tuple(_references(model, system, own))
    return SddDocument(
        system=model.ref(system),
        output_path=output_path,
        template=str(model.field(system, "sdd_template") or template or model.config.template),
        description=text(model.field(system, "description")) or opening_paragraph(model.notes[system].note),
        described_in_text=not text(model.field(system, "description")),
        owner=text(model.field(system, "owner")),
        status=text(model.field(system, "status")),
        aliases=tuple(text(a) for a in as_list(model.field(system, "aliases", []))),
        stakeholders=tuple(_stakeholders(model, system, own, decisions)),
        prds=prds,
        components=components,
        data_components=tuple(c for c in components if c.kind.lower() in DATA_KINDS),
        technologies=technologies,
        dependencies=dependencies,
        dependents=dependents,
        decisions=decisions,
        checklist=checklist,
        risks=found_risks,
        open_questions=tuple(q for q in findings.open_questions(decisions) if q.about not in risky),
        gaps=tuple(findings.vault_gaps(scope, components, decisions)),
        sources=tuple(sorted({*findings.source_refs(scope, technologies, dependencies), *references})),
        sections=tuple(_sections(model, system, prd_nodes, own)),
        neighbours=tuple(_neighbours(model, model.ref(system), dependencies, dependents)),
        flows=flows,
        references=references,
        decision_areas=standing,
        canvas=_canvas(model, output_path),
        register=f"{base_path(model.config.output)}#{system_stem(output_path)}",
        member_reasons=_reasons(model, {**prd_reasons, **own_reasons, **decision_reasons}),
    )


def _canvas(model: VaultModel, output_path: str) -> Ref | None:
    if not model.config.canvas:
        return None
    path = canvas_path(output_path)
    return Ref(path.rpartition("/")[2], path)


def _reasons(model: VaultModel, reasons: dict[str, Reason]) -> tuple[tuple[Ref, str], ...]:
    return tuple(sorted((model.ref(node), reason.value) for node, reason in reasons.items()))


def _description(model: VaultModel, ref: Ref) -> str:
    return text(model.field(ref.path, "description")) if ref.path else ""


def _sections(model: VaultModel, system: str, prds: list[str], own: list[str]) -> list[Section]:
    """The named body sections of the system note, its PRDs and its components."""
    found: list[Section] = []
    for nodes, wanted in (([system], SYSTEM_SECTIONS), (prds, PRD_SECTIONS), (own, COMPONENT_SECTIONS)):
        for node in nodes:
            note = model.notes[node].note
            found.extend(Section(name, body, model.ref(node)) for name, body in named_sections(note, wanted))
    return found


DESIGN_TYPES = frozenset({"system", "prd", "component", "technology", "adr", "sdd", UNRESOLVED})


def _references(model: VaultModel, system: str, own: list[str]) -> list[Ref]:
    """Other notes (meeting notes, overviews, …) that link to the system or its components."""
    found = {
        source
        for node in [system, *own]
        for source in sources(model.graph, node)
        if model.type_of(source) not in DESIGN_TYPES
    }
    return sorted((model.ref(n) for n in found), key=lambda r: r.name.lower())


def _neighbours(
    model: VaultModel, system: Ref, dependencies: tuple[Dependency, ...], dependents: tuple[Dependency, ...]
) -> list[Neighbour]:
    """Systems (or components outside every system) this one depends on, then those depending
    on it, each with the component links behind the relation."""
    grouped: dict[tuple[str, Ref, bool], list[Dependency]] = {}
    for relation, links, outside in (("uses", dependencies, "target"), ("used-by", dependents, "source")):
        for link in links:
            others = [s for s in link.systems if s != system]
            if not link.systems:
                grouped.setdefault((relation, getattr(link, outside), True), []).append(link)
            for other in others:
                grouped.setdefault((relation, other, False), []).append(link)
    return [
        Neighbour(ref, relation, external, tuple(via), _description(model, ref))
        for (relation, ref, external), via in sorted(
            grouped.items(), key=lambda item: (item[0][0], item[0][2], item[0][1].name.lower())
        )
    ]


def _component(model: VaultModel, node: str) -> Component:
    return Component(
        ref=model.ref(node),
        kind=text(model.field(node, "kind")),
        technologies=tuple(model.ref(t) for t in targets(model.graph, node, "uses")),
        depends_on=tuple(model.ref(t) for t in targets(model.graph, node, *LINK_RELATIONS)),
        owner=text(model.field(node, "owner")),
        description=text(model.field(node, "description")) or opening_paragraph(model.notes[node].note),
        systems=tuple(model.ref(s) for s in systems_of(model, node)),
    )


def _prd(model: VaultModel, node: str) -> Prd:
    note = model.notes[node].note
    nfr = model.field(node, "nfr", {})
    draft = text(model.field(node, "status")).lower() in DRAFT_STATUSES
    requirements = tuple(
        Requirement(
            key, NFR_LABELS.get(key, key.replace("_", " ").capitalize()), text(value), model.ref(node), draft
        )
        for key, value in (nfr.items() if isinstance(nfr, dict) else [])
    )
    return Prd(
        ref=model.ref(node),
        status=text(model.field(node, "status")),
        problem=first_section(note, PRD_PROBLEM),
        goals=first_section(note, PRD_GOALS),
        requirements=first_section(note, PRD_REQUIREMENTS),
        success_metrics=first_section(note, PRD_SUCCESS),
        nfrs=requirements,
        compliance=tuple(text(item) for item in as_list(model.field(node, "compliance", []))),
    )


def _decision_nodes(model: VaultModel, found: dict[str, Reason]) -> list[str]:
    return sorted(found, key=lambda n: (model.field(n, "number", 10**9), n))


def decision(model: VaultModel, node: str) -> Decision:
    """What an SDD says of the ADR at `node` (any system's)."""
    return _decision(model, node)


def _decision(model: VaultModel, node: str) -> Decision:
    graph = model.graph
    chosen = tuple(model.ref(t) for t in targets(graph, node, "chosen"))
    chosen_text = "" if chosen else text(model.field(node, "chosen"))
    if chosen_text:
        resolved = model.resolver.resolve(chosen_text, node)
        if resolved is not None and resolved in graph:
            chosen, chosen_text = (model.ref(resolved),), ""
    number = model.field(node, "number", None)
    considered = tuple(model.ref(t) for t in targets(graph, node, "considered"))
    note = model.notes[node].note
    title = text(model.field(node, "title")) or model.field(node, "name")
    derived: list[str] = []
    if not chosen:
        found = derive_choice(model, node, f"{title} {model.field(node, 'name')}", chosen_text)
        if found:
            chosen, chosen_text = tuple(model.ref(t) for t in found), ""
            derived.append("chosen")
    area = area_name(model.field(node, "decision_area"))
    if not area:
        area = derive_area(model, [c.path for c in chosen if c.path], f"{title} {model.field(node, 'name')}")
        derived.extend(["area"] if area else [])
    return Decision(
        ref=model.ref(node),
        number=number if isinstance(number, int) else None,
        title=title,
        status=text(model.field(node, "status") or model.field(node, "status_text")),
        qualifier=text(model.field(node, "status_qualifier")),
        date=text(model.field(node, "date")),
        area=area,
        chosen=chosen,
        chosen_text=chosen_text,
        supersedes=_both_ways(model, node, "supersedes", "superseded_by"),
        superseded_by=_both_ways(model, node, "superseded_by", "supersedes"),
        considered=considered,
        considered_text="" if considered else text(model.field(node, "considered")),
        context=first_paragraph(first_section(note, ADR_CONTEXT)),
        consequences=first_section(note, ADR_CONSEQUENCES),
        decision=first_section(note, ADR_DECISION),
        gained=tuple(_because(note, "good")),
        accepted=tuple(_because(note, "bad")),
        derived=tuple(derived),
    )


_BECAUSE = re.compile(r"^\s*[-*+]\s+(Good|Bad|Neutral), because\s+(.+?)\s*$", re.IGNORECASE | re.MULTILINE)


def _because(note: Note, kind: str) -> list[str]:
    """MADR's "Good, because …" (what is gained) or "Bad, because …" (what is accepted) lines."""
    return [m.group(2) for m in _BECAUSE.finditer(note.body) if m.group(1).lower() == kind]


def _both_ways(model: VaultModel, node: str, relation: str, inverse: str) -> tuple[Ref, ...]:
    linked = set(targets(model.graph, node, relation)) | set(sources(model.graph, node, inverse))
    return tuple(sorted(model.ref(n) for n in linked))


def _technologies(model: VaultModel, own: list[str], decisions: Iterable[Decision]) -> list[Technology]:
    used: dict[str, list[str]] = {}
    for component in own:
        for tech in targets(model.graph, component, "uses"):
            if model.type_of(tech) != UNRESOLVED:
                used.setdefault(tech, []).append(component)
    listed = list(decisions)
    techs = []
    for tech, users in used.items():
        category = area_name(model.field(tech, "category"))
        chosen_by = [d.ref for d in listed if model.ref(tech) in d.chosen]
        if not chosen_by:
            chosen_by = [
                d.ref
                for d in listed
                if d.status == "accepted"
                and category
                and d.area == category
                and tech in targets(model.graph, d.ref.path or "")
            ]
        techs.append(
            Technology(
                model.ref(tech),
                category,
                text(model.field(tech, "version")),
                tuple(model.ref(u) for u in sorted(users)),
                tuple(chosen_by),
            )
        )
    return sorted(techs, key=lambda t: (t.category or "~", t.ref.name.lower()))


def _dependencies(model: VaultModel, own: list[str]) -> tuple[tuple[Dependency, ...], tuple[Dependency, ...]]:
    """Links between the system's components and components outside it. A link between two
    components that share a system is inside that system: a component shared by two systems
    never makes one depend on the other."""
    mine = set(own)
    outgoing = []
    for component in own:
        for target in targets(model.graph, component, *LINK_RELATIONS):
            if (
                target not in mine
                and model.type_of(target) != UNRESOLVED
                and _across(model, component, target)
            ):
                outgoing.append(_dependency(model, component, target, target))
    incoming = []
    for component in own:
        for source in sources(model.graph, component, *LINK_RELATIONS):
            if source not in mine and _across(model, source, component):
                incoming.append(_dependency(model, source, component, source))
    return tuple(sorted(outgoing, key=_order)), tuple(sorted(incoming, key=_order))


def _across(model: VaultModel, one: str, other: str) -> bool:
    return set(systems_of(model, one)).isdisjoint(systems_of(model, other))


def _dependency(model: VaultModel, source: str, target: str, foreign: str) -> Dependency:
    systems = tuple(model.ref(s) for s in systems_of(model, foreign))
    return described_link(model, source, target, systems, text(model.field(foreign, "kind")))


def _order(dependency: Dependency) -> tuple[str, str]:
    return dependency.source.name.lower(), dependency.target.name.lower()


def _checklist(model: VaultModel, standing: tuple[DecisionArea, ...]) -> list[ChecklistItem]:
    """Each item is settled by the decisions in force in one of its areas (an ADR naming no
    area counts for the area of the ADRs it supersedes or amends)."""
    items = []
    for group, item, areas in model.config.checklist:
        decided = tuple(
            current.decision.ref
            for area in standing
            if area.area in areas
            for current in area.current
            if current.standing == "in force"
        )
        items.append(ChecklistItem(group, item, areas, decided))
    return items


def _stakeholders(model: VaultModel, system: str, own: list[str], decisions: Iterable[Decision]) -> list[str]:
    people: list[str] = []
    for node in [system, *own]:
        people.extend(text(p) for p in as_list(model.field(node, "owner", [])))
    for decision in decisions:
        if decision.ref.path:
            people.extend(text(p) for p in as_list(model.field(decision.ref.path, "deciders", [])))
    return sorted({p for p in people if p}, key=str.lower)


def dependency_cycles(model: VaultModel) -> list[list[str]]:
    """Every cycle of `depends_on` links between components, each rotated to start at its
    smallest path so the order is stable."""
    edges = (
        (component, target)
        for component in model.nodes_of_type("component")
        for target in dependency_targets(model, component)
    )
    return bounded_cycles(edges, LONGEST_CYCLE)  # nx.simple_cycles' cycles, without its quadratic cost


def dependency_targets(model: VaultModel, node: str) -> list[str]:
    """The nodes a component's `depends_on` links point to: the edges cycles are made of."""
    return targets(model.graph, node, "depends_on") if model.type_of(node) == "component" else []
