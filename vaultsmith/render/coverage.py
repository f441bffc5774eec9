"""How much of an SDD the vault backs, measured on the Markdown a style produced.

Measuring the rendered note (not a list kept beside each template) keeps the numbers true to
what a reader sees, for built-in and custom templates alike:

- a **section** is a heading of level 2 or 3 with no level-3 heading under it (deeper headings
  belong to the section above them);
- a **gap** is a callout titled `Missing…` (`> [!warning] Missing: …`) or an unticked task
  (`- [ ] …`): something still to write or decide;
- a section is **unbacked** when it shows a gap and links no note outside its gap callouts, or
  shows nothing at all; every other section is backed by vault facts;
- **coverage** is the share of backed sections, 0 to 1, rounded to two decimals.

A built-in style is measured against its seed's outline instead (`vaultsmith.sdd.outlines`):
the units are the seed's subsections (a seed section without subsections counts as one), each
found by its heading; a unit is **filled** when it links a note outside its gap callouts or
draws a diagram of the vault, and a unit whose heading is missing is not filled. Sections the
SDD adds beyond its seed (risks, vault gaps, …) are not counted; gaps are counted everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from vaultsmith.sdd.outlines import Outline, units
from vaultsmith.vault.markdown import mask

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$")
_MISSING_CALLOUT = re.compile(r"^\s*>\s*\[![\w-]+\][+-]?\s*Missing\b", re.IGNORECASE)
_UNTICKED_TASK = re.compile(r"^\s*(?:>\s*)*[-*+]\s+\[ \]\s")
_WIKILINK = re.compile(r"!?\[\[[^\]]+\]\]")
# A code block (a diagram) is shown, though blanked out for the rest of the measuring; a
# `%% comment %%` is not: Obsidian hides it.
_FENCE = re.compile(r"^[ \t>]*(?:`{3,}|~{3,})")


@dataclass(frozen=True, slots=True)
class Coverage:
    sections: int
    backed: int
    gaps: int

    @property
    def share(self) -> float:
        return round(self.backed / self.sections, 2) if self.sections else 0.0

    @property
    def percent(self) -> int:
        return round(self.share * 100)


@dataclass(frozen=True, slots=True)
class _Section:
    level: int
    title: str
    lines: tuple[str, ...]  # with code blanked out
    shown: tuple[str, ...]  # the same lines as written


def measure(markdown: str, seed: Outline | None = None) -> Coverage:
    if seed is not None:
        return _measure_seed(_body(mask(markdown)), _body(markdown), seed)
    sections = list(_leaf_sections(_body(mask(markdown)), _body(markdown)))
    gaps = 0
    backed = 0
    for section in sections:
        section_gaps, linked = _inspect(section.lines)
        gaps += section_gaps
        shows_something = any(
            masked.strip() or _FENCE.match(line)
            for masked, line in zip(section.lines, section.shown, strict=True)
        )
        if shows_something and (section_gaps == 0 or linked):
            backed += 1
    return Coverage(len(sections), backed, gaps)


def _measure_seed(lines: list[str], shown: list[str], seed: Outline) -> Coverage:
    """`lines` with code blanked out and `shown` as written: the same lines, one for one."""
    gaps, _ = _inspect(tuple(lines))
    headings = [(level, _plain_title(title), index) for level, title, index in _headings(lines)]
    wanted = units(seed)
    filled = 0
    for section, subsection in wanted:
        span = _unit_span(headings, len(lines), section, subsection)
        if span is not None:
            _, linked = _inspect(tuple(lines[span[0] : span[1]]))
            filled += linked or any(_FENCE.match(line) for line in shown[span[0] : span[1]])
    return Coverage(len(wanted), filled, gaps)


def _plain_title(title: str) -> str:
    """A heading as an outline names it: no number, `&` as "and", case-blind."""
    words = re.sub(r"^\d+(?:\.\d+)*\.?\s+", "", title).replace("&", "and").lower()
    return " ".join(words.split())


def _unit_span(
    headings: list[tuple[int, str, int]], end: int, section: str, subsection: str
) -> tuple[int, int] | None:
    """The lines of one unit of the outline: under its heading, to the next heading as high."""
    found = _find(headings, 0, len(headings), 2, _plain_title(section))
    if found is None:
        return None
    level = 2
    if subsection:
        section_end = next((i for i in range(found + 1, len(headings)) if headings[i][0] <= 2), len(headings))
        found = _find(headings, found + 1, section_end, 3, _plain_title(subsection))
        if found is None:
            return None
        level = 3
    stop = next((h[2] for h in headings[found + 1 :] if h[0] <= level), end)
    return headings[found][2] + 1, stop


def _find(headings: list[tuple[int, str, int]], start: int, stop: int, level: int, title: str) -> int | None:
    return next((i for i in range(start, stop) if headings[i][:2] == (level, title)), None)


def outline(markdown: str, level: int = 2) -> list[str]:
    """The text of every heading of `level`, in order (headings in code blocks do not count)."""
    return [title for found_level, title, _ in _headings(_body(mask(markdown))) if found_level == level]


def _body(markdown: str) -> list[str]:
    """The note's lines after its frontmatter."""
    lines = markdown.split("\n")
    if lines and lines[0] == "---":
        for index in range(1, len(lines)):
            if lines[index] == "---":
                return lines[index + 1 :]
    return lines


def _headings(lines: list[str]) -> Iterator[tuple[int, str, int]]:
    for index, line in enumerate(lines):
        found = _HEADING.match(line) if "#" in line else None  # (the test first: most lines fail it)
        if found is not None:
            yield len(found.group(1)), found.group(2).strip(), index


def _leaf_sections(lines: list[str], shown: list[str]) -> Iterator[_Section]:
    """`lines` with code blanked out and `shown` as written: the same lines, one for one."""
    units = [(level, title, index) for level, title, index in _headings(lines) if level <= 3]
    for position, (level, title, index) in enumerate(units):
        following = units[position + 1] if position + 1 < len(units) else None
        if level == 1 or (level == 2 and following is not None and following[0] == 3):
            continue
        end = following[2] if following is not None else len(lines)
        yield _Section(level, title, tuple(lines[index + 1 : end]), tuple(shown[index + 1 : end]))


def _inspect(lines: tuple[str, ...]) -> tuple[int, bool]:
    """(gaps shown, whether a note is linked outside gap callouts)."""
    gaps = 0
    linked = False
    in_gap_callout = False
    for line in lines:
        if not line.strip():
            in_gap_callout = False
            continue
        # (each pattern only where the text it needs is: most lines hold none of it)
        if "[!" in line and _MISSING_CALLOUT.match(line):
            gaps += 1
            in_gap_callout = True
            continue
        if in_gap_callout and line.lstrip().startswith(">"):
            continue
        in_gap_callout = False
        if "[ ]" in line and _UNTICKED_TASK.match(line):
            gaps += 1
        if not linked and "[[" in line and _WIKILINK.search(line):
            linked = True
    return gaps, linked
