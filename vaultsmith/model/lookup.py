"""Find the note a user names on the command line: a system by name, alias or path; a decision
by number, name or link."""

from __future__ import annotations

import difflib
import re

from vaultsmith.errors import UsageError
from vaultsmith.model.analysed import VaultModel
from vaultsmith.model.resolve import fold
from vaultsmith.vault.values import as_list

_NUMBER = re.compile(r"^(?:adr[-_ ]?)?0*(\d+)$", re.IGNORECASE)


def _names(model: VaultModel, node: str) -> set[str]:
    written = [model.field(node, "name"), node.removesuffix(".md"), *as_list(model.field(node, "aliases"))]
    return {fold(str(name)) for name in written}


def find_system(model: VaultModel, name: str) -> str:
    """The system note called `name`: its name, an alias or its path, in any case."""
    wanted = fold(name.strip().removesuffix(".md"))
    systems = model.nodes_of_type("system")
    for node in systems:
        if wanted in _names(model, node):
            return node
    known = [str(model.field(node, "name")) for node in systems]
    raise UsageError(f'no system note named "{name}"{_hint(name, known)}')


def find_decision(model: VaultModel, name: str, source: str) -> str:
    """The ADR `name` means: its number (`5`, `0005`, `ADR-5`), its name or title, or a link
    target as written in the note `source`."""
    decisions = model.nodes_of_type("adr")
    number = _NUMBER.match(name.strip())
    if number is not None:
        found = [node for node in decisions if model.field(node, "number", None) == int(number.group(1))]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise UsageError(
                f"ADR number {number.group(1)} is taken by {len(found)} notes: {', '.join(found)}"
            )
    resolved = model.resolver.resolve(name.strip(), source)
    if resolved in decisions:
        return resolved
    wanted = fold(name.strip().removesuffix(".md"))
    for node in decisions:
        if wanted in _names(model, node) or wanted == fold(str(model.field(node, "title"))):
            return node
    known = [str(model.field(node, "name")) for node in decisions]
    raise UsageError(f'no ADR "{name}"{_hint(name, known)}')


def _hint(name: str, known: list[str]) -> str:
    close = difflib.get_close_matches(name, known, n=3, cutoff=0.6)
    if close:
        return "; did you mean " + " or ".join(f'"{c}"' for c in close) + "?"
    return (
        f" (known: {', '.join(known[:10])}{', …' if len(known) > 10 else ''})"
        if known
        else " (there are none)"
    )
