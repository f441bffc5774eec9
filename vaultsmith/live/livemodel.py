"""livemodel: the analysed vault kept in memory and updated in place, a few notes at a time.

After every `update`, the notes, the resolvers, the graph, the dependency cycles and the SDD
paths are what a fresh `analyse` of the vault as it is now would give: same nodes, same node
properties, same links in the same order. The work is that of the files that changed, plus the
notes whose links could now point elsewhere: those that look a link up by the name of a file
that came or went (a new note can resolve a link that had no note, or win Obsidian's
same-folder rule for it).
"""

from __future__ import annotations

import dataclasses
import pickle
import sys
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, cast

import networkx as nx

from vaultsmith.build import Vault
from vaultsmith.cache.load import Keep
from vaultsmith.config import Config
from vaultsmith.live.provenance import ALL, Facts, NotingDict, NotingGraph, NotingResolver, ReadLog
from vaultsmith.model.analysed import VaultModel, classify_note
from vaultsmith.model.classify import ClassifiedNote
from vaultsmith.model.cycles import cycles_through, rotated
from vaultsmith.model.graph import (
    ATTACHMENT,
    UNRESOLVED,
    add_links,
    build_graph,
    has_number_links,
    node_attributes,
    number_index,
    unresolved_id,
)
from vaultsmith.model.resolve import lookup_names, name_key
from vaultsmith.render.index import index_path
from vaultsmith.sdd.assemble import (
    LONGEST_CYCLE,
    dependency_cycles,
    dependency_targets,
    output_paths,
    systems_of,
)
from vaultsmith.sdd.naming import companion_paths
from vaultsmith.vault.parse import ParseResult

Link = tuple[str, dict[str, Any]]  # an edge out of a note: (target node, edge attributes)
_NONE = object()  # a property that is not there


@dataclass(slots=True)
class Update:
    """What one update changed, for deciding which SDDs to make again."""

    changed: Facts = field(default_factory=Facts)
    moved_systems: set[str] = field(default_factory=set)  # new systems, or with a new SDD path
    stale_outputs: set[str] = field(default_factory=set)  # SDD paths no system writes any more
    cycle_systems: set[str] = field(default_factory=set)  # systems whose dependency cycles changed


