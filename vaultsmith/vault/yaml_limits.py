"""yaml_limits: which frontmatter may reach the YAML loader, and its values as plain data.

PyYAML's C loader builds nested values by recursion in C: frontmatter nested some tens of
thousands of levels deep (`[[[[…` or, on a single line, `- - - - …`) overflows the C stack and
kills the whole process with a segmentation fault, which no `except` can catch. Aliases let a
few lines stand for billions of values (merge keys `<<: *a` expand them inside the loader), and
the loader takes quadratic time over a long sexagesimal number such as `1:59:59:…`.

So before loading, the text is walked as a stream of parse events (libyaml's parser keeps its
state on the heap, so the walk is safe at any depth) and refused when it nests too deep, would
expand to too many values, or holds a huge number. Most frontmatter is shown harmless without
the walk: every collection YAML can open is opened by one of `[ { - ? :`, so text with few of
them cannot nest deep, and text without `&` has no anchor for an alias to repeat.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

import yaml

MAX_BYTES = 512 * 1024
MAX_DEPTH = 64
MAX_VALUES = 200_000
MAX_NUMBER_CHARS = 1000  # a plain scalar longer than this that YAML reads as a number
MAX_INTEGER_BITS = 13_000  # about 3,900 decimal digits: Python refuses to print more than 4,300

_OPENERS = "[{-?:"
_EVENTS_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_RESOLVER = yaml.resolver.Resolver()
_NUMBER_TAGS = frozenset({"tag:yaml.org,2002:int", "tag:yaml.org,2002:float"})


@dataclass(frozen=True, slots=True)
class Refusal:
    """Why frontmatter must not be loaded; `line` is 0-based within the frontmatter text."""

    line: int
    reason: str


def refusal(raw: str) -> Refusal | None:
    """Why the frontmatter text `raw` must not reach the YAML loader, or None when it may."""
    if len(raw) > MAX_BYTES:
        return Refusal(0, f"frontmatter is larger than {MAX_BYTES // 1024} KiB; it is ignored")
    if "&" not in raw and sum(raw.count(opener) for opener in _OPENERS) <= MAX_DEPTH:
        return None
    try:
        return _walk(raw)
    except yaml.YAMLError as error:
        # Newer libyaml scanners stop deep flow nesting themselves (PyYAML 6.0.4: at 1,000 levels),
        # reading ahead before the walk sees a single event. Such text is refused for its depth, as
        # the walk refuses it with a libyaml that does not stop: one input, one outcome.
        return _flow_too_deep(raw, getattr(error, "problem_mark", None))


def _walk(raw: str) -> Refusal | None:
    sizes: dict[str, int] = {}  # anchor -> how many values it stands for, expanded
    frames: list[list[Any]] = []  # open collections: [anchor, values so far]
    top = 0
    for event in yaml.parse(raw, Loader=_EVENTS_LOADER):
        if isinstance(event, yaml.CollectionStartEvent):
            if len(frames) >= MAX_DEPTH:
                return Refusal(_line(event), _DEEP)
            frames.append([event.anchor, 1])
            continue
        if isinstance(event, yaml.CollectionEndEvent):
            anchor, size = frames.pop()
        elif isinstance(event, yaml.ScalarEvent):
            if _huge_number(event):
                return Refusal(_line(event), _HUGE_NUMBER)
            anchor, size = event.anchor, 1
        elif isinstance(event, yaml.AliasEvent):
            if any(frame[0] == event.anchor for frame in frames):
                return Refusal(_line(event), _SELF)  # `&x [*x]`: a value that contains itself
            anchor, size = None, sizes.get(event.anchor or "", 1)
        else:
            continue
        if anchor:
            sizes[anchor] = size
        if frames:
            frames[-1][1] += size
            total = frames[-1][1]
        else:
            top += size
            total = top
        if total > MAX_VALUES:
            return Refusal(_line(event), _TOO_MANY)
    return None


def _flow_too_deep(raw: str, mark: Any) -> Refusal | None:
    """A refusal when `[` and `{` open more than MAX_DEPTH levels before the loader's error.

    Only text the loader already rejects comes here, so the count need not know YAML's quoting:
    a bracket inside a quoted string can at worst turn a `broken-frontmatter` into a refusal."""
    end = len(raw) if mark is None else _offset(raw, int(mark.line), int(mark.column))
    depth = line = 0
    for char in raw[:end]:
        if char in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return Refusal(line, _DEEP)
        elif char in "]}":
            depth = max(0, depth - 1)
        elif char == "\n":
            line += 1
    return None  # a real syntax error: the loader reports it, naming its line


def _offset(raw: str, line: int, column: int) -> int:
    start = 0
    for _ in range(line):
        start = raw.find("\n", start) + 1
        if start == 0:
            return len(raw)
    return min(len(raw), start + column + 1)


def _huge_number(event: yaml.ScalarEvent) -> bool:
    if len(event.value) <= MAX_NUMBER_CHARS:
        return False  # short numbers are cheap
    if event.tag in _NUMBER_TAGS:
        return True  # `!!int "1:59:…"`
    if not event.implicit[0]:
        return False  # quoted: a string
    tag = _RESOLVER.resolve(yaml.ScalarNode, event.value, (True, False))  # type: ignore[no-untyped-call]
    return tag in _NUMBER_TAGS


def _line(event: yaml.Event) -> int:
    return 0 if event.start_mark is None else int(event.start_mark.line)


_DEEP = f"frontmatter is nested deeper than {MAX_DEPTH} levels; it is ignored"
_TOO_MANY = f"frontmatter would expand to more than {MAX_VALUES} values through YAML aliases; it is ignored"
_SELF = "frontmatter holds a value that contains itself (a YAML alias inside its own anchor); it is ignored"
_HUGE_NUMBER = f"frontmatter holds a number longer than {MAX_NUMBER_CHARS} characters; it is ignored"


def plain(value: Any) -> Any:
    """Loaded YAML as plain JSON-like data: dates become ISO strings, keys strings.

    Raises ValueError for a value that contains itself (an alias inside its own anchor), one
    with more values than the limit, or an integer too long to print."""
    return _Plain().convert(value)


class _Plain:
    def __init__(self) -> None:
        self.left = MAX_VALUES

    def convert(self, value: Any, depth: int = 0) -> Any:
        self.left -= 1
        if self.left < 0:
            raise ValueError(f"it holds more than {MAX_VALUES} values")
        if depth > MAX_DEPTH:
            raise ValueError(f"it is nested deeper than {MAX_DEPTH} levels")
        if isinstance(value, dict):
            return {str(key): self.convert(item, depth + 1) for key, item in value.items()}
        if isinstance(value, list | tuple | set):
            return [self.convert(item, depth + 1) for item in value]
        if isinstance(value, dt.date | dt.datetime | dt.time):
            return value.isoformat()
        if isinstance(value, bytes):
            return value.decode("utf-8", errors="replace")
        if isinstance(value, int) and value.bit_length() > MAX_INTEGER_BITS:
            raise ValueError("it holds a number too long to show")
        return value
