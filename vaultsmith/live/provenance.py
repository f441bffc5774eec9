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

from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator, MutableMapping
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from itertools import repeat
from typing import Any, NamedTuple, cast

import networkx as nx

from vaultsmith.model.nxaccess import node_table, predecessor_table, successor_table
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


class _Noting(dict[Any, Any]):
    """A dict that notes, into the log's current `Facts`, every key it is asked for; asked for
    all its keys, it notes `everything`. `fact` turns a key into the fact noted. Where it notes
    (`_log`, and `_kind`, the field of `Facts`) is its subclass's to say."""

    __slots__ = ()
    _log: ReadLog
    _kind: str

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


class NotingDict(_Noting):
    """A noting dict that says where it notes."""

    __slots__ = ("_kind", "_log")

    def __init__(self, log: ReadLog, kind: str, *args: Any) -> None:
        super().__init__(*args)
        self._log = log
        self._kind = kind

    @property
    def kind(self) -> str:
        """The kind of fact (a field of `Facts`) a read of this dict notes."""
        return self._kind

    @kind.setter
    def kind(self, kind: str) -> None:
        self._kind = kind


class _Properties(_Noting):
    """One node's properties, read as (node, property name); or one edge's, read as (source,
    target, property name). A vault has a hundred thousand edges: whose they are is kept in two
    slots, not a tuple, and where they note is their class's (`properties_class`: one per graph
    and kind), not two more slots each."""

    __slots__ = ("_owner", "_target")

    def __init__(self) -> None:
        super().__init__()
        self._owner = ""
        self._target: str | None = None  # an edge's target node; None for a node's properties

    def own(self, node: str, target: str | None = None) -> None:
        self._owner, self._target = node, target

    def fact(self, key: Any) -> Any:
        target = self._target
        return (self._owner, key) if target is None else (self._owner, target, key)

    def _note(self, key: Any) -> None:  # `fact` inlined: the most frequent read of all
        facts = self._log.current
        if facts is not None:
            owner, target = self._owner, self._target
            getattr(facts, self._kind).add((owner, key) if target is None else (owner, target, key))

    def _note_every(self, facts: Facts) -> None:
        getattr(facts, self._kind).add(self.fact(ALL))


def _properties_class(log: ReadLog, kind: str) -> type[_Properties]:
    """The class of the property dicts of one graph's nodes (`kind` "properties") or edges
    ("edges"), noting into `log`."""
    return type("_Properties", (_Properties,), {"__slots__": (), "_log": log, "_kind": kind})


class _NodeTable(NotingDict):
    """The graph's node -> properties dict; it tells each properties dict whose it is."""

    __slots__ = ()

    def __setitem__(self, key: Any, value: Any) -> None:
        if isinstance(value, _Properties):
            value.own(key)
        super().__setitem__(key, value)


class EdgesByKey(MutableMapping[Any, Any]):
    """The links from one node to another by key: the dict networkx keeps per pair of linked
    nodes (`edge_key_dict_factory`), for the session's graph. Nearly every pair has one link,
    for which a dict takes 216 bytes; this keeps it in two slots (56 bytes), and only a second
    link to the same node makes a dict (a 10,000-note vault: 97,000 pairs, 15 MB less). It
    behaves as that dict would: same order, `popitem` the last link added."""

    __slots__ = ("_key", "_more", "_value")

    def __init__(self) -> None:
        self._key: Any = _NO_KEY
        self._value: Any = None
        self._more: dict[Any, Any] | None = None  # every link, once there have been two

    def __getitem__(self, key: Any) -> Any:
        if self._more is not None:
            return self._more[key]
        if self._key is _NO_KEY or self._key != key:
            raise KeyError(key)
        return self._value

    def get(self, key: Any, default: Any = None) -> Any:
        if self._more is not None:
            return self._more.get(key, default)
        return self._value if self._key is not _NO_KEY and self._key == key else default

    def __contains__(self, key: object) -> bool:
        if self._more is not None:
            return key in self._more
        return self._key is not _NO_KEY and self._key == key

    def __setitem__(self, key: Any, value: Any) -> None:
        if self._more is not None:
            self._more[key] = value
        elif self._key is _NO_KEY or self._key == key:
            self._key, self._value = key, value
        else:
            self._more = {self._key: self._value, key: value}
            self._key, self._value = _NO_KEY, None

    def __delitem__(self, key: Any) -> None:
        if self._more is not None:
            del self._more[key]
        elif key in self:
            self._key, self._value = _NO_KEY, None
        else:
            raise KeyError(key)

    def popitem(self) -> tuple[Any, Any]:
        if self._more is not None:
            return self._more.popitem()
        if self._key is _NO_KEY:
            raise KeyError("popitem(): no links")
        item = (self._key, self._value)
        self._key, self._value = _NO_KEY, None
        return item

    def __iter__(self) -> Iterator[Any]:
        if self._more is not None:
            return iter(self._more)
        return iter(() if self._key is _NO_KEY else (self._key,))

    def __len__(self) -> int:
        if self._more is not None:
            return len(self._more)
        return 0 if self._key is _NO_KEY else 1

    # networkx walks these for every link it reports: plain sequences, not views.
    def items(self) -> Any:
        if self._more is not None:
            return self._more.items()
        return () if self._key is _NO_KEY else ((self._key, self._value),)

    def values(self) -> Any:
        if self._more is not None:
            return self._more.values()
        return () if self._key is _NO_KEY else (self._value,)

    def copy(self) -> dict[Any, Any]:
        return dict(self.items())

    def __repr__(self) -> str:
        return repr(dict(self.items()))


_NO_KEY = object()  # an EdgesByKey with no link


