"""A reference from generated text to a note of the vault (or to a link target no note answers)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True, order=True)
class Ref:
    """A note (or an unresolved link target, `path` None) the SDD links to."""

    name: str
    path: str | None
