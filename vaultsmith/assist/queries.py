"""queries: the questions an assistant asks of the typed graph, answered with typed records.

The systems with their SDD, coverage and gaps; the decisions by area, status, system or
technology; a note's neighbours by relation and direction, to a depth; the shortest paths
between two notes; `check`'s findings. Every list comes in pages: `offset` and `limit`, and a
size limit in characters, past which the answer says it is truncated and how to ask for more.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vaultsmith.assist.facts import Source
from vaultsmith.assist.paging import DEFAULT_LIMIT, Page, page_of
from vaultsmith.assist.view import VaultView
from vaultsmith.errors import NotFound
from vaultsmith.model.analysed import VaultModel
from vaultsmith.model.graph import ATTACHMENT, UNRESOLVED, targets
from vaultsmith.sdd.assemble import decision, systems_of
from vaultsmith.sdd.decision_chains import decision_areas
from vaultsmith.sdd.derive import area_name
from vaultsmith.sdd.design import Decision
from vaultsmith.tools.check import check_vault

MAX_DEPTH = 4
MAX_PATHS = 20
DIRECTIONS = ("out", "in", "both")


# ------------------------------------------------------------------------------- systems


@dataclass(frozen=True)
class SystemSummary:
    name: str
    path: str
    sdd: str  # the SDD's vault path
    style: str
    owner: str
    status: str
    coverage: float | None  # share of sections backed by notes; None when it could not be rendered
    gaps: int | None
    open_decisions: tuple[str, ...]  # proposed ADRs


@dataclass(frozen=True)
class SystemList:
    systems: tuple[SystemSummary, ...]
    page: Page
    unparsed: tuple[str, ...]  # notes that failed to parse: the answer is made without them


def list_systems(view: VaultView, offset: int = 0, limit: int = DEFAULT_LIMIT) -> SystemList:
    summaries = []
    for system in view.systems():
        entry = view.entry(system)
        coverage = entry.coverage
        summaries.append(
            SystemSummary(
                entry.system.name,
                system,
                entry.sdd.path or "",
                entry.template,
                entry.owner,
                entry.status,
                coverage.share if coverage is not None else None,
                coverage.gaps if coverage is not None else None,
                tuple(ref.name for ref in entry.open_decisions),
            )
        )
    shown, page = page_of(summaries, offset, limit)
    return SystemList(tuple(shown), page, view.unparsed)


# ------------------------------------------------------------------------------- decisions


@dataclass(frozen=True)
class DecisionSummary:
    name: str
    path: str
    title: str
    status: str
    date: str
    area: str
    chosen: tuple[str, ...]
    supersedes: tuple[str, ...]
    superseded_by: tuple[str, ...]
    systems: tuple[str, ...]  # the systems whose SDD lists it
    source: Source


@dataclass(frozen=True)
class DecisionList:
    decisions: tuple[DecisionSummary, ...]
    page: Page
    unparsed: tuple[str, ...]


def find_decisions(
    view: VaultView,
    area: str | None = None,
    status: str | None = None,
    system: str | None = None,
    technology: str | None = None,
    offset: int = 0,
    limit: int = DEFAULT_LIMIT,
) -> DecisionList:
    """ADRs matching every filter given: `area` (the decision_area, any spelling), `status`
    (proposed, accepted, …, or a qualifier such as "partly superseded"), `system` (the ADR is
    in its SDD), `technology` (the ADR links to it: chosen, considered or mentioned)."""
    model = view.model
    wanted_system = view.find_system(system) if system else None
    wanted_tech = view.find_note(technology) if technology else None
    records = {node: decision(model, node) for node in model.nodes_of_type("adr")}
    areas = thread_areas(model, records)
    found = []
    for node, record in records.items():
        scope = decision_systems(model, node)
        if area is not None and areas[node] != area_name(area):
            continue
        if status is not None and status.strip().lower() not in (record.status, record.qualifier.lower()):
            continue
        if wanted_system is not None and wanted_system not in scope:
            continue
        if wanted_tech is not None and wanted_tech not in targets(model.graph, node):
            continue
        found.append(
            DecisionSummary(
                record.ref.name,
                node,
                record.title,
                record.status,
                record.date,
                areas[node],
                tuple(ref.name for ref in record.chosen)
                or ((record.chosen_text,) if record.chosen_text else ()),
                tuple(ref.name for ref in record.supersedes),
                tuple(ref.name for ref in record.superseded_by),
                tuple(str(model.field(s, "name")) for s in scope),
                Source(node),
            )
        )
    shown, page = page_of(found, offset, limit)
    return DecisionList(tuple(shown), page, view.unparsed)


def thread_areas(model: VaultModel, records: dict[str, Decision]) -> dict[str, str]:
    """Each ADR's area as the SDDs' decision logs give it: its own `decision_area`, else that of
    the decisions it supersedes or amends (or that supersede or amend it)."""
    found = {node: record.area for node, record in records.items()}
    for area in decision_areas(model, records.values(), lambda node: decision(model, node)):
        for current in area.current:
            for item in (current.decision, *(past.decision for past in current.history)):
                path = item.ref.path
                if path in found and not found[path]:
                    found[path] = area.area
    return found


def decision_systems(model: VaultModel, node: str) -> list[str]:
    """The systems whose SDD lists the ADR: those it links to, and those of the components it
    links to (the membership rule of assemble.py)."""
    found: set[str] = set()
    for target in targets(model.graph, node):
        kind = model.type_of(target)
        if kind == "system":
            found.add(target)
        elif kind == "component":
            found.update(systems_of(model, target))
    return sorted(found)


# ------------------------------------------------------------------------------- neighbours


@dataclass(frozen=True)
class Neighbour:
    name: str
    path: str | None  # None: a link to no note
    type: str
    relation: str  # the property that links them, or mentions / embeds
    direction: str  # "out": `via` links to it; "in": it links to `via`
    via: str  # the note it was reached from
    depth: int
    source: Source  # the note (and line) that states the link


@dataclass(frozen=True)
class Neighbourhood:
    note: str
    neighbours: tuple[Neighbour, ...]
    page: Page
    unparsed: tuple[str, ...]


def neighbours(
    view: VaultView,
    note: str,
    relations: Iterable[str] = (),
    direction: str = "both",
    depth: int = 1,
    offset: int = 0,
    limit: int = DEFAULT_LIMIT,
) -> Neighbourhood:
    """The notes linked to `note` by `relations` (all when none), going `direction`, up to
    `depth` links away (1 to 4), breadth first."""
    if direction not in DIRECTIONS:
        raise NotFound(f"direction must be one of {', '.join(DIRECTIONS)}, not {direction!r}")
    model = view.model
    start = view.find_note(note)
    wanted = {r.strip() for r in relations if r.strip()}
    seen = {start}
    frontier = [start]
    found: list[Neighbour] = []
    for level in range(1, max(1, min(depth, MAX_DEPTH)) + 1):
        following: list[str] = []
        for node in frontier:
            for other, data, way in _links(model, node, direction):
                if (wanted and data.get("relation") not in wanted) or other in seen:
                    continue
                seen.add(other)
                following.append(other)
                stated_by = node if way == "out" else other
                found.append(
                    Neighbour(
                        str(model.field(other, "name", other)),
                        None if model.type_of(other) == UNRESOLVED else other,
                        model.type_of(other),
                        str(data.get("relation", "")),
                        way,
                        str(model.field(node, "name", node)),
                        level,
                        Source(stated_by, int(data.get("line", 0))),
                    )
                )
        frontier = following
    shown, page = page_of(found, offset, limit)
    return Neighbourhood(str(model.field(start, "name", start)), tuple(shown), page, view.unparsed)


def _links(model: VaultModel, node: str, direction: str) -> list[tuple[str, dict[str, Any], str]]:
    graph = model.graph
    found: list[tuple[str, dict[str, Any], str]] = []
    if direction in ("out", "both"):
        found.extend((target, data, "out") for _, target, data in graph.out_edges(node, data=True))
    if direction in ("in", "both"):
        found.extend((source, data, "in") for source, _, data in graph.in_edges(node, data=True))
    return sorted(found, key=lambda link: (link[2], str(link[1].get("relation", "")), link[0]))


# ------------------------------------------------------------------------------- paths


@dataclass(frozen=True)
class Hop:
    start: str
    end: str
    relation: str
    direction: str  # "out": `start` links to `end`; "in": `end` links to `start`
    source: Source


@dataclass(frozen=True)
class NotePath:
    notes: tuple[str, ...]
    hops: tuple[Hop, ...]


@dataclass(frozen=True)
class Paths:
    start: str
    end: str
    paths: tuple[NotePath, ...]  # the shortest ones, links followed either way
    page: Page
    unparsed: tuple[str, ...]


def paths_between(view: VaultView, start: str, end: str, offset: int = 0, limit: int = 5) -> Paths:
    """The shortest paths from `start` to `end`, following links either way (at most 20)."""
    model = view.model
    first, last = view.find_note(start), view.find_note(end)
    found = [_note_path(model, route) for route in shortest_routes(model, first, last, MAX_PATHS)]
    found.sort(key=lambda p: p.notes)
    shown, page = page_of(found, offset, limit)
    name = model.field
    return Paths(
        str(name(first, "name", first)), str(name(last, "name", last)), tuple(shown), page, view.unparsed
    )


def shortest_routes(model: VaultModel, first: str, last: str, most: int) -> list[list[str]]:
    """Up to `most` shortest routes from `first` to `last` through notes (not links to no
    note, not attachments), links followed either way: breadth first, every shortest way kept."""
    graph = model.graph
    before: dict[str, list[str]] = {first: []}
    level = [first]
    while level and last not in before:
        reached: dict[str, list[str]] = {}
        for node in level:
            for other in {*graph.successors(node), *graph.predecessors(node)}:
                if other in before or model.type_of(other) in (UNRESOLVED, ATTACHMENT):
                    continue
                reached.setdefault(other, []).append(node)
        before.update(reached)
        level = sorted(reached)
    if last not in before:
        return []
    routes: list[list[str]] = []
    pending = [[last]]
    while pending and len(routes) < most:
        route = pending.pop()
        steps = before[route[0]]
        if not steps:
            routes.append(route)
        pending.extend([step, *route] for step in sorted(steps, reverse=True))
    return routes


def _note_path(model: VaultModel, route: list[str]) -> NotePath:
    hops = []
    for here, there in itertools.pairwise(route):
        edges = model.graph.get_edge_data(here, there)
        way, stated_by = ("out", here) if edges else ("in", there)
        data = next(iter((edges or model.graph.get_edge_data(there, here) or {0: {}}).values()))
        name = model.field
        hops.append(
            Hop(
                str(name(here, "name", here)),
                str(name(there, "name", there)),
                str(data.get("relation", "")),
                way,
                Source(stated_by, int(data.get("line", 0))),
            )
        )
    return NotePath(tuple(str(model.field(n, "name", n)) for n in route), tuple(hops))


# ------------------------------------------------------------------------------- check


@dataclass(frozen=True)
class CheckFinding:
    severity: str
    code: str
    path: str
    line: int
    message: str


@dataclass(frozen=True)
class CheckReport:
    findings: tuple[CheckFinding, ...]
    errors: int
    warnings: int
    infos: int
    page: Page


def check_findings(root: Path) -> list[CheckFinding]:
    """`vaultsmith check`'s findings, read from the vault as it is on disk."""
    return [CheckFinding(d.severity.value, d.code, d.path, d.line, d.message) for d in check_vault(root)]


def check_report(
    findings: Sequence[CheckFinding], note: str | None = None, offset: int = 0, limit: int = DEFAULT_LIMIT
) -> CheckReport:
    """The findings for the whole vault, or for the note at vault path `note`."""
    found = [f for f in findings if note is None or f.path == note]
    counts = {level: sum(1 for f in found if f.severity == level) for level in ("error", "warning", "info")}
    shown, page = page_of(found, offset, limit)
    return CheckReport(tuple(shown), counts["error"], counts["warning"], counts["info"], page)
