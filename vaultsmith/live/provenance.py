"""reads: which facts of the analysed vault each generated note was made from.

While a watch session assembles and renders one system's SDD, the graph, the notes and the
resolver note down every fact they are asked for: a node's properties, its outgoing links, its
incoming links, and the file names links were looked up by. When the vault changes, only the
SDDs that read a changed fact are made again; the rest cannot have changed.

Noting happens below the stages, in the dicts networkx keeps a graph in, so whatever `assemble`,
`findings` or `render` read is noted without them knowing: a new fact read tomorrow is tracked
as well as the ones read today.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from typing import Any

import networkx as nx

from vaultsmith.model.resolve import Resolver, lookup_names

ALL = "*"  # a property or edge key meaning "every one of them"

Property = tuple[str, str]  # (node, property name)
EdgeProperty = tuple[str, str, str]  # (source node, target node, edge property name)


@dataclass(slots=True)
class Facts:
    """Facts of the analysed vault by kind: read by one SDD, or changed by one update."""

    nodes: set[str] = field(default_factory=set)  # whether a node exists
    properties: set[Property] = field(default_factory=set)  # one property of a node, or ALL
    notes: set[str] = field(default_factory=set)  # a note as parsed (its text, sections, links)
    successors: set[str] = field(default_factory=set)  # which links go out of a node, in order
    predecessors: set[str] = field(default_factory=set)  # which links come into a node
    edges: set[EdgeProperty] = field(default_factory=set)  # one property of the links u -> v, or ALL
    names: set[str] = field(default_factory=set)  # file names that links were looked up by
    everything: bool = False  # walked the whole graph: depends on every fact

    def update(self, other: Facts) -> None:
        for kind in KINDS:
            getattr(self, kind).update(getattr(other, kind))
        self.everything = self.everything or other.everything

    def __bool__(self) -> bool:
        return self.everything or any(getattr(self, kind) for kind in KINDS)


KINDS = tuple(f.name for f in fields(Facts) if f.name != "everything")


class ReadLog:
    """Where reads are noted. Nothing is noted unless inside `noting()`."""

    def __init__(self) -> None:
        self.current: Facts | None = None

    @contextmanager
    def noting(self) -> Iterator[Facts]:
        outer, self.current = self.current, Facts()
        try:
            yield self.current
        finally:
            if outer is not None:
                outer.update(self.current)
            self.current = outer


class NotingDict(dict[Any, Any]):
    """A dict that notes, into the log's current `Facts`, every key it is asked for; asked for
    all its keys, it notes `everything`. `fact` turns a key into the fact noted."""

    __slots__ = ("_kind", "_log")

    def __init__(self, log: ReadLog, kind: str, *args: Any) -> None:
        super().__init__(*args)
        self._log = log
        self._kind = kind

    def fact(self, key: Any) -> Any:
        return key

    def _note(self, key: Any) -> None:
        facts = self._log.current
        if facts is not None:
            getattr(facts, self._kind).add(self.fact(key))

    def _note_all(self) -> None:
        facts = self._log.current
        if facts is not None:
            self._note_every(facts)

    def _note_every(self, facts: Facts) -> None:
        facts.everything = True

    # (`dict.` rather than `super()`: these run for every read of the graph while an SDD is made)
    def __getitem__(self, key: Any) -> Any:
        self._note(key)
        return dict.__getitem__(self, key)

    def __contains__(self, key: object) -> bool:
        self._note(key)
        return dict.__contains__(self, key)

    def get(self, key: Any, default: Any = None) -> Any:
        self._note(key)
        return dict.get(self, key, default)

    def __iter__(self) -> Iterator[Any]:
        self._note_all()
        return super().__iter__()

    def __len__(self) -> int:
        self._note_all()
        return super().__len__()

    def keys(self) -> Any:
        self._note_all()
        return super().keys()

    def values(self) -> Any:
        self._note_all()
        return super().values()

    def items(self) -> Any:
        self._note_all()
        return super().items()


class _Properties(NotingDict):
    """One node's (or one edge's) properties: reads note (owner..., property name)."""

    __slots__ = ("owner",)

    def __init__(self, log: ReadLog, kind: str) -> None:
        super().__init__(log, kind)
        self.owner: tuple[str, ...] = ()

    def fact(self, key: Any) -> Any:
        return (*self.owner, key)

    def _note(self, key: Any) -> None:  # `fact` inlined: the most frequent read of all
        facts = self._log.current
        if facts is not None:
            getattr(facts, self._kind).add((*self.owner, key))

    def _note_every(self, facts: Facts) -> None:
        getattr(facts, self._kind).add((*self.owner, ALL))


class _NodeTable(NotingDict):
    """The graph's node -> properties dict; it tells each properties dict whose it is."""

    __slots__ = ()

    def __setitem__(self, key: Any, value: Any) -> None:
        if isinstance(value, _Properties):
            value.owner = (key,)
        super().__setitem__(key, value)


