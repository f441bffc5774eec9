"""decisions: what an architecture decision record says about itself, in any dialect.

- Nygard / adr-tools: `# 5. Title`, a `Date:` line, a `## Status` section of one or more lines
  (`Accepted`, `Superseded by [6. X](0006-x.md)`, `Amends …`, `Clarifies …`; adr-tools spells
  "Superceded" too).
- MADR 3 and 4: properties `status`, `date`, `deciders` / `decision-makers`, `consulted`,
  `informed`; `status: superseded by [ADR-0005](0005-x.md)` or (MADR 4) `superseded by ADR-0005`.
- MADR 2 and log4brains: bullets `- Status: accepted`, `- Date: …`, `- Deciders: …`; a
  `## Links` section of `- Supersedes [x](x.md)` lines.
- Backstage (Docusaurus): a `[superseded]` marker in the title, a `:::note Superseded`
  admonition naming what replaced it, a `| Created | Status |` table; Obsidian: a
  `> [!note] Superseded` callout.
- Every dialect: `## Considered Options` bullets and a `Chosen option: "…"` line.
- File names `0007-x.md`, `adr012-x.md` give a number; `20240105-x.md` gives a date.

Frontmatter that is not valid YAML is read as empty by `parse`, and the body is still read here.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from typing import Any

from vaultsmith.config.statuses import (
    STATUSES,
    DecisionStatus,
    admonitions,
    normalise_status,
    table_status,
    title_marker,
)
from vaultsmith.vault.links import LinkText, find_markdown_links, find_wikilinks
from vaultsmith.vault.markdown import mask
from vaultsmith.vault.note import Link, LinkKind, Note
from vaultsmith.vault.values import text

_FILE_NUMBER = re.compile(r"^(?:adr[-_ ]?)?(\d{1,8})(?=[-_ .]|$)", re.IGNORECASE)
_FILE_DATE = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})(?=[-_ .]|$)")
_TITLE_NUMBER = re.compile(r"^(?:ADR[-_ ]?)?(\d+)[.:)]?\s+(.*)$", re.IGNORECASE)
_META_LINE = re.compile(r"^\s*(?:[-*+]\s+)?\**(?P<key>[A-Za-z][\w -]*?)\**\s*:\**\s*(?P<value>.*?)\s*$")
_CHOSEN_WORDS = re.compile(r"Chosen option", re.IGNORECASE)
_CHOSEN_QUOTED = re.compile(r"Chosen option\s*:?\s*[\"“]([^\"”\n]+)[\"”]", re.IGNORECASE)
_CHOSEN_PLAIN = re.compile(
    r"Chosen option\s*:?\s*(.+?)\s*(?:,|\.(?:\s|$)|\s+because\b|$)", re.IGNORECASE | re.MULTILINE
)
_BULLET = re.compile(r"^\s*(?:[-*+]|\d+[.)])\s+(.*?)\s*$")
_NUMBER_REFERENCE = re.compile(r"\bADR[-_ ]?(\d{1,6})\b", re.IGNORECASE)
_STATUS_KEYS = ("status",)
_META_KEYS = frozenset(
    {"status", "date", "deciders", "decision-makers", "decision makers", "consulted", "informed"}
)

# Words that, written before a link on a status or links line, name the relation it is.
RELATION_PHRASES: Mapping[str, str] = {
    "superseded by": "superseded_by",
    "superceded by": "superseded_by",
    "partly superseded by": "superseded_by",
    "partially superseded by": "superseded_by",
    "replaced by": "superseded_by",
    "supersedes": "supersedes",
    "supercedes": "supersedes",
    "partly supersedes": "supersedes",
    "partially supersedes": "supersedes",
    "replaces": "supersedes",
    "amended by": "amended_by",
    "amends": "amends",
}
# Sections whose lines name relations to other decisions (log4brains and MADR write `## Links`).
_RELATION_SECTIONS = ("status", "links", "related decisions", "more information")
_MAX_RELATION_WORDS = 4


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    """What one ADR says about itself, whichever way it was written."""

    # property | section | line | title | admonition | table | none: where its status is written
    status_form: str
    number: int | None
    title: str
    status: DecisionStatus | None  # None when the record states no status at all
    status_line: int  # the file line of the status in the body; 0 when it is a property or absent
    date: str | None
    deciders: tuple[str, ...]
    chosen: str | None
    considered: tuple[str, ...]


def read_decision(note: Note, extra_statuses: Mapping[str, str] | None = None) -> DecisionRecord:
    meta = dict(_meta_lines(note))
    number, title = _number_and_title(note)
    form, status, status_line = _status(note, meta, extra_statuses)
    return DecisionRecord(
        status_form=form,
        number=number,
        title=title,
        status=status,
        status_line=status_line,
        date=_date(note, meta),
        deciders=_people(note, meta, ("deciders", "decision-makers", "decision makers")),
        chosen=_chosen(note),
        considered=_considered(note),
    )


def decision_fields(record: DecisionRecord, frontmatter: Mapping[str, Any]) -> dict[str, Any]:
    """The graph fields a record adds to the note's properties (a property always wins)."""
    facts: dict[str, Any] = {"title": record.title}
    if record.number is not None:
        facts["number"] = record.number
    if record.status is not None:
        facts["status_text"] = record.status.written
        facts["status"] = record.status.status
        if record.status.qualifier:
            facts["status_qualifier"] = record.status.qualifier
    if record.date and not frontmatter.get("date"):
        facts["date"] = record.date
    if record.deciders and not frontmatter.get("deciders"):
        facts["deciders"] = list(record.deciders)
    if record.chosen and not frontmatter.get("chosen"):
        facts["chosen"] = record.chosen
    if record.considered and not frontmatter.get("considered"):
        facts["considered"] = list(record.considered)
    return facts