class NotingGraph(nx.MultiDiGraph):  # type: ignore[misc]
    """A MultiDiGraph that notes which facts are read: a node's existence and each of its
    properties, the links going out of and coming into a node, each property of the links.

    networkx keeps a graph in dicts (nodes, successors, predecessors, and a dict of properties
    per node and per edge) and reads them by key. Its documented factories (the
    `*_dict_factory` class attributes, "Subclasses (Advanced)" in its docs) make noting dicts
    in their place, which tells which fact a read came from, whatever the code that reads.
    """

    def __init__(self, log: ReadLog | None = None) -> None:
        # Set before networkx's __init__, which calls the factories. (`copy()` makes a graph
        # of the same class without a log: it notes into a log of its own, which nobody reads.)
        self._log = log if log is not None else ReadLog()
        self._node_properties = _properties_class(self._log, "properties")
        self._edge_properties = _properties_class(self._log, "edges")
        self._rows: tuple[Facts | None, dict[Any, Any]] = (None, {})
        super().__init__()
        # networkx makes both adjacency tables with the same factory: say which is which.
        cast(NotingDict, successor_table(self)).kind = "successors"
        cast(NotingDict, predecessor_table(self)).kind = "predecessors"
        self.made: set[str] = set()  # nodes added since the owner last emptied this set

    def node_dict_factory(self) -> NotingDict:
        return _NodeTable(self._log, "nodes")

    def node_attr_dict_factory(self) -> _Properties:
        return self._node_properties()

    def adjlist_outer_dict_factory(self) -> NotingDict:
        return NotingDict(self._log, "")

    edge_key_dict_factory = EdgesByKey

    def edge_attr_dict_factory(self) -> _Properties:
        return self._edge_properties()

    def rows(self) -> dict[Any, Any] | None:
        """Where `graph._row` may keep the adjacency rows it reads while one noting context (one
        SDD being made) lasts: a row's reads are noted the first time it is read, which is all
        the context needs. The graph does not change while an SDD is made; a new context starts
        with no rows. None outside a context: the graph may change between two reads."""
        facts = self._log.current
        if facts is None:
            return None
        if self._rows[0] is not facts:
            self._rows = (facts, {})
        return self._rows[1]

    def forget_rows(self) -> None:
        """Let go of the rows kept for the last noting context."""
        self._rows = (None, {})

    def add_node(self, node_for_adding: str, **attr: Any) -> None:
        if not dict.__contains__(node_table(self), node_for_adding):
            self.made.add(node_for_adding)
        super().add_node(node_for_adding, **attr)

    def add_edge(self, u_for_edge: str, v_for_edge: str, key: Any = None, **attr: Any) -> Any:
        nodes = node_table(self)
        for node in (u_for_edge, v_for_edge):
            if not dict.__contains__(nodes, node):
                self.made.add(node)
        key = super().add_edge(u_for_edge, v_for_edge, key, **attr)
        row = dict.__getitem__(successor_table(self), u_for_edge)
        cast(_Properties, dict.__getitem__(row, v_for_edge)[key]).own(u_for_edge, v_for_edge)
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
    """For each generated note, the facts it was made from, kept as their hashes: one sorted
    array of 64-bit integers per note, 8 bytes a fact.

    Which notes read a changed fact is found by asking each note in turn (a binary search per
    changed fact), not through an index from each fact to its readers: such an index held a set
    of readers per fact. Frozensets of the facts themselves (tuples of strings) still took
    about 22 MB of a watcher's memory at 10,000 notes (240,000 facts over 101 SDDs); their hashes
    take 2 MB. Two facts with one hash make a note that read one of them be made again when the
    other changes: work for nothing, never a stale note, and at 2**-64 per pair, rare."""

    def __init__(self) -> None:
        self._reads: dict[str, _Read] = {}

    def __contains__(self, reader: str) -> bool:
        return reader in self._reads

    def record(self, reader: str, facts: Facts) -> None:
        hashes: set[int] = set()
        for at, kind in enumerate(KINDS):
            hashes.update(_fact_hashes(at, getattr(facts, kind)))
        self._reads[reader] = _Read(array("q", sorted(hashes)), facts.everything)

    def forget(self, reader: str) -> None:
        self._reads.pop(reader, None)

    def readers(self, changed: Facts) -> set[str]:
        """Every reader that read at least one of the `changed` facts (a changed property was
        read by those who read it, or all of them)."""
        if changed.everything:
            return set(self._reads)
        wanted: set[int] = set()
        for at, kind in enumerate(KINDS):
            wanted.update(_fact_hashes(at, _with_all(kind, getattr(changed, kind))))
        return {
            reader for reader, read in self._reads.items() if read.everything or _meets(read.hashes, wanted)
        }


class _Read(NamedTuple):
    hashes: array[int]  # the hash of each fact read (`_fact_hashes`), sorted
    everything: bool


def _fact_hashes(at: int, facts: Iterable[Any]) -> Iterator[int]:
    """Each fact, of the kind at position `at` in KINDS, as a 64-bit integer: the hash of
    (at, fact), worked out in C (a watcher hashes every fact an SDD read each time it makes it).
    Python's hash of strings changes from one process to the next, never within one: the index
    is never saved."""
    return map(hash, zip(repeat(at), facts))


def _meets(hashes: array[int], wanted: set[int]) -> bool:
    """Whether the sorted `hashes` hold any of `wanted`."""
    size = len(hashes)
    for value in wanted:
        at = bisect_left(hashes, value)
        if at < size and hashes[at] == value:
            return True
    return False


def _with_all(kind: str, keys: set[Any]) -> set[Any]:
    """`keys`, and for a changed property of a node or a link, the fact of reading all of them."""
    if kind not in ("properties", "edges") or not keys:
        return keys
    return keys | {(*key[:-1], ALL) for key in keys}
