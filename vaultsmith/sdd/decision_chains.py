"""decision_chains: the decision in force per decision area, and the history beneath it.

ADRs linked by supersede and amend relations (either side stating them) form one thread. In a
thread, the decisions in force (accepted, or only partly superseded) that amend no other decision
in force are its current decisions; each lists beneath it the decisions that amend it and the
ones it replaced, newest first. A thread with nothing in force shows what is proposed, else its
latest decisions marked retired, so an area that was decided and then retired says so; ADRs
that supersede each other in a circle never stand (a risk to resolve).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

import networkx as nx

from vaultsmith.config.statuses import in_force
from vaultsmith.model.analysed import VaultModel
from vaultsmith.model.graph import targets
from vaultsmith.sdd.design import Decision

THREAD_RELATIONS = ("supersedes", "superseded_by", "amends", "amended_by")


@dataclass(frozen=True, slots=True)
class PastDecision:
    """A decision beneath a current one: `how` says what it is to it."""

    how: str  # "amended by", "replaced", or the status of a decision that is neither
    decision: Decision


@dataclass(frozen=True, slots=True)
class CurrentDecision:
    decision: Decision
    history: tuple[PastDecision, ...]  # amendments first, then what it replaced, newest first
    # "in force"; "proposed" (the area is open); "retired" (nothing in force: only history);
    # "loop" (decisions superseding each other in a circle: a risk, never a standing decision)
    standing: str = "in force"


@dataclass(frozen=True, slots=True)
class DecisionArea:
    area: str  # the decision_area; "" for decisions that name none
    current: tuple[CurrentDecision, ...]


def decision_areas(
    model: VaultModel, decisions: Iterable[Decision], describe: Callable[[str], Decision]
) -> tuple[DecisionArea, ...]:
    """The current decisions of a system's `decisions`, grouped by area. Threads are followed
    beyond the system's own ADRs (a successor that does not name the system still replaces);
    `describe` gives the Decision of such an ADR. Only decisions in force stand; a thread with
    none shows its proposals (the area is open) or its latest decisions as retired history."""
    known = {d.ref.path: d for d in decisions if d.ref.path is not None}
    threads = _threads(model, list(known))

    def decision(node: str) -> Decision:
        if node not in known:
            known[node] = describe(node)
        return known[node]

    grouped: dict[str, list[CurrentDecision]] = {}
    for thread in threads:
        current = _thread_current(model, thread, decision)
        area = _thread_area([c.decision for c in current], [decision(n) for n in thread])
        grouped.setdefault(area, []).extend(current)
    return tuple(
        DecisionArea(area, _retired_beneath(sorted(items, key=lambda c: _order(c.decision))))
        for area, items in sorted(grouped.items(), key=lambda item: (item[0] == "", item[0]))
    )


def _retired_beneath(items: list[CurrentDecision]) -> tuple[CurrentDecision, ...]:
    """In an area where a decision is in force, retired threads are history beneath it."""
    standing = [c for c in items if c.standing == "in force"]
    retired = [c for c in items if c.standing == "retired"]
    if not standing or not retired or not items[0].decision.area:
        return tuple(items)
    first = standing[0]
    past = tuple(p for c in retired for p in (PastDecision("retired", c.decision), *c.history))
    merged = CurrentDecision(first.decision, first.history + past, first.standing)
    return tuple(merged if c is first else c for c in items if c not in retired)


def _threads(model: VaultModel, nodes: list[str]) -> list[list[str]]:
    """The nodes' threads: ADRs connected by supersede and amend links, each sorted, in order."""
    links = nx.Graph()
    links.add_nodes_from(nodes)
    pending, seen = list(nodes), set(nodes)
    while pending:
        node = pending.pop()
        for other in targets(model.graph, node, *THREAD_RELATIONS):
            if model.type_of(other) != "adr":
                continue
            links.add_edge(node, other)
            if other not in seen:
                seen.add(other)
                pending.append(other)
    return sorted(sorted(component) for component in nx.connected_components(links))


def supersede_loops(model: VaultModel, thread: Iterable[str]) -> list[list[str]]:
    """The ADRs of `thread` that supersede each other in a circle, each loop sorted."""
    members = set(thread)
    links = nx.DiGraph(
        (n, other) for n in members for other in _linked(model, n, "supersedes", members)
    )
    return sorted(sorted(c) for c in nx.strongly_connected_components(links) if len(c) > 1)


