"""facts: one system's facts, numbered, each with the note (and line) it came from.

They are read from the SDD document the build assembles for the system (assemble.py), so an
assistant is told exactly what the SDD says: the notes that belong to the system and why, the
decisions in force per area with their history, the requirements and targets, the
dependencies both ways with what they carry, the risks and open questions; and, from the
rendered SDD, the gaps its style shows. Text copied from a note is kept apart in `quoted`:
it is the note's words, data for the reader, never instructions.

The records are frozen dataclasses without slots: the MCP SDK derives each tool's output
schema from their fields and class attributes.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from vaultsmith.assist.paging import DEFAULT_LIMIT, Page, page_of
from vaultsmith.assist.view import VaultView
from vaultsmith.config.statuses import in_force
from vaultsmith.errors import TemplateError
from vaultsmith.model.analysed import VaultModel
from vaultsmith.model.graph import targets
from vaultsmith.model.ref import Ref
from vaultsmith.render.coverage import outline
from vaultsmith.sdd.assemble import SYSTEM_LINKS
from vaultsmith.sdd.decision_chains import CurrentDecision
from vaultsmith.sdd.design import Decision, Dependency, Finding, SddDocument
from vaultsmith.vault.markdown import mask
from vaultsmith.vault.sourcelines import SourceLines

HEADINGS = {
    "problem": ("problem", "problem statement"),
    "goals": ("goals",),
    "success metrics": ("success metrics",),
}
DECISION_SCOPE = ("system", "systems", "affects")  # the properties by which an ADR names its system
QUOTE_CHARS = 600  # the most a fact quotes from one note section; the note itself has the rest

_HEADING = re.compile(r"^ {0,3}#{2,3}[ \t]+(.*?)[ \t]*$")
_MISSING = re.compile(r"^\s*>\s*\[![\w-]+\][+-]?\s*(Missing\b.*)$", re.IGNORECASE)
_UNTICKED = re.compile(r"^\s*(?:>\s*)*[-*+]\s+\[ \]\s+(.*)$")


@dataclass(frozen=True)
class Source:
    """Where a fact comes from: a note's vault path (None: a link to no note) and the line of
    the property or link that states it (1-based; 0 when it is the note as a whole)."""

    path: str | None
    line: int = 0


@dataclass(frozen=True)
class Statement:
    """A fact about the system as a whole: its description, owner, a PRD's problem, …"""

    id: str
    topic: str
    text: str
    source: Source
    quoted: str = ""  # the note's own words (data, not instructions)


@dataclass(frozen=True)
class Member:
    """A note that belongs to the system, and why (the link or property that makes it)."""

    id: str
    name: str
    path: str | None
    type: str
    why: str
    source: Source


@dataclass(frozen=True)
class DecisionFact:
    id: str
    name: str
    path: str | None
    title: str
    status: str
    date: str
    chosen: tuple[str, ...]  # the notes (or words) it chose
    standing: str  # "in force", or what it is to the decision above it ("amended by", "replaced", …)
    source: Source


@dataclass(frozen=True)
class AreaFacts:
    """One decision area: the decisions in force, each followed by its history."""

    area: str  # the decision_area; "" for decisions that name none
    decisions: tuple[DecisionFact, ...]


@dataclass(frozen=True)
class RequirementFact:
    id: str
    prd: str
    name: str  # the property, e.g. latency_p99_ms or compliance
    label: str
    value: str
    source: Source


@dataclass(frozen=True)
class DependencyFact:
    """A `depends_on` link between one of the system's components and a component outside it."""

    id: str
    direction: str  # "uses" (this system's component depends on it) or "used-by"
    component: str  # the system's own component
    other: str  # the component outside
    other_systems: tuple[str, ...]  # the systems it belongs to; empty when outside every system
    protocol: str
    data: str  # the class of data the link carries
    source: Source


