"""classify: each note's type, and for decision records what they say about themselves.

Type comes from the `type:` property (any case); else from config rules: file name pattern,
then tag, then the nearest folder. ADRs are read in every dialect by `decisions`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from vaultsmith.config import Config
from vaultsmith.model.decisions import DecisionRecord, decision_fields, decision_links, read_decision
from vaultsmith.vault.note import Link, Note

UNTYPED = "note"


@dataclass(frozen=True, slots=True)
class ClassifiedNote:
    note: Note
    type: str
    fields: dict[str, Any]  # the note's properties plus what classify read from its text
    links: tuple[Link, ...] = field(default=())  # the note's links, relations named where known
    decision: DecisionRecord | None = None  # what an ADR says about itself, however written


def classify(note: Note, config: Config) -> ClassifiedNote:
    kind = note_type(note, config)
    fields = dict(note.frontmatter)
    links = note.links
    if kind != "adr":
        return ClassifiedNote(note, kind, fields, links)
    record = read_decision(note, config.statuses)
    fields.update(decision_fields(record, note.frontmatter))
    return ClassifiedNote(note, kind, fields, decision_links(note, record), record)


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