def _thread_current(
    model: VaultModel, thread: list[str], decision: Callable[[str], Decision]
) -> list[CurrentDecision]:
    members = set(thread)
    looping = {n for loop in supersede_loops(model, thread) for n in loop}
    force = {n for n in thread if _in_force(decision(n)) and n not in looping}
    amending = {n for n in force if set(_linked(model, n, "amends", members)) & force}
    current = sorted(force - amending) or _fallback(model, thread, decision, looping)
    # A decision only partly superseded still holds in part: beneath its successor, not beside it.
    partly = {n for n in current if set(_linked(model, n, "superseded_by", members)) & (set(current) - {n})}
    current = [n for n in current if n not in partly]
    placed: set[str] = set(current)
    found = []
    for node in sorted(current, key=lambda n: _order(decision(n))):
        history = list(_amendments(model, node, members, decision, placed))
        history.extend(_replaced(model, node, members, decision, placed))
        standing = _standing(decision(node), node, looping)
        found.append(CurrentDecision(decision(node), tuple(history), standing))
    leftovers = [n for n in thread if n not in placed]
    if leftovers and found:
        extra = [PastDecision(_how(decision(n)), decision(n)) for n in _newest_first(leftovers, decision)]
        found[0] = CurrentDecision(found[0].decision, found[0].history + tuple(extra), found[0].standing)
    return found


def _standing(decision: Decision, node: str, looping: set[str]) -> str:
    if node in looping:
        return "loop"
    if _in_force(decision):
        return "in force"
    return "proposed" if decision.status == "proposed" else "retired"


def _fallback(
    model: VaultModel, thread: list[str], decision: Callable[[str], Decision], looping: set[str]
) -> list[str]:
    """Nothing in the thread is in force: its proposals, else its decisions nothing replaced
    (a loop has none: its first member stands for it)."""
    proposed = [n for n in thread if decision(n).status == "proposed" and n not in looping]
    if proposed:
        return proposed
    members = set(thread)
    return [n for n in thread if not _linked(model, n, "superseded_by", members)] or thread[:1]


def _amendments(
    model: VaultModel, node: str, members: set[str], decision: Callable[[str], Decision], placed: set[str]
) -> list[PastDecision]:
    found = [n for n in _linked(model, node, "amended_by", members) if n not in placed]
    placed.update(found)
    return [PastDecision("amended by", decision(n)) for n in _newest_first(found, decision)]


def _replaced(
    model: VaultModel, node: str, members: set[str], decision: Callable[[str], Decision], placed: set[str]
) -> list[PastDecision]:
    """What `node` replaced (in part or whole), and what those replaced, back to the first."""
    found: list[str] = []
    frontier = [node]
    while frontier:
        older = [n for f in frontier for n in _linked(model, f, "supersedes", members) if n not in placed]
        older = list(dict.fromkeys(older))
        placed.update(older)
        found.extend(older)
        frontier = older
    return [PastDecision(_replaced_how(decision(n)), decision(n)) for n in _newest_first(found, decision)]


def _replaced_how(decision: Decision) -> str:
    return "partly replaced" if _in_force(decision) else "replaced"


def _linked(model: VaultModel, node: str, relation: str, members: set[str]) -> list[str]:
    return [n for n in targets(model.graph, node, relation) if n in members and n != node]


def _in_force(decision: Decision) -> bool:
    return in_force(decision.status, decision.qualifier or None)


def _how(decision: Decision) -> str:
    """What a decision left over in a thread is to its current decision, in a word."""
    return "replaced" if decision.status == "superseded" else decision.stated_status


def _newest_first(nodes: Iterable[str], decision: Callable[[str], Decision]) -> list[str]:
    return sorted(nodes, key=lambda n: _order(decision(n)), reverse=True)


def _order(decision: Decision) -> tuple[int, str, str]:
    """Oldest first: by number, else by date, else by name."""
    number = decision.number if decision.number is not None else -1
    return number, decision.date, decision.ref.name.lower()


def _thread_area(current: list[Decision], members: list[Decision]) -> str:
    for decision in [*current, *sorted(members, key=_order, reverse=True)]:
        if decision.area:
            return decision.area
    return ""
