"""lifecycle: is the decision log honest? Diagnostics about ADRs as a whole log.

- a superseded ADR that names no successor, and an ADR a successor replaces whose own status
  still says it is in force;
- one side of a supersede or amend pair without the other, with the exact line to add;
- a superseded, rejected or deprecated ADR that is still the only reason for a technology in use;
- two ADRs with one number in one folder, and gaps in a folder's numbering (info);
- a reference by number (`superseded by ADR-0009`) to a number no ADR has, and an ADR with no
  status at all.
"""

from __future__ import annotations

import itertools
import os.path
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote

from vaultsmith.config.statuses import in_force
from vaultsmith.diagnostics import Diagnostic, info, warning
from vaultsmith.model.analysed import VaultModel
from vaultsmith.model.classify import ClassifiedNote
from vaultsmith.model.graph import sources, targets
from vaultsmith.vault.note import LinkKind
from vaultsmith.vault.sourcelines import SourceLines

# (relation, its inverse, the words an adr-tools Status line uses for the inverse)
RECIPROCALS = (
    ("supersedes", "superseded_by", "Superseded by"),
    ("superseded_by", "supersedes", "Supersedes"),
    ("amends", "amended_by", "Amended by"),
    ("amended_by", "amends", "Amends"),
)


@dataclass(frozen=True, slots=True)
class Log:
    """The analysed vault, and where to find the lines diagnostics point at."""

    model: VaultModel
    lines: SourceLines | None

    def adrs(self) -> list[str]:
        return [n for n in self.model.nodes_of_type("adr") if not self.model.notes[n].note.generated]

    def name(self, node: str) -> str:
        return str(self.model.field(node, "name", node))

    def status(self, node: str) -> str:
        return str(self.model.field(node, "status", "") or "")

    def qualifier(self, node: str) -> str:
        return str(self.model.field(node, "status_qualifier", "") or "")

    def status_line(self, node: str) -> int:
        return status_line(self.model.notes[node], self.lines)

    def key_line(self, node: str, key: str) -> int:
        return self.lines.key_line(node, key) if self.lines is not None else 0


def status_line(item: ClassifiedNote, lines: SourceLines | None) -> int:
    """Where a decision's status is written: the body line its record read it from, else the
    line of its `status` property (0 without the file's lines)."""
    record = item.decision
    if record is not None and record.status_line:
        return record.status_line
    return lines.key_line(item.note.path, "status") if lines is not None else 0


def lifecycle_diagnostics(model: VaultModel, lines: SourceLines | None = None) -> list[Diagnostic]:
    """Every lifecycle diagnostic of the vault's decision log, sorted. `lines` (the vault's
    files) lets a diagnostic about a property point at its line; without it, at the file."""
    log = Log(model, lines)
    found = [
        *superseded_without_successor(log),
        *successor_but_in_force(log),
        *missing_reciprocals(log),
        *retired_reasons(log),
        *duplicate_numbers(log),
        *numbering_gaps(log),
        *unknown_numbers(log),
        *without_status(log),
    ]
    return sorted(set(found))


def successors(model: VaultModel, node: str) -> list[str]:
    """The ADRs that replace `node`, whichever of the two says so."""
    linked = targets(model.graph, node, "superseded_by")
    return sorted(n for n in linked if model.type_of(n) == "adr")


def superseded_without_successor(log: Log) -> Iterator[Diagnostic]:
    for node in log.adrs():
        if log.status(node) == "superseded" and not successors(log.model, node):
            how = _how_to_state(log, node, "superseded_by", "<the newer ADR>")
            yield warning(
                node,
                log.status_line(node),
                "successor-missing",
                f"is superseded, but names no decision that supersedes it: {how}",
            )


def successor_but_in_force(log: Log) -> Iterator[Diagnostic]:
    for node in log.adrs():
        newer = successors(log.model, node)
        if newer and log.status(node) in ("accepted", "proposed"):
            names = ", ".join(f"[[{log.name(n)}]]" for n in newer)
            yield warning(
                node,
                log.status_line(node),
                "superseded-status",
                f'is superseded by {names}, but its status is "{log.status(node)}": '
                'write "Superseded" (or "Partly superseded" when part of it still holds)',
            )


