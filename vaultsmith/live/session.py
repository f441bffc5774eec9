"""session: a vault held in memory between builds, so that one changed note costs one note's work.

    session = VaultSession(Path("my-vault"))
    session.build()  # a full build, keeping what it made
    session.apply({"Components/Cart.md"}, set())  # after a save: only what that note affects

`apply` re-reads only the files it is given, updates the analysed vault in place (livemodel.py)
and makes again only the generated notes that read a fact that changed (reads.py); it writes a
note only when its bytes change. After any sequence of changes the generated notes on disk are
byte-identical to what a fresh `vaultsmith build` writes, with one difference by design: a note
that stops parsing (or cannot be read) keeps its last good state until it is fixed.

`VaultSession(root, write=False)` does all of that in memory and writes nothing (nor takes the
vault's write lock): the MCP server's session, which answers questions about the vault while
another vaultsmith, or nobody, writes its SDDs. Readers of its model hold `session.busy`.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import hashlib
import os
import stat
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from vaultsmith.build import BuildReport, Progress, build_config, load_vault, vault_root
from vaultsmith.build.outputs import RenderedNote, render_index_note, render_sdd
from vaultsmith.config import CONFIG_NAME, Config
from vaultsmith.config.globs import matches
from vaultsmith.diagnostics import Diagnostic, Severity, error
from vaultsmith.live.livemodel import LiveModel, PackedNotes, Update
from vaultsmith.live.provenance import ReadIndex, ReadLog
from vaultsmith.model.analysed import classify_note
from vaultsmith.model.classify import ClassifiedNote
from vaultsmith.render.document import Renderer
from vaultsmith.render.index import IndexEntry, index_entry, index_path
from vaultsmith.render.templates import TemplateSet, check_template_choice, vault_templates
from vaultsmith.sdd.assemble import assemble_system
from vaultsmith.sdd.naming import base_path, canvas_path
from vaultsmith.vault.parse import ParseResult, parse_note
from vaultsmith.vault.scan import is_hidden, is_note_path, is_usable_name, read_note_file, scan
from vaultsmith.write.files import Output, WriteReport, write_changes, write_outputs
from vaultsmith.write.lock import vault_lock

INDEX = "\0index"  # the SDD index among the readers of facts (no vault path holds a NUL)
MAX_ROUNDS = 4  # writing an SDD changes the vault it was made from: settle, but never loop


@dataclass(slots=True)
class _Reading:
    """The files of one change as they are on disk now."""

    notes: dict[str, ClassifiedNote] = field(default_factory=dict)
    attachments: set[str] = field(default_factory=set)
    gone: set[str] = field(default_factory=set)
    read: int = 0
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.notes or self.attachments or self.gone)


@dataclass(slots=True)
class _Tally:
    """What a build or an update did, over its rounds."""

    started: float
    notes_read: int = 0
    systems: set[str] = field(default_factory=set)
    writes: WriteReport = field(default_factory=WriteReport)
    diagnostics: list[Diagnostic] = field(default_factory=list)

    def add(self, writes: WriteReport) -> None:
        for name in ("written", "unchanged", "removed", "refused", "diagnostics"):
            getattr(self.writes, name).extend(getattr(writes, name))

    def report(self, index: str, systems: int | None = None) -> BuildReport:
        writes = self.writes
        unchanged = sorted(set(writes.unchanged) - set(writes.written))
        return BuildReport(
            notes_read=self.notes_read,
            systems=len(self.systems) if systems is None else systems,
            written=tuple(sorted(set(writes.written))),
            unchanged=tuple(unchanged),
            removed=tuple(sorted(set(writes.removed) - set(writes.written))),
            refused=tuple(sorted(set(writes.refused))),
            diagnostics=tuple(sorted(dict.fromkeys([*self.diagnostics, *writes.diagnostics]))),
            seconds=time.perf_counter() - self.started,
            index=index,
        )


class VaultSession:
    """One vault, built once in full and then kept current file by file."""

    def __init__(
        self,
        root: Path,
        config: Config | None = None,
        *,
        out: str | None = None,
        template: str | None = None,
        write: bool = True,
    ) -> None:
        self.root = vault_root(root)
        self.writes = write  # False: everything is made in memory, nothing is written
        self.busy = threading.RLock()  # held while the session changes; readers of `live` take it
        self._given_config = config
        self._out = out
        self._template = template
        self.config = config if config is not None else Config()
        self._log = ReadLog()
        self._reads = ReadIndex()
        self._live: LiveModel | None = None
        self._templates = TemplateSet()
        self._renderer: Renderer | None = None
        self._results: dict[str, IndexEntry] = {}  # system -> its entry in the index
        # Digests (`_digest`), not texts: a watcher should not hold every SDD twice.
        self._texts: dict[str, bytes] = {}  # generated path -> the text last rendered for it
        self._writing: dict[str, str] = {}  # generated path -> the text being written now
        self._retry: set[str] = set()  # generated paths whose last write failed
        self._broken: set[str] = set()  # notes whose state now is a failed parse
        self._own: dict[str, bytes | None] = {}  # path -> what vaultsmith last wrote (None: removed)
        self._own_folders: set[str] = set()  # folders vaultsmith made to write into

    # ------------------------------------------------------------------ the two entry points

    def build(self, progress: Progress | None = None) -> BuildReport:
        """Read the whole vault and write every SDD, as `vaultsmith build` does. On a config or
        template error it raises and the session keeps its previous state."""
        with self._turn():
            report = self._build(progress)
            self.live.forget_caches()
        # What the build made lives as long as the session. Frozen, the garbage collector no
        # longer walks it on every full collection, and a save no longer pays for that walk
        # now and then (10,000 notes: the mean of 20 saves went from 49 ms to 31 ms).
        gc.freeze()
        _return_freed_memory()
        return report

    def _build(self, progress: Progress | None) -> BuildReport:
        tally = _Tally(time.perf_counter())
        config = self._load_config()
        templates = vault_templates(self.root, config)
        check_template_choice(templates, self.root, config, self._template)
        # Each note is packed as soon as it is read: the whole vault is never held at once.
        notes = PackedNotes(self._log)
        vault = load_vault(self.root, config, progress, keep=notes.keeper(config))
        self._start(config, templates, LiveModel(vault, notes, self._log))
        self._broken = {
            d.path for d in vault.diagnostics if d.severity is Severity.ERROR and d.path in vault.notes
        }
        tally.notes_read = sum(1 for note in vault.notes.values() if not note.generated)
        tally.diagnostics.extend(vault.diagnostics)
        outputs = self._remake({*self.live.outputs, INDEX}, tally)
        self._expect(outputs, set())
        written = write_outputs(self.root, outputs, config.output) if self.writes else _unwritten(outputs)
        self._settle(written, tally)
        return tally.report(index_path(config.output), systems=len(self.live.outputs))

    def apply(self, changed: Iterable[str], removed: Iterable[str]) -> BuildReport:
        """Bring the SDDs up to date after the given vault-relative files (or folders) changed
        or were removed. Each path is looked at on disk as it is now, so a path in the wrong
        set, or in both, does no harm. A config or template change is a full build."""
        with self._turn():
            return self._apply(changed, removed)

    @contextlib.contextmanager
    def _turn(self) -> Iterator[None]:
        """One change at a time; a writing session also holds the vault's write lock, waiting
        as long as another vaultsmith writes (a change must not be dropped because one was)."""
        with self.busy, vault_lock(self.root, wait=None) if self.writes else contextlib.nullcontext():
            yield

    def _apply(self, changed: Iterable[str], removed: Iterable[str]) -> BuildReport:
        if self._live is None:
            return self.build()
        paths = {_vault_path(path) for path in [*changed, *removed]}
        if any(self.rebuilds_all(path) for path in paths):
            return self.build()
        tally = _Tally(time.perf_counter())
        reading = self._look(paths)
        tally.notes_read = reading.read
        tally.diagnostics.extend(reading.diagnostics)
        self._advance(reading, paths | set(reading.notes) | reading.gone, tally)
        return tally.report(index_path(self.config.output))

    def tidy(self) -> None:
        """Let go of what is kept only to make the next save quicker, collect the garbage, and
        give the memory freed back to the system: for a watcher that has been quiet a while
        (it costs a few milliseconds, and the next save a few more)."""
        with self.busy:
            if self._live is not None:
                self._live.forget_caches()
            gc.collect()
            _return_freed_memory()

    @property
    def pending_writes(self) -> bool:
        """Whether an SDD could not be written (a full disk, a permission) and waits for a retry."""
        return bool(self._retry)

    def is_own_write(self, path: str) -> bool:
        """Whether the file at `path` is as vaultsmith last left it (written or removed), so a
        watcher can tell its own writes from the user's."""
        if path in self._own_folders:
            return (self.root / path).is_dir()
        if path not in self._own:
            return False
        try:
            now: bytes | None = (self.root / path).read_bytes()
        except FileNotFoundError:
            now = None
        except OSError:
            return False
        return (None if now is None else _digest(now)) == self._own.get(path)

    @property
    def entries(self) -> list[IndexEntry]:
        """Each system's entry in the SDD index (its SDD, style, coverage and gaps), by path."""
        return [self._results[system] for system in sorted(self._results)]

    @property
    def unparsed(self) -> set[str]:
        """Notes whose last reading failed (broken frontmatter, unreadable): their last good
        state, if any, is what the model holds."""
        return set(self._broken)

    @property
    def template(self) -> str | None:
        """The style asked for on the command line (`--template`), if any."""
        return self._template

    @property
    def templates(self) -> TemplateSet:
        return self._templates

    @property
    def renderer(self) -> Renderer:
        """What renders the SDDs, linking notes as they will be once the SDDs are written."""
        return self._renderer_now()

    @property
    def live(self) -> LiveModel:
        if self._live is None:
            raise RuntimeError("build() the session first")
        return self._live

    # ------------------------------------------------------------------ setting up

    def _load_config(self) -> Config:
        if self._given_config is not None:
            return self._given_config
        return build_config(self.root, self._out)

    def _start(self, config: Config, templates: TemplateSet, live: LiveModel) -> None:
        self.config = config
        self._templates = templates
        self._live = live
        self._renderer = Renderer(live.future_resolver, templates)
        self._reads = ReadIndex()
        self._results.clear()
        self._texts.clear()
        self._retry.clear()

    def rebuilds_all(self, path: str) -> bool:
        templates = self.config.templates_dir
        return path in (CONFIG_NAME, templates) or path.startswith(templates + "/")

    # ------------------------------------------------------------------ reading what changed

    def _look(self, paths: set[str]) -> _Reading:
        reading = _Reading()
        for path in sorted(paths):
            if not self.is_vault_file(path):
                continue
            try:
                mode: int | None = os.lstat(self.root / path).st_mode
            except (FileNotFoundError, NotADirectoryError):
                mode = None
            except OSError as bad:
                reading.diagnostics.append(error(path, 0, "unreadable", f"cannot read: {bad.strerror}"))
                continue
            if mode is not None and stat.S_ISDIR(mode):
                self._look_in_folder(path, reading)
            elif mode is not None and stat.S_ISREG(mode):
                self._look_at_file(path, reading)
            else:
                self._lose(path, reading)
        return reading

    def is_vault_file(self, path: str) -> bool:
        """What `scan` would look at: not hidden, not ignored by config, not the config."""
        if not path or path == CONFIG_NAME or is_hidden(path) or not is_usable_name(path):
            return False
        parts = path.split("/")
        skipped = self.config.not_notes
        return not any(matches("/".join(parts[:end]), skipped) for end in range(1, len(parts) + 1))

    def _look_at_file(self, path: str, reading: _Reading) -> None:
        if not is_note_path(path):
            reading.attachments.add(path)
            return
        try:
            data = read_note_file(self.root, path)
        except FileNotFoundError:
            self._lose(path, reading)
            return
        except OSError as bad:
            kept = "; its last good state is kept" if self.live.has_file(path) else ""
            reading.diagnostics.append(error(path, 0, "unreadable", f"cannot read: {bad.strerror}{kept}"))
            return
        reading.read += 1
        self._take(parse_note(path, data), reading)

    def _take(self, parsed: ParseResult, reading: _Reading) -> None:
        path = parsed.note.path
        reading.diagnostics.extend(parsed.diagnostics)
        broken = any(d.severity is Severity.ERROR for d in parsed.diagnostics)
        if broken and self.live.note(path) is not None and path not in self._broken:
            return  # keep the last good state until the note is fixed
        if broken:
            self._broken.add(path)
        else:
            self._broken.discard(path)
        reading.notes[path] = classify_note(parsed.note, self.config)

    def _look_in_folder(self, folder: str, reading: _Reading) -> None:
        """A folder came or was moved in: every file in it, and the known ones no longer there."""
        files = scan(self.root, self.config, folder)
        reading.diagnostics.extend(files.diagnostics)
        present = {entry.path for entry in files.notes} | set(files.attachments)
        for path in sorted(present):
            self._look_at_file(path, reading)
        reading.gone.update(self.live.files_under(folder) - present)

    def _lose(self, path: str, reading: _Reading) -> None:
        """`path` is gone: a file, or a folder and every file that was in it."""
        if self.live.has_file(path):
            reading.gone.add(path)
            self._broken.discard(path)
            return
        reading.gone.update(self.live.files_under(path))

    # ------------------------------------------------------------------ making and writing

    def _advance(self, reading: _Reading, touched: set[str], tally: _Tally) -> None:
        update = self.live.update(reading.notes, reading.attachments, reading.gone)
        systems = self._affected(update, touched)
        outputs = self._remake(systems, tally, touched)
        stale = update.stale_outputs | self._strays(touched)
        self._expect(outputs, stale)
        self._settle(self._write_changes(outputs, stale), tally)

    def _affected(self, update: Update, touched: set[str]) -> set[str]:
        live = self.live
        found = self._reads.readers(update.changed) | update.moved_systems | update.cycle_systems
        for gone in set(self._results) - set(live.outputs):
            self._reads.forget(gone)
            del self._results[gone]
            found.add(INDEX)  # the index lists every system
        redo = touched | self._retry
        # A canvas changed on disk (the user moved a card) is merged again, as a build would.
        found.update(
            system for system, path in live.outputs.items() if path in redo or canvas_path(path) in redo
        )
        if live.index_path in redo or base_path(self.config.output) in redo:
            found.add(INDEX)
        return found

    def _strays(self, touched: set[str]) -> set[str]:
        """Generated notes put in the output folder by hand: a build removes them."""
        prefix = self.config.output + "/"
        wanted = {*self.live.outputs.values(), self.live.index_path}
        strays = set()
        for path in touched:
            note = self.live.note(path)
            if path.startswith(prefix) and path not in wanted and note is not None and note.note.generated:
                strays.add(path)
        return strays

    def _remake(self, systems: set[str], tally: _Tally, touched: Iterable[str] = ()) -> list[Output]:
        """Assemble and render the given systems (and the index, when asked or when a system's
        entry in it may have changed), noting what each read; the outputs whose text changed
        or that must be checked against the disk again."""
        live = self.live
        remake_index = INDEX in systems
        recheck = set(touched) | self._retry
        outputs: list[Output] = []
        for system in sorted(systems & live.outputs.keys()):
            with self._log.noting() as facts:
                document = assemble_system(
                    live.model, system, live.outputs[system], self._template, live.cycles
                )
                rendered = render_sdd(self._renderer_now(), self._templates, document, self.root)
            self._reads.record(system, facts)
            tally.systems.add(system)
            entry = index_entry(document, rendered.coverage)
            # The index shows a few facts per system: made again only when those change.
            remake_index |= self._results.get(system) != entry
            self._results[system] = entry
            outputs.extend(self._changed(rendered, recheck, tally))
        if live.index_path is not None and remake_index:
            outputs.extend(self._changed(self._render_index(), recheck, tally))
        return outputs

    def _render_index(self) -> RenderedNote:
        results = [self._results[system] for system in sorted(self.live.outputs)]
        with self._log.noting() as facts:
            rendered = render_index_note(self._renderer_now(), self.config.output, results, self.root)
        self._reads.record(INDEX, facts)
        return rendered

    def _changed(self, rendered: RenderedNote, recheck: set[str], tally: _Tally) -> list[Output]:
        tally.diagnostics.extend(rendered.diagnostics)
        outputs = []
        for output in rendered.outputs:
            digest = _digest(output.content.encode("utf-8"))
            if self._texts.get(output.path) != digest or output.path in recheck:
                self._texts[output.path] = digest
                outputs.append(output)
        return outputs

    def _renderer_now(self) -> Renderer:
        assert self._renderer is not None
        return self._renderer

    def _settle(self, written: WriteReport, tally: _Tally) -> None:
        """What was just written is part of the vault a fresh build reads: take it in, and make
        again whatever that changes, until nothing does."""
        for _ in range(MAX_ROUNDS):
            tally.add(written)
            self._remember(written)
            reading = self._own_reading(written)
            if not reading:
                return
            update = self.live.update(reading.notes, reading.attachments, reading.gone)
            systems = self._affected(update, set())
            outputs = self._remake(systems, tally)
            self._expect(outputs, update.stale_outputs)
            written = self._write_changes(outputs, update.stale_outputs)

    def _write_changes(self, outputs: list[Output], stale: set[str]) -> WriteReport:
        return write_changes(self.root, outputs, stale) if self.writes else _unwritten(outputs)

    def _expect(self, outputs: list[Output], stale: set[str]) -> None:
        """Note what is about to be written and removed before it is, so that a watcher that
        hears of it at once knows it for vaultsmith's own; and keep the texts until they are read
        back (`_own_reading`)."""
        self._writing = {output.path: output.content for output in outputs}
        for output in outputs:
            self._own[output.path] = _digest(self._bytes_to_write(output))
            folder = PurePosixPath(output.path).parent
            while folder.name and not (self.root / folder).is_dir():
                self._own_folders.add(folder.as_posix())
                folder = folder.parent
        for path in stale:
            self._own[path] = None

    def _bytes_to_write(self, output: Output) -> bytes:
        """What writing `output` will put on disk: its text, or for a canvas its merge with the
        one there (the same merge the write does)."""
        data = output.content.encode("utf-8")
        if output.merge is None:
            return data
        try:
            existing = (self.root / output.path).read_bytes()
        except OSError:
            return data
        return output.merge(existing, output.content) or existing

    def _remember(self, written: WriteReport) -> None:
        for path in written.written:
            self._retry.discard(path)
        for path in written.unchanged:
            self._retry.discard(path)
        for path in written.removed:
            self._own[path] = None
            self._texts.pop(path, None)
        self._retry.update(d.path for d in written.diagnostics if d.code == "write-failed")

    def _own_reading(self, written: WriteReport) -> _Reading:
        reading = _Reading(gone=set(written.removed))
        for path in written.written:
            if is_note_path(path):
                self._take(parse_note(path, self._writing[path].encode("utf-8")), reading)
            else:  # a canvas or the ADR register: an attachment to the vault's notes
                reading.attachments.add(path)
        self._writing = {}
        return reading


def _return_freed_memory() -> None:
    """Give the memory the build used and freed back to the system. glibc keeps freed memory for
    the process, so a watcher would otherwise stay as large as its build was at its peak (10,000
    notes: 243 MB resident once settled; 210 MB after this). Elsewhere, nothing to do."""
    if not sys.platform.startswith("linux"):
        return
    try:
        trim = ctypes.CDLL(None).malloc_trim  # glibc only (musl has none)
    except (OSError, AttributeError):
        return
    trim(0)


def _digest(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=16).digest()


def _unwritten(outputs: list[Output]) -> WriteReport:
    """What a session that writes nothing reports: the files on disk stay as they are."""
    return WriteReport(unchanged=[output.path for output in outputs])


def _vault_path(path: str) -> str:
    """A vault-relative path as the scan writes it: POSIX separators, no `./`."""
    posix = PurePosixPath(path.replace(os.sep, "/")).as_posix()
    return "" if posix == "." else posix
