"""dialect: how the ADRs of a folder are written, and a new or superseded ADR written the same way.

- adr-tools (Nygard): no properties; `# 5. Title`, a `Date:` line, a `## Status` section.
- log4brains and MADR 2: no properties; `- Status: accepted` and `- Date:` bullets.
- MADR 3 and 4: properties `status` and `date`; `## Context and Problem Statement`,
  `## Decision Outcome`; a superseded record says `status: superseded by [ADR-0005](0005-x.md)`.
- properties: notes with properties in the vault's own way (vaultsmith's template): the new note
  comes from the vault's template, the older one gets `status` and `superseded_by` properties.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from enum import StrEnum
from urllib.parse import quote

from vaultsmith.model.analysed import VaultModel
from vaultsmith.tools.properties import set_property, yaml_string

_STATUS_HEADING = re.compile(r"^#{1,6}\s+status\s*$", re.IGNORECASE)
_HEADING = re.compile(r"^#{1,6}\s")
_STATUS_BULLET = re.compile(r"^(\s*[-*+]\s+\**status\**\s*:\**\s*)(.*)$", re.IGNORECASE)
_MADR_SECTIONS = ("context and problem statement", "decision outcome", "considered options")


class Dialect(StrEnum):
    ADR_TOOLS = "adr-tools"
    BULLETS = "log4brains (MADR 2)"
    MADR = "madr"
    PROPERTIES = "properties"


def note_dialect(model: VaultModel, node: str) -> Dialect:
    """How one ADR is written."""
    item = model.notes[node]
    record = item.decision
    form = record.status_form if record is not None else "property"
    if item.note.frontmatter and form in ("property", "none"):
        if "type" not in item.note.frontmatter and any(
            item.note.section(s) is not None for s in _MADR_SECTIONS
        ):
            return Dialect.MADR
        return Dialect.PROPERTIES
    if form == "line":
        return Dialect.BULLETS
    if form == "section" or not item.note.frontmatter:
        return Dialect.ADR_TOOLS
    return Dialect.PROPERTIES


def folder_dialect(model: VaultModel, folder: str) -> Dialect | None:
    """The dialect most ADRs directly in `folder` are written in; None when it holds none."""
    found = Counter(
        note_dialect(model, node)
        for node in model.nodes_of_type("adr")
        if node.rpartition("/")[0] == folder and not model.notes[node].note.generated
    )
    if not found:
        return None
    return min(found.items(), key=lambda item: (-item[1], list(Dialect).index(item[0])))[0]


def markdown_link(source: str, target: str, number: int | None, title: str, *, madr: bool = False) -> str:
    """`[5. Title](0005-title.md)` as adr-tools writes a link to ADR `target` (MADR:
    `[ADR-0005](0005-title.md)`), its path relative to `source`'s folder."""
    relative = os.path.relpath(target, os.path.dirname(source) or ".").replace(os.sep, "/")
    if madr and number is not None:
        text = f"ADR-{number:04d}"
    else:
        text = f"{number}. {title}" if number is not None else title
    return f"[{text}]({quote(relative)})"


def number_and_title(model: VaultModel, node: str) -> tuple[int | None, str]:
    """An ADR's number (None without one) and title, as the graph has them."""
    number = model.field(node, "number", None)
    title = str(model.field(node, "title", "") or model.field(node, "name", node))
    return (number if isinstance(number, int) and not isinstance(number, bool) else None), title


def new_decision_text(dialect: Dialect, number: int, title: str, date: str, supersedes: str | None) -> str:
    """A new ADR in `dialect` (not PROPERTIES: that comes from the vault's template).
    `supersedes` is the link to the ADR it replaces, written in the same dialect."""
    if dialect is Dialect.ADR_TOOLS:
        status = "Proposed" + (f"\n\nSupersedes {supersedes}" if supersedes else "")
        return (
            f"# {number}. {title}\n\nDate: {date}\n\n## Status\n\n{status}\n\n"
            "## Context\n\n\n\n## Decision\n\n\n\n## Consequences\n\n"
        )
    if dialect is Dialect.BULLETS:
        links = f"\n## Links\n\n- Supersedes {supersedes}\n" if supersedes else ""
        return (
            f"# {title}\n\n- Status: proposed\n- Date: {date}\n\n"
            "## Context and Problem Statement\n\n\n\n## Decision Outcome\n\nChosen option: \n" + links
        )
    links = f"\n## More Information\n\nSupersedes {supersedes}\n" if supersedes else ""
    return (
        f"---\nstatus: proposed\ndate: {date}\n---\n\n# {title}\n\n"
        "## Context and Problem Statement\n\n\n\n## Considered Options\n\n\n\n"
        "## Decision Outcome\n\nChosen option: \n" + links
    )


def superseded_in_dialect(text: str, dialect: Dialect, link: str) -> str | None:
    """The older ADR's text saying it is superseded by `link`, its way; None for PROPERTIES
    (the caller sets the properties) and when the text has no place for it."""
    if dialect is Dialect.ADR_TOOLS:
        return _add_to_status_section(text, f"Superseded by {link}")
    if dialect is Dialect.BULLETS:
        return _replace_status_bullet(text, f"superseded by {link}")
    if dialect is Dialect.MADR:
        return set_property(text, "status", yaml_string(f"superseded by {link}"))
    return None


def _add_to_status_section(text: str, line: str) -> str | None:
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(newline)
    start = next((i for i, written in enumerate(lines) if _STATUS_HEADING.match(written.strip())), None)
    if start is None:
        return None
    end = next((i for i in range(start + 1, len(lines)) if _HEADING.match(lines[i])), len(lines))
    last = max((i for i in range(start + 1, end) if lines[i].strip()), default=start)
    return newline.join([*lines[: last + 1], "", line, *lines[last + 1 :]])


def _replace_status_bullet(text: str, words: str) -> str | None:
    newline = "\r\n" if "\r\n" in text else "\n"
    lines = text.split(newline)
    for index, written in enumerate(lines):
        found = _STATUS_BULLET.match(written)
        if found is not None:
            lines[index] = found.group(1) + words
            return newline.join(lines)
    return None
