"""classify: each note's type, and for decision records what they say about themselves.

Type comes from the `type:` property (any case, its value mapped by config `[types.values]`);
else from config rules: file name pattern, then tag, then the nearest folder. ADRs are read in
every dialect by `decisions`.

This is the one place where a parsed note becomes the model, so the vault's own property names
(`dependsOn`, `decision-makers`, config `[properties]`) become vaultsmith's here, for every later
stage alike; the note's file is never changed.
"""

from __future__ import annotations

import dataclasses
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
    note = mapped_note(note, config)
    kind = note_type(note, config)
    fields = dict(note.frontmatter)
    links = note.links
    if kind != "adr":
        return ClassifiedNote(note, kind, fields, links)
    record = read_decision(note, config.statuses)
    fields.update(decision_fields(record, note.frontmatter))
    return ClassifiedNote(note, kind, fields, decision_links(note, record), record)


def mapped_note(note: Note, config: Config) -> Note:
    """`note` with its properties, and the links they hold, under vaultsmith's names. When the
    note has both a name of ours and another spelling of it, ours wins and the other is kept as
    it is, like any property vaultsmith does not read."""
    names = {key: config.our_property(key) for key in note.frontmatter}
    if all(key == ours for key, ours in names.items()):
        return note
    taken = {key for key, ours in names.items() if key == ours}
    for key, ours in names.items():
        if key != ours:
            names[key] = key if ours in taken else ours
            taken.add(names[key])
    frontmatter = {names[key]: value for key, value in note.frontmatter.items()}
    links = tuple(
        link if link.key is None else link._replace(key=names.get(link.key, link.key)) for link in note.links
    )
    return dataclasses.replace(note, frontmatter=frontmatter, links=links)


def declared_type(note: Note, config: Config) -> str | None:
    """The type the note's `type:` property gives, its value mapped by config; None without one."""
    declared = note.frontmatter.get("type")
    if not isinstance(declared, str) or not declared.strip():
        return None
    value = declared.strip().lower()
    return config.types.values.get(value, value)


def note_type(note: Note, config: Config) -> str:
    declared = declared_type(note, config)
    if declared is not None:
        return declared
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
