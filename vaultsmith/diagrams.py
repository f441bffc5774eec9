"""Mermaid diagrams of one system, computed from its design facts."""

from __future__ import annotations

from vaultsmith.design import SddDocument
from vaultsmith.mermaid import NodeIds, label


def container_diagram(document: SddDocument) -> str:
    """The system's components (kind and technologies), what they depend on, and the outside
    components and systems they reach."""
    ids = NodeIds()
    lines = ["flowchart LR"]
    lines.append(
        f"    subgraph {ids('system:' + (document.system.path or ''))}[{label(document.system.name)}]"
    )
    for component in document.components:
        details = ", ".join([component.kind or "component", *(t.name for t in component.technologies)])
        lines.append(
            f"        {ids(_key(component.ref.path, component.ref.name))}"
            f"[{label(component.ref.name + ' (' + details + ')')}]"
        )
    lines.append("    end")
    for dependency in document.dependencies:
        owner = ", ".join(s.name for s in dependency.systems) or "external"
        node = ids(_key(dependency.target.path, dependency.target.name))
        lines.append(f"    {node}[{label(dependency.target.name + ' (' + owner + ')')}]")
    for component in document.components:
        source = ids(_key(component.ref.path, component.ref.name))
        for target in component.depends_on:
            lines.append(f"    {source} --> {ids(_key(target.path, target.name))}")
    return "\n".join(_declare_missing(lines, ids))


def _key(path: str | None, name: str) -> str:
    return path if path is not None else "unresolved:" + name


def _declare_missing(lines: list[str], ids: NodeIds) -> list[str]:
    """Unresolved dependency targets get an arrow but were never declared: declare them plainly
    so they show their name, not the bare id."""
    declared = {line.split("[", 1)[0].strip() for line in lines if "[" in line}
    extra = []
    for key, node in ids.items():
        if node not in declared and key.startswith("unresolved:"):
            extra.append(f"    {node}[{label(key.removeprefix('unresolved:') + ' (no note yet)')}]")
    return [*lines, *extra]
