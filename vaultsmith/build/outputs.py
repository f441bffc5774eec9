"""What a build writes: one SDD per system, in the style chosen for it, and the SDD index.

The style of a system's SDD: `sdd_template:` in its note, else `--template`, else config
`template`, else "standard". When a template fails (or a system names an unknown one), that
system's previous SDD is kept as it is and a diagnostic names the template file and line; the
other systems are written as usual.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from vaultsmith import __version__
from vaultsmith.canvas.bases import decisions_base, register_views
from vaultsmith.canvas.layout import load_layout_library
from vaultsmith.canvas.make import canvas_text
from vaultsmith.canvas.merge import merged_text
from vaultsmith.diagnostics import Diagnostic, error
from vaultsmith.errors import TemplateError
from vaultsmith.model.analysed import VaultModel
from vaultsmith.model.graph import ATTACHMENT
from vaultsmith.model.resolve import Resolver
from vaultsmith.render.coverage import Coverage
from vaultsmith.render.document import Renderer
from vaultsmith.render.index import IndexEntry, index_entry, index_path, sdd_index
from vaultsmith.render.templates import TemplateSet, check_template_choice, vault_templates
from vaultsmith.sdd.assemble import assemble_system, dependency_cycles, output_paths
from vaultsmith.sdd.design import SddDocument
from vaultsmith.sdd.naming import base_path, companion_paths
from vaultsmith.vault.forkmap import map_shared
from vaultsmith.write.files import Output, is_generated
from vaultsmith.write.keep import add_keep_blocks

PARALLEL_SYSTEMS = 8  # systems: the smallest count at which the pool won (bench/pool_threshold.py)


@dataclass(frozen=True, slots=True)
class Rendering:
    outputs: tuple[Output, ...]
    diagnostics: tuple[Diagnostic, ...]
    systems: int
    index: str  # the index note's path (written only when there is a system to list)


def render_vault(model: VaultModel, root: Path | None = None, template: str | None = None) -> Rendering:
    """Every system's SDD and the index, as outputs for `write`. With `root`, the vault's own
    templates are used and a system whose SDD fails keeps its previous one."""
    templates = vault_templates(root, model.config)
    check_template_choice(templates, root, model.config, template)
    systems = model.nodes_of_type("system")
    paths = output_paths(model, systems)
    index_file = index_path(model.config.output)
    companions = companion_paths(model.config.output, paths.values(), model.config.canvas)
    renderer = Renderer(future_resolver(model, [*paths.values(), index_file, *companions]), templates)
    job = _Job(model, renderer, templates, root, template, paths, dependency_cycles(model))
    if model.config.canvas and systems:
        load_layout_library()  # once here, not once in each worker process forked below
    # Each system is assembled and rendered alone: on every core for a big vault.
    made = map_shared(_make_sdd, systems, job, threshold=PARALLEL_SYSTEMS)
    outputs: list[Output] = []
    problems: list[Diagnostic] = []
    entries: list[IndexEntry] = []
    for entry, one in made:
        outputs.extend(one.outputs)
        problems.extend(one.diagnostics)
        entries.append(entry)
    if made:
        index = render_index_note(renderer, model.config.output, entries, root)
        outputs.extend(index.outputs)
        problems.extend(index.diagnostics)
    return Rendering(tuple(outputs), tuple(problems), len(made), index_file)


@dataclass(frozen=True, slots=True)
class _Job:
    """What making any one system's SDD needs."""

    model: VaultModel
    renderer: Renderer
    templates: TemplateSet
    root: Path | None
    template: str | None
    paths: dict[str, str]
    cycles: list[list[str]]


def _make_sdd(job: _Job, system: str) -> tuple[IndexEntry, RenderedNote]:
    """One system's SDD, and its entry in the index (which is all of the document the index
    needs: a worker process sends back that, not the whole document)."""
    document = assemble_system(job.model, system, job.paths[system], job.template, job.cycles)
    rendered = render_sdd(job.renderer, job.templates, document, job.root)
    return index_entry(document, rendered.coverage), rendered