class LiveModel:
    def __init__(self, vault: Vault, notes: PackedNotes, log: ReadLog) -> None:
        """The model of `vault`, whose notes, classified, are `notes` (as `load_vault` read them
        with `keep=notes.keeper(config)`)."""
        notes.seal()
        self._notes = notes
        self._attachments = set(vault.attachments)
        self._resolver = NotingResolver(log, vault.notes, vault.attachments)
        # name key -> notes with a link looked up by that name: tuples of paths, not sets (a
        # watcher holds one per name). What each note looks up is worked out from the note
        # when it changes, not kept; here, as the graph unpacks each note for its links.
        linkers: dict[str, list[str]] = {}

        def unpacked(path: str) -> ClassifiedNote:
            item = notes.unpacked(path)
            for name in _looked_up(item, path):
                linkers.setdefault(name, []).append(path)
            return item

        lights = [notes.light(path) for path in dict.keys(notes)]
        graph = build_graph(lights, self._resolver, NotingGraph(log), whole=unpacked)
        self.model = VaultModel(vault.config, self._notes, self._resolver, graph)
        self._graph: nx.MultiDiGraph = graph
        graph.made.clear()  # the nodes of the first build: the vault as it is, not a change to it
        self._linkers = {name: tuple(paths) for name, paths in linkers.items()}
        self.outputs: dict[str, str] = output_paths(self.model, self.model.nodes_of_type("system"))
        self._cycles = {tuple(cycle) for cycle in dependency_cycles(self.model)}
        self._depends = nx.DiGraph()
        for node in self.model.nodes_of_type("component"):
            self._depends.add_edges_from((node, target) for target in dependency_targets(self.model, node))
        self._future_files: dict[str, bool] = {}
        for path in [*self._graph.nodes, *self._output_files()]:
            kind = self._future_kind(path)
            if kind is not None:
                self._future_files[path] = kind
        self.future_resolver = NotingResolver(
            log,
            [path for path, note in self._future_files.items() if note],
            [path for path, note in self._future_files.items() if not note],
        )

    # ----------------------------------------------------------------- what the stages read

    @property
    def index_path(self) -> str | None:
        """Where the SDD index goes; None when there is no system, so no index."""
        return index_path(self.model.config.output) if self.outputs else None

    @property
    def cycles(self) -> list[list[str]]:
        return sorted(list(cycle) for cycle in self._cycles)

    def files_under(self, folder: str) -> set[str]:
        """Every note and attachment below `folder`, at any depth. Looked for in every path (a
        folder moved or removed is rare; an index of every folder's files, kept for it, took
        more memory than the files' paths)."""
        prefix = folder.rstrip("/") + "/"
        return {path for path in (*dict.keys(self._notes), *self._attachments) if path.startswith(prefix)}

    def has_file(self, path: str) -> bool:
        return dict.__contains__(self._notes, path) or path in self._attachments

    def note(self, path: str) -> ClassifiedNote | None:
        return self._notes.whole(path)

    def _type(self, path: str) -> str | None:
        light: ClassifiedNote | None = dict.get(self._notes, path)
        return None if light is None else light.type

    def _item(self, path: str) -> ClassifiedNote:
        """The note at `path`, whole; not noted."""
        return cast(ClassifiedNote, self._notes.whole(path))

    def forget_caches(self) -> None:
        """Drop what is kept only to be quicker next time (notes kept unpacked, where link
        targets led, the adjacency rows of the last SDD made): called once a build is done, so
        that what a watcher keeps is not scattered among the build's freed memory."""
        self._notes.forget_unpacked()
        self._resolver.forget_choices()
        self.future_resolver.forget_choices()
        self._graph.forget_rows()

    # ----------------------------------------------------------------- updating

    def update(self, notes: Mapping[str, ClassifiedNote], attachments: set[str], gone: set[str]) -> Update:
        """Bring the model to the vault in which `notes` and `attachments` are as given and
        the `gone` files no longer exist; every other file is as it was."""
        result = Update()
        changed = result.changed
        removed = {path for path in gone if dict.__contains__(self._notes, path)}
        lost = {path for path in gone if path in self._attachments}
        added = {path for path in notes if not dict.__contains__(self._notes, path)}
        before = {path: self._item(path) for path in notes if path not in added}
        edited = {path for path, item in notes.items() if path in before and before[path] != item}
        names = {path: _looked_up(before[path], path) for path in edited}
        found = attachments - self._attachments
        self._update_files(removed | lost, added, found, changed)
        for path in sorted(added | edited):
            self._notes.put(path, notes[path])
            self._set_node(path, notes[path], changed)
        stragglers = {
            s for path in removed | lost if path in self._graph for s in self._graph.predecessors(path)
        }
        relink = (
            added | edited | stragglers | {s for name in changed.names for s in self._linkers.get(name, ())}
        )
        relink |= self._number_linkers(added | removed, changed)
        for source in sorted(relink - removed):
            self._relink(source, changed, removed)
        for path in sorted(added | edited):
            self._set_lookups(path, names.get(path, set()), _looked_up(notes[path], path))
        for path in sorted(removed):
            self._drop_note(path, changed)
        self._tidy_targets(changed)
        changed.nodes |= self._graph.made
        self._graph.made.clear()
        touched = changed.nodes | changed.notes | {node for node, _ in changed.properties}
        outputs_changed = self._update_outputs(touched, result)
        self._update_future(touched | outputs_changed, changed)
        self._update_cycles(touched | changed.successors, result)
        return result

    def _update_files(self, gone: set[str], added: set[str], found: set[str], changed: Facts) -> None:
        for path in sorted(gone):
            self._resolver.remove(path)
            changed.names.add(name_key(path))
            if dict.__contains__(self._notes, path):
                changed.notes.add(path)
            self._attachments.discard(path)
        for path in sorted(added | found):
            self._resolver.add(path, note=path in added)
            changed.names.add(name_key(path))
        self._attachments |= found

    def _set_node(self, path: str, item: ClassifiedNote, changed: Facts) -> None:
        """The node's properties as `build_graph` gives them; which of them changed."""
        changed.notes.add(path)
        wanted = node_attributes(item)
        if path not in self._graph:
            self._graph.add_node(path, **wanted)
            return
        properties = self._graph.nodes[path]
        before = dict(dict.items(properties))
        properties.clear()
        properties.update(wanted)
        changed.properties.update(
            (path, key)
            for key in before.keys() | wanted.keys()
            if before.get(key, _NONE) != wanted.get(key, _NONE)
        )
        if list(before) != list(wanted):
            changed.properties.add((path, ALL))

    def _relink(self, source: str, changed: Facts, removed: set[str]) -> None:
        """Make the links out of `source` again, as `build_graph` makes them, and note what
        changed: the links out of it, into each target, and each link property. The `removed`
        notes are still in the model, but no longer in the vault its links are made in."""
        before = self._links_of(source)
        self._graph.remove_edges_from(list(self._graph.out_edges(source, keys=True)))
        item = self._item(source)
        numbers = None
        if has_number_links(item):
            numbers = number_index(light for path, light in dict.items(self._notes) if path not in removed)
        add_links(self._graph, item, self._resolver, numbers)
        _note_link_changes(source, before, self._links_of(source), changed)

    def _number_linkers(self, came_or_went: set[str], changed: Facts) -> set[str]:
        """Notes that name ADRs by number (`superseded by ADR-0005`), when an ADR came, went, or
        changed its number or type: what those references find may have changed."""
        renumbered = {path for path, key in changed.properties if key in ("number", "type", ALL)}
        adrs = {p for p in came_or_went if self._type(p) == "adr"}
        if not (renumbered or adrs):
            return set()
        return set(self._notes.numbered)

    def _links_of(self, source: str) -> list[Link]:
        return [
            (target, dict(dict.items(data))) for _, target, data in self._graph.out_edges(source, data=True)
        ]

    def _set_lookups(self, source: str, before: set[str], names: set[str]) -> None:
        """`source` now looks up `names`, and no longer `before`."""
        for name in before - names:
            linkers = tuple(linker for linker in self._linkers[name] if linker != source)
            if linkers:
                self._linkers[name] = linkers
            else:
                del self._linkers[name]
        for name in names - before:
            self._linkers[name] = (*self._linkers.get(name, ()), source)

    def _drop_note(self, path: str, changed: Facts) -> None:
        changed.predecessors.update(target for _, target in self._graph.out_edges(path))
        changed.successors.add(path)
        changed.nodes.add(path)
        self._graph.remove_node(path)
        self._set_lookups(path, _looked_up(self._item(path), path), set())
        self._notes.drop(path)

    def _tidy_targets(self, changed: Facts) -> None:
        """Attachment and unresolved nodes exist while something links to them; an unresolved
        node is named by the first link to it in path order, as in a fresh graph."""
        for node in sorted(changed.predecessors):
            if node not in self._graph:
                continue
            properties = self._graph.nodes[node]
            kind = properties.get("type")
            if kind not in (ATTACHMENT, UNRESOLVED):
                continue
            if self._graph.in_degree(node) == 0:
                self._graph.remove_node(node)
                changed.nodes.add(node)
            elif kind == UNRESOLVED:
                name = self._unresolved_name(node)
                if properties["name"] != name:
                    properties["name"] = name
                    changed.properties.add((node, "name"))

    def _unresolved_name(self, node: str) -> str:
        first: str = min(self._graph.predecessors(node))
        for link in self._item(first).links:
            if unresolved_id(link.target) == node and self._resolver.resolve(link.target, first) is None:
                return link.target
        return str(self._graph.nodes[node]["name"])

    def _update_outputs(self, touched: set[str], result: Update) -> set[str]:
        """SDD paths again when a system came, went or was renamed; the output files that
        appeared or disappeared."""
        systems = {node for node in touched if node in self._graph and self.model.type_of(node) == "system"}
        if not systems ^ (touched & self.outputs.keys()):
            return set()
        before = self._output_files()
        old = self.outputs
        self.outputs = output_paths(self.model, self.model.nodes_of_type("system"))
        result.moved_systems = {s for s, path in self.outputs.items() if old.get(s) != path}
        if (len(old) == 1 or len(self.outputs) == 1) and old.keys() != self.outputs.keys():
            # the vault gained or lost its only system, which every note naming none belongs to
            result.moved_systems |= set(self.outputs)
        after = self._output_files()
        result.stale_outputs = before - after
        return before ^ after

    def _output_files(self) -> set[str]:
        """Every file the build writes: the SDDs, their canvases and, when there is a system,
        the index and the ADR register."""
        index = self.index_path
        config = self.model.config
        companions = companion_paths(config.output, self.outputs.values(), config.canvas)
        return {*self.outputs.values(), *([index] if index is not None else []), *companions}

    def _future_kind(self, path: str) -> bool | None:
        """How the SDDs' links see `path`: the resolver they use knows the user's notes and the
        generated notes as they will be once written (True), and the linked attachments (False)."""
        if path in self._output_files():
            return True
        note = dict.get(self._notes, path)
        if note is not None:
            return True if not note.note.generated else None
        if path in self._graph and self._graph.nodes[path].get("type") == ATTACHMENT:
            return False
        return None

    def _update_future(self, paths: set[str], changed: Facts) -> None:
        for path in sorted(paths):
            kind = self._future_kind(path)
            if kind == self._future_files.get(path):
                continue
            if path in self._future_files:
                self.future_resolver.remove(path)
                del self._future_files[path]
            if kind is not None:
                self.future_resolver.add(path, note=kind)
                self._future_files[path] = kind
            changed.names.add(name_key(path))

    def _update_cycles(self, nodes: set[str], result: Update) -> None:
        """Dependency cycles found again only around the `depends_on` links that changed."""
        gone: set[tuple[str, str]] = set()
        new: set[tuple[str, str]] = set()
        for node in nodes:
            now = set(dependency_targets(self.model, node)) if node in self._graph else set()
            before = set(self._depends.successors(node)) if node in self._depends else set()
            gone.update((node, target) for target in before - now)
            new.update((node, target) for target in now - before)
        if not (gone or new):
            return
        self._depends.remove_edges_from(gone)
        self._depends.add_edges_from(new)
        before = self._cycles
        made = {
            tuple(rotated(cycle))
            for edge in new
            for cycle in cycles_through(self._depends, *edge, LONGEST_CYCLE)
        }
        self._cycles = {cycle for cycle in before if not _uses_any(cycle, gone)} | made
        for cycle in before ^ self._cycles:
            for node in cycle:
                if node in self._graph:
                    result.cycle_systems.update(systems_of(self.model, node))


