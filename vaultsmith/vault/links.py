"""Link syntax: Obsidian wikilinks, embeds and Markdown links, found in (masked) text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple
from urllib.parse import unquote

from vaultsmith.vault.note import LinkKind

WIKILINK = re.compile(r"(!?)\[\[([^\[\]\n]+?)\]\]")
# What the searches below use. Each starts with a literal `[`, so `re` jumps from one `[` to the
# next instead of trying every position as a leading `!?` makes it do (several times slower on
# a long note); an embed's `!` is then the character before the match. The repetitions are
# possessive: giving any back can never reach the `]]` or `](` that must follow.
_WIKILINK_AT = re.compile(r"\[\[([^\[\]\n]++)\]\]")
_MARKDOWN_LINK_AT = re.compile(
    r"\[((?:[^\[\]\n]++|\[[^\[\]\n]*+\])*+)\]\(\s*(<[^<>\n]+>|[^()\s]+)(?:\s+\"[^\"\n]*\")?\s*\)"
)
_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


class LinkText(NamedTuple):
    """A link found in text, before it is given a line and a frontmatter key."""

    kind: LinkKind
    target: str
    alias: str | None
    heading: str | None
    block: str | None
    start: int
    end: int


def split_target(reference: str) -> tuple[str, str | None, str | None]:
    """`Note#Heading#Sub` -> ("Note", "Heading#Sub", None); `Note#^id` -> ("Note", None, "id")."""
    path, hash_sign, fragment = reference.partition("#")
    path = path.strip()
    if not hash_sign:
        return path, None, None
    fragment = fragment.strip()
    if fragment.startswith("^"):
        return path, None, fragment[1:] or None
    return path, fragment or None, None


def find_wikilinks(text: str, spans: list[tuple[int, int]] | None = None) -> Iterator[LinkText]:
    """The wikilinks and embeds of `text` that name something. With `spans`, the (start, end) of
    every `[[…]]` match is added to it, also of those that name nothing."""
    if "[[" not in text:
        return
    for found in _WIKILINK_AT.finditer(text):
        start, end = found.span()
        embed = start > 0 and text[start - 1] == "!"
        if embed:
            start -= 1
        if spans is not None:
            spans.append((start, end))
        reference, bar, alias = found.group(1).partition("|")
        # Inside a table the alias bar is written `\|`; the backslash is not part of the name.
        target, heading, block = split_target(reference[:-1] if reference.endswith("\\") else reference)
        if target or heading or block:
            kind = LinkKind.EMBED if embed else LinkKind.WIKILINK
            yield LinkText(kind, target, (alias.strip() or None) if bar else None, heading, block, start, end)


def find_markdown_links(text: str) -> Iterator[LinkText]:
    if "](" not in text:
        return  # most notes: every Markdown link holds `](`
    for found in _MARKDOWN_LINK_AT.finditer(text):
        destination = found.group(2)
        if destination.startswith("<"):
            destination = destination[1:-1]
        if _URL_SCHEME.match(destination):
            continue  # https:, mailto:, obsidian: and the like point outside the vault
        target, heading, block = _decoded(*split_target(destination))
        if not (target or heading or block):
            continue
        embed = text[found.start() - 1 : found.start()] == "!"
        kind = LinkKind.EMBED if embed else LinkKind.MARKDOWN
        alias = found.group(1).strip() or None
        start = found.start() - 1 if embed else found.start()
        yield LinkText(kind, target, alias, heading, block, start, found.end())


def _decoded(target: str, heading: str | None, block: str | None) -> tuple[str, str | None, str | None]:
    """Percent-decode the parts of a Markdown link after splitting at `#`, so that an encoded
    `%23` stays part of the name instead of starting a heading."""
    return unquote(target), None if heading is None else unquote(heading), block
