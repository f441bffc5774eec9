"""The facts of one system's design document, as `assemble` computes them for `render`.

Every fact carries a `Ref` to the note it came from, so the SDD can link its source.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from vaultsmith.config.statuses import in_force
from vaultsmith.model.ref import Ref

# Protocols that say a link authenticates (compared lower-case).
AUTH_PROTOCOLS = frozenset(
    {"oidc", "openid connect", "oauth", "oauth2", "oauth 2.0", "saml", "jwt", "ldap", "kerberos"}
)
_IDENTITY_NAME = re.compile(r"\b(auth|identity|sso|login|iam|keycloak|okta|cognito)\b", re.IGNORECASE)

if TYPE_CHECKING:  # decision_chains builds on Decision; only the annotation needs its records
    from vaultsmith.sdd.decision_chains import DecisionArea


@dataclass(frozen=True, slots=True)
class Requirement:
    name: str  # e.g. latency_p99_ms
    label: str  # e.g. Latency p99 (ms)
    value: str
    source: Ref
    draft: bool = False  # set by a PRD that is still a draft


@dataclass(frozen=True, slots=True)
class Target:
    """One figure (a latency, an availability, …) as every PRD that sets it states it."""

    name: str
    label: str
    stated: tuple[Requirement, ...]  # PRD by PRD

    @property
    def values(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(r.value for r in self.stated))

    @property
    def conflict(self) -> bool:
        """PRDs set different values: a conflict to settle, never a value to pick."""
        return len(self.values) > 1

    @property
    def value(self) -> str:
        return self.values[0]

    @property
    def draft(self) -> bool:
        return all(r.draft for r in self.stated)

    @property
    def source(self) -> Ref:
        return self.stated[0].source

    @property
    def sources(self) -> tuple[Ref, ...]:
        return tuple(dict.fromkeys(r.source for r in self.stated))


@dataclass(frozen=True, slots=True)
class Prd:
    ref: Ref
    status: str
    problem: str
    goals: str
    requirements: str
    success_metrics: str
    nfrs: tuple[Requirement, ...]
    compliance: tuple[str, ...]


def targets_of(prds: tuple[Prd, ...]) -> tuple[Target, ...]:
    """Every figure the PRDs set, once, in the order first set, with each PRD's value."""
    stated: dict[str, list[Requirement]] = {}
    for requirement in (nfr for prd in prds for nfr in prd.nfrs):
        stated.setdefault(requirement.name, []).append(requirement)
    return tuple(Target(name, found[0].label, tuple(found)) for name, found in stated.items())


@dataclass(frozen=True, slots=True)
class Component:
    ref: Ref
    kind: str
    technologies: tuple[Ref, ...]
    depends_on: tuple[Ref, ...]
    owner: str
    description: str
    systems: tuple[Ref, ...]  # every system it belongs to (more than one when shared)


@dataclass(frozen=True, slots=True)
class Technology:
    ref: Ref
    category: str
    version: str
    used_by: tuple[Ref, ...]
    chosen_by: tuple[Ref, ...]  # ADRs that chose it


@dataclass(frozen=True, slots=True)
class Dependency:
    """A component of this system depends on a component outside it."""

    source: Ref
    target: Ref
    systems: tuple[Ref, ...]  # the systems the target belongs to; empty when external
    kind: str
    # What the `depends_on` property said about the link: (("data", "PII"), ("protocol", "gRPC"))
    attributes: tuple[tuple[str, str], ...] = ()
    verb: str = "depends on"  # what the source does with the target, as the vault states it
    inbound: bool = False  # data flows from the target to the source (a consumer, a reader)

    @property
    def verb_stated(self) -> bool:
        return self.verb != "depends on"

    @property
    def phrase(self) -> str:
        """The verb with the protocol: `calls over OIDC`, `consumes from`."""
        return f"{self.verb} over {self.protocol}" if self.protocol else self.verb

    @property
    def drawn(self) -> tuple[Ref, Ref]:
        """(from, to) of the arrow: the way the data flows when the vault says so."""
        return (self.target, self.source) if self.inbound else (self.source, self.target)

    def attribute(self, *names: str) -> str:
        return next((value for key, value in self.attributes if key in names), "")

    @property
    def protocol(self) -> str:
        return self.attribute("protocol")

    @property
    def data(self) -> str:
        """The data classification the link carries (`data:`, `classification:`)."""
        return self.attribute("data", "classification", "data_classification")

    @property
    def details(self) -> str:
        """The attributes as words: `gRPC; data: PII, PCI; encrypted: yes`."""
        parts = [self.protocol] if self.protocol else []
        parts.extend(f"{key}: {value}" for key, value in self.attributes if key != "protocol")
        return "; ".join(parts)