@dataclass(frozen=True)
class RiskFact:
    id: str
    kind: str  # "risk", "open-question" or "vault-gap"
    text: str
    about: str  # the note it is about ("" when none)
    source: Source


@dataclass(frozen=True)
class Gap:
    """What the SDD shows as missing or undecided: the writer must leave it a gap."""

    section: str
    text: str


@dataclass(frozen=True)
class SystemFacts:
    system: str
    path: str
    sdd: str  # the SDD's vault path
    style: str
    coverage: float | None  # None when the SDD could not be rendered
    gap_count: int
    overview: tuple[Statement, ...]
    members: tuple[Member, ...]
    decision_areas: tuple[AreaFacts, ...]
    requirements: tuple[RequirementFact, ...]
    dependencies: tuple[DependencyFact, ...]
    risks: tuple[RiskFact, ...]
    gaps: tuple[Gap, ...]
    outline: tuple[str, ...]  # the SDD's section headings in this style
    unparsed: tuple[str, ...] = ()  # notes that failed to parse: left out, or at their last good state
    page: Page | None = None  # which facts this answer holds, when it holds only some


AnyFact = Statement | Member | DecisionFact | RequirementFact | DependencyFact | RiskFact


def system_facts(view: VaultView, system: str, style: str | None = None) -> SystemFacts:
    """Every fact of `system`'s SDD, numbered F1, F2, … in a stable order; the gaps and outline
    of its SDD in `style` (default: the style its SDD uses)."""
    document = view.document(system)
    lines = SourceLines(view.root)
    numbers = _Numbers()
    overview = tuple(_overview(view.model, document, lines, numbers))
    members = tuple(_members(view.model, document, system, lines, numbers))
    areas = tuple(_areas(document, lines, numbers))
    requirements = tuple(_requirements(document, lines, numbers))
    dependencies = tuple(_dependencies(view.model, document, numbers))
    risks = tuple(_risks(document, numbers))
    try:
        rendered = view.render(document, style)
        text, coverage = rendered.text, rendered.coverage
    except TemplateError as bad:
        text, coverage = f"> [!warning] Missing: the SDD could not be rendered ({bad})", None
    gaps = tuple(gaps_in(text))
    headings = outline(text)
    if document.description and coverage is not None:
        # A description that starts with `#` makes a heading in the SDD: the style's outline is
        # taken from a rendering without it, so no note text reaches the outline unquoted.
        plain = dataclasses.replace(document, description="(description)")
        headings = outline(view.render(plain, style).text)
    return SystemFacts(
        system=document.system.name,
        path=system,
        sdd=document.output_path,
        style=style or document.template,
        coverage=coverage.share if coverage is not None else None,
        gap_count=coverage.gaps if coverage is not None else len(gaps),
        overview=overview,
        members=members,
        decision_areas=areas,
        requirements=requirements,
        dependencies=dependencies,
        risks=risks,
        gaps=gaps,
        outline=tuple(headings),
        unparsed=view.unparsed,
    )


def facts_page(facts: SystemFacts, offset: int = 0, limit: int = DEFAULT_LIMIT) -> SystemFacts:
    """Only the facts from number `offset + 1`, at most `limit` of them and MAX_CHARS of JSON;
    the gaps and the outline always come whole."""
    shown, page = page_of(all_facts(facts), offset, limit)
    kept = {fact.id for fact in shown}
    areas = [AreaFacts(a.area, tuple(d for d in a.decisions if d.id in kept)) for a in facts.decision_areas]
    return dataclasses.replace(
        facts,
        overview=tuple(f for f in facts.overview if f.id in kept),
        members=tuple(f for f in facts.members if f.id in kept),
        decision_areas=tuple(area for area in areas if area.decisions),
        requirements=tuple(f for f in facts.requirements if f.id in kept),
        dependencies=tuple(f for f in facts.dependencies if f.id in kept),
        risks=tuple(f for f in facts.risks if f.id in kept),
        page=page,
    )


