"""The facts of one system's design document, as `assemble` computes them for `render`.

Every fact carries a `Ref` to the note it came from, so the SDD can link its source.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Ref:
    """A note (or an unresolved link target, `path` None) the SDD links to."""

    name: str
    path: str | None


@dataclass(frozen=True, slots=True)
class Requirement:
    name: str  # e.g. latency_p99_ms
    label: str  # e.g. Latency p99 (ms)
    value: str
    source: Ref


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