def missing_reciprocals(
    log: Log, relations: tuple[str, ...] = ("amends", "amended_by")
) -> Iterator[Diagnostic]:
    """One ADR states the relation; the other does not state its inverse. (The supersede pair
    is checked by `check`'s supersede-mismatch rule, which uses `line_to_add` too.)"""
    model = log.model
    stated = {(s, t, r) for s, t, r in model.graph.edges(data="relation")}
    for source, target, data in model.graph.edges(data=True):
        relation, line = data.get("relation"), int(data.get("line", 0))
        if relation not in relations or model.type_of(source) != "adr" or model.type_of(target) != "adr":
            continue
        inverse = _inverse(relation)
        if (target, source, inverse) not in stated:
            yield warning(
                source,
                line,
                "reciprocal-missing",
                f"{relation.replace('_', ' ')} [[{log.name(target)}]], but that ADR does not say "
                f"{inverse.replace('_', ' ')} this one: {_how_to_state(log, target, inverse, source)}",
            )


def _inverse(relation: str) -> str:
    return next(inverse for name, inverse, _ in RECIPROCALS if name == relation)


def line_to_add(model: VaultModel, where: str, relation: str, other: str) -> str:
    """The line that states `where` —relation→ `other`, written the way `where` writes its
    status: a property for notes with properties, a Status line for adr-tools records, a
    `- Status:` bullet for MADR 2 and log4brains records."""
    record = model.notes[where].decision if where in model.notes else None
    form = record.status_form if record is not None else "property"
    if form == "section":
        words = next(text for name, _, text in RECIPROCALS if _inverse(name) == relation)
        return f"{words} {_markdown_link(model, where, other)}"
    if form == "line" and relation == "superseded_by":
        return f"- Status: superseded by {_markdown_link(model, where, other)}"
    if form == "line":
        words = next(text for name, _, text in RECIPROCALS if _inverse(name) == relation)
        return f"- {words} {_markdown_link(model, where, other)}"
    return f'{relation}: "[[{model.field(other, "name", other)}]]"'


def _how_to_state(log: Log, where: str, relation: str, other: str) -> str:
    return how_to_state(log.model, where, relation, other)


def how_to_state(model: VaultModel, where: str, relation: str, other: str) -> str:
    """What to write in `where` so that it states `relation` to `other` (a node, or a
    placeholder), in the way `where` already writes its status."""
    if other not in model.graph:
        return f'add {relation}: "[[{other}]]" to its properties'
    line = line_to_add(model, where, relation, other)
    record = model.notes[where].decision if where in model.notes else None
    form = record.status_form if record is not None else "property"
    if form == "section":
        return f'add the line "{line}" to its ## Status section'
    if form == "line" and line.startswith("- Status:"):
        return f'write "{line}" in place of its Status line'
    if form == "line":
        return f'add the line "{line}" to its ## Links section'
    return f"add {line} to its properties"


def _markdown_link(model: VaultModel, source: str, target: str) -> str:
    """A Markdown link from `source` to `target` as adr-tools writes it: the title as text, the
    relative path (spaces encoded) as destination."""
    relative = os.path.relpath(target, os.path.dirname(source) or ".").replace(os.sep, "/")
    number = model.field(target, "number", None)
    title = str(model.field(target, "title", "") or model.field(target, "name", target))
    text = f"{number}. {title}" if isinstance(number, int) else title
    return f"[{text}]({quote(relative)})"


def retired_reasons(log: Log) -> Iterator[Diagnostic]:
    """A technology still used by a component whose every choosing ADR is out of force."""
    model = log.model
    chosen = chosen_by(model)
    for tech in model.nodes_of_type("technology"):
        users = [s for s in sources(model.graph, tech, "uses") if model.type_of(s) == "component"]
        choosers = chosen.get(tech, [])
        if not users or not choosers or any(_in_force(log, adr) for adr in choosers):
            continue
        names = ", ".join(f"[[{log.name(u)}]]" for u in users)
        for adr in choosers:
            yield warning(
                adr,
                _edge_line(log, adr, tech, "chosen"),
                "retired-decision-cited",
                f"is {log.status(adr) or 'not in force'}, but it is still the decision that chose "
                f"[[{log.name(tech)}]], which {names} still use: write the decision that keeps "
                f"[[{log.name(tech)}]], or move them off it",
            )