def all_facts(facts: SystemFacts) -> list[AnyFact]:
    """Every numbered fact, in number order."""
    found: list[AnyFact] = [*facts.overview, *facts.members]
    found.extend(d for area in facts.decision_areas for d in area.decisions)
    found.extend([*facts.requirements, *facts.dependencies, *facts.risks])
    return sorted(found, key=lambda fact: fact_number(fact.id))


def fact_number(fact_id: str) -> int:
    return int(fact_id.removeprefix("F"))


def statement(fact: AnyFact) -> str:
    """The fact in one line of our words (quoted note text excluded)."""
    if isinstance(fact, Statement):
        return fact.text
    if isinstance(fact, Member):
        return f"{fact.name} ({fact.type}) belongs to the system: {fact.why}"
    if isinstance(fact, DecisionFact):
        chosen = f"; chose {', '.join(fact.chosen)}" if fact.chosen else ""
        date = f", {fact.date}" if fact.date else ""
        return f'{fact.standing}: {fact.name} "{fact.title}" ({fact.status}{date}){chosen}'
    if isinstance(fact, RequirementFact):
        return f"{fact.prd} requires {fact.label}: {fact.value}"
    if isinstance(fact, DependencyFact):
        systems = (
            f" (of {', '.join(fact.other_systems)})" if fact.other_systems else " (outside every system)"
        )
        carries = "; ".join(
            part for part in (fact.protocol, f"data: {fact.data}" if fact.data else "") if part
        )
        carried = f" [{carries}]" if carries else ""
        if fact.direction == "uses":
            return f"{fact.component} depends on {fact.other}{systems}{carried}"
        return f"{fact.other}{systems} depends on {fact.component}{carried}"
    kind = fact.kind.replace("-", " ")
    about = f"{fact.about} " if fact.about else ""
    return f"{kind}: {about}{fact.text}"


def gaps_in(markdown: str) -> Iterator[Gap]:
    """The gaps a rendered SDD shows (`Missing` callouts, unticked tasks), with their section;
    code is looked past (the masked text), the words are taken as shown."""
    section = ""
    for shown, masked in zip(markdown.split("\n"), mask(markdown).split("\n"), strict=True):
        if _HEADING.match(masked):
            section = shown.lstrip("# ").strip()
        elif _MISSING.match(masked):
            yield Gap(section, shown.strip().lstrip(">").strip())
        elif _UNTICKED.match(masked):
            found = _UNTICKED.match(shown)
            yield Gap(section, found.group(1) if found else shown.strip())


# ------------------------------------------------------------------------------- the fact kinds


class _Numbers:
    def __init__(self) -> None:
        self.count = 0

    def next(self) -> str:
        self.count += 1
        return f"F{self.count}"


def _quote(text: str) -> str:
    text = text.strip()
    return text if len(text) <= QUOTE_CHARS else text[:QUOTE_CHARS].rstrip() + " …"


def _overview(
    model: VaultModel, document: SddDocument, lines: SourceLines, numbers: _Numbers
) -> Iterator[Statement]:
    system = document.system.path or ""
    name = document.system.name
    for key, value in (
        ("description", document.description),
        ("owner", document.owner),
        ("status", document.status),
    ):
        if value:
            quoted = value if key == "description" else ""
            text = f"{name}'s {key}" + ("" if quoted else f": {value}")
            yield Statement(numbers.next(), key, text, Source(system, lines.key_line(system, key)), quoted)
    for section in document.sections:
        if section.source.path == system:
            yield Statement(
                numbers.next(),
                section.name,
                f"{name}'s note, section {section.name}",
                Source(system, _heading_line(lines, system, (section.name,))),
                _quote(section.text),
            )
    for prd in document.prds:
        for topic, text in (
            ("problem", prd.problem),
            ("goals", prd.goals),
            ("success metrics", prd.success_metrics),
        ):
            if text:
                source = Source(prd.ref.path, _heading_line(lines, prd.ref.path, HEADINGS[topic]))
                yield Statement(numbers.next(), topic, f"{prd.ref.name}: {topic}", source, _quote(text))


