"""parse: one file's bytes become one immutable `Note`. A pure function of (path, bytes)."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from vaultsmith import links as linksyntax
from vaultsmith.diagnostics import Diagnostic, error, warning
from vaultsmith.markdown import mask
from vaultsmith.note import Heading, Link, Note

GENERATED_KEY = "generated_by"
GENERATED_PREFIX = "vaultsmith"

MAX_FRONTMATTER_BYTES = 512 * 1024
MAX_FRONTMATTER_DEPTH = 64
MAX_FRONTMATTER_ALIASES = 256

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_TAG = re.compile(r"(?<![\w#/&\\])#([^\s#!\"$%&'()*+,.:;<=>?@\[\]^`{|}~\\]+)")
_DELIMITER = re.compile(r"^---[ \t]*$")
_YAML = YAMLHandler()


@dataclass(frozen=True, slots=True)
class ParseResult:
    note: Note
    diagnostics: tuple[Diagnostic, ...]


def parse_note(path: str, data: bytes) -> ParseResult:
    """Read one note. Never raises for bad content: problems become diagnostics."""
    problems: list[Diagnostic] = []
    text = _decode(path, data, problems)
    raw_frontmatter, body, body_line = _split_frontmatter(text)
    frontmatter: dict[str, Any] = {}
    if raw_frontmatter is not None:
        frontmatter = _load_frontmatter(path, raw_frontmatter, problems)
    masked = mask(body)
    body_links = list(_body_links(masked, body_line))
    links = [*_frontmatter_links(frontmatter, raw_frontmatter or ""), *body_links]
    note = Note(
        path=path,
        title=_title(path),
        frontmatter=frontmatter,
        body=body,
        body_line=body_line,
        links=tuple(links),
        tags=tuple(_unique([*_frontmatter_tags(frontmatter), *_body_tags(masked)])),
        headings=tuple(_headings(masked, body, body_line)),
        generated=str(frontmatter.get(GENERATED_KEY, "")).startswith(GENERATED_PREFIX),
    )
    return ParseResult(note, tuple(problems))


def _title(path: str) -> str:
    name = path.rpartition("/")[2]
    return name[:-3] if name.lower().endswith(".md") else name


def _decode(path: str, data: bytes, problems: list[Diagnostic]) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as bad:
        line = data.count(b"\n", 0, bad.start) + 1
        problems.append(
            error(
                path,
                line,
                "not-utf8",
                f"not UTF-8 (byte 0x{data[bad.start]:02x}); undecodable bytes are shown as \ufffd",
            )
        )
        text = data.decode("utf-8", errors="replace")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        problems.append(warning(path, line, "nul-byte", "NUL bytes in the note are ignored"))
        text = text.replace("\x00", "")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _split_frontmatter(text: str) -> tuple[str | None, str, int]:
    """(frontmatter text or None, body, the file line on which the body starts)."""
    lines = text.split("\n")
    if not lines or not _DELIMITER.match(lines[0]):
        return None, text, 1
    for index in range(1, len(lines)):
        if _DELIMITER.match(lines[index]):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), index + 2
    return None, text, 1  # no closing line: Obsidian shows it all as text


def _load_frontmatter(path: str, raw: str, problems: list[Diagnostic]) -> dict[str, Any]:
    refusal = _refuse_yaml(raw)
    if refusal is not None:
        problems.append(error(path, 2, "frontmatter-refused", refusal))
        return {}
    try:
        loaded = _YAML.load(raw)
    except yaml.YAMLError as bad:
        mark = getattr(bad, "problem_mark", None)
        line = (mark.line + 2) if mark is not None else 2
        reason = getattr(bad, "problem", None) or str(bad).split("\n")[0]
        problems.append(error(path, line, "broken-frontmatter", f"frontmatter is not valid YAML: {reason}"))
        return {}
    except (RecursionError, MemoryError, ValueError, OverflowError) as bad:
        problems.append(error(path, 2, "broken-frontmatter", f"frontmatter cannot be read: {bad}"))
        return {}
    if loaded is None:
        return {}
    if not isinstance(loaded, dict):
        kind = "a list" if isinstance(loaded, list) else "a single value"
        problems.append(
            error(
                path,
                2,
                "frontmatter-not-map",
                f"frontmatter is {kind}, not a map of properties; it is ignored",
            )
        )
        return {}
    return {str(key): _plain(value) for key, value in loaded.items()}


def _refuse_yaml(raw: str) -> str | None:
    """Why this frontmatter must not reach the YAML loader (which can crash or explode on it)."""
    if len(raw) > MAX_FRONTMATTER_BYTES:
        return f"frontmatter is larger than {MAX_FRONTMATTER_BYTES // 1024} KiB; it is ignored"
    depth = deepest = 0
    for char in raw:
        if char in "[{":
            depth += 1
            deepest = max(deepest, depth)
        elif char in "]}":
            depth = max(0, depth - 1)
    indent = max((len(line) - len(line.lstrip(" ")) for line in raw.split("\n")), default=0)
    if deepest > MAX_FRONTMATTER_DEPTH or indent > MAX_FRONTMATTER_DEPTH * 8:
        return f"frontmatter is nested deeper than {MAX_FRONTMATTER_DEPTH} levels; it is ignored"
    if raw.count("*") > MAX_FRONTMATTER_ALIASES and re.search(r"(^|[\s,\[{])\*\w", raw):
        return "frontmatter uses too many YAML aliases; it is ignored"
    return None


def _plain(value: Any) -> Any:
    """YAML values as plain JSON-like data: dates become ISO strings, keys strings."""
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list | tuple | set):
        return [_plain(item) for item in value]
    if isinstance(value, dt.date | dt.datetime | dt.time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    return value


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _frontmatter_links(frontmatter: dict[str, Any], raw: str) -> Iterator[Link]:
    raw_lines = raw.split("\n")
    for key, value in frontmatter.items():
        key_line = _key_line(raw_lines, key)
        for string in _strings(value):
            for found in linksyntax.find_wikilinks(string):
                yield Link(
                    found.kind,
                    found.target,
                    _value_line(raw_lines, key_line, string),
                    found.alias,
                    found.heading,
                    found.block,
                    key,
                )


def _key_line(raw_lines: list[str], key: str) -> int:
    """0-based index of `key:` in the frontmatter text, or 0."""
    pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*:")
    for index, line in enumerate(raw_lines):
        if pattern.match(line):
            return index
    return 0


def _value_line(raw_lines: list[str], key_line: int, value: str) -> int:
    """The file line (1-based) holding `value`, searched from its key on."""
    for index in range(key_line, len(raw_lines)):
        if value in raw_lines[index]:
            return index + 2
    return key_line + 2


def _body_links(masked: str, body_line: int) -> Iterator[Link]:
    line_starts = [0, *(i + 1 for i, char in enumerate(masked) if char == "\n")]
    found = [*linksyntax.find_wikilinks(masked), *linksyntax.find_markdown_links(masked)]
    found.sort(key=lambda link: link.start)
    for link in found:
        line = bisect.bisect_right(line_starts, link.start) - 1 + body_line
        yield Link(link.kind, link.target, line, link.alias, link.heading, link.block)


def _frontmatter_tags(frontmatter: dict[str, Any]) -> Iterator[str]:
    for key in ("tags", "tag"):
        value = frontmatter.get(key)
        items = value if isinstance(value, list) else str(value or "").replace(",", " ").split()
        for item in items:
            tag = str(item).strip().lstrip("#")
            if tag:
                yield tag


def _body_tags(masked: str) -> Iterator[str]:
    without_links = linksyntax.WIKILINK.sub(lambda m: " " * len(m.group()), masked)
    for found in _TAG.finditer(without_links):
        tag = found.group(1).rstrip("/")
        if tag and not tag.replace("/", "").isdigit():
            yield tag


def _headings(masked: str, body: str, body_line: int) -> Iterator[Heading]:
    for found in _HEADING.finditer(masked):
        line = masked.count("\n", 0, found.start())
        text = body[found.start(2) : found.end(2)].strip()
        yield Heading(len(found.group(1)), text, line + body_line)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
