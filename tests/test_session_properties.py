"""The invariant as a property: after any sequence of changes told to a VaultSession, its SDDs
are byte-identical to a fresh build's, and the pieces it updates in place (resolver, dependency
cycles, graph) equal what they would be built anew."""

from __future__ import annotations

import random

import networkx as nx
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from session_support import assert_as_fresh_build, assert_model_as_fresh
from vault_events import Event, events, scratch_vault, vaults

from vaultsmith.live.session import VaultSession
from vaultsmith.model.cycles import cycles_through
from vaultsmith.model.resolve import Resolver, lookup_names, name_key


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vaults(), st.lists(events, min_size=1, max_size=6))
def test_sessions_sdds_equal_a_fresh_build_after_any_changes(
    files: dict[str, str], changes: list[Event]
) -> None:
    with scratch_vault(files) as root:
        session = VaultSession(root)
        session.build()
        for change in changes:
            session.apply(*change.apply(root))
            assert_as_fresh_build(root)
        assert_model_as_fresh(session)


FILES = ["a.md", "A.md", "x/a.md", "x/y/a.md", "b.md", "x/b.png", "a", "x/a.png", "é.md", "É.md"]
LINKS = ["a", "A", "x/a", "y/a", "a.md", "./a", "../a", "b.png", "a.png", "é", "x/y/a.md", ""]


@given(st.lists(st.tuples(st.booleans(), st.sampled_from(FILES)), max_size=12))
def test_resolver_updated_file_by_file_equals_one_built_anew(steps: list[tuple[bool, str]]) -> None:
    present: set[str] = set()
    live = Resolver([])
    for add, path in steps:
        if add and path not in present:
            live.add(path, note=path.endswith(".md"))
            present.add(path)
        elif not add and path in present:
            live.remove(path)
            present.discard(path)
        fresh = Resolver(
            [p for p in present if p.endswith(".md")], [p for p in present if not p.endswith(".md")]
        )
        for source in ("n.md", "x/n.md", "x/y/n.md"):
            for link in LINKS:
                assert live.resolve(link, source) == fresh.resolve(link, source), (link, source)


@given(st.sampled_from(FILES), st.sampled_from(LINKS), st.sampled_from(["n.md", "x/n.md", "x/y/n.md"]))
def test_a_file_whose_name_a_link_does_not_look_up_cannot_change_it(
    path: str, link: str, source: str
) -> None:
    others = [p for p in FILES if p != path]
    without = Resolver([p for p in others if p.endswith(".md")], [p for p in others if not p.endswith(".md")])
    with_it = Resolver([p for p in FILES if p.endswith(".md")], [p for p in FILES if not p.endswith(".md")])
    if name_key(path) not in lookup_names(link, source):
        assert without.resolve(link, source) == with_it.resolve(link, source)


@given(st.integers(0, 10_000))
def test_cycles_found_edge_by_edge_equal_a_fresh_search(seed: int) -> None:
    chance = random.Random(seed)
    graph: nx.DiGraph = nx.DiGraph()
    found: set[tuple[str, ...]] = set()
    longest = chance.randint(2, 6)
    for _ in range(20):
        source, target = str(chance.randrange(6)), str(chance.randrange(6))
        if graph.has_edge(source, target):
            graph.remove_edge(source, target)
            found = {c for c in found if not _uses(c, source, target)}
        else:
            graph.add_edge(source, target)
            found |= {_rotated(c) for c in cycles_through(graph, source, target, longest)}
        assert found == {_rotated(c) for c in nx.simple_cycles(graph, length_bound=longest)}


def _uses(cycle: tuple[str, ...], source: str, target: str) -> bool:
    return any((cycle[i], cycle[(i + 1) % len(cycle)]) == (source, target) for i in range(len(cycle)))


def _rotated(cycle: list[str] | tuple[str, ...]) -> tuple[str, ...]:
    start = cycle.index(min(cycle))
    return tuple(cycle[start:]) + tuple(cycle[:start])
