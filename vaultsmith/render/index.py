"""The SDD index: one generated note listing every system with its SDD, coverage, gaps and
open decisions, the hub of Obsidian's graph view."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from vaultsmith.model.ref import Ref
from vaultsmith.render.coverage import Coverage
from vaultsmith.sdd.design import SddDocument
from vaultsmith.sdd.naming import BASE_NAME, base_path

INDEX_NAME = "Index.md"


@dataclass(frozen=True, slots=True)
class IndexEntry:
    system: Ref
    sdd: Ref
    template: str
    owner: str
    status: str
    coverage: Coverage | None  # None when the SDD could not be rendered this time
    open_decisions: tuple[Ref, ...]  # proposed ADRs
    canvas: Ref | None = None  # the system's canvas, when canvases are written
    register: str = ""  # its view of the ADR register (`SDD/Decisions.base#<view>`)
    decisions: tuple[str, ...] = ()  # the paths of its ADRs, which that view lists


@dataclass(frozen=True, slots=True)
class SddIndex:
    path: str
    entries: tuple[IndexEntry, ...]
    register: Ref | None = None  # the ADR register (SDD/Decisions.base)

    @property
    def canvases(self) -> bool:
        return any(e.canvas is not None for e in self.entries)

    @property
    def gaps(self) -> int:
        return sum(e.coverage.gaps for e in self.entries if e.coverage is not None)

    @property
    def coverage(self) -> float:
        """The mean coverage of the SDDs rendered, 0 when there are none."""
        shares = [e.coverage.share for e in self.entries if e.coverage is not None]
        return round(sum(shares) / len(shares), 2) if shares else 0.0


def index_path(output: str) -> str:
    return f"{output}/{INDEX_NAME}"


def index_entry(document: SddDocument, coverage: Coverage | None) -> IndexEntry:
    """What the index shows of one system's SDD."""
    return IndexEntry(
        system=document.system,
        sdd=Ref(document.output_path.rpartition("/")[2].removesuffix(".md"), document.output_path),
        template=document.template,
        owner=document.owner,
        status=document.status,
        coverage=coverage,
        open_decisions=tuple(d.ref for d in document.decisions if d.status == "proposed"),
        canvas=document.canvas,
        register=document.register,
        decisions=tuple(d.ref.path for d in document.decisions if d.ref.path is not None),
    )


def sdd_index(output: str, entries: Iterable[IndexEntry]) -> SddIndex:
    ordered = sorted(entries, key=lambda e: (e.system.name.lower(), e.system.path or ""))
    register = Ref(BASE_NAME, base_path(output)) if ordered else None
    return SddIndex(index_path(output), tuple(ordered), register)