def _members(
    model: VaultModel, document: SddDocument, system: str, lines: SourceLines, numbers: _Numbers
) -> Iterator[Member]:
    for prd in document.prds:
        yield _member(model, numbers, prd.ref, "prd", "its `system` names the system", system, SYSTEM_LINKS)
    for component in document.components:
        yield _member(
            model, numbers, component.ref, "component", "its `system` names the system", system, SYSTEM_LINKS
        )
    for technology in document.technologies:
        users = ", ".join(ref.name for ref in technology.used_by)
        first = technology.used_by[0].path if technology.used_by else None
        line = _edge_line(model, first, technology.ref.path, ("uses",))
        yield Member(
            numbers.next(),
            technology.ref.name,
            technology.ref.path,
            "technology",
            f"used by {users} (their `uses`)",
            Source(first, line),
        )
    own = {c.ref.path for c in document.components}
    for decision in document.decisions:
        yield _decision_member(model, numbers, decision, system, own)


def _member(
    model: VaultModel, numbers: _Numbers, ref: Ref, kind: str, why: str, system: str, relations: Iterable[str]
) -> Member:
    return Member(
        numbers.next(),
        ref.name,
        ref.path,
        kind,
        why,
        Source(ref.path, _edge_line(model, ref.path, system, relations)),
    )


def _decision_member(
    model: VaultModel, numbers: _Numbers, decision: Decision, system: str, own: set[str | None]
) -> Member:
    path = decision.ref.path
    for relation in DECISION_SCOPE:
        if path is not None and system in targets(model.graph, path, relation):
            why = f"its `{relation}` names the system"
            return Member(
                numbers.next(),
                decision.ref.name,
                path,
                "adr",
                why,
                Source(path, _edge_line(model, path, system, (relation,))),
            )
    for target, data in _out_edges(model, path):
        if target == system or target in own:
            why = f"it links to {model.field(target, 'name')} (`{data.get('relation', 'mentions')}`)"
            return Member(
                numbers.next(), decision.ref.name, path, "adr", why, Source(path, int(data.get("line", 0)))
            )
    return Member(numbers.next(), decision.ref.name, path, "adr", "it links to the system", Source(path))


def _areas(document: SddDocument, lines: SourceLines, numbers: _Numbers) -> Iterator[AreaFacts]:
    for area in document.decision_areas:
        decisions: list[DecisionFact] = []
        for current in area.current:
            decisions.extend(_thread(current, lines, numbers))
        yield AreaFacts(area.area, tuple(decisions))


def _thread(current: CurrentDecision, lines: SourceLines, numbers: _Numbers) -> Iterator[DecisionFact]:
    yield _decision_fact(
        current.decision, "in force" if _is_in_force(current.decision) else "latest", lines, numbers
    )
    for past in current.history:
        yield _decision_fact(
            past.decision, f"{past.how} (beneath {current.decision.ref.name})", lines, numbers
        )


def _is_in_force(decision: Decision) -> bool:
    return in_force(decision.status, decision.qualifier or None)


def _decision_fact(decision: Decision, standing: str, lines: SourceLines, numbers: _Numbers) -> DecisionFact:
    chosen = tuple(ref.name for ref in decision.chosen) or (
        (decision.chosen_text,) if decision.chosen_text else ()
    )
    status = _status(decision)
    path = decision.ref.path
    line = lines.key_line(path, "status") if path else 0
    return DecisionFact(
        numbers.next(),
        decision.ref.name,
        path,
        decision.title,
        status,
        decision.date,
        chosen,
        standing,
        Source(path, line),
    )


def _status(decision: Decision) -> str:
    """`superseded`, `partly superseded`, `accepted, amended`: as the SDD's decision log says it."""
    qualifier = decision.qualifier
    if not qualifier:
        return decision.status
    return qualifier if decision.status in qualifier else f"{decision.status}, {qualifier}"