@dataclass(frozen=True, slots=True)
class Decision:
    ref: Ref
    number: int | None
    title: str
    status: str  # normalised status, or the words as written when they map to nothing
    qualifier: str
    date: str
    area: str
    chosen: tuple[Ref, ...]
    chosen_text: str  # what `Chosen option:` says, when it links no note
    supersedes: tuple[Ref, ...]
    superseded_by: tuple[Ref, ...]
    considered: tuple[Ref, ...] = ()
    considered_text: str = ""  # what `considered:` says, when it links no note
    context: str = ""  # the first paragraph of the ADR's context section
    consequences: str = ""  # its whole consequences section
    decision: str = ""  # its whole decision section
    gained: tuple[str, ...] = ()  # MADR's "Good, because …" lines
    accepted: tuple[str, ...] = ()  # MADR's "Bad, because …" lines
    # What was read from the ADR's text, not its properties: "area", "chosen" (say so in the SDD)
    derived: tuple[str, ...] = ()

    @property
    def stated_status(self) -> str:
        """The status, or words saying the ADR states none (never a status of our own)."""
        return self.status or "status not stated"

    @property
    def in_force(self) -> bool:
        """Accepted (or amended, or only partly superseded): the decision stands."""
        return in_force(self.status, self.qualifier or None)


@dataclass(frozen=True, slots=True)
class Section:
    """The text under one heading of a note (an API description, the system's context, …),
    quoted into the SDD with a link to the note. `name` is the heading's canonical name."""

    name: str
    text: str
    source: Ref


@dataclass(frozen=True, slots=True)
class Neighbour:
    """What sits next to the system in its C4 context: another system it depends on or that
    depends on it, or a component outside every system. `via` are the component links behind it."""

    ref: Ref
    relation: str  # "uses" (this system depends on it) or "used-by" (it depends on this system)
    external: bool  # a component outside every system, not a system
    via: tuple[Dependency, ...]
    description: str = ""


@dataclass(frozen=True, slots=True)
class ChecklistItem:
    group: str
    item: str
    areas: tuple[str, ...]
    decided_by: tuple[Ref, ...]  # accepted ADRs whose decision_area settles it


@dataclass(frozen=True, slots=True)
class Finding:
    """A risk, open question or gap: a sentence and the note (if any) it is about."""

    text: str
    about: Ref | None = None