@dataclass(frozen=True, slots=True)
class RenderedNote:
    """One generated note as rendered: the new text, or the previous note kept (if any) and a
    diagnostic when its template failed."""

    outputs: tuple[Output, ...]
    diagnostics: tuple[Diagnostic, ...] = ()
    coverage: Coverage | None = None  # None when the template failed (or for the index)


def render_sdd(
    renderer: Renderer, templates: TemplateSet, document: SddDocument, root: Path | None
) -> RenderedNote:
    """One system's SDD and its canvas (a watch session renders them one by one)."""
    canvas = _canvas(document)
    try:
        _check_system_choice(templates, document)
        rendered = renderer.render(document)
    except TemplateError as bad:
        failure = _failure(bad, document.output_path, root, document)
        return RenderedNote((*_previous(root, document.output_path), *canvas), (failure,))
    # Every section ends in an empty keep block, where people may write by hand (see keep.py).
    text = add_keep_blocks(rendered.text)
    return RenderedNote((Output(document.output_path, text), *canvas), (), rendered.coverage)


def _canvas(document: SddDocument) -> tuple[Output, ...]:
    """The system's canvas as made from the vault (write.py merges it with the one on disk)."""
    if document.canvas is None or document.canvas.path is None:
        return ()
    return (Output(document.canvas.path, canvas_text(document, __version__), merge=merged_text),)


def render_index_note(
    renderer: Renderer,
    output: str,
    entries: Iterable[IndexEntry],
    root: Path | None,
) -> RenderedNote:
    """The SDD index, from every system's entry."""
    index_file = index_path(output)
    index = sdd_index(output, entries)
    register = Output(base_path(output), decisions_base(register_views(index), __version__))
    try:
        return RenderedNote((Output(index_file, renderer.render_index(index)), register))
    except TemplateError as bad:
        return RenderedNote((*_previous(root, index_file), register), (_failure(bad, index_file, root),))


def _check_system_choice(templates: TemplateSet, document: SddDocument) -> None:
    if document.template not in templates.names():
        known = ", ".join(templates.names())
        raise TemplateError(
            f"unknown SDD template {document.template!r} (known: {known})", document.system.path, 0
        )


def _failure(
    bad: TemplateError, output: str, root: Path | None, document: SddDocument | None = None
) -> Diagnostic:
    path, line = bad.path or output, bad.line
    if document is not None and path == document.system.path and root is not None:
        line = _property_line(root / path, "sdd_template")
    kept = (
        f"{output} was left as it was"
        if root is not None and (root / output).exists()
        else f"{output} was not written"
    )
    return error(path, line, "template-error", f"{bad.message}; {kept}")


def _property_line(path: Path, key: str) -> int:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
    except OSError:
        return 0
    pattern = re.compile(rf"^{re.escape(key)}\s*:")
    return next((number for number, line in enumerate(lines, start=1) if pattern.match(line)), 0)


def _previous(root: Path | None, output: str) -> list[Output]:
    """The generated note already at `output`, to be kept unchanged (and not removed as stale)."""
    if root is None:
        return []
    try:
        data = (root / output).read_bytes()
        return [Output(output, data.decode("utf-8"))] if is_generated(data) else []
    except (OSError, UnicodeDecodeError):
        return []


def future_resolver(model: VaultModel, outputs: Iterable[str]) -> Resolver:
    """Links as Obsidian will resolve them once this build is written: the user's notes plus
    the generated ones, so a link to an SDD written for the first time reads as it will later."""
    notes = [path for path, item in model.notes.items() if not item.note.generated]
    attachments = [node for node, kind in model.graph.nodes(data="type") if kind == ATTACHMENT]
    return Resolver([*notes, *outputs], attachments)
