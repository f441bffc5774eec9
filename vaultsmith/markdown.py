"""Markdown text that Obsidian does not read as links or tags: code and comments.

`mask` blanks those spans out with spaces (newlines kept), so offsets and line numbers in the
masked text are the same as in the original, and link or tag patterns run over it safely.
"""

from __future__ import annotations

import re

_FENCE_OPEN = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_INLINE_OR_COMMENT = re.compile(r"`+|%%")


def mask(text: str) -> str:
    """`text` with fenced code, inline code spans and `%% comments %%` replaced by spaces."""
    return _mask_inline(_mask_fences(text))


def _blank(text: str) -> str:
    return "".join("\n" if char == "\n" else " " for char in text)


def _mask_fences(text: str) -> str:
    out: list[str] = []
    fence: str | None = None
    for line in text.split("\n"):
        if fence is None:
            opened = _FENCE_OPEN.match(line)
            if opened:
                marker = opened.group(1)
                # A backtick fence whose info string holds a backtick is not a fence.
                if not (marker[0] == "`" and "`" in line[opened.end() :]):
                    fence = marker
                    out.append(_blank(line))
                    continue
            out.append(line)
            continue
        out.append(_blank(line))
        stripped = line.strip()
        if stripped.startswith(fence) and set(stripped) == {fence[0]}:
            fence = None
    return "\n".join(out)


def _mask_inline(text: str) -> str:
    pieces: list[str] = []
    position = 0
    while True:
        found = _INLINE_OR_COMMENT.search(text, position)
        if found is None:
            break
        start = found.start()
        end = _span_end(text, found)
        if end is None:
            pieces.append(text[position : found.end()])
            position = found.end()
            continue
        pieces.append(text[position:start])
        pieces.append(_blank(text[start:end]))
        position = end
    pieces.append(text[position:])
    return "".join(pieces)


def _span_end(text: str, opener: re.Match[str]) -> int | None:
    """Where the code span or comment opened by `opener` ends, or None if it is literal text."""
    if opener.group() == "%%":
        close = text.find("%%", opener.end())
        return len(text) if close < 0 else close + 2  # an unclosed comment runs to the end
    ticks = len(opener.group())
    paragraph_end = text.find("\n\n", opener.end())
    limit = len(text) if paragraph_end < 0 else paragraph_end
    closer = re.compile(rf"(?<!`)`{{{ticks}}}(?!`)")
    closing = closer.search(text, opener.end(), limit)
    return None if closing is None else closing.end()