# --- number, title, date, people ---------------------------------------------------------------


def _number_and_title(note: Note) -> tuple[int | None, str]:
    number = None if file_date(note.title) else _file_number(note.title)
    declared = note.frontmatter.get("title")
    first = next((h.text for h in note.headings if h.level == 1), None)
    written = str(declared).strip() if isinstance(declared, str | int | float) and str(declared) else first
    if written is None:
        return number, note.title
    written = title_marker(written)[1]
    numbered = _TITLE_NUMBER.match(written)
    if numbered is None:
        return number, written
    return (number if number is not None else int(numbered.group(1))), numbered.group(2).strip()


def _file_number(name: str) -> int | None:
    found = _FILE_NUMBER.match(name)
    return int(found.group(1)) if found else None


def file_date(name: str) -> str | None:
    """The date a log4brains-style name starts with (`20240105-x`, `2024-01-05-x`), ISO form."""
    found = _FILE_DATE.match(name)
    if found is None:
        return None
    try:
        return dt.date(*(int(part) for part in found.groups())).isoformat()
    except ValueError:
        return None


def _date(note: Note, meta: Mapping[str, tuple[int, str]]) -> str | None:
    if "date" in meta and meta["date"][1]:
        return meta["date"][1]
    return file_date(note.title)


def _people(note: Note, meta: Mapping[str, tuple[int, str]], keys: tuple[str, ...]) -> tuple[str, ...]:
    for key in keys:
        declared = note.frontmatter.get(key)
        if declared:
            items = declared if isinstance(declared, list) else str(declared).split(",")
            return tuple(text(item).strip() for item in items if text(item).strip())
    for key in keys:
        if key in meta and meta[key][1]:
            return tuple(part.strip() for part in meta[key][1].split(",") if part.strip())
    return ()


def _chosen(note: Note) -> str | None:
    """The option a `Chosen option: "…"` line names, as words (a link gives its text)."""
    body = mask(note.body)
    # Both patterns start with the words, so they are tried only from where the words first are
    # (each search of the whole body cost twice the search for the words).
    words = _CHOSEN_WORDS.search(body)
    if words is None:
        return None
    outcome = _CHOSEN_QUOTED.search(body, words.start()) or _CHOSEN_PLAIN.search(body, words.start())
    return (_plain(outcome.group(1)) or None) if outcome else None


def _considered(note: Note) -> tuple[str, ...]:
    options = []
    for _, line in section_lines(note, "considered options"):
        bullet = _BULLET.match(line)
        if bullet and bullet.group(1).strip("… ."):
            options.append(_plain(bullet.group(1)))
    return tuple(options)


def _plain(written: str) -> str:
    """Link text as words: `[[Redis|the cache]]` reads `the cache`, `[Redis](r.md)` reads `Redis`."""
    words = re.sub(r"\[\[([^\]|]*)\|([^\]]*)\]\]", r"\2", written)
    words = re.sub(r"\[\[([^\]]*)\]\]", r"\1", words)
    words = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", words)
    return " ".join(words.replace("**", "").split())


# --- status ------------------------------------------------------------------------------------


