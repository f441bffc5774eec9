"""keep: hand-written blocks inside a generated note survive every rebuild.

A generated SDD holds one empty block per `##` section:

    %% vaultsmith:keep risks-and-open-questions %%
    %% vaultsmith:end %%

(`%% … %%` is an Obsidian comment: the markers are invisible in reading view.) Text a person
writes between the two markers is read back from the file on disk and put into the new output
at the block of the same name. A block whose name the new output no longer has is not dropped:
it moves to a last section, "Kept notes without a place", and the build says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from vaultsmith.diagnostics import Diagnostic, error, warning
from vaultsmith.vault.markdown import mask

KEEP = re.compile(r"^%%\s*vaultsmith:keep\s+(?P<name>[\w.-]+)\s*%%\s*$")
END = re.compile(r"^%%\s*vaultsmith:end\s*%%\s*$")
ORPHANS_HEADING = "## Kept notes without a place"
_SECTION = re.compile(r"^##[ \t]+(?P<text>.*?)[ \t#]*$")
_NUMBERING = re.compile(r"^\d+(?:\.\d+)*\.?\s+")


@dataclass(frozen=True, slots=True)
class KeptBlock:
    name: str
    text: str  # the lines between the markers, as written
    line: int  # the file line of the opening marker


@dataclass(frozen=True, slots=True)
class Unterminated:
    """A keep marker with no end marker after it: where the block starts, and its name."""

    name: str
    line: int


@dataclass(frozen=True, slots=True)
class Carried:
    text: str  # the new output with the kept text in place
    moved: tuple[KeptBlock, ...]  # blocks whose section is gone, now at the end


@dataclass(frozen=True, slots=True)
class Merge:
    content: str | None  # None: the file must be left as it is
    diagnostics: tuple[Diagnostic, ...]


def keep_block(name: str, text: str = "") -> str:
    inner = f"{text.strip(chr(10))}\n" if text.strip() else ""
    return f"%% vaultsmith:keep {name} %%\n{inner}%% vaultsmith:end %%"


def section_name(heading: str) -> str:
    """A block name from a section heading: `## 8. Risks and open questions` gives
    `risks-and-open-questions` (numbers left out, so renumbered sections keep their blocks)."""
    words = re.sub(r"[^\w]+", "-", _NUMBERING.sub("", heading.strip()).lower()).strip("-_")
    return words or "section"


def add_keep_blocks(text: str) -> str:
    """`text` with an empty keep block at the end of every `##` section that has none yet."""
    lines = text.split("\n")
    masked = mask(text).split("\n")
    named = {found.group("name") for line in lines if line.startswith("%%") and (found := KEEP.match(line))}
    body_start = _after_frontmatter(lines)
    out: list[str] = lines[:body_start]
    pending: str | None = None
    for line, hidden in zip(lines[body_start:], masked[body_start:], strict=True):
        heading = _SECTION.match(hidden) if hidden.startswith("##") else None
        if heading is not None:
            _close_section(out, pending)
            pending = _unique(section_name(heading.group("text")), named)
        out.append(line)
    _close_section(out, pending)
    return "\n".join(out).rstrip("\n") + "\n"


def _after_frontmatter(lines: list[str]) -> int:
    if lines and lines[0] == "---":
        for index in range(1, len(lines)):
            if lines[index] == "---":
                return index + 1
    return 0


def _unique(name: str, taken: set[str]) -> str | None:
    """`name`, or None when a block of that name is already there (a template placed it)."""
    if name in taken:
        return None
    taken.add(name)
    return name


def _close_section(out: list[str], name: str | None) -> None:
    if name is None:
        return
    trailing: list[str] = []
    while out and not out[-1].strip():
        trailing.append(out.pop())
    out.extend(["", keep_block(name), *trailing])
    if not trailing:
        out.append("")


def kept_blocks(text: str) -> tuple[list[KeptBlock], Unterminated | None]:
    """The keep blocks of a file, in order; and the first one left open, if any."""
    blocks: list[KeptBlock] = []
    lines = text.replace("\r\n", "\n").split("\n")
    opened: tuple[str, int] | None = None
    inside: list[str] = []
    for number, line in enumerate(lines, start=1):
        start = KEEP.match(line.strip())
        if opened is not None:
            if END.match(line.strip()):
                blocks.append(KeptBlock(opened[0], "\n".join(inside), opened[1]))
                opened, inside = None, []
            elif start is not None:
                return blocks, Unterminated(*opened)
            else:
                inside.append(line)
        elif start is not None:
            opened = (start.group("name"), number)
    return blocks, (Unterminated(*opened) if opened is not None else None)


def carry_kept(old: str, new: str) -> Carried:
    """`new` with the text of `old`'s keep blocks put back at the blocks of the same name.
    `old` must have no unterminated block (see `kept_blocks`)."""
    blocks, _ = kept_blocks(old)
    wanted = _merged([b for b in blocks if b.text.strip()])
    if not wanted:
        return Carried(new, ())
    out, placed = _fill(new.split("\n"), wanted)
    moved = tuple(block for name, block in wanted.items() if name not in placed)
    text = "\n".join(out).rstrip("\n") + "\n"
    if moved:
        text += "\n" + _orphans(moved)
    return Carried(text, moved)


def _merged(blocks: list[KeptBlock]) -> dict[str, KeptBlock]:
    """Blocks by name; two blocks of one name (a person copied a marker) are joined, not lost."""
    merged: dict[str, KeptBlock] = {}
    for block in blocks:
        earlier = merged.get(block.name)
        text = block.text if earlier is None else f"{earlier.text.rstrip()}\n\n{block.text.strip(chr(10))}"
        merged[block.name] = KeptBlock(block.name, text, earlier.line if earlier else block.line)
    return merged


def _fill(lines: list[str], wanted: dict[str, KeptBlock]) -> tuple[list[str], set[str]]:
    out: list[str] = []
    placed: set[str] = set()
    skipping = False
    for line in lines:
        start = KEEP.match(line.strip())
        if skipping:
            if END.match(line.strip()):
                out.append(line)
                skipping = False
            continue
        out.append(line)
        if start is not None and start.group("name") in wanted and start.group("name") not in placed:
            name = start.group("name")
            out.extend(wanted[name].text.strip("\n").split("\n"))
            placed.add(name)
            skipping = True  # the new block's own content is replaced by what was kept
    return out, placed


def _orphans(blocks: tuple[KeptBlock, ...]) -> str:
    parts = [
        ORPHANS_HEADING,
        "",
        "> [!warning] These hand-written notes were kept, but their section is no longer generated",
        "> Move each into a block of a section that exists, or delete it when it is no longer needed.",
    ]
    for block in blocks:
        parts.extend(["", keep_block(block.name, block.text)])
    return "\n".join(parts) + "\n"


def merge_with_existing(path: str, existing: bytes, content: str) -> Merge:
    """What to write at `path` (a generated note now holding `existing`) so that its kept text
    survives; `content` None when it cannot be carried safely and the file must stay as it is."""
    try:
        old = existing.decode("utf-8")
    except UnicodeDecodeError:
        problem = "is not UTF-8 any more, so its kept blocks cannot be carried over; it was left as is"
        return Merge(None, (error(path, 0, "keep-unreadable", problem),))
    _, unterminated = kept_blocks(old)
    if unterminated is not None:
        problem = (
            f'keep block "{unterminated.name}" has no `%% vaultsmith:end %%` line after it; the note was '
            "left as is so no hand-written text is lost: add the end marker and build again"
        )
        return Merge(None, (error(path, unterminated.line, "keep-unterminated", problem),))
    carried = carry_kept(old, content)
    moved = tuple(
        warning(
            path,
            block.line,
            "kept-block-moved",
            f'kept block "{block.name}" has no section of that name any more; it was moved to '
            f'"{ORPHANS_HEADING.removeprefix("## ")}" at the end',
        )
        for block in carried.moved
    )
    return Merge(carried.text, moved)
