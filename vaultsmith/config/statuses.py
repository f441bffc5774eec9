"""One status vocabulary for decisions, whatever words an ADR was written with."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

STATUSES = ("proposed", "accepted", "rejected", "deprecated", "superseded")

# Phrase (as written, lower case) -> (status, qualifier). Longest phrase wins.
_VOCABULARY: Mapping[str, tuple[str, str | None]] = {
    "proposed": ("proposed", None),
    "draft": ("proposed", None),
    "open": ("proposed", None),
    "pending": ("proposed", None),
    "in review": ("proposed", None),
    "in progress": ("proposed", None),
    "under review": ("proposed", None),
    "under discussion": ("proposed", None),
    "rfc": ("proposed", None),
    "on hold": ("proposed", "on hold"),
    "postponed": ("proposed", "on hold"),
    "deferred": ("proposed", "on hold"),
    "paused": ("proposed", "on hold"),
    "accepted": ("accepted", None),
    "approved": ("accepted", None),
    "adopted": ("accepted", None),
    "agreed": ("accepted", None),
    "decided": ("accepted", None),
    "done": ("accepted", None),
    "implemented": ("accepted", None),
    "amended": ("accepted", "amended"),
    "amended by": ("accepted", "amended"),
    "rejected": ("rejected", None),
    "declined": ("rejected", None),
    "withdrawn": ("rejected", None),
    "deprecated": ("deprecated", None),
    "obsolete": ("deprecated", None),
    "retired": ("deprecated", None),
    "superseded": ("superseded", None),
    "superseded by": ("superseded", None),
    "superceded": ("superseded", None),  # adr-tools spelled it so for years
    "superceded by": ("superseded", None),
    "replaced": ("superseded", None),
    "replaced by": ("superseded", None),
    "partly superseded": ("superseded", "partly superseded"),
    "partially superseded": ("superseded", "partly superseded"),
    "partly superceded": ("superseded", "partly superseded"),
}

_EMPHASIS = re.compile(r"[*_~`=]+")
_DECORATION = re.compile(r"^[\s>*_\-+•`~:]+|[\s*_`~.:]+$")


@dataclass(frozen=True, slots=True)
class DecisionStatus:
    status: str | None  # one of STATUSES, or None when the words map to nothing
    qualifier: str | None
    written: str  # the words as the ADR has them


def normalise_status(written: str, extra: Mapping[str, str] | None = None) -> DecisionStatus:
    """Map status words to the vocabulary. `extra` (from config) maps more phrases to statuses."""
    text = _DECORATION.sub("", written.strip()).strip()
    words = _words(text)
    vocabulary = dict(_VOCABULARY)
    for phrase, status in (extra or {}).items():
        vocabulary[phrase.lower()] = (status.lower(), None)
    best: tuple[str, str | None] | None = None
    best_length = -1
    for phrase, meaning in vocabulary.items():
        if _starts_with(words, phrase) and len(phrase) > best_length:
            best, best_length = meaning, len(phrase)
    if best is None:
        return DecisionStatus(None, None, text)
    return DecisionStatus(best[0], best[1], text)


def _words(text: str) -> str:
    """Lower-case words without Markdown emphasis, so `**Accepted** on 5 May` reads as words."""
    words = re.sub(r"\s+", " ", _EMPHASIS.sub("", text.lower()))
    return re.sub(r"^[^\w]+", "", words)


def _starts_with(words: str, phrase: str) -> bool:
    """Whether `words` begin with the whole phrase: `accepted;` does, `acceptedish` does not."""
    return words.startswith(phrase) and not words[len(phrase) : len(phrase) + 1].isalnum()


def in_force(status: str | None, qualifier: str | None = None) -> bool:
    """Whether a decision still holds: accepted (amended or not), or only partly superseded."""
    return status == "accepted" or (status == "superseded" and qualifier == "partly superseded")


# --- status written in the text, not in a property or a Status section --------------------------

# `[superseded]` in a title: Backstage marks retired records so (`ADR013: [superseded] …`).
_TITLE_MARKER = re.compile(r"\s*\[(?P<words>[A-Za-z][A-Za-z ]*?)\]\s*")
# A Docusaurus admonition (`:::note Superseded`) or an Obsidian callout (`> [!warning] Deprecated`)
# whose title is a status.
_ADMONITION = re.compile(r"^\s*:::\s*[A-Za-z]+\s+(?P<title>[^\n{]*?)\s*$")
_CALLOUT = re.compile(r"^\s*>\s*\[!\s*[A-Za-z-]+\s*\][+-]?\s*(?P<title>.*?)\s*$")
_STATUS_LABEL = re.compile(r"^\s*status\s*:\s*", re.IGNORECASE)  # `> [!note] Status: Superseded`
_TABLE_ROW = re.compile(r"^\s*\|(?P<cells>.*)\|\s*$")
_TABLE_RULE = re.compile(r"^[\s|:\-]+$")


def title_marker(title: str) -> tuple[str | None, str]:
    """(the status words of a `[superseded]` marker, the title without it); (None, title) when
    the title holds no marker naming a status."""
    for found in _TITLE_MARKER.finditer(title):
        if normalise_status(found.group("words")).status is not None:
            cleaned = (title[: found.start()] + " " + title[found.end() :]).strip()
            return found.group("words"), " ".join(cleaned.split())
    return None, title


def admonitions(lines: list[str]) -> list[tuple[int, str, list[int]]]:
    """(index of its first line, status words of its title, indexes of its body lines) for each
    admonition or callout whose title is a status."""
    found = []
    for index, line in enumerate(lines):
        docusaurus = _ADMONITION.match(line)
        callout = None if docusaurus else _CALLOUT.match(line)
        opened = docusaurus or callout
        title = _STATUS_LABEL.sub("", opened.group("title")) if opened is not None else ""
        if opened is None or normalise_status(title).status is None:
            continue
        body = []
        for later in range(index + 1, len(lines)):
            text = lines[later]
            if docusaurus and text.strip().startswith(":::"):
                break
            if callout and not text.lstrip().startswith(">"):
                break
            body.append(later)
        found.append((index, title, body))
    return found


def table_status(lines: list[str]) -> tuple[int, str] | None:
    """(line index, words) of the status a Markdown table states: a `Status` column's first
    value, or a `| Status | Open |` row."""
    header: list[str] | None = None
    for index, line in enumerate(lines):
        row = _TABLE_ROW.match(line)
        if row is None:
            header = None
            continue
        cells = [cell.strip().strip("*_ ").strip() for cell in row.group("cells").split("|")]
        if _TABLE_RULE.match(line):
            continue
        if len(cells) == 2 and cells[0].lower() == "status" and normalise_status(cells[1]).status:
            return index, cells[1]
        if header is None:
            header = [cell.lower() for cell in cells]
            continue
        if "status" in header and len(cells) == len(header) and cells[header.index("status")]:
            return index, cells[header.index("status")]
    return None
