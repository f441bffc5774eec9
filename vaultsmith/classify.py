"""classify: each note's type, and what a decision record says about itself.

Type comes from the `type:` property (any case); else from config rules: file name pattern,
then tag, then the nearest folder. ADR facts come from frontmatter, a Nygard `## Status`
section, MADR's `Chosen option:` line or log4brains-style `- Status:` bullets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from vaultsmith.config import Config
from vaultsmith.links import find_markdown_links, find_wikilinks
from vaultsmith.markdown import mask
from vaultsmith.note import Link, Note
from vaultsmith.status import normalise_status

UNTYPED = "note"

_ADR_NUMBER = re.compile(r"^(?:adr[-_ ]?)?(\d{1,8})(?=[-_ .]|$)", re.IGNORECASE)
_TITLE_NUMBER = re.compile(r"^(?:ADR[-_ ]?)?(\d+)[.:)]?\s+(.*)$", re.IGNORECASE)
_DATE_LINE = re.compile(r"^\s*[-*]?\s*\**Date\**\s*:\s*\**\s*(\S.*?)\s*$", re.IGNORECASE | re.MULTILINE)
_BULLET_STATUS = re.compile(r"^\s*[-*]\s*\**Status\**\s*:\s*(.+?)\s*$", re.IGNORECASE | re.MULTILINE)
_CHOSEN = re.compile(
    r"Chosen option\s*:?\s*\"?(?:\[\[)?([^\"\]\n,]+?)(?:\]\])?\"?(?:[,.]|\s+because|$)",
    re.IGNORECASE | re.MULTILINE,
)
_STATUS_RELATIONS = (
    ("superseded by", "superseded_by"),
    ("supersedes", "supersedes"),
    ("amended by", "amended_by"),
    ("amends", "amends"),
)


@dataclass(frozen=True, slots=True)
class ClassifiedNote:
    note: Note
    type: str
    fields: dict[str, Any]  # the note's properties plus what classify read from its text
    links: tuple[Link, ...] = field(default=())  # the note's links, relations named where known


def classify(note: Note, config: Config) -> ClassifiedNote:
    kind = note_type(note, config)
    fields = dict(note.frontmatter)
    links = note.links
    if kind == "adr":
        fields.update(_decision_fields(note, config))
        links = tuple(_decision_links(note))
    return ClassifiedNote(note, kind, fields, links)


def note_type(note: Note, config: Config) -> str:
    declared = note.frontmatter.get("type")
    if isinstance(declared, str) and declared.strip():
        return declared.strip().lower()
    if note.generated:
        return "sdd"
    rules = config.types
    file_name = note.path.rpartition("/")[2]
    for pattern, kind in rules.files:
        if pattern.search(file_name):
            return kind
    for tag in note.tags:
        kind_by_tag = rules.tags.get(tag.lower())
        if kind_by_tag:
            return kind_by_tag
    for folder in reversed(note.folder.split("/") if note.folder else []):
        kind_by_folder = rules.folders.get(folder.lower())
        if kind_by_folder:
            return kind_by_folder
    return UNTYPED


def _decision_fields(note: Note, config: Config) -> dict[str, Any]:
    facts: dict[str, Any] = {}
    title, number = _decision_title(note)
    facts["title"] = str(note.frontmatter.get("title") or title)
    if number is not None:
        facts["number"] = number
    written = _written_status(note)
    if written is not None:
        status = normalise_status(written, config.statuses)
        facts["status_text"] = status.written
        facts["status"] = status.status
        if status.qualifier:
            facts["status_qualifier"] = status.qualifier
    if not note.frontmatter.get("date"):
        dated = _DATE_LINE.search(mask(note.body))
        if dated:
            facts["date"] = dated.group(1).strip("* ")
    if "deciders" not in note.frontmatter and "decision-makers" in note.frontmatter:
        facts["deciders"] = note.frontmatter["decision-makers"]
    if not note.frontmatter.get("chosen"):
        outcome = _CHOSEN.search(note.body)
        if outcome:
            facts["chosen"] = outcome.group(1).strip()
    return facts


def _decision_title(note: Note) -> tuple[str, int | None]:
    file_number = _ADR_NUMBER.match(note.title)
    number = int(file_number.group(1)) if file_number else None
    first = next((h for h in note.headings if h.level == 1), None)
    if first is None:
        return note.title, number
    numbered = _TITLE_NUMBER.match(first.text)
    if numbered:
        return numbered.group(2).strip(), number if number is not None else int(numbered.group(1))
    return first.text, number


def _written_status(note: Note) -> str | None:
    """The status words: property, else the first line of `## Status`, else a `- Status:` bullet."""
    declared = note.frontmatter.get("status")
    if isinstance(declared, str | int | float) and str(declared).strip():
        return str(declared)
    section = note.section("status")
    if section:
        for line in mask(section).split("\n"):
            if line.strip():
                return line.strip()
    bullet = _BULLET_STATUS.search(mask(note.body))
    return bullet.group(1) if bullet else None


def _decision_links(note: Note) -> Iterator[Link]:
    """The note's links, with those in `## Status` lines like "Superseded by [5. X](0005-x.md)"
    given the relation the line names."""
    named = _status_relations(note)
    for link in note.links:
        relation = named.get((link.line, link.target))
        if relation is not None and link.key is None:
            yield Link(link.kind, link.target, link.line, link.alias, link.heading, link.block, relation)
        else:
            yield link


def _status_relations(note: Note) -> dict[tuple[int, str], str]:
    """(file line, link target) -> relation, for the links on `## Status` lines that name one."""
    relations: dict[tuple[int, str], str] = {}
    for line_number, line in _status_lines(note):
        words = line.strip().lstrip("-* ").lower()
        relation = next((name for phrase, name in _STATUS_RELATIONS if words.startswith(phrase)), None)
        if relation is None:
            continue
        for found in [*find_wikilinks(line), *find_markdown_links(line)]:
            relations[(line_number, found.target)] = relation
    return relations


def _status_lines(note: Note) -> Iterator[tuple[int, str]]:
    """The file line number and text of each line under the `Status` heading, as written
    (the section text is stripped, so its lines cannot be matched back to the file)."""
    headings = list(note.headings)
    index = next((i for i, h in enumerate(headings) if h.text.strip().lower() == "status"), None)
    if index is None:
        return
    heading = headings[index]
    end = next((h.line for h in headings[index + 1 :] if h.level <= heading.level), None)
    lines = note.body.split("\n")
    stop = len(lines) if end is None else end - note.body_line
    for offset in range(heading.line - note.body_line + 1, stop):
        yield offset + note.body_line, lines[offset]
