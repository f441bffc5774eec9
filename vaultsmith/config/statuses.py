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