_ROWS = "vaultsmith noted rows"  # NotingGraph's key in networkx's cache


class NotingGraph(nx.MultiDiGraph):  # type: ignore[misc]
    """A MultiDiGraph that notes which facts are read: a node's existence and each of its
    properties, the links going out of and coming into a node, each property of the links.

    networkx keeps a graph in dicts (nodes, successors, predecessors, and a dict of properties
    per node and per edge) and reads them by key; putting noting dicts in their place tells
    which fact a read came from, whatever the code that reads.
    """

    def __init__(self, log: ReadLog) -> None:
        super().__init__()
        self.node_attr_dict_factory = lambda: _Properties(log, "properties")
        self.edge_attr_dict_factory = lambda: _Properties(log, "edges")
        self._node = _NodeTable(log, "nodes")
        self._adj = NotingDict(log, "successors")
        self._succ = self._adj
        self._pred = NotingDict(log, "predecessors")
        self.made: set[str] = set()  # nodes added since the owner last emptied this set
        self._log = log

    def rows(self) -> dict[Any, Any] | None:
        """Where `graph._row` may keep the adjacency rows it reads while one noting context (one
        SDD being made) lasts: a row's reads are noted the first time it is read, which is all
        the context needs. Kept in networkx's cache, which any change to the graph empties;
        None when networkx keeps none (before 3.3)."""
        cache = getattr(self, "__networkx_cache__", None)
        if cache is None:
            return None
        facts = self._log.current
        kept = cache.get(_ROWS)
        if kept is None or kept[0] is not facts:
            kept = cache[_ROWS] = (facts, {})
        rows: dict[Any, Any] = kept[1]
        return rows

    def add_node(self, node_for_adding: str, **attr: Any) -> None:
        if not dict.__contains__(self._node, node_for_adding):
            self.made.add(node_for_adding)
        super().add_node(node_for_adding, **attr)

    def add_edge(self, u_for_edge: str, v_for_edge: str, key: Any = None, **attr: Any) -> Any:
        for node in (u_for_edge, v_for_edge):
            if not dict.__contains__(self._node, node):
                self.made.add(node)
        key = super().add_edge(u_for_edge, v_for_edge, key, **attr)
        properties = dict.__getitem__(dict.__getitem__(self._succ, u_for_edge), v_for_edge)[key]
        properties.owner = (u_for_edge, v_for_edge)
        return key


class NotingResolver(Resolver):
    """A Resolver that notes the file names each link is looked up by."""

    def __init__(self, log: ReadLog, notes: Iterable[str], attachments: Iterable[str] = ()) -> None:
        super().__init__(notes, attachments)
        self._log = log

    def resolve(self, target: str, source: str) -> str | None:
        facts = self._log.current
        if facts is not None:
            facts.names.update(lookup_names(target, source))
        return super().resolve(target, source)


class ReadIndex:
    """For each generated note, the facts it was made from; and for each fact, its readers."""

    def __init__(self) -> None:
        self._reads: dict[str, Facts] = {}
        self._readers: dict[str, defaultdict[Any, set[str]]] = {kind: defaultdict(set) for kind in KINDS}
        self._readers_of_everything: set[str] = set()

    def __contains__(self, reader: str) -> bool:
        return reader in self._reads

    def record(self, reader: str, facts: Facts) -> None:
        # A note made again mostly reads what it read before: only the difference is indexed.
        before = self._reads.get(reader, Facts())
        self._reads[reader] = facts
        for kind in KINDS:
            index = self._readers[kind]
            now, then = getattr(facts, kind), getattr(before, kind)
            for key in then - now:
                self._drop(index, key, reader)
            for key in now - then:
                index[key].add(reader)
        if facts.everything:
            self._readers_of_everything.add(reader)
        else:
            self._readers_of_everything.discard(reader)

    def forget(self, reader: str) -> None:
        facts = self._reads.pop(reader, None)
        if facts is None:
            return
        for kind in KINDS:
            index = self._readers[kind]
            for key in getattr(facts, kind):
                self._drop(index, key, reader)
        self._readers_of_everything.discard(reader)

    @staticmethod
    def _drop(index: defaultdict[Any, set[str]], key: Any, reader: str) -> None:
        readers = index.get(key)
        if readers is not None:
            readers.discard(reader)
            if not readers:
                del index[key]

    def readers(self, changed: Facts) -> set[str]:
        """Every reader that read at least one of the `changed` facts (a changed property was
        read by those who read it, or all of them)."""
        if changed.everything:
            return set(self._reads)
        found = set(self._readers_of_everything)
        for kind in KINDS:
            index = self._readers[kind]
            for key in getattr(changed, kind):
                found.update(index.get(key, ()))
                if kind in ("properties", "edges"):
                    found.update(index.get((*key[:-1], ALL), ()))
        return found
