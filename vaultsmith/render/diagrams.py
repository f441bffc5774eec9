"""Mermaid diagrams of one system, computed from its design facts.

Context and container diagrams use Mermaid's C4 syntax (C4Context, C4Container); the
component flow and the system dependency map are flowcharts. Every id comes from `NodeIds`
and every label goes through `mermaid`'s escaping, so any note name gives a valid diagram.
"""

from __future__ import annotations

from vaultsmith.model.ref import Ref
from vaultsmith.render.mermaid import NodeIds, c4_string, c4_title, label
from vaultsmith.sdd.design import Component, Dependency, SddDocument

_C4_SHAPES = {
    "database": "ContainerDb",
    "storage": "ContainerDb",
    "cache": "ContainerDb",
    "queue": "ContainerQueue",
}


def _key(ref: Ref) -> str:
    return ref.path if ref.path is not None else "unresolved:" + ref.name


def _args(*values: str) -> str:
    return ", ".join(c4_string(value) for value in values)


def context_diagram(document: SddDocument) -> str:
    """C4 level 1: the system, the systems it depends on and that depend on it, and the
    outside components it reaches."""
    ids = NodeIds()
    me = ids(_key(document.system))
    lines = ["C4Context", f"    title {c4_title('System context of ' + document.system.name)}"]
    lines.append(f"    System({me}, {_args(document.system.name, document.description)})")
    relations = []
    for external in document.externals:
        node = ids(_key(external.ref))
        lines.append(f"    System_Ext({node}, {_args(external.ref.name, external.description)})")
        users = [c.ref.name for c in document.components if external.ref in c.depends_on]
        relations.append(f"    Rel({me}, {node}, {_args('uses', ', '.join(users))})")
    for neighbour in document.neighbours:
        key = ("outside:" if neighbour.external else "") + _key(neighbour.ref)
        if key not in ids:
            shape = "System_Ext" if neighbour.external else "System"
            lines.append(f"    {shape}({ids(key)}, {_args(neighbour.ref.name, neighbour.description)})")
        node = ids(key)
        via = _via(neighbour.via)
        if neighbour.relation == "uses":
            relations.append(f"    Rel({me}, {node}, {_args('depends on', via)})")
        else:
            relations.append(f"    Rel({node}, {me}, {_args('depends on', via)})")
    return "\n".join([*lines, *relations])


def _via(links: tuple[Dependency, ...]) -> str:
    return "; ".join(f"{link.source.name} → {link.target.name}{_details(link)}" for link in links)


def _details(link: Dependency | None) -> str:
    return f" ({link.details})" if link is not None and link.details else ""


def _relation(document: SddDocument, source: Ref, target: Ref) -> str:
    """A C4 `Rel`'s label and technology: the class of data the link carries, its protocol."""
    flow = document.flow(source, target)
    if flow is None:
        return _args("depends on")
    words = f"depends on ({flow.data})" if flow.data else "depends on"
    return _args(words, flow.protocol) if flow.protocol else _args(words)


def container_diagram(document: SddDocument) -> str:
    """C4 level 2: the system's components (kind, technologies) inside its boundary, what they
    depend on outside it, and the outside components that depend on them."""
    ids = NodeIds()
    lines = ["C4Container", f"    title {c4_title('Containers of ' + document.system.name)}"]
    inside = [c for c in document.components if c not in document.externals]
    boundary = ids("boundary:" + _key(document.system))
    if inside:
        lines.append(f"    System_Boundary({boundary}, {_args(document.system.name)}) {{")
        lines.extend(f"        {_container(ids, component)}" for component in inside)
        lines.append("    }")
    else:
        lines.append(f"    System({boundary}, {_args(document.system.name, document.description)})")
    for external in document.externals:
        lines.append(
            f"    System_Ext({ids(_key(external.ref))}, {_args(external.ref.name, external.description)})"
        )
    lines.extend(_outside_containers(ids, document))
    for component in document.components:
        for target in component.depends_on:
            relation = _relation(document, component.ref, target)
            lines.append(f"    Rel({ids(_key(component.ref))}, {ids(_key(target))}, {relation})")
    for dependent in document.dependents:
        relation = _relation(document, dependent.source, dependent.target)
        lines.append(f"    Rel({ids(_key(dependent.source))}, {ids(_key(dependent.target))}, {relation})")
    return "\n".join(lines)