def chosen_by(model: VaultModel) -> dict[str, list[str]]:
    """Note -> the ADRs that chose it: by a `chosen` link, or by a `Chosen option:` that names it."""
    found: dict[str, list[str]] = defaultdict(list)
    for adr in model.nodes_of_type("adr"):
        picked = set(targets(model.graph, adr, "chosen"))
        written = model.field(adr, "chosen")
        if isinstance(written, str) and written.strip():
            resolved = model.resolver.resolve(written.strip(), adr)
            if resolved is not None:
                picked.add(resolved)
        for node in sorted(picked):
            found[node].append(adr)
    return found


def _in_force(log: Log, node: str) -> bool:
    return in_force(log.status(node) or None, log.qualifier(node) or None)


def _edge_line(log: Log, source: str, target: str, relation: str) -> int:
    edges = (log.model.graph.get_edge_data(source, target) or {}).values()
    lines = [int(d.get("line", 0)) for d in edges if d.get("relation") == relation]
    return min(lines, default=0)


def _numbered(log: Log) -> dict[str, dict[int, list[str]]]:
    """Folder -> number -> the ADRs in that folder with that number."""
    folders: dict[str, dict[int, list[str]]] = defaultdict(lambda: defaultdict(list))
    for node in log.adrs():
        number = log.model.field(node, "number", None)
        if isinstance(number, int) and not isinstance(number, bool):
            folders[log.model.notes[node].note.folder][number].append(node)
    return folders


def duplicate_numbers(log: Log) -> Iterator[Diagnostic]:
    for numbers in _numbered(log).values():
        for number, nodes in numbers.items():
            for node in nodes if len(nodes) > 1 else ():
                others = ", ".join(f"[[{log.name(n)}]]" for n in nodes if n != node)
                yield warning(
                    node,
                    0,
                    "duplicate-adr-number",
                    f"has number {number}, as {others} in the same folder has: renumber one of them "
                    "so that references by number stay unambiguous",
                )


def numbering_gaps(log: Log) -> Iterator[Diagnostic]:
    for folder, numbers in _numbered(log).items():
        ordered = sorted(numbers)
        for before, after in itertools.pairwise(ordered):
            if after - before > 1:
                missing = str(before + 1) if after - before == 2 else f"{before + 1} to {after - 1}"
                where = folder or "the vault root"
                yield info(
                    sorted(numbers[after])[0],
                    0,
                    "adr-number-gap",
                    f"no ADR numbered {missing} comes before this one in {where} (deleted, renamed or "
                    "never merged?)",
                )


def unknown_numbers(log: Log) -> Iterator[Diagnostic]:
    model = log.model
    for node in log.adrs():
        for link in model.notes[node].links:
            if link.kind is LinkKind.NUMBER and not _resolved_number(model, node, link.relation, link.line):
                yield warning(
                    node,
                    link.line or log.status_line(node),
                    "unknown-adr-number",
                    f"names {link.target}, but no ADR in the vault has that number: link the ADR "
                    "itself, like [[0005-use-x]]",
                )


def _resolved_number(model: VaultModel, node: str, relation: str, line: int) -> bool:
    edges = model.graph.out_edges(node, data=True)
    return any(
        d.get("kind") == LinkKind.NUMBER.value
        and d.get("relation") == relation
        and d.get("line") == line
        and model.type_of(target) == "adr"
        for _, target, d in edges
    )


def without_status(log: Log) -> Iterator[Diagnostic]:
    for node in log.adrs():
        if not log.model.field(node, "status_text") and not log.model.field(node, "status"):
            yield info(
                node,
                0,
                "status-missing",
                "states no status: add `status: proposed` (or accepted, rejected, deprecated, "
                "superseded), or a ## Status section",
            )
