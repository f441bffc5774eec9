"""`SDD/Decisions.base`: the ADR register as an Obsidian Bases file, one table view per system.

Bases reads note properties only: a view lists its system's ADRs (by path, as the SDD counts
them) with their `status`, `date`, `decision_area` and `deciders` properties. An ADR whose status
lives only in its text (an adr-tools `## Status` section, a `- Status:` bullet) shows an empty
status there; the SDD's decision log shows the status vaultsmith read from the text.

The file starts with the comment `# generated_by: vaultsmith …`, vaultsmith's marker: a file
without it is the user's and is never replaced.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass

from vaultsmith.render.index import SddIndex
from vaultsmith.write.files import BASE_MARKER

COLUMNS = ("file.name", "status", "date", "decision_area", "deciders")


@dataclass(frozen=True, slots=True)
class RegisterView:
    """One system's view: its name in the base and the ADR notes it lists."""

    name: str
    decisions: tuple[str, ...]


def register_views(index: SddIndex) -> list[RegisterView]:
    """One view per system, named as its SDD's embed names it."""
    return [RegisterView(e.register.partition("#")[2], e.decisions) for e in index.entries if e.register]


def decisions_base(views: Iterable[RegisterView], version: str) -> str:
    """The base's YAML (every string JSON-quoted, which YAML reads as written)."""
    lines = [
        f"{BASE_MARKER} {version}",
        "# The ADRs of each system, by their properties. Rewritten by every build: make your own",
        "# base to keep changes.",
        "properties:",
        "  decision_area:",
        "    displayName: Area",
        "views:",
    ]
    for view in views:
        lines += ["  - type: table", f"    name: {json.dumps(view.name, ensure_ascii=False)}", "    filters:"]
        if view.decisions:
            lines.append("      or:")
            lines += [
                f"        - {json.dumps(_is_file(path), ensure_ascii=False)}" for path in view.decisions
            ]
        else:
            lines.append('      and:\n        - "false"')
        lines.append("    order:")
        lines += [f"      - {column}" for column in COLUMNS]
        lines += ["    sort:", "      - property: date", "        direction: DESC"]
    return "\n".join(lines) + "\n"


def _is_file(path: str) -> str:
    return f"file.path == {json.dumps(path, ensure_ascii=False)}"