def _note_link_changes(source: str, before: list[Link], after: list[Link], changed: Facts) -> None:
    if before == after:
        return
    if [target for target, _ in before] != [target for target, _ in after]:
        changed.successors.add(source)
    grouped: dict[str, tuple[list[dict[str, Any]], list[dict[str, Any]]]] = {}
    for side, links in enumerate((before, after)):
        for target, data in links:
            grouped.setdefault(target, ([], []))[side].append(data)
    for target, (old, new) in grouped.items():
        if len(old) != len(new):
            changed.predecessors.add(target)
            changed.edges.add((source, target, ALL))
            continue
        for was, now in zip(old, new, strict=True):
            keys = {key for key in was.keys() | now.keys() if was.get(key, _NONE) != now.get(key, _NONE)}
            changed.edges.update((source, target, key) for key in keys)
            if list(was) != list(now):
                changed.edges.add((source, target, ALL))


_UNPACKED = 64  # notes read last, kept whole: an SDD reads its members again and again
_NO_PROPERTIES: dict[str, Any] = {}  # a packed note's properties (never handed out: `whole`)


class PackedNotes(NotingDict):
    """The classified notes, path -> ClassifiedNote, as the stages read them (each read noted).

    A watcher holds every note of the vault, and an SDD reads the text of few of them. So each
    note is kept in two parts: what the session itself reads (path, title, type, fields, whether
    vaultsmith generated it) as a ClassifiedNote with no text, links, headings, tags or
    properties; and the rest pickled and zlib-compressed, with a preset dictionary sampled from
    the vault's own notes (a 10,000-note vault: 60 MB less). A read gets the note back whole;
    the last notes read are kept whole, so that making an SDD unpacks each of its notes once.
    (Raw `dict` reads get the part without text.)"""

    __slots__ = ("_dictionary", "_packed", "_pending", "_unpacked", "numbered")

    def __init__(self, log: ReadLog) -> None:
        super().__init__(log, "notes")
        self._dictionary: bytes | None = None  # sampled from the first notes put (`seal`)
        self._pending: list[ClassifiedNote] = []  # put before there was a dictionary
        self._packed: dict[str, bytes] = {}
        self._unpacked: dict[str, ClassifiedNote] = {}  # in the order last read
        self.numbered: set[str] = set()  # notes that name ADRs by number (`has_number_links`)

    def put(self, path: str, item: ClassifiedNote) -> None:
        note = item.note
        light = dataclasses.replace(note, frontmatter=_NO_PROPERTIES, body="", links=(), tags=(), headings=())
        dict.__setitem__(self, path, ClassifiedNote(light, item.type, item.fields))
        self._unpacked.pop(path, None)
        if has_number_links(item):
            self.numbered.add(path)
        else:
            self.numbered.discard(path)
        if self._dictionary is None:
            self._pending.append(item)
            if len(self._pending) >= _SAMPLES:
                self.seal()
            return
        packer = zlib.compressobj(1, zdict=self._dictionary)
        data = pickle.dumps(_packable(item), _PICKLE)  # links: an ADR's own (None: the note's)
        self._packed[path] = packer.compress(data) + packer.flush()

    def seal(self) -> None:
        """Pack the notes put so far with a dictionary sampled from them, if not done yet."""
        if self._dictionary is not None:
            return
        pending, self._pending = self._pending, []
        self._dictionary = _sampled_dictionary(pending)
        for item in pending:
            self.put(item.note.path, item)

    def keeper(self, config: Config) -> Keep:
        """For `load_vault(keep=...)`: each note, as soon as it is read, classified and put here;
        the vault holds its light part."""

        def keep(result: ParseResult) -> ParseResult:
            path = result.note.path
            self.put(path, classify_note(result.note, config))
            return ParseResult(self.light(path).note, result.diagnostics)

        return keep

    def light(self, path: str) -> ClassifiedNote:
        """The note at `path` without its text, links, headings, tags and properties; not noted."""
        return cast(ClassifiedNote, dict.__getitem__(self, path))

    def unpacked(self, path: str) -> ClassifiedNote:
        """The note at `path`, whole, unpacked again (not kept, not noted)."""
        assert self._dictionary is not None, "seal() first"
        data = zlib.decompressobj(zdict=self._dictionary).decompress(self._packed[path])
        return _unpack(self.light(path), data)

    def forget_unpacked(self) -> None:
        self._unpacked.clear()

    def drop(self, path: str) -> None:
        dict.__delitem__(self, path)
        del self._packed[path]
        self._unpacked.pop(path, None)
        self.numbered.discard(path)

    def whole(self, path: str) -> ClassifiedNote | None:
        """The note at `path` as it was put, or None; not noted."""
        kept = self._unpacked.pop(path, None)
        if kept is None:
            if not dict.__contains__(self, path):
                return None
            kept = self.unpacked(path)
            if len(self._unpacked) >= _UNPACKED:
                del self._unpacked[next(iter(self._unpacked))]
        self._unpacked[path] = kept
        return kept

    def __getitem__(self, key: Any) -> Any:
        self._note(key)
        item = self.whole(key)
        if item is None:
            raise KeyError(key)
        return item

    def get(self, key: Any, default: Any = None) -> Any:
        self._note(key)
        item = self.whole(key)
        return default if item is None else item

    def values(self) -> Any:
        self._note_all()
        return [self.whole(path) for path in dict.keys(self)]

    def items(self) -> Any:
        self._note_all()
        return [(path, self.whole(path)) for path in dict.keys(self)]


