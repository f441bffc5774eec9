"""check: what is wrong or missing in the vault, as diagnostics with a stable code.

diagnostics = check_vault(Path("my-vault"))
failed(diagnostics, strict=False)  # True when any error (or, strict, any warning)

Each rule reads the analysed vault and yields diagnostics naming a file and a line. The read
problems (broken frontmatter, bytes that are not UTF-8, ...) come from the parse stage as they are.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import networkx as nx

from vaultsmith.build import Vault, load_vault
from vaultsmith.config.statuses import STATUSES
from vaultsmith.diagnostics import Diagnostic, Severity, error, info, warning
from vaultsmith.model.analysed import VaultModel, analyse
from vaultsmith.model.classify import ClassifiedNote
from vaultsmith.model.cycles import rotated
from vaultsmith.sdd.assemble import SYSTEM_LINKS, assemble, dependency_cycles, systems_of
from vaultsmith.tools.lifecycle import how_to_state, lifecycle_diagnostics, status_line
from vaultsmith.tools.linkcheck import LinkIndex
from vaultsmith.vault.note import LinkKind
from vaultsmith.vault.sourcelines import SourceLines

KNOWN_TYPES = frozenset({"system", "prd", "component", "technology", "adr", "sdd", "note"})


@dataclass(slots=True)
class Context:
    """What every rule reads: the analysed vault and, on demand, the lines of its files."""

    vault: Vault
    model: VaultModel
    lines: SourceLines = field(init=False)
    links: LinkIndex = field(init=False)

    def __post_init__(self) -> None:
        self.lines = SourceLines(self.vault.root)
        self.links = LinkIndex(self.model, self.vault.attachments)

    def authored(self) -> Iterator[ClassifiedNote]:
        """Notes people wrote, in path order: vaultsmith's own output is not checked."""
        for path in sorted(self.model.notes):
            item = self.model.notes[path]
            if not item.note.generated:
                yield item

    def of_type(self, kind: str) -> Iterator[ClassifiedNote]:
        return (item for item in self.authored() if item.type == kind)

    def name(self, node: str) -> str:
        return str(self.model.field(node, "name", node))

    def edge_line(self, source: str, target: str, relations: Iterable[str]) -> int:
        wanted = set(relations)
        lines = [
            data.get("line", 0)
            for data in (self.model.graph.get_edge_data(source, target) or {}).values()
            if data.get("relation") in wanted and not data.get("derived")
        ]
        return min(lines, default=0)


Rule = Callable[[Context], Iterable[Diagnostic]]


def check_vault(path: Path) -> list[Diagnostic]:
    """Every diagnostic for the vault at `path`, sorted by file and line."""
    vault = load_vault(path)
    return check_model(vault, analyse(vault))


def check_model(vault: Vault, model: VaultModel, rules: Iterable[Rule] | None = None) -> list[Diagnostic]:
    context = Context(vault, model)
    found = list(vault.diagnostics)
    for rule in RULES if rules is None else rules:
        found.extend(rule(context))
    return sorted(set(found))


def failed(diagnostics: Iterable[Diagnostic], strict: bool = False) -> bool:
    """Whether the check fails: any error; with `strict`, any warning too."""
    failing = {Severity.ERROR, Severity.WARNING} if strict else {Severity.ERROR}
    return any(d.severity in failing for d in diagnostics)


def as_json(diagnostics: Iterable[Diagnostic]) -> str:
    records = [
        {"severity": d.severity.value, "code": d.code, "path": d.path, "line": d.line, "message": d.message}
        for d in diagnostics
    ]
    return json.dumps(records, indent=2, ensure_ascii=False)


def unresolved_links(context: Context) -> Iterator[Diagnostic]:
    index = context.links
    for item in context.authored():
        for link in item.links:
            if link.kind is LinkKind.NUMBER:
                continue  # `superseded by ADR-0005`: found by number, else reported by lifecycle
            if link.target and context.model.resolver.resolve(link.target, item.note.path) is None:
                message = index.unresolved_message(link.target)
                yield warning(item.note.path, link.line, "unresolved-link", message)


def ambiguous_links(context: Context) -> Iterator[Diagnostic]:
    index = context.links
    for item in context.authored():
        for link in item.links:
            message = index.ambiguity(link.target, item.note.path)
            if message is not None:
                yield warning(item.note.path, link.line, "ambiguous-link", message)


def unknown_types(context: Context) -> Iterator[Diagnostic]:
    rules = context.model.config.types
    known = KNOWN_TYPES | set(rules.folders.values()) | set(rules.tags.values())
    known |= {kind for _, kind in rules.files} | set(rules.values.values())
    for item in context.authored():
        declared = item.note.frontmatter.get("type")
        if isinstance(declared, str) and declared.strip() and item.type not in known:
            line = context.lines.key_line(item.note.path, "type")
            choices = ", ".join(sorted(KNOWN_TYPES))
            message = f'type "{declared.strip()}" is not one vaultsmith knows ({choices}); it is kept as is'
            yield info(item.note.path, line, "unknown-type", message)


def unknown_statuses(context: Context) -> Iterator[Diagnostic]:
    for item in context.of_type("adr"):
        written = item.fields.get("status_text")
        if written and item.fields.get("status") is None:
            line = status_line(item, context.lines)
            message = (
                f'status "{written}" maps to none of {", ".join(STATUSES)}: write one of them, or map '
                f'the words in vaultsmith.toml under [statuses] ("{str(written).lower()}" = "accepted")'
            )
            yield warning(item.note.path, line, "unknown-status", message)


