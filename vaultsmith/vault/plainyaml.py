"""plainyaml: the frontmatter most notes hold, read without PyYAML, to the same values.

Almost every note's frontmatter is a map of `key: value` lines, some keys holding a list, written
`- item` line by line (the way Obsidian writes properties) or `[a, "b"]` on one line, or a few
`key: value` lines one level down. PyYAML's loader builds those values in Python, a node at a
time, and was the largest single cost of reading a vault. `load` reads exactly that shape, and
answers None for anything else (flow maps, lists in lists, deeper nesting, block scalars,
anchors, tags, escapes, comments after a value, tabs, odd characters...), which the caller then
gives to PyYAML.

For the shape it reads, the answer is what `yaml_limits.plain(yaml.safe_load(text))` gives:
plain scalars are typed by PyYAML's own resolver (YAML 1.1: `yes` and `off` are booleans, `~`
is null), and any scalar it would type other than as a string, a boolean, null, a plain decimal
integer or float, or a date makes the answer None. tests/test_plainyaml.py holds it to that on
generated text.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

_RESOLVER = yaml.resolver.Resolver()
_TYPED_FIRST = frozenset(_RESOLVER.yaml_implicit_resolvers)  # first characters of non-string scalars
_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_INT = "tag:yaml.org,2002:int"
_FLOAT_TAG = "tag:yaml.org,2002:float"
_TIMESTAMP = "tag:yaml.org,2002:timestamp"

MAX_CHARS = 64 * 1024  # longer frontmatter goes the careful way (see yaml_limits)
# What makes a text other than the simple shape, wherever it is: tabs, characters YAML does
# not allow (or read as line breaks: `\r`, U+0085, U+2028, U+2029), and a byte-order mark.
_UNSIMPLE = re.compile(
    "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
)
# Values are taken whole and their trailing spaces cut in Python: a lazy `(.*?) *` at the end of
# a pattern backtracks quadratically over a long run of spaces inside a value.
_KEY_LINE = re.compile(r"([A-Za-z_](?:[\w\- ]*[\w\-])?):(?: +(.*))?")
_ITEM_LINE = re.compile(r"( *)-(?: +(.*))?")
# One item of a one-line list and the comma after it (none: the end): a quoted scalar, or a plain
# one without what ends or complicates it in a flow (`,[]{}`, quotes, `:` and `#`; possessive,
# for the same reason, its trailing spaces cut in Python).
_FLOW_ITEM = re.compile(r""" *("[^"\\]*"|'[^']*'|[^ ,"'\[\]{}:#][^,"'\[\]{}:#]*+) *(,|\Z)""")
_DECIMAL = re.compile(r"[-+]?(?:0|[1-9][0-9]{0,17})")
_FLOAT = re.compile(r"[-+]?[0-9]+\.[0-9]+")
_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
# A plain scalar cannot start with these (indicators), and `: ` or ` #` inside one ends it.
_INDICATORS = frozenset("-?:,[]{}#&*!|>'\"%@`")


class _NotSimple(Exception):
    pass


def load(raw: str) -> dict[str, Any] | None:
    """The map the frontmatter text `raw` holds, or None when it is not of the simple shape
    (or is empty): then PyYAML must read it."""
    if len(raw) > MAX_CHARS or _UNSIMPLE.search(raw) is not None:
        return None
    try:
        return _load(raw.split("\n"))
    except _NotSimple:
        return None


def _load(lines: list[str]) -> dict[str, Any] | None:
    loaded: dict[str, Any] = {}
    entry: list[str] = []  # a key's line and the lines under it
    for line in lines:
        if not line.strip(" ") or line.lstrip(" ").startswith("#"):
            continue  # blank, or a comment
        if line.startswith((" ", "-")):
            if not entry:
                raise _NotSimple
            entry.append(line)
            continue
        if entry:
            _add(loaded, entry)
        entry = [line]
    if entry:
        _add(loaded, entry)
    return loaded or None


def _add(loaded: dict[str, Any], entry: list[str]) -> None:
    """Add one top-level key: `key: value`, or `key:` and a block list or a map under it."""
    name, value = _key(entry[0], loaded)
    under = entry[1:]
    if value:
        if under:
            raise _NotSimple  # a plain scalar continued on the next line
        loaded[name] = _value(value)
    elif not under:
        loaded[name] = None
    elif under[0].lstrip(" ").startswith("-"):
        loaded[name] = _items(under)
    else:
        loaded[name] = _map(under)


