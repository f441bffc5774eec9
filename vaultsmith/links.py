"""Link syntax: Obsidian wikilinks, embeds and Markdown links, found in (masked) text."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import unquote

from vaultsmith.note import LinkKind

WIKILINK = re.compile(r"(!?)\[\[([^\[\]\n]+?)\]\]")
_MARKDOWN_LINK = re.compile(
    r"(!?)\[((?:[^\[\]\n]|\[[^\[\]\n]*\])*)\]\(\s*(<[^<>\n]+>|[^()\s]+)(?:\s+\"[^\"\n]*\")?\s*\)"
)
_URL_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


@dataclass(frozen=True, slots=True)
class LinkText:
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


def parse_wikilink(inner: str) -> tuple[str, str | None, str | None, str | None]:
    """Target, alias, heading, block of the text between `[[` and `]]`."""
    reference, bar, alias = inner.partition("|")
    # Inside a table the alias bar is written `\|`; the backslash is not part of the name.
    reference = reference.removesuffix("\\")
    target, heading, block = split_target(reference)
    return target, (alias.strip() or None) if bar else None, heading, block


def find_wikilinks(text: str) -> Iterator[LinkText]:
    for found in WIKILINK.finditer(text):
        target, alias, heading, block = parse_wikilink(found.group(2))
        if not (target or heading or block):
            continue
        kind = LinkKind.EMBED if found.group(1) else LinkKind.WIKILINK
        yield LinkText(kind, target, alias, heading, block, found.start(), found.end())


def find_markdown_links(text: str) -> Iterator[LinkText]:
    for found in _MARKDOWN_LINK.finditer(text):
        destination = found.group(3)
        if destination.startswith("<"):
            destination = destination[1:-1]
        if _URL_SCHEME.match(destination):
            continue  # https:, mailto:, obsidian: and the like point outside the vault
        target, heading, block = split_target(unquote(destination))
        if not (target or heading or block):
            continue
        kind = LinkKind.EMBED if found.group(1) else LinkKind.MARKDOWN
        alias = found.group(2).strip() or None
        yield LinkText(kind, target, alias, heading, block, found.start(), found.end())