def _container(ids: NodeIds, component: Component) -> str:
    shape = _C4_SHAPES.get(component.kind.lower(), "Container")
    technology = ", ".join(t.name for t in component.technologies)
    kind = component.kind or "component"
    techn = f"{kind}: {technology}" if technology else kind
    return f"{shape}({ids(_key(component.ref))}, {_args(component.ref.name, techn, component.description)})"


def _outside_containers(ids: NodeIds, document: SddDocument) -> list[str]:
    """Components of other systems (or of none) on either end of a cross-boundary link, and
    dependency targets that have no note yet."""
    own = {_key(c.ref) for c in document.components}
    outside: dict[str, tuple[Ref, str, str]] = {}
    for link in document.dependencies:
        outside.setdefault(_key(link.target), (link.target, link.kind, _owners(link)))
    for link in document.dependents:
        outside.setdefault(_key(link.source), (link.source, link.kind, _owners(link)))
    for component in document.components:
        for target in component.depends_on:
            if _key(target) not in own:
                outside.setdefault(_key(target), (target, "", "no note yet"))
    return [
        f"    Container_Ext({ids(key)}, {_args(ref.name, kind, owner)})"
        for key, (ref, kind, owner) in outside.items()
    ]


def _owners(link: Dependency) -> str:
    names = ", ".join(s.name for s in link.systems)
    return f"part of {names}" if names else "outside every system"


def component_flow(document: SddDocument) -> str:
    """A flowchart of the system's components (kind, technologies) and their `depends_on`
    links, including the outside components they reach."""
    ids = NodeIds()
    lines = [
        "flowchart LR",
        f"    subgraph {ids('system:' + _key(document.system))}[{label(document.system.name)}]",
    ]
    for component in document.components:
        details = ", ".join([component.kind or "component", *(t.name for t in component.technologies)])
        lines.append(
            f"        {ids(_key(component.ref))}[{label(component.ref.name + ' (' + details + ')')}]"
        )
    if not document.components:
        lines.append(f"        {ids('empty')}[{label('no components yet')}]")
    lines.append("    end")
    declared = {_key(c.ref) for c in document.components}
    for component in document.components:
        for target in component.depends_on:
            if _key(target) not in declared:
                declared.add(_key(target))
                lines.append(
                    f"    {ids(_key(target))}[{label(target.name + ' (' + _where(document, target) + ')')}]"
                )
    for component in document.components:
        for target in component.depends_on:
            flow = document.flow(component.ref, target)
            arrow = f"-->|{label(flow.details)}|" if flow is not None and flow.details else "-->"
            lines.append(f"    {ids(_key(component.ref))} {arrow} {ids(_key(target))}")
    return "\n".join(lines)


def _where(document: SddDocument, target: Ref) -> str:
    if target.path is None:
        return "no note yet"
    for link in document.dependencies:
        if link.target == target:
            return ", ".join(s.name for s in link.systems) or "external"
    return "external"


def system_dependencies(document: SddDocument) -> str:
    """A flowchart of the systems (and outside components) this one depends on and that
    depend on it, each arrow labelled with the component links behind it."""
    ids = NodeIds()
    me = ids(_key(document.system))
    lines = ["flowchart LR", f"    {me}[{label(document.system.name)}]"]
    arrows = []
    for neighbour in document.neighbours:
        key = ("outside:" if neighbour.external else "") + _key(neighbour.ref)
        if key not in ids:
            suffix = " (outside every system)" if neighbour.external else ""
            lines.append(f"    {ids(key)}[{label(neighbour.ref.name + suffix)}]")
        source, target = (me, ids(key)) if neighbour.relation == "uses" else (ids(key), me)
        arrows.append(f"    {source} -->|{label(_via(neighbour.via))}| {target}")
    return "\n".join([*lines, *arrows])
