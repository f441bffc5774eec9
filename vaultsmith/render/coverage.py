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
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

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


def measure(markdown: str) -> Coverage:
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
