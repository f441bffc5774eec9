"""codec: a parsed note (and its diagnostics) as JSON text, and back.

The parse cache and the worker processes of a parallel parse both carry notes as JSON: plain
data that cannot run code when it is read back, unlike pickle. Records are stored as positional
lists in dataclass field order; `SCHEMA` changes whenever those fields do, so text written for
other fields is never read as these.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import operator
from typing import Any

from vaultsmith.diagnostics import Diagnostic, Severity
from vaultsmith.vault.note import Heading, Link, LinkKind, Note
from vaultsmith.vault.parse import ParseResult

_NOTE_FIELDS = tuple(f.name for f in dataclasses.fields(Note))
_note_values = operator.attrgetter(*_NOTE_FIELDS)
_LINKS, _HEADINGS, _TAGS = (_NOTE_FIELDS.index(name) for name in ("links", "headings", "tags"))
_LINK_FIELDS = Link._fields
_HEADING_FIELDS = Heading._fields
_DIAGNOSTIC_FIELDS = tuple(f.name for f in dataclasses.fields(Diagnostic))

SCHEMA = hashlib.sha256(
    repr((_NOTE_FIELDS, _LINK_FIELDS, _HEADING_FIELDS, _DIAGNOSTIC_FIELDS)).encode()
).hexdigest()[:12]

# Calling the enum by value is slow enough to matter over a hundred thousand links.
_LINK_KINDS = {kind.value: kind for kind in LinkKind}
_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), check_circular=False)


class CodecError(ValueError):
    """The text is not a note this version of the codec wrote."""


def encode(result: ParseResult) -> str:
    """One JSON text for a parsed note and its diagnostics. Raises ValueError or TypeError for a
    note that JSON cannot carry exactly (the caller then simply does not cache it)."""
    # Links and headings are named tuples, and a link's kind a str enum: JSON writes them as the
    # rows and strings `decode` reads, with no copy made here.
    diagnostics = [[getattr(d, f) for f in _DIAGNOSTIC_FIELDS] for d in result.diagnostics]
    return _ENCODER.encode([_note_values(result.note), diagnostics])


def decode(text: str) -> ParseResult:
    """The parsed note `encode` wrote. Raises CodecError for anything else."""
    try:
        values, diagnostics = json.loads(text)
        if len(values) != len(_NOTE_FIELDS):
            raise ValueError(f"{len(values)} fields, not {len(_NOTE_FIELDS)}")
        values[_LINKS] = tuple([_link(*row) for row in values[_LINKS]])
        values[_HEADINGS] = tuple([Heading(*row) for row in values[_HEADINGS]])
        values[_TAGS] = tuple(values[_TAGS])
        note = Note(*values)
        problems = tuple([_diagnostic(row) for row in diagnostics]) if diagnostics else ()
    except (ValueError, TypeError, KeyError) as bad:
        raise CodecError(f"not a cached note: {bad}") from None
    return ParseResult(note, problems)


def _link(
    kind: str,
    target: str,
    line: int,
    alias: str | None,
    heading: str | None,
    block: str | None,
    key: str | None,
    pairs: list[list[str]],
) -> Link:
    """A link from its row; JSON gives the (name, value) attribute pairs, its last field, back
    as lists."""
    attributes = tuple((str(name), str(value)) for name, value in pairs) if pairs else ()
    return Link(_LINK_KINDS[kind], target, line, alias, heading, block, key, attributes)


def _diagnostic(row: list[Any]) -> Diagnostic:
    fields = dict(zip(_DIAGNOSTIC_FIELDS, row, strict=True))
    fields["severity"] = Severity(fields["severity"])
    return Diagnostic(**fields)
