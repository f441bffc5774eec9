"""render: one SDD document becomes Markdown text, through a jinja2 template.

Templates hold layout; facts are computed before. Note text reaches templates only as data:
jinja2 never evaluates it, so `{{ }}` in a note is written out as it stands.
"""

from __future__ import annotations

import json
from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from vaultsmith import __version__
from vaultsmith.design import Ref, SddDocument
from vaultsmith.diagrams import container_diagram
from vaultsmith.errors import UsageError
from vaultsmith.resolve import Resolver

TEMPLATE_SUFFIX = ".md.j2"


def builtin_templates() -> Path:
    """Templates shipped inside the wheel; in a source checkout, the repo's `templates/`."""
    packaged = Path(__file__).parent / "templates"
    return packaged if packaged.is_dir() else Path(__file__).parent.parent / "templates"


def template_names() -> list[str]:
    return sorted(
        p.name.removesuffix(TEMPLATE_SUFFIX) for p in builtin_templates().glob("*" + TEMPLATE_SUFFIX)
    )


class Renderer:
    def __init__(self, resolver: Resolver) -> None:
        self._resolver = resolver
        self._env = SandboxedEnvironment(
            loader=jinja2.FileSystemLoader(str(builtin_templates())),
            undefined=jinja2.StrictUndefined,
            autoescape=False,
            trim_blocks=True,
            lstrip_blocks=True,
            keep_trailing_newline=True,
        )
        self._env.filters["cell"] = cell
        self._env.filters["yaml"] = yaml_string
        self._env.filters["block"] = block

    def render(self, document: SddDocument) -> str:
        try:
            template = self._env.get_template(document.template + TEMPLATE_SUFFIX)
        except jinja2.TemplateNotFound:
            known = ", ".join(template_names())
            raise UsageError(f"unknown SDD template {document.template!r} (known: {known})") from None

        def link(ref: Ref, table: bool = False) -> str:
            return wikilink(self._resolver, ref, document.output_path, table)

        text = template.render(
            doc=document, link=link, version=__version__, container_diagram=container_diagram(document)
        )
        return _tidy(text)


def wikilink(resolver: Resolver, ref: Ref, source: str, table: bool = False) -> str:
    """A wikilink from `source` to `ref` that Obsidian resolves to the same note, shown by name."""
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


def _tidy(text: str) -> str:
    """At most one blank line in a row, one newline at the end."""
    lines: list[str] = []
    for line in text.rstrip().split("\n"):
        line = line.rstrip()
        if line or (lines and lines[-1]):
            lines.append(line)
    return "\n".join(lines) + "\n"