def _status(
    note: Note, meta: Mapping[str, tuple[int, str]], extra: Mapping[str, str] | None
) -> tuple[str, DecisionStatus | None, int]:
    declared = note.frontmatter.get("status")
    if isinstance(declared, str | int | float | list) and text(declared):
        return "property", normalise_status(text(declared), extra), 0
    written = _written_status(note, meta, extra)
    marked = list(_marked_statuses(note, extra))
    if written is None and not marked:
        return "none", None, 0
    # A marker added when a record was retired says more than the Status it was accepted with.
    readings = [*([written] if written else []), *marked]
    chosen = readings[_strongest([reading for _, reading, _ in readings])]
    form = written[0] if written is not None and chosen[1].status == written[1].status else chosen[0]
    return form, chosen[1], chosen[2]


def _written_status(
    note: Note, meta: Mapping[str, tuple[int, str]], extra: Mapping[str, str] | None
) -> tuple[str, DecisionStatus, int] | None:
    """The status of a `## Status` section, else of a `Status:` line, else of a status table."""
    lines = [(number, line) for number, line in section_lines(note, "status") if line.strip()]
    if lines:
        readings = [normalise_status(line, extra) for _, line in lines]
        index = _strongest(readings)
        return "section", _with_qualifier(readings, index), lines[index][0]
    if "status" in meta:
        line, value = meta["status"]
        return "line", normalise_status(value, extra), line
    table = table_status(mask(note.body).split("\n"))
    if table is not None:
        return "table", normalise_status(table[1], extra), table[0] + note.body_line
    return None


def _marked_statuses(
    note: Note, extra: Mapping[str, str] | None
) -> Iterator[tuple[str, DecisionStatus, int]]:
    """Statuses marked in the title (`[superseded]`) or by an admonition or callout."""
    declared = note.frontmatter.get("title")
    titles = [str(declared)] if isinstance(declared, str) else []
    titles += [(h.text) for h in note.headings if h.level == 1][:1]
    for title in titles:
        words, _ = title_marker(title)
        if words is not None:
            heading = next((h.line for h in note.headings if h.level == 1 and h.text == title), 0)
            yield "title", normalise_status(words, extra), heading
            break
    for index, words, _ in admonitions(mask(note.body).split("\n")):
        yield "admonition", normalise_status(words, extra), index + note.body_line


def _strongest(readings: list[DecisionStatus]) -> int:
    """Which of a `## Status` section's lines states the status: the one furthest along the
    life of a decision (`Accepted` then `Superseded by …` is superseded), the first line when
    none maps to the vocabulary."""
    known = [index for index, reading in enumerate(readings) if reading.status is not None]
    if not known:
        return 0
    return max(known, key=lambda index: STATUSES.index(str(readings[index].status)))


def _with_qualifier(readings: list[DecisionStatus], index: int) -> DecisionStatus:
    """The chosen line's status, qualified by another line of the same status (`Accepted` then
    `Amended by …` is accepted, amended)."""
    chosen = readings[index]
    if chosen.qualifier is not None or chosen.status is None:
        return chosen
    others = (r.qualifier for r in readings if r.status == chosen.status and r.qualifier is not None)
    return DecisionStatus(chosen.status, next(others, None), chosen.written)


def _meta_lines(note: Note) -> Iterator[tuple[str, tuple[int, str]]]:
    """`Key: value` lines (plain, bulleted or bold) for the keys records write that way, by
    lower-case key, first one first: adr-tools writes `Date:`, MADR 2 and log4brains
    `- Status:`, `- Deciders:`."""
    seen: set[str] = set()
    for offset, line in enumerate(mask(note.body).split("\n")):
        found = _META_LINE.match(line) if ":" in line else None
        if found is None:
            continue
        key = " ".join(found.group("key").lower().split())
        if key in _META_KEYS and key not in seen:
            seen.add(key)
            yield key, (offset + note.body_line, found.group("value").strip("* "))


def section_lines(note: Note, name: str) -> Iterator[tuple[int, str]]:
    """The file line number and text of each line under the first heading `name` (any case),
    up to the next heading of the same or a higher level; code and comments blanked out."""
    index = next((i for i, h in enumerate(note.headings) if h.text.strip().lower() == name), None)
    if index is None:
        return
    heading = note.headings[index]
    end = next((h.line for h in note.headings[index + 1 :] if h.level <= heading.level), None)
    lines = mask(note.body).split("\n")
    stop = len(lines) if end is None else end - note.body_line
    for offset in range(heading.line - note.body_line + 1, stop):
        yield offset + note.body_line, lines[offset]


# --- relations ---------------------------------------------------------------------------------


def decision_links(note: Note, record: DecisionRecord) -> tuple[Link, ...]:
    """The note's links, those on status and links lines given the relation the line names,
    plus links written inside a `status:` property and `ADR-0005` references by number."""
    named = dict(_named_relations(note, record))
    links = []
    for link in note.links:
        relation = named.get((link.line, link.target))
        if relation is not None and link.key is None:
            links.append(_with_relation(link, relation))
        elif link.key in _STATUS_KEYS:
            links.append(
                _with_relation(link, _phrase_relation(text(note.frontmatter.get("status"))) or "status")
            )
        else:
            links.append(link)
    links.extend(_property_status_links(note))
    links.extend(_number_references(note, record))
    return tuple(links)