_PICKLE = pickle.HIGHEST_PROTOCOL  # the session's own data, unpacked by the process that packed it


def _packable(item: ClassifiedNote) -> tuple[Any, ...]:
    note = item.note
    text = (note.frontmatter, note.body, note.links, note.tags, note.headings)
    return text, None if item.links is note.links else item.links, item.decision


_SAMPLES = 64  # notes the dictionary is sampled from


def _sampled_dictionary(items: list[ClassifiedNote], size: int = 8192) -> bytes:
    """zlib's preset dictionary for packing notes like these: the end of them, packed one after
    the other (zlib looks for matches in the last 32 KB; what it finds last costs least). What
    notes share (their properties' names, a team's template and words, pickle's names for links
    and headings) then costs a few bytes in each note, not its length: the 10,000-note benchmark
    vault packs into 10.8 MB with it, 15.9 MB without (its ends alone, 128 bytes of each
    note: 15.6 MB)."""
    return b"".join(pickle.dumps(_packable(item), _PICKLE) for item in items)[-size:]


def _unpack(light: ClassifiedNote, data: bytes) -> ClassifiedNote:
    (frontmatter, body, links, tags, headings), own_links, decision = pickle.loads(data)
    note = dataclasses.replace(
        light.note, frontmatter=frontmatter, body=body, links=links, tags=tags, headings=headings
    )
    return ClassifiedNote(note, light.type, light.fields, links if own_links is None else own_links, decision)


def _looked_up(item: ClassifiedNote, source: str) -> set[str]:
    """The name keys `source`'s links are looked up by (see `lookup_names`), interned."""
    return {sys.intern(name) for link in item.links for name in lookup_names(link.target, source)}


def _uses_any(cycle: tuple[str, ...], edges: set[tuple[str, str]]) -> bool:
    return any((cycle[i], cycle[(i + 1) % len(cycle)]) in edges for i in range(len(cycle)))
