"""membership: which notes belong to which system, and why, without a note being edited.

A component, PRD or ADR belongs to a system, first rule that holds:

1. declared: it names the system (`system:`; for an ADR also `affects:` or any link to the
   system or to one of its components);
2. linked from the system note: the system note links it, and it names no other system;
3. folder: it lies in a folder config `[system_folders]` assigns to the system;
4. only system: the vault has one system, and the note names none.

The vault's systems are read once per graph and kept in networkx's cache (emptied by any change
to the graph), without noting the read: a watch session's live model makes every SDD again when
the vault gains or loses its only system, and an only system's SDD reads every note anyway.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

import networkx as nx

from vaultsmith.model.analysed import VaultModel
from vaultsmith.model.graph import sources, targets

SYSTEM_LINKS = ("system", "systems")
MEMBER_TYPES = frozenset({"component", "prd", "adr"})
_CACHE_KEY = "vaultsmith membership"
T = TypeVar("T")


class Reason(StrEnum):
    """Why a note belongs to a system, in the words the SDD's sources give."""

    DECLARED = "declared (names the system)"
    LINKS = "links the system or one of its components"
    LINKED = "linked from the system note"
    FOLDER = "in a folder config assigns to the system"
    ONLY = "the vault's only system"


def declared_systems(model: VaultModel, node: str) -> list[str]:
    """The systems a note names in `system:` (or a system note claims with `has_component`)."""
    return [t for t in targets(model.graph, node, *SYSTEM_LINKS) if model.type_of(t) == "system"]


def systems_of(model: VaultModel, node: str) -> list[str]:
    """The systems a component or PRD belongs to, by the first rule that gives any."""
    return [system for system, _ in claims(model, node)]


def claims(model: VaultModel, node: str) -> list[tuple[str, Reason]]:
    """(system, reason) for each system `node` belongs to, by the first rule that gives any."""
    declared = declared_systems(model, node)
    if declared or any(model.field(node, key, None) for key in SYSTEM_LINKS):
        # (a `system:` naming no system note is a mistake `check` reports, not a note without one)
        return [(system, Reason.DECLARED) for system in declared]
    kind = model.type_of(node)
    if kind not in MEMBER_TYPES or (kind == "adr" and _names_any_system(model, node)):
        return []
    linking = [s for s in sources(model.graph, node) if model.type_of(s) == "system" and s != node]
    if linking:
        return [(system, Reason.LINKED) for system in linking]
    by_folder = folder_system(model, node)
    if by_folder is not None:
        return [(by_folder, Reason.FOLDER)]
    only = only_system(model)
    return [] if only is None else [(only, Reason.ONLY)]


def members(model: VaultModel, system: str, kind: str) -> dict[str, Reason]:
    """The notes of type `kind` that belong to `system`, each with why, in path order."""
    declared = {n for n in sources(model.graph, system, *SYSTEM_LINKS) if model.type_of(n) == kind}
    others = {*targets(model.graph, system), *_folder_notes(model, system)}
    if only_system(model) == system:
        others |= set(model.nodes_of_type(kind))
    found: dict[str, Reason] = dict.fromkeys(declared, Reason.DECLARED)
    for node in others - declared:
        if model.type_of(node) == kind:
            reason = dict(claims(model, node)).get(system)
            if reason is not None:
                found[node] = reason
    return dict(sorted(found.items()))


def decisions(model: VaultModel, system: str, own: list[str]) -> dict[str, Reason]:
    """The ADRs of `system`: those that name it or link it or one of its components (`own`),
    then those it claims by the rules every member follows."""
    found: dict[str, Reason] = {}
    naming = set(sources(model.graph, system, *SYSTEM_LINKS, "affects"))
    for node in [system, *own]:
        for source in sources(model.graph, node):
            if model.type_of(source) == "adr" and source not in found:
                found[source] = Reason.DECLARED if source in naming else Reason.LINKS
    for node, reason in members(model, system, "adr").items():
        found.setdefault(node, reason)
    return found


def _names_any_system(model: VaultModel, node: str) -> bool:
    """Whether an ADR names a system: links one, or a component or PRD that has one."""
    for target in targets(model.graph, node):
        kind = model.type_of(target)
        if kind == "system" or (kind in ("component", "prd") and declared_systems(model, target)):
            return True
    return False


def only_system(model: VaultModel) -> str | None:
    """The vault's system note when it has exactly one."""
    systems = _kept(model, "systems", lambda: all_systems(model.graph))
    return systems[0] if len(systems) == 1 else None


def all_systems(graph: nx.MultiDiGraph) -> list[str]:
    """The system notes, read past a noting graph's notes (see the module's docstring)."""
    return sorted(node for node, data in dict.items(graph._node) if dict.get(data, "type") == "system")


def folder_system(model: VaultModel, node: str) -> str | None:
    """The system config assigns the note's folder (its nearest such folder) to."""
    folders = model.config.system_folders
    if not folders:
        return None
    path = str(model.field(node, "path", node))
    best = max((f for f in folders if path.startswith(f.rstrip("/") + "/")), key=len, default=None)
    return None if best is None else _system_named(model, folders[best])


def _folder_notes(model: VaultModel, system: str) -> list[str]:
    if not model.config.system_folders:
        return []
    return [node for node in model.notes if folder_system(model, node) == system]


def _system_named(model: VaultModel, name: str) -> str | None:
    def by_name() -> dict[str, str]:
        nodes = model.graph._node
        systems = reversed(all_systems(model.graph))
        return {str(dict.get(dict.__getitem__(nodes, s), "name", s)).lower(): s for s in systems}

    return _kept(model, "system names", by_name).get(name.lower())


def _kept(model: VaultModel, key: str, compute: Callable[[], T]) -> T:
    """`compute()`, kept with the graph until the graph changes (networkx 3.3 and later)."""
    cache: dict[str, Any] | None = getattr(model.graph, "__networkx_cache__", None)
    if cache is None:
        return compute()
    kept = cache.setdefault(_CACHE_KEY, {})
    if key not in kept:
        kept[key] = compute()
    value: T = kept[key]
    return value