def _key(line: str, loaded: dict[str, Any]) -> tuple[str, str | None]:
    found = _KEY_LINE.fullmatch(line)
    if found is None:
        raise _NotSimple
    name = found.group(1)
    if name in loaded or _resolved(name) != _STR:
        raise _NotSimple  # a repeated key, or one YAML reads as a boolean or null
    return name, _trimmed(found.group(2))


def _items(lines: list[str]) -> list[Any]:
    """A block list: `- value` lines, all indented alike."""
    items = []
    indent = len(lines[0]) - len(lines[0].lstrip(" "))
    for line in lines:
        item = _ITEM_LINE.fullmatch(line)
        if item is None or len(item.group(1)) != indent:
            raise _NotSimple
        items.append(_scalar(_trimmed(item.group(2))))
    return items


def _map(lines: list[str]) -> dict[str, Any]:
    """A map one level down: `key: value` lines, all indented alike."""
    found: dict[str, Any] = {}
    indent = len(lines[0]) - len(lines[0].lstrip(" "))
    for line in lines:
        if len(line) - len(line.lstrip(" ")) != indent:
            raise _NotSimple
        name, value = _key(line[indent:], found)
        found[name] = _value(value) if value else None
    return found


def _value(text: str) -> Any:
    return _flow(text) if text.startswith("[") else _scalar(text)


def _flow(text: str) -> list[Any]:
    """A list written on one line: `[a, "b c", 'd']`."""
    if not text.endswith("]"):
        raise _NotSimple
    inner = text[1:-1]
    if not inner.strip(" "):
        return []
    items, position = [], 0
    while True:
        found = _FLOW_ITEM.match(inner, position)
        if found is None:
            raise _NotSimple
        items.append(_scalar(found.group(1).rstrip(" ")))
        position = found.end()
        if not found.group(2):
            return items  # the end
        if position == len(inner):
            raise _NotSimple  # a comma and nothing after it


def _trimmed(text: str | None) -> str | None:
    return None if text is None else text.rstrip(" ")


def _scalar(text: str | None) -> Any:
    """The value of one scalar written on one line (None: nothing written, YAML's null)."""
    if not text:
        return None
    first = text[0]
    if first == '"':
        if len(text) < 2 or text[-1] != '"' or '"' in text[1:-1] or "\\" in text:
            raise _NotSimple
        return text[1:-1]
    if first == "'":
        if len(text) < 2 or text[-1] != "'" or "'" in text[1:-1]:
            raise _NotSimple
        return text[1:-1]
    if first in _INDICATORS or ": " in text or " #" in text or text.endswith(":"):
        raise _NotSimple
    if first not in _TYPED_FIRST:
        return text
    return _typed(text, _resolved(text))


def _typed(text: str, tag: str) -> Any:
    if tag == _STR:
        return text
    if tag == _BOOL:
        return yaml.constructor.SafeConstructor.bool_values[text.lower()]
    if tag == _NULL:
        return None
    if tag == _INT and _DECIMAL.fullmatch(text):
        return int(text)
    if tag == _FLOAT_TAG and _FLOAT.fullmatch(text):
        return float(text)
    date = _DATE.fullmatch(text) if tag == _TIMESTAMP else None
    if date is not None:
        try:
            return dt.date(*(int(part) for part in date.groups())).isoformat()
        except ValueError:
            pass  # no such day: PyYAML says so
    raise _NotSimple  # octal, sexagesimal, exponents, times: PyYAML's own reading


def _resolved(text: str) -> str:
    """The tag PyYAML gives the plain scalar `text`; remembered, as keys and many values recur."""
    if text[0] not in _TYPED_FIRST:
        return _STR
    tag = _TAGS.get(text)
    if tag is None:
        tag = str(_RESOLVER.resolve(yaml.ScalarNode, text, (True, False)))  # type: ignore[no-untyped-call]
        if len(_TAGS) < _TAGS_KEPT:
            _TAGS[text] = tag
    return tag


_TAGS: dict[str, str] = {}
_TAGS_KEPT = 4096
