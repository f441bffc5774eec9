"""Markdown text that Obsidian does not read as links or tags: code and comments.

`mask` blanks those spans out with spaces (newlines kept), so offsets and line numbers in the
masked text are the same as in the original, and link or tag patterns run over it safely.
"""

from __future__ import annotations

import bisect
import functools
import re

_FENCE_OPEN = re.compile(r"`{3,}|~{3,}")
# Starts with a literal backtick: written `+, `re` tried every position (15 times slower).
_TICKS = re.compile(r"``*")
# A blank line (empty, or only spaces, as masked fence lines are) ends a paragraph.
_BLANK_LINE = re.compile(r"\n[ \t]*(?=\n)")


REMEMBERED_LENGTH = 65536  # characters: a longer text is masked afresh each time, not kept alive


def mask(text: str) -> str:
    """`text` with fenced code, inline code spans, `%% comments %%` and `<!-- HTML comments -->`
    replaced by spaces.
    (Remembered for the last few texts, when short: an ADR's body is read several ways, each
    masked; a huge note is not held in memory for it.)"""
    if len(text) > REMEMBERED_LENGTH:
        return _mask(text)
    return _remembered(text)


def _mask(text: str) -> str:
    return _mask_inline(_mask_html_comments(_mask_fences(text)))


_remembered = functools.lru_cache(maxsize=16)(_mask)


def _blank(text: str) -> str:
    return "\n".join(" " * len(line) for line in text.split("\n"))  # newlines stay, all else a space


def _mask_fences(text: str) -> str:
    if "```" not in text and "~~~" not in text:
        return text  # no line can open a fence
    pieces: list[str] = []
    copied = 0  # text before this is in `pieces`
    fence: str | None = None
    opened = 0  # where the line that opened `fence` starts
    for start in _fence_lines(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        # A fence may sit inside a container: a callout or quote (`> `), or a list item (indented).
        content = text[start:end].lstrip(" \t>")
        if fence is None:
            fence = _opened_fence(content)
            opened = start
            continue
        stripped = content.rstrip()
        if stripped.startswith(fence) and set(stripped) == {fence[0]}:
            pieces += [text[copied:opened], _blank(text[opened:end])]
            copied, fence = end, None
    if fence is not None:  # an unclosed fence runs to the end of the note, as in CommonMark
        pieces += [text[copied:opened], _blank(text[opened:])]
        copied = len(text)
    pieces.append(text[copied:])
    return "".join(pieces)


def _fence_lines(text: str) -> list[int]:
    """Where each line starts whose content (after indentation and `>`s) starts with ``` or ~~~:
    the only lines that can open or close a fence. Found with `str.find`, not line by line."""
    starts: set[int] = set()
    for marker in ("```", "~~~"):
        at = text.find(marker)
        while at >= 0:
            start = text.rfind("\n", 0, at) + 1
            if not text[start:at].strip(" \t>"):
                starts.add(start)
            line_end = text.find("\n", at)
            at = -1 if line_end < 0 else text.find(marker, line_end)
    return sorted(starts)


def _opened_fence(content: str) -> str | None:
    """The fence marker `content` opens a code block with, or None."""
    opened = _FENCE_OPEN.match(content)
    if opened is None:
        return None
    marker = opened.group()
    # A backtick fence whose info string holds a backtick is not a fence (CommonMark).
    if marker[0] == "`" and "`" in content[opened.end() :]:
        return None
    return marker


def _mask_html_comments(text: str) -> str:
    """`<!-- … -->` blanked out: what a comment holds (often an example or a placeholder) is not
    part of the note. An unclosed `<!--` is text."""
    if "<!--" not in text:
        return text
    pieces: list[str] = []
    position = 0
    while (start := text.find("<!--", position)) >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            break
        pieces += [text[position:start], _blank(text[start : end + 3])]
        position = end + 3
    pieces.append(text[position:])
    return "".join(pieces)


def _mask_inline(text: str) -> str:
    if "`" not in text and "%%" not in text:
        return text  # nothing to mask
    pieces: list[str] = []
    position = 0
    breaks: list[int] | None = None  # made when the first backtick is met
    runs: dict[int, list[int]] = {}
    openers = _Openers(text)
    while (start := openers.next(position)) < len(text):
        end: int | None
        if text.startswith("%%", start):
            opened, end = start + 2, _comment_end(text, start + 2)
        else:
            if breaks is None:
                breaks = [found.start() for found in _BLANK_LINE.finditer(text)]
                runs = _backtick_runs(text)
            opened = _TICKS.match(text, start).end()  # type: ignore[union-attr]  # a backtick is there
            end = _code_end(text, start, opened, breaks, runs)
        if end is None:
            pieces.append(text[position:opened])
            position = opened
            continue
        pieces.append(text[position:start])
        pieces.append(_blank(text[start:end]))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


class _Openers:
    """Where the next backtick or `%%` at or after a position is (the text's length when there
    is none). Each is searched for with `str.find`, and again only once passed: a regex for
    either (`` `+|%% ``) tries every position, and searching again for one that is not there
    is quadratic."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tick = self.comment = -1  # not searched for yet

    def next(self, position: int) -> int:
        if self.tick < position:
            self.tick = self._find("`", position)
        if self.comment < position:
            self.comment = self._find("%%", position)
        return min(self.tick, self.comment)

    def _find(self, wanted: str, position: int) -> int:
        found = self.text.find(wanted, position)
        return len(self.text) if found < 0 else found


def _backtick_runs(text: str) -> dict[int, list[int]]:
    """Where each run of backticks starts, by the run's length. A code span closes at the next run
    as long as its opener: looked up here, not searched for, because searching the rest of the
    paragraph once per opener is quadratic (runs of 1, 2, 3, … backticks that never close)."""
    runs: dict[int, list[int]] = {}
    for found in _TICKS.finditer(text):
        runs.setdefault(found.end() - found.start(), []).append(found.start())
    return runs


def _comment_end(text: str, opened: int) -> int:
    close = text.find("%%", opened)
    return len(text) if close < 0 else close + 2  # an unclosed comment runs to the end


def _code_end(
    text: str, start: int, opened: int, breaks: list[int], runs: dict[int, list[int]]
) -> int | None:
    """Where the code span whose opening backticks run from `start` to `opened` ends, or None
    when they are literal text. `breaks` are the offsets of the blank lines that end
    paragraphs, in order."""
    ticks = opened - start
    following = bisect.bisect_left(breaks, opened)
    limit = breaks[following] if following < len(breaks) else len(text)
    same = runs.get(ticks, [])
    closer = bisect.bisect_left(same, opened)
    if closer == len(same) or same[closer] + ticks > limit:
        return None
    return same[closer] + ticks
