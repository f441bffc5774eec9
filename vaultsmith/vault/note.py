"""The parsed note: plain immutable records passed from `parse` to every later stage."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Any, NamedTuple


class LinkKind(StrEnum):
    WIKILINK = "wikilink"
    EMBED = "embed"
    MARKDOWN = "markdown"
    NUMBER = "adr-number"  # an ADR named by number without a link: MADR 4's "superseded by ADR-0005"


class Link(NamedTuple):
    """One link as written. `target` is the path part (may be empty for `[[#Heading]]`).
    A named tuple, not a dataclass: a vault holds hundreds of thousands of links, and a tuple
    is made several times faster than a frozen dataclass."""

    kind: LinkKind
    target: str
    line: int
    alias: str | None = None
    heading: str | None = None
    block: str | None = None
    key: str | None = None  # the frontmatter key it came from; None for body links
    # What a property states about the link: `depends_on: [{target: "[[X]]", protocol: gRPC}]`
    # gives (("protocol", "gRPC"),), sorted by name, values as text.
    attributes: tuple[tuple[str, str], ...] = ()

    @property
    def relation(self) -> str:
        if self.key is not None:
            return self.key
        return "embeds" if self.kind is LinkKind.EMBED else "mentions"


class Heading(NamedTuple):
    level: int
    text: str
    line: int


@dataclass(frozen=True, slots=True)
class Note:
    """One Markdown file of the vault, as `parse` read it. `path` is vault-relative, POSIX."""

    path: str
    title: str
    frontmatter: dict[str, Any]
    body: str
    body_line: int  # the file line on which `body` starts
    links: tuple[Link, ...]
    tags: tuple[str, ...]
    headings: tuple[Heading, ...]
    generated: bool = False  # carries vaultsmith's generated marker

    @property
    def folder(self) -> str:
        head, _, _ = self.path.rpartition("/")
        return head

    def section(self, name: str) -> str | None:
        """The text under the first heading called `name` (any case), up to the next heading
        of the same or a higher level; None when there is no such heading."""
        wanted = name.strip().lower()
        for index, heading in enumerate(self.headings):
            if heading.text.strip().lower() != wanted:
                continue
            lines = self.body.split("\n")  # only now: most notes have few of the sections asked for
            end_line = None
            for later in self.headings[index + 1 :]:
                if later.level <= heading.level:
                    end_line = later.line
                    break
            start = heading.line - self.body_line + 1
            stop = len(lines) if end_line is None else end_line - self.body_line
            return "\n".join(lines[start:stop]).strip()
        return None
