"""parse: one file's bytes become one immutable `Note`. A pure function of (path, bytes)."""

from __future__ import annotations

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
MAX_FRONTMATTER_VALUES = 200_000

_HEADING = re.compile(r"^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_TAG = re.compile(r"(?<![\w#/&\\])#([^\s#!\"$%&'()*+,.:;<=>?@\[\]^`{|}~\\]+)")
_DELIMITER = re.compile(r"^---[ \t]*$")
_YAML = YAMLHandler()
_UNCLOSED_CONTEXTS = ("while scanning a quoted scalar", "while parsing a flow")


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
        problems.append(
            error(
                path,
                _line_of(data[: bad.start]),
                "not-utf8",
                f"not UTF-8 (byte 0x{data[bad.start]:02x}); undecodable bytes are shown as \ufffd",
            )
        )
        text = data.decode("utf-8", errors="replace")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        problems.append(warning(path, line, "nul-byte", "NUL bytes in the note are ignored"))
        text = text.replace("\x00", "")
    return text


def _line_of(prefix: bytes) -> int:
    """The line on which the byte after `prefix` lies; CRLF, LF and a lone CR each end a line."""
    return prefix.count(b"\n") + prefix.count(b"\r") - prefix.count(b"\r\n") + 1


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
        loaded = _Plain().convert(_YAML.load(raw))
    except yaml.YAMLError as bad:
        line, reason = _yaml_problem(bad, raw)
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
    return loaded


def _yaml_problem(bad: yaml.YAMLError, raw: str) -> tuple[int, str]:
    """The file line and the words for a YAML error (frontmatter line 1 is file line 2).

    The line is where the loader stopped, except for an unclosed quote: that swallows the rest
    of the frontmatter, so the loader stops at its end and the quote's own line is shown. When
    an unclosed quote or bracket opened on another line, the words say which."""
    reason = str(getattr(bad, "problem", None) or str(bad).split("\n")[0])
    line = _file_line(getattr(bad, "problem_mark", None), raw)
    context = str(getattr(bad, "context", None) or "")
    if not context.startswith(_UNCLOSED_CONTEXTS):
        return line, reason
    opened = _file_line(getattr(bad, "context_mark", None), raw)
    if "end of stream" in reason:
        line = opened
    if opened != line:
        reason += f" (in the {context.split(' ', 3)[-1]} that starts on line {opened})"
    return line, reason


def _file_line(mark: Any, raw: str) -> int:
    """The file line of a YAML loader's mark in the frontmatter `raw`."""
    return 2 if mark is None else min(int(mark.line), raw.count("\n")) + 2


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


class _Plain:
    """YAML values as plain JSON-like data: dates become ISO strings, keys strings.

    YAML aliases let a few lines make a value that contains itself, or that expands to
    billions of items; both are refused (ValueError) instead of hanging or crashing."""

    def __init__(self) -> None:
        self.left = MAX_FRONTMATTER_VALUES

    def convert(self, value: Any, depth: int = 0) -> Any:
        self.left -= 1
        if self.left < 0:
            raise ValueError(f"it holds more than {MAX_FRONTMATTER_VALUES} values")
        if depth > MAX_FRONTMATTER_DEPTH:
            raise ValueError(f"it is nested deeper than {MAX_FRONTMATTER_DEPTH} levels")
        if isinstance(value, dict):
            return {str(key): self.convert(item, depth + 1) for key, item in value.items()}
        if isinstance(value, list | tuple | set):
            return [self.convert(item, depth + 1) for item in value]
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
    found = [*linksyntax.find_wikilinks(masked), *linksyntax.find_markdown_links(masked)]
    found.sort(key=lambda link: link.start)
    line, counted = body_line, 0
    for link in found:
        line += masked.count("\n", counted, link.start)  # links are in order: count each line once
        counted = link.start
        yield Link(link.kind, link.target, line, link.alias, link.heading, link.block)


def _frontmatter_tags(frontmatter: dict[str, Any]) -> Iterator[str]:
    for key in ("tags", "tag"):
        value = frontmatter.get(key)
        items = value if isinstance(value, list) else str(value or "").replace(",", " ").split()
        for item in items:
            if item is None:
                continue  # an empty list entry (`- ` on its own)
            tag = str(item).strip().lstrip("#")
            if _is_tag(tag):
                yield tag


def _body_tags(masked: str) -> Iterator[str]:
    for found in _TAG.finditer(_without_links(masked)):
        tag = found.group(1).rstrip("/")
        if _is_tag(tag):
            yield tag


def _is_tag(tag: str) -> bool:
    """Obsidian (help, "Tags"): a tag must hold at least one character that is not a digit."""
    return bool(tag) and not tag.replace("/", "").isdigit()


def _without_links(masked: str) -> str:
    """`masked` with its links blanked out: `[[#Heading]]` and `[x](#Heading)` are not tags."""
    spans = [(start, end) for start, end, _, _ in linksyntax.wikilink_matches(masked)]
    spans += [(found.start, found.end) for found in linksyntax.find_markdown_links(masked)]
    pieces, position = [], 0
    for start, end in sorted(spans):  # spans may overlap: blank their union
        if end > position:
            pieces += [masked[position:start] if start > position else "", " " * (end - max(start, position))]
            position = end
    pieces.append(masked[position:])
    return "".join(pieces)


def _headings(masked: str, body: str, body_line: int) -> Iterator[Heading]:
    for found in _HEADING.finditer(masked):
        line = masked.count("\n", 0, found.start())
        text = body[found.start(2) : found.end(2)].strip()
        yield Heading(len(found.group(1)), text, line + body_line)


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
