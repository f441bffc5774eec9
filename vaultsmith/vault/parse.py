"""parse: one file's bytes become one immutable `Note`. A pure function of (path, bytes)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import yaml
from frontmatter.default_handlers import YAMLHandler

from vaultsmith.diagnostics import Diagnostic, error, warning
from vaultsmith.vault import links as linksyntax
from vaultsmith.vault import plainyaml, yaml_limits
from vaultsmith.vault.markdown import mask
from vaultsmith.vault.note import Heading, Link, Note
from vaultsmith.vault.values import text

GENERATED_KEY = "generated_by"
GENERATED_PREFIX = "vaultsmith"

# A heading's `#`s, up to three spaces into its line (checked in Python): the pattern starts with
# a literal `#` so that `re` jumps from one `#` to the next instead of trying every line. The
# closing `#`s are cut off in Python: a pattern for them backtracks quadratically over a long
# run of spaces (`# a` and 100,000 spaces took minutes).
_HEADING = re.compile(r"#(#{0,5})[ \t]+([^\n]*)")
# A `#` not preceded by a word character, `#`, `/`, `&` or `\`; the check comes after the `#` so
# that the pattern starts with it and `re` jumps from one `#` to the next (30x faster).
_TAG = re.compile(r"#(?<![\w#/&\\]#)([^\s#!\"$%&'()*+,.:;<=>?@\[\]^`{|}~\\]+)")
# The frontmatter's first line, and the line that closes it (searched for from the end of the
# first, so that `---` twice in a row closes an empty frontmatter).
_OPENING = re.compile(r"---[ \t]*\n")
_CLOSING = re.compile(r"\n---[ \t]*(?=\n|\Z)")
_KEY = re.compile(r"\s*([\"']?)(.+?)\1\s*:")
_VALUE_LOOKAHEAD = 200  # lines; bounds the search for a value the text writes another way (escaped)
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
    found, spans = _body_link_texts(masked)
    links = [*_frontmatter_links(frontmatter, raw_frontmatter or ""), *_body_links(found, masked, body_line)]
    note = Note(
        path=path,
        title=_title(path),
        frontmatter=frontmatter,
        body=body,
        body_line=body_line,
        links=tuple(links),
        tags=tuple(_unique([*_frontmatter_tags(frontmatter), *_body_tags(masked, spans)])),
        headings=tuple(_headings(masked, body, body_line)) if "#" in masked else (),
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
    opening = _OPENING.match(text)
    if opening is None:
        return None, text, 1
    closing = _CLOSING.search(text, opening.end() - 1)
    if closing is None:
        return None, text, 1  # no closing line: Obsidian shows it all as text
    raw = text[opening.end() : max(closing.start(), opening.end())]
    body_line = text.count("\n", 0, closing.start() + 1) + 2
    return raw, text[closing.end() + 1 :], body_line


def _load_frontmatter(path: str, raw: str, problems: list[Diagnostic]) -> dict[str, Any]:
    simple = plainyaml.load(raw)
    if simple is not None:
        return simple
    refused = yaml_limits.refusal(raw)
    if refused is not None:
        problems.append(error(path, refused.line + 2, "frontmatter-refused", refused.reason))
        return {}
    try:
        loaded = yaml_limits.plain(_YAML.load(raw))
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
    if "[[" not in raw and "\\" not in raw:
        return  # a value holds `[[` only when the text does, or an escape (`\x5b`) writes it
    raw_lines = raw.split("\n")
    key_lines: dict[str, int] | None = None  # made only when a key is not found the quick way
    for key, value in frontmatter.items():
        line: int | None = None
        for string, attributes in _link_strings(value):
            found = list(linksyntax.find_wikilinks(string))  # (at once empty without a `[[`)
            if not found:
                continue
            if line is None:
                line = _plain_key_line(raw, key)
            if line is None:
                key_lines = _key_lines(raw_lines) if key_lines is None else key_lines
                line = key_lines.get(key, 0)
            line = _value_line(raw_lines, line, string)
            for link in found:
                yield Link(
                    link.kind, link.target, line + 2, link.alias, link.heading, link.block, key, attributes
                )


def _link_strings(value: Any) -> Iterator[tuple[str, tuple[tuple[str, str], ...]]]:
    """Each string of a property value that may hold links, with the attributes it carries: a
    map with a `target` (`{target: "[[Billing API]]", protocol: gRPC}`) is one link whose other
    keys describe it; any other string carries none."""
    for item in value if isinstance(value, list) else [value]:
        if isinstance(item, dict) and isinstance(item.get("target"), str):
            yield item["target"], tuple(sorted((str(k), text(v)) for k, v in item.items() if k != "target"))
        else:
            for string in _strings(item):
                yield string, ()


def _plain_key_line(raw: str, key: str) -> int | None:
    """What `_key_lines` gives `key`, found without reading every line when the key's first
    appearance in the text starts a line as `key:` (as most keys are written); else None."""
    if not key or ":" in key or key != key.strip() or key[0] in "\"'":
        return None  # `_KEY` reads such a key otherwise
    at = raw.find(key)
    if at < 0 or (at > 0 and raw[at - 1] != "\n") or not raw.startswith(":", at + len(key)):
        return None
    return raw.count("\n", 0, at)


def _key_lines(raw_lines: list[str]) -> dict[str, int]:
    """The 0-based index of the first `key:` line of each key in the frontmatter text: one pass,
    so that a note with thousands of keys is not searched once per key."""
    found: dict[str, int] = {}
    for index, line in enumerate(raw_lines):
        key = _KEY.match(line)
        if key is not None:
            found.setdefault(key.group(2), index)
    return found


def _value_line(raw_lines: list[str], start: int, value: str) -> int:
    """The 0-based index of the line holding `value`, searched from `start` (its key's line, or
    the line of the key's previous value: values come in order) a bounded way on."""
    for index in range(start, min(len(raw_lines), start + _VALUE_LOOKAHEAD)):
        if value in raw_lines[index]:
            return index
    return start


def _body_link_texts(masked: str) -> tuple[list[linksyntax.LinkText], list[tuple[int, int]]]:
    """The links of the (masked) body in order, and the spans of text they take up (of every
    `[[…]]`, also those that name nothing): one search, shared by links and tags."""
    spans: list[tuple[int, int]] = []
    found = list(linksyntax.find_wikilinks(masked, spans))
    markdown = list(linksyntax.find_markdown_links(masked))
    if markdown:
        spans += [(link.start, link.end) for link in markdown]
        found += markdown
        found.sort(key=lambda link: link.start)
    return found, spans


def _body_links(found: list[linksyntax.LinkText], masked: str, body_line: int) -> Iterator[Link]:
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


def _body_tags(masked: str, spans: list[tuple[int, int]]) -> Iterator[str]:
    if "#" not in masked:
        return
    for found in _TAG.finditer(_without_links(masked, spans) if spans else masked):
        tag = found.group(1).rstrip("/")
        if _is_tag(tag):
            yield tag


def _is_tag(tag: str) -> bool:
    """Obsidian (help, "Tags"): a tag must hold at least one character that is not a digit."""
    return bool(tag) and not tag.replace("/", "").isdigit()


def _without_links(masked: str, spans: list[tuple[int, int]]) -> str:
    """`masked` with the `spans` of its links blanked out: `[[#Heading]]` and `[x](#Heading)`
    are not tags."""
    pieces, position = [], 0
    for start, end in sorted(spans):  # spans may overlap: blank their union
        if end > position:
            pieces += [masked[position:start] if start > position else "", " " * (end - max(start, position))]
            position = end
    pieces.append(masked[position:])
    return "".join(pieces)


def _headings(masked: str, body: str, body_line: int) -> Iterator[Heading]:
    line, counted = body_line, 0
    for found in _HEADING.finditer(masked):
        start = found.start()
        opened = masked.rfind("\n", 0, start) + 1
        if start - opened > 3 or masked[opened:start].strip(" "):
            continue  # not at the start of its line
        line += masked.count("\n", counted, start)  # headings are in order: count once
        counted = start
        text = _heading_text(body[found.start(2) : found.end(2)])
        yield Heading(len(found.group(1)) + 1, text, line)


def _heading_text(rest: str) -> str:
    """The words of a heading line after `# `, without a closing run of `#`s (CommonMark: one
    that follows a space or tab)."""
    text = rest.rstrip(" \t")
    opened = text.rstrip("#")
    if opened != text and opened[-1:] in (" ", "\t"):
        text = opened
    return text.strip()


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(items))
