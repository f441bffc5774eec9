"""Set one property in a note's frontmatter text, keeping every other byte of the note.

Used where vaultsmith must change a note a person wrote (an ADR that a new one supersedes) and
to fill a note template. The edit is checked by reading the YAML before and after: if anything
but the one property would change, nothing is changed.
"""

from __future__ import annotations

import re
from typing import Any

import yaml

from vaultsmith.errors import VaultsmithError

_DELIMITER = re.compile(r"^---[ \t]*\r?\n?$")
_LINES = re.compile(r"(?<=\n)")


def yaml_string(text: str) -> str:
    """`text` as one double-quoted YAML scalar on one line, with what YAML forbids escaped."""
    return yaml.dump(text, default_style='"', allow_unicode=True, width=2**31).rstrip("\n")


def yaml_list(items: list[str]) -> str:
    return "[" + ", ".join(yaml_string(item) for item in items) + "]"


def read_frontmatter(text: str) -> dict[str, Any]:
    """The note's properties as YAML reads them; {} when it has none."""
    lines = _lines(text.removeprefix("\ufeff"))
    end = _closing(lines)
    if end is None:
        return {}
    try:
        loaded = yaml.safe_load("".join(lines[1:end]))
    except yaml.YAMLError as bad:
        raise VaultsmithError(f"frontmatter is not valid YAML: {bad}") from bad
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        raise VaultsmithError("frontmatter is not a map of properties")
    return loaded


def set_property(text: str, key: str, value: str) -> str:
    """`text` with the top-level property `key` set to the YAML `value`: its lines replaced when
    it is there, a line added at the end of the frontmatter when not, and a frontmatter block
    added at the top when the note has none."""
    bom = "\ufeff" if text.startswith("\ufeff") else ""
    body = text.removeprefix(bom)
    before = read_frontmatter(body)
    lines = _lines(body)
    newline = "\r\n" if lines and lines[0].endswith("\r\n") else "\n"
    end = _closing(lines)
    entry = f"{key}: {value}{newline}"
    if end is None:
        edited = f"---{newline}{entry}---{newline}{body}"
    else:
        start, stop = _span(lines, end, key)
        lines[start:stop] = [entry]
        edited = "".join(lines)
    _verify(before, read_frontmatter(edited), key, value)
    return bom + edited


def _lines(text: str) -> list[str]:
    return [line for line in _LINES.split(text) if line]


def _closing(lines: list[str]) -> int | None:
    """Index of the line that closes the frontmatter, or None when there is no frontmatter."""
    if not lines or not _DELIMITER.match(lines[0]):
        return None
    for index in range(1, len(lines)):
        if _DELIMITER.match(lines[index]):
            return index
    return None


def _span(lines: list[str], end: int, key: str) -> tuple[int, int]:
    """[start, stop) of the lines holding `key` and its value; (end, end) when it is absent."""
    pattern = re.compile(rf"^[\"']?{re.escape(key)}[\"']?[ \t]*:(?:[ \t]|\r?\n|$)")
    for index in range(1, end):
        if pattern.match(lines[index]):
            stop = index + 1
            while stop < end and lines[stop][:1] in (" ", "\t", "-"):
                stop += 1
            return index, stop
    return end, end


def _verify(before: dict[str, Any], after: dict[str, Any], key: str, value: str) -> None:
    if after != {**before, key: yaml.safe_load(value)}:
        raise VaultsmithError(
            f"cannot set `{key}` without changing other properties; the note was left as it is"
        )
