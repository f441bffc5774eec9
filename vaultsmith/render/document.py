"""render: one SDD document becomes Markdown text, through a jinja2 template.

Templates hold layout; facts are computed before. Note text reaches templates only as data:
jinja2 never evaluates it, so `{{ }}` in a note is written out as it stands.

A style's text is measured (coverage, gaps, the outline of its headings) and those numbers
are written into its frontmatter and table of contents. vaultsmith's own templates print the
numbers only as text, so they are rendered once with a placeholder for each number, which is
then replaced; a style that lays out the outline (a table of contents), and any template of
the vault's own (which may compute with the numbers), is rendered a second time instead.
"""

from __future__ import annotations

import json
import traceback
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import jinja2

from vaultsmith import __version__
from vaultsmith.config.resources import builtin_templates
from vaultsmith.errors import TemplateError
from vaultsmith.model.ref import Ref
from vaultsmith.model.resolve import Resolver
from vaultsmith.render.coverage import Coverage, measure, outline
from vaultsmith.render.diagrams import component_flow, container_diagram, context_diagram, system_dependencies
from vaultsmith.render.index import SddIndex
from vaultsmith.render.templates import TEMPLATE_SUFFIX, TemplateSet
from vaultsmith.sdd.design import SddDocument
from vaultsmith.sdd.outlines import OUTLINES

__all__ = [
    "TEMPLATE_SUFFIX",
    "RenderedSdd",
    "Renderer",
    "builtin_templates",
    "template_names",
]

INDEX_TEMPLATE = "_index"


def template_names() -> list[str]:
    """The built-in styles."""
    return TemplateSet().names()


@dataclass(frozen=True, slots=True)
class Diagrams:
    """The Mermaid diagrams of one system, ready for a template to place."""

    context: str
    containers: str
    components: str
    systems: str


@dataclass(frozen=True, slots=True)
class RenderedSdd:
    document: SddDocument
    text: str
    coverage: Coverage


class Renderer:
    def __init__(self, resolver: Resolver, templates: TemplateSet | None = None) -> None:
        self._resolver = resolver
        self._templates = templates if templates is not None else TemplateSet()
        self._env = self._templates.environment()
        self._env.filters.update(FILTERS)

    def render(self, document: SddDocument) -> RenderedSdd:
        template = self._load(document.template)

        def link(ref: Ref, table: bool = False) -> str:
            return wikilink(self._resolver, ref, document.output_path, table)

        context: dict[str, Any] = {
            "doc": document,
            "link": link,
            "version": __version__,
            "diagrams": Diagrams(
                context_diagram(document),
                container_diagram(document),
                component_flow(document),
                system_dependencies(document),
            ),
        }
        placeholders = self._templates.builtin_only
        headings = _Outline()
        pending = _PENDING if placeholders else Coverage(0, 0, 0)
        first = self._run(template, {**context, "coverage": pending, "outline": headings})
        seed = OUTLINES.get(document.template) if self._templates.is_builtin(document.template) else None
        coverage = measure(first, seed)
        if placeholders and not headings.read:
            return RenderedSdd(document, _filled(first, coverage), coverage)
        text = self._run(template, {**context, "coverage": coverage, "outline": outline(first)})
        return RenderedSdd(document, text, coverage)

    def render_index(self, index: SddIndex) -> str:
        def link(ref: Ref, table: bool = False) -> str:
            return wikilink(self._resolver, ref, index.path, table)

        return self._run(self._load(INDEX_TEMPLATE), {"index": index, "link": link, "version": __version__})

    def _load(self, name: str) -> jinja2.Template:
        try:
            return self._env.get_template(name + TEMPLATE_SUFFIX)
        except jinja2.TemplateNotFound:
            known = ", ".join(self._templates.names())
            raise TemplateError(f"unknown SDD template {name!r} (known: {known})") from None
        except jinja2.TemplateSyntaxError as bad:
            raise self._error(bad) from None

    def _run(self, template: jinja2.Template, context: dict[str, Any]) -> str:
        try:
            return _tidy(template.render(**context))
        except Exception as bad:  # anything a template does wrong is reported, not raised
            raise self._error(bad) from None

    def _error(self, bad: Exception) -> TemplateError:
        filename, line = _location(bad)
        reason = bad.message if isinstance(bad, jinja2.TemplateError) and bad.message else str(bad)
        kind = "syntax error" if isinstance(bad, jinja2.TemplateSyntaxError) else "error"
        return TemplateError(f"template {kind}: {reason}", self._templates.shown_path(filename), line)


class _Outline(list[str]):
    """An empty outline that notes whether the template looked at it."""

    read = False

    def __iter__(self) -> Iterator[str]:
        self.read = True
        return super().__iter__()

    def __len__(self) -> int:
        self.read = True
        return 0


_FIELDS = ("sections", "backed", "gaps", "share", "percent")


class _Pending:
    """Coverage before it is measured: each number a placeholder, replaced by `_filled`."""

    def __getattr__(self, name: str) -> str:
        if name not in _FIELDS:
            raise AttributeError(name)
        return _placeholder(name)


_PENDING = _Pending()


def _placeholder(name: str) -> str:
    return f"\x00coverage.{name}\x00"


def _filled(text: str, coverage: Coverage) -> str:
    for name in _FIELDS:
        text = text.replace(_placeholder(name), str(getattr(coverage, name)))
    return text


def _location(bad: BaseException) -> tuple[str | None, int]:
    """The template file and line an error happened on: jinja2 maps its frames to them."""
    if isinstance(bad, jinja2.TemplateSyntaxError):
        return bad.filename, bad.lineno
    found: tuple[str | None, int] = (None, 0)
    for frame in traceback.extract_tb(bad.__traceback__):
        if frame.filename.endswith(TEMPLATE_SUFFIX):
            found = (frame.filename, frame.lineno or 0)
    return found


def wikilink(resolver: Resolver, ref: Ref, source: str, table: bool = False) -> str:
    """A wikilink from `source` to `ref` that Obsidian resolves to the same note, shown by name.
    Inside a table the alias bar is written `\\|`, as Obsidian requires."""
    if ref.path is None:
        return f"[[{ref.name}]]"
    target = resolver.link_target(ref.path, source)
    if target == ref.name:
        return f"[[{target}]]"
    bar = "\\|" if table else "|"
    return f"[[{target}{bar}{ref.name}]]"


def cell(value: object) -> str:
    """Text made safe for one Markdown table cell: one line, pipes escaped."""
    text = " ".join(str(value).split())
    return text.replace("|", "\\|") if text else "—"


def block(value: str, prefix: str = "") -> str:
    """Multi-line note text, each line prefixed (e.g. `> ` inside a callout)."""
    return "\n".join(prefix + line if line else prefix.rstrip() for line in value.strip().split("\n"))


def yaml_string(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


FILTERS: dict[str, Callable[..., str]] = {"cell": cell, "yaml": yaml_string, "block": block}


def _tidy(text: str) -> str:
    """At most one blank line in a row, one newline at the end."""
    lines: list[str] = []
    for line in text.rstrip().split("\n"):
        line = line.rstrip()
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines) + "\n"
