"""Named body sections of notes (a component's `## API`, the system's `## Context`, …) as the SDD
quotes them.

A note's own headings would break the SDD's outline (and the detailed style's table of
contents), so headings inside a quoted section become bold lines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping

from vaultsmith.vault.markdown import mask
from vaultsmith.vault.note import Note

# Canonical section name -> the headings (any case) it is read from, first match wins. The
# README's "Which headings feed which section" table lists the same; keep the two together.
SYSTEM_SECTIONS: Mapping[str, tuple[str, ...]] = {
    "context": ("context", "background", "context and background", "context & background"),
    "scope": ("scope", "in scope", "scope and boundaries"),
    "objectives": ("objectives", "goals", "aims"),
    "stakeholders": ("stakeholders", "users and stakeholders", "audience"),
    "risks": ("risks", "risks & issues", "risks and issues", "known risks"),
    "success-metrics": ("success metrics", "success criteria", "kpis", "metrics"),
    "glossary": ("glossary", "terms", "terminology"),
    "approval": ("approval", "approvals", "sign-off", "sign off"),
    "migration": ("migration", "data migration", "data migration strategy"),
    "environments": ("environments", "environment configuration"),
    "future": ("future considerations", "future work", "roadmap"),
}
PRD_SECTIONS: Mapping[str, tuple[str, ...]] = {
    "assumptions": ("assumptions",),
    "non-goals": ("non-goals", "non goals", "out of scope"),
    "milestones": ("milestones", "phases", "rollout", "rollout plan", "implementation plan"),
    "cost": ("cost", "costs", "budget", "cost estimate"),
    "stakeholders": ("stakeholders", "users and stakeholders", "personas"),
    "nfr-text": (
        "non-functional requirements",
        "nfrs",
        "nfr",
        "non functional requirements",
        "quality attributes",
    ),
    "risks": ("risks", "risks & issues", "risks and issues"),
}
# The PRD parts every style shows, each from the first of its headings the PRD has.
PRD_PROBLEM = ("problem", "problem statement", "background", "context")
PRD_GOALS = ("goals", "objectives", "goals and objectives", "goals & objectives")
PRD_REQUIREMENTS = ("requirements", "functional requirements", "user stories", "features")
PRD_SUCCESS = ("success metrics", "success criteria", "kpis", "metrics")
COMPONENT_SECTIONS: Mapping[str, tuple[str, ...]] = {
    "api": ("api", "api contract", "endpoints", "interface", "interfaces"),
    "api-examples": (
        "api examples",
        "examples",
        "request and response examples",
        "request/response examples",
    ),
    "api-versioning": ("api versioning", "versioning", "api versioning strategy"),
    "migration": ("migration", "data migration", "migrations", "data migration strategy"),
    "environments": ("environments", "environment configuration", "configuration"),
    "data-model": ("data model", "schema", "database schema", "entities"),
    "security": ("security",),
    "authentication": ("authentication", "authn"),
    "authorization": ("authorization", "authorisation", "access control", "permissions", "authz"),
    "scaling": ("scaling", "scalability"),
    "network": ("network", "network security", "networking"),
    "backup": ("backup", "backups", "backup and restore"),
    "operations": ("operations", "deployment", "runbook"),
    "errors": ("error handling", "failure modes"),
    "testing": ("testing", "tests", "test strategy"),
    "unit-tests": ("unit testing", "unit tests"),
    "integration-tests": ("integration testing", "integration tests"),
    "e2e-tests": ("end-to-end testing", "end-to-end tests", "e2e tests", "e2e testing"),
    "structure": ("structure", "code structure", "module structure", "repository", "layout"),
    "performance": ("performance", "performance optimizations", "optimizations"),
    "monitoring": ("monitoring", "observability"),
}
ADR_CONTEXT = ("context", "context and problem statement", "problem", "background")
ADR_CONSEQUENCES = ("consequences", "positive consequences", "impact")
ADR_DECISION = ("decision", "decision outcome", "the decision", "decision made")

_LIST_ITEM = re.compile(r"(?m)^\s*(?:[-*+]|\d+[.)])\s+")
_BLOCK_ID = re.compile(r"\s\^[A-Za-z0-9-]+$")
_HEADING = re.compile(r"^( {0,3})#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")


def named_sections(note: Note, wanted: Mapping[str, tuple[str, ...]]) -> Iterator[tuple[str, str]]:
    """(canonical name, quoted text) for each wanted section the note has and fills."""
    present = {heading.text.strip().lower() for heading in note.headings}
    for name, headings in wanted.items():
        text = first_section(note, tuple(h for h in headings if h.strip().lower() in present))
        if text:
            yield name, text


def first_section(note: Note, headings: tuple[str, ...]) -> str:
    """The text of the first of `headings` the note has, with its own headings made bold."""
    for heading in headings:
        text = note.section(heading)
        if text:
            return flatten_headings(text)
    return ""


def opening_paragraph(note: Note) -> str:
    """The first paragraph of a note's own text: after its title, before its first section."""
    body = mask(note.body).split("\n")
    shown = note.body.split("\n")
    kept: list[str] = []
    for masked, line in zip(body, shown, strict=True):
        heading = _HEADING.match(masked) if "#" in masked else None
        if heading is not None:
            if kept:
                break
            continue
        if not line.strip() and kept:
            break
        if line.strip() and not line.lstrip().startswith(("|", ">", "!", "---")):
            kept.append(line.strip())
    return _BLOCK_ID.sub("", " ".join(kept))


def first_paragraph(text: str) -> str:
    """The first paragraph of `text`, as one line; a list's items joined with `; `."""
    paragraph = text.strip().split("\n\n", 1)[0]
    items = [" ".join(item.split()) for item in _LIST_ITEM.split(paragraph) if item.strip()]
    if len(items) <= 1:
        return "".join(items)
    return "; ".join(item.rstrip(".;") for item in items[:-1]) + "; " + items[-1]


def flatten_headings(text: str) -> str:
    """Headings outside code become bold lines and block ids are dropped, so quoted text adds
    no heading or block to the SDD."""
    masked = mask(text).split("\n")
    lines = text.split("\n")
    for index, line in enumerate(lines):
        found = _HEADING.match(line) if "#" in line else None  # (each pattern only where it can match)
        # Masking keeps a real heading's `#` marks; a `#` line in a code block is blanked.
        if found is not None and found.group(2).strip() and _HEADING.match(masked[index]):
            lines[index] = f"{found.group(1)}**{found.group(2).strip()}**"
        elif "^" in masked[index] and _BLOCK_ID.search(masked[index]):
            # A block id belongs to its note; a copy here would make `[[Note#^id]]` ambiguous.
            lines[index] = _BLOCK_ID.sub("", line)
    return "\n".join(lines)