@dataclass(frozen=True, slots=True)
class SddDocument:
    system: Ref
    output_path: str
    template: str
    description: str
    owner: str
    status: str
    aliases: tuple[str, ...]
    stakeholders: tuple[str, ...]
    prds: tuple[Prd, ...]
    components: tuple[Component, ...]
    data_components: tuple[Component, ...]
    technologies: tuple[Technology, ...]
    dependencies: tuple[Dependency, ...]
    dependents: tuple[Dependency, ...]  # components of other systems depending on this one
    decisions: tuple[Decision, ...]
    checklist: tuple[ChecklistItem, ...]
    risks: tuple[Finding, ...]
    open_questions: tuple[Finding, ...]
    sources: tuple[Ref, ...]
    sections: tuple[Section, ...] = ()
    neighbours: tuple[Neighbour, ...] = ()
    flows: tuple[Dependency, ...] = ()  # every link from or to its components, with verb and attributes
    decision_areas: tuple[DecisionArea, ...] = ()  # the decisions in force per area, with history
    gaps: tuple[Finding, ...] = ()  # vault hygiene: properties to add, notes to write
    described_in_text: bool = False  # the description is the system note's first paragraph
    references: tuple[Ref, ...] = ()  # other notes (meetings, overviews) linking to its notes

    @property
    def described_flows(self) -> tuple[Dependency, ...]:
        """The links that say what they carry (a protocol, a data class, …)."""
        return tuple(flow for flow in self.flows if flow.attributes)
    canvas: Ref | None = None  # the system's canvas beside the SDD (None: config `canvas = false`)
    register: str = ""  # the embed of its view of the ADR register: `SDD/Decisions.base#<view>`
    member_reasons: tuple[tuple[Ref, str], ...] = ()  # why each PRD, component and ADR belongs

    def reason(self, ref: Ref) -> str:
        """Why the note `ref` belongs to this system (empty for the system note and for notes
        the SDD draws on without their belonging: technologies, other systems' components)."""
        return next((why for member, why in self.member_reasons if member == ref), "")

    @property
    def classified_flows(self) -> tuple[Dependency, ...]:
        """The links that say which class of data they carry."""
        return tuple(flow for flow in self.flows if flow.data)

    @property
    def classified_scope(self) -> tuple[tuple[str, tuple[Ref, ...]], ...]:
        """Each class of data the links name (PII, PCI, …) with the components at either end
        of a link carrying it, in order of name."""
        scope: dict[str, set[Ref]] = {}
        for flow in self.classified_flows:
            for data in (part.strip() for part in flow.data.split(",")):
                if data:
                    scope.setdefault(data, set()).update((flow.source, flow.target))
        return tuple(
            (data, tuple(sorted(refs, key=lambda r: r.name.lower()))) for data, refs in sorted(scope.items())
        )

    def flow(self, source: Ref, target: Ref) -> Dependency | None:
        return next((f for f in self.flows if f.source == source and f.target == target), None)

    def about(self, name: str) -> tuple[Section, ...]:
        """The note sections called `name` (for example "api"), in source order."""
        return tuple(section for section in self.sections if section.name == name)

    @property
    def nfrs(self) -> tuple[Target, ...]:
        """Every figure the PRDs set, once, in the order first set, with each PRD's value."""
        return targets_of(self.prds)

    def nfrs_named(self, *names: str) -> tuple[Target, ...]:
        return tuple(nfr for nfr in self.nfrs if nfr.name in names)

    def nfrs_except(self, *names: str) -> tuple[Target, ...]:
        return tuple(nfr for nfr in self.nfrs if nfr.name not in names)

    @staticmethod
    def sources_of(targets: tuple[Target, ...]) -> tuple[Ref, ...]:
        return tuple(dict.fromkeys(ref for target in targets for ref in target.sources))

    @property
    def conflicts(self) -> tuple[Target, ...]:
        return tuple(nfr for nfr in self.nfrs if nfr.conflict)

    def technologies_in(self, *categories: str) -> tuple[Technology, ...]:
        return tuple(t for t in self.technologies if t.category in categories)

    def technologies_except(self, *categories: str) -> tuple[Technology, ...]:
        return tuple(t for t in self.technologies if t.category not in categories)

    def accepted_in(self, *areas: str) -> tuple[Decision, ...]:
        """Accepted decisions whose `decision_area` is one of `areas`."""
        return tuple(d for d in self.decisions if d.status == "accepted" and d.area in areas)

    def standing_in(self, *areas: str, standing: str = "in force") -> tuple[Decision, ...]:
        """The decisions in force (or `standing` "proposed", "retired", "loop") in `areas`,
        following supersede and amend threads (a successor that names no area stands in the
        area of what it replaced)."""
        return tuple(
            current.decision
            for area in self.decision_areas
            if area.area in areas
            for current in area.current
            if current.standing == standing
        )

    @property
    def unsettled(self) -> tuple[ChecklistItem, ...]:
        """The "decisions required" items nothing settles, no proposal is open on and no
        retired decision once settled (those two are risks)."""
        return tuple(
            item
            for item in self.checklist
            if not item.decided_by
            and not self.standing_in(*item.areas, standing="proposed")
            and not self.standing_in(*item.areas, standing="retired")
        )

    def components_of_kind(self, *kinds: str) -> tuple[Component, ...]:
        return tuple(c for c in self.components if c.kind.lower() in kinds)

    def depending_on(self, ref: Ref) -> tuple[Component, ...]:
        """The system's components that list `ref` in their `depends_on`."""
        return tuple(c for c in self.components if ref in c.depends_on)

    @property
    def proposed(self) -> tuple[Decision, ...]:
        return tuple(d for d in self.decisions if d.status == "proposed")

    @property
    def latest_date(self) -> str:
        """The most recent decision date (ISO dates sort as text); empty when none is known."""
        return max((d.date for d in self.decisions if d.date), default="")

    def coupling(self) -> tuple[tuple[Component, int], ...]:
        """Each component with its number of `depends_on` links in and out, most linked first."""
        counts = {c.ref: len(c.depends_on) for c in self.components}
        for component in self.components:
            for target in component.depends_on:
                if target in counts:
                    counts[target] += 1
        for dependent in self.dependents:
            counts[dependent.target] = counts.get(dependent.target, 0) + 1
        ranked = sorted(self.components, key=lambda c: (-counts[c.ref], c.ref.name.lower()))
        return tuple((c, counts[c.ref]) for c in ranked)

    @property
    def identity_links(self) -> tuple[Dependency, ...]:
        """Links to identity components: over an identity protocol (OIDC, SAML, …), or to a
        component whose kind or name says identity (auth, SSO, IAM, …)."""
        return tuple(
            f
            for f in self.flows
            if f.protocol.lower() in AUTH_PROTOCOLS
            or f.kind.lower() in ("identity", "auth")
            or _IDENTITY_NAME.search(f.target.name) is not None
        )

    def fan_in(self) -> tuple[tuple[Component, int], ...]:
        """The system's components with how many components link to them, most reached first."""
        reaching: dict[Ref, set[Ref]] = {}
        for flow in self.flows:
            reaching.setdefault(flow.target, set()).add(flow.source)
        found = [(c, len(reaching.get(c.ref, ()))) for c in self.components if reaching.get(c.ref)]
        return tuple(sorted(found, key=lambda item: (-item[1], item[0].ref.name.lower())))

    def about_with(self, name: str, word: str) -> tuple[Section, ...]:
        """The note sections called `name` whose text holds `word` (an `erDiagram`, …)."""
        return tuple(section for section in self.about(name) if word in section.text)

    def references_named(self, word: str) -> tuple[Ref, ...]:
        """The other notes linking to the system whose name holds `word`, any case."""
        return tuple(r for r in self.references if word.lower() in r.name.lower())

    def decision(self, ref: Ref) -> Decision | None:
        return next((d for d in self.decisions if d.ref == ref), None)

    @property
    def compliance(self) -> tuple[tuple[str, tuple[Ref, ...]], ...]:
        """Each regulation the PRDs name, once, with the PRDs naming it."""
        named: dict[str, list[Ref]] = {}
        for prd in self.prds:
            for standard in prd.compliance:
                named.setdefault(standard, []).append(prd.ref)
        return tuple((standard, tuple(refs)) for standard, refs in named.items())

    @property
    def checklist_groups(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(item.group for item in self.checklist))

    def checklist_of(self, group: str) -> tuple[ChecklistItem, ...]:
        return tuple(item for item in self.checklist if item.group == group)

    @property
    def externals(self) -> tuple[Component, ...]:
        """The system's own components that stand for something outside it (`kind: external`)."""
        return tuple(c for c in self.components if c.kind.lower() == "external")