def components_without_system(context: Context) -> Iterator[Diagnostic]:
    for item in context.of_type("component"):
        path = item.note.path
        if systems_of(context.model, path):
            continue
        key = next((k for k in SYSTEM_LINKS if item.fields.get(k)), None)
        if key is None:
            message = 'belongs to no system: add `system: "[[<System>]]"` naming its system note'
            yield warning(path, 0, "component-without-system", message)
        else:
            line = context.lines.key_line(path, key)
            message = f"`{key}:` names no system note (a note with `type: system`)"
            yield warning(path, line, "component-without-system", message)


def supersede_mismatches(context: Context) -> Iterator[Diagnostic]:
    claims = _supersede_claims(context)
    sides = (
        (claims.forward, claims.backward, "supersedes", "superseded_by"),
        (claims.backward, claims.forward, "superseded_by", "supersedes"),
    )
    for stated, reciprocal, relation, inverse in sides:
        for pair in sorted(stated.keys() - reciprocal.keys()):
            here, there = pair if relation == "supersedes" else (pair[1], pair[0])
            if _states_one_side(context, here):
                continue
            yield warning(
                here,
                stated[pair],
                "supersede-mismatch",
                f"has `{relation}: [[{context.name(there)}]]`, but {there} has no `{inverse}` naming this "
                f"ADR: {how_to_state(context.model, there, inverse, here)}",
            )


def _states_one_side(context: Context, node: str) -> bool:
    """Whether the ADR says it was superseded the way Backstage's records do, which name the
    successor in a Docusaurus admonition or a title marker and expect nothing of it."""
    record = context.model.notes[node].decision
    return record is not None and record.status_form in ("admonition", "title", "table")


def supersede_loops(context: Context) -> Iterator[Diagnostic]:
    claims = _supersede_claims(context)
    chain = nx.DiGraph([*claims.forward, *claims.backward])
    for cycle in sorted(rotated(c) for c in nx.simple_cycles(chain)):
        names = " → ".join(f"[[{context.name(node)}]]" for node in [*cycle, cycle[0]])
        pair = (cycle[0], cycle[1 % len(cycle)])
        where, line = (
            (pair[0], claims.forward[pair]) if pair in claims.forward else (pair[1], claims.backward[pair])
        )
        yield error(where, line, "supersede-loop", f"decisions supersede each other in a loop: {names}")


@dataclass(frozen=True, slots=True)
class SupersedeClaims:
    """(newer, older) -> the line that says so: `forward` in the newer ADR (`supersedes`),
    `backward` in the older one (`superseded_by`)."""

    forward: dict[tuple[str, str], int]
    backward: dict[tuple[str, str], int]


def _supersede_claims(context: Context) -> SupersedeClaims:
    forward: dict[tuple[str, str], int] = {}
    backward: dict[tuple[str, str], int] = {}
    model = context.model
    for source, target, data in model.graph.edges(data=True):
        if data.get("derived") or model.type_of(source) != "adr" or model.type_of(target) != "adr":
            continue  # only what the notes state: a derived inverse edge would hide a mismatch
        line = int(data.get("line", 0))
        if data.get("relation") == "supersedes":
            forward[(source, target)] = min(line, forward.get((source, target), line))
        elif data.get("relation") == "superseded_by":
            backward[(target, source)] = min(line, backward.get((target, source), line))
    return SupersedeClaims(forward, backward)


def dependency_loops(context: Context) -> Iterator[Diagnostic]:
    for cycle in dependency_cycles(context.model):
        names = " → ".join(f"[[{context.name(node)}]]" for node in [*cycle, cycle[0]])
        line = context.edge_line(cycle[0], cycle[1 % len(cycle)], ["depends_on"])
        yield warning(
            cycle[0], line, "dependency-cycle", f"components depend on each other in a cycle: {names}"
        )


def decision_lifecycle(context: Context) -> list[Diagnostic]:
    """The decision log as a whole: see lifecycle.py."""
    return lifecycle_diagnostics(context.model, context.lines)


def missing_decisions(context: Context) -> Iterator[Diagnostic]:
    for document in assemble(context.model):
        for item in document.checklist:
            if not item.decided_by and document.system.path is not None:
                first, *others = item.areas or ("?",)
                alternatives = f" (or {', '.join(others)})" if others else ""
                yield info(
                    document.system.path,
                    0,
                    "decision-missing",
                    f'no accepted ADR settles "{item.item}" ({item.group}): '
                    f"write one with decision_area: {first}{alternatives}",
                )


RULES: tuple[Rule, ...] = (
    unresolved_links,
    ambiguous_links,
    unknown_types,
    unknown_statuses,
    components_without_system,
    supersede_mismatches,
    supersede_loops,
    dependency_loops,
    decision_lifecycle,
    missing_decisions,
)

# What a build checks besides reading and writing: every rule but the checklist's, whose
# diagnostics are infos (counted by neither summary's errors and warnings) and which would
# assemble every SDD a second time.
BUILD_RULES: tuple[Rule, ...] = tuple(rule for rule in RULES if rule is not missing_decisions)


def lint(vault: Vault, model: VaultModel) -> list[Diagnostic]:
    """What `build` reports of the notes themselves: the same errors and warnings `check` does."""
    return check_model(vault, model, BUILD_RULES)