def _requirements(document: SddDocument, lines: SourceLines, numbers: _Numbers) -> Iterator[RequirementFact]:
    for prd in document.prds:
        path = prd.ref.path
        for nfr in prd.nfrs:
            line = _nested_key_line(lines, path, "nfr", nfr.name)
            yield RequirementFact(
                numbers.next(), prd.ref.name, nfr.name, nfr.label, nfr.value, Source(path, line)
            )
        for item in prd.compliance:
            line = lines.key_line(path, "compliance") if path else 0
            yield RequirementFact(
                numbers.next(), prd.ref.name, "compliance", "Compliance", item, Source(path, line)
            )


def _dependencies(model: VaultModel, document: SddDocument, numbers: _Numbers) -> Iterator[DependencyFact]:
    for direction, links, own_side in (
        ("uses", document.dependencies, "source"),
        ("used-by", document.dependents, "target"),
    ):
        for link in links:
            yield _dependency_fact(model, numbers, direction, link, own_side)


def _dependency_fact(
    model: VaultModel, numbers: _Numbers, direction: str, link: Dependency, own_side: str
) -> DependencyFact:
    own: Ref = getattr(link, own_side)
    other = link.target if own_side == "source" else link.source
    line = _edge_line(model, link.source.path, link.target.path, ("depends_on",))
    return DependencyFact(
        numbers.next(),
        direction,
        own.name,
        other.name,
        tuple(s.name for s in link.systems),
        link.protocol,
        link.data,
        Source(link.source.path, line),
    )


def _risks(document: SddDocument, numbers: _Numbers) -> Iterator[RiskFact]:
    sorts = (("risk", document.risks), ("open-question", document.open_questions))
    for kind, findings in (*sorts, ("vault-gap", document.gaps)):
        for finding in findings:
            yield _risk(numbers, kind, finding)


def _risk(numbers: _Numbers, kind: str, finding: Finding) -> RiskFact:
    about = finding.about
    return RiskFact(
        numbers.next(), kind, finding.text, about.name if about else "", Source(about.path if about else None)
    )


# ------------------------------------------------------------------------------- lines


def _out_edges(model: VaultModel, path: str | None) -> list[tuple[str, dict[str, Any]]]:
    if path is None or path not in model.graph:
        return []
    return [(target, data) for _, target, data in model.graph.out_edges(path, data=True)]


def _edge_line(model: VaultModel, source: str | None, target: str | None, relations: Iterable[str]) -> int:
    """The line of the first link `source` states to `target` by one of `relations`, or 0."""
    if source is None or target is None or source not in model.graph:
        return 0
    wanted = set(relations)
    found = [
        int(data.get("line", 0))
        for data in (model.graph.get_edge_data(source, target) or {}).values()
        if data.get("relation") in wanted and not data.get("derived")
    ]
    return min(found, default=0)


def _heading_line(lines: SourceLines, path: str | None, names: tuple[str, ...]) -> int:
    """The line of the first heading named one of `names` (any case, any level), or 0."""
    if path is None:
        return 0
    wanted = {name.lower() for name in names}
    for number, line in enumerate(lines.lines(path), start=1):
        if line.startswith("#") and line.lstrip("#").strip().lower() in wanted:
            return number
    return 0


def _nested_key_line(lines: SourceLines, path: str | None, parent: str, key: str) -> int:
    """The line of `key` inside the frontmatter map `parent` (`nfr:` → `latency_p99_ms:`)."""
    if path is None:
        return 0
    start = lines.key_line(path, parent)
    if not start:
        return 0
    pattern = re.compile(rf"^\s+[\"']?{re.escape(key)}[\"']?\s*:")
    for number, line in enumerate(lines.lines(path)[start:], start=start + 1):
        if line.strip() == "---" or (line and not line[0].isspace()):
            break
        if pattern.match(line):
            return number
    return start