def _with_relation(link: Link, relation: str) -> Link:
    return Link(
        link.kind, link.target, link.line, link.alias, link.heading, link.block, relation, link.attributes
    )


def _named_relations(note: Note, record: DecisionRecord) -> Iterator[tuple[tuple[int, str], str]]:
    """((file line, link target), relation) for links on lines that name their relation."""
    for number, line in _relation_lines(note, record):
        relation = _line_relation(line)
        if relation is None:
            continue
        for found in _links_in(line):
            yield (number, found.target), relation


def _relation_lines(note: Note, record: DecisionRecord) -> Iterator[tuple[int, str]]:
    for section in _RELATION_SECTIONS:
        yield from section_lines(note, section)
    lines = mask(note.body).split("\n")
    for _, _, inside in admonitions(lines):
        for index in inside:
            yield index + note.body_line, lines[index].lstrip(" >")
    if record.status_form == "line":
        body = note.body.split("\n")
        yield record.status_line, body[record.status_line - note.body_line]


def _relation_words(line: str) -> str:
    """A status or links line without its bullet, emphasis and `Status:` key."""
    words = line.strip().lstrip("-*+ ").replace("*", "").strip()
    key, colon, rest = words.partition(":")
    return rest.strip() if colon and key.strip().lower() == "status" else words


def _line_relation(line: str) -> str | None:
    """The relation a line like `Superseded by [6. X](0006-x.md)`, `- Status: superseded by …` or
    `Clarifies [[0002-x]]` names, from the words before its first link."""
    words = _relation_words(line)
    first = next(iter(_links_in(words)), None)
    if first is None:
        return None
    lead = " ".join(words[: first.start].lower().split())
    known = _phrase_relation(lead) or _ending_relation(lead)
    if known is not None:
        return known
    if not lead or len(lead.split()) > _MAX_RELATION_WORDS or normalise_status(lead).status is not None:
        return None
    return "_".join(re.findall(r"[a-z]+", lead)) or None  # adr-tools `adr link`: Clarifies, …


def _ending_relation(lead: str) -> str | None:
    """The relation a sentence names just before its link: "This ADR has been superseded by"."""
    best = max((p for p in RELATION_PHRASES if lead.endswith(" " + p)), key=len, default=None)
    return None if best is None else RELATION_PHRASES[best]


def _phrase_relation(words: str) -> str | None:
    lead = " ".join(words.lower().replace("*", "").split())
    best = max((p for p in RELATION_PHRASES if lead.startswith(p)), key=len, default=None)
    return None if best is None else RELATION_PHRASES[best]


def _links_in(line: str) -> list[LinkText]:
    return sorted([*find_wikilinks(line), *find_markdown_links(line)], key=lambda found: found.start)


def _property_status_links(note: Note) -> Iterator[Link]:
    """MADR 3: `status: superseded by [ADR-0005](0005-x.md)` is a Markdown link in a property,
    which Obsidian does not read as a link, but the record means one."""
    declared = note.frontmatter.get("status")
    if not isinstance(declared, str):
        return
    relation = _phrase_relation(declared)
    if relation is None:
        return
    for found in find_markdown_links(declared):
        yield Link(found.kind, found.target, 0, found.alias, found.heading, found.block, relation)


def _number_references(note: Note, record: DecisionRecord) -> Iterator[Link]:
    """MADR 4: `superseded by ADR-0005`, a reference by number without a link."""
    for line, written in _status_texts(note, record):
        relation = _phrase_relation(written)
        if relation is None or _links_in(written):
            continue
        for found in _NUMBER_REFERENCE.finditer(written):
            yield Link(LinkKind.NUMBER, found.group(0), line, None, None, None, relation)


def _status_texts(note: Note, record: DecisionRecord) -> Iterator[tuple[int, str]]:
    declared = note.frontmatter.get("status")
    if isinstance(declared, str):
        yield 0, declared
    elif record.status_form in ("section", "line"):
        for number, line in _relation_lines(note, record):
            if line.strip():
                yield number, _relation_words(line)


def referenced_number(link: Link) -> int | None:
    """The ADR number a by-number reference (`ADR-0005`) names."""
    found = _NUMBER_REFERENCE.search(link.target)
    return int(found.group(1)) if found and link.kind is LinkKind.NUMBER else None
