"""Random vaults and random sequences of what users do to them, for the invariant tests:
creates, edits, atomic saves (temp file + rename), moves between folders, deletes and folder
deletes. Each event is done on disk and says which paths a file watcher would report."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from hypothesis import strategies as st

FOLDERS = ("", "Systems", "Components", "Components/Pay", "Notes", "Tech")
NAMES = ("Shop", "Pay", "Cart", "cart", "Redis", "Ledger", "0001-use-redis", "Overview")
TARGETS = (*NAMES, "Queue", "Tech/Redis", "Components/Pay/Ledger", "./Cart", "Redis.md", "img.png")
KINDS = (None, "system", "component", "technology", "adr", "prd")


@dataclass(frozen=True, slots=True)
class Event:
    kind: str  # write, atomic, move, delete, rmdir, attach
    path: str
    other: str = ""  # the text to write, or where to move to

    def apply(self, root: Path) -> tuple[set[str], set[str]]:
        """Do it on disk; return (changed, removed) as a watcher would report them."""
        target = root / self.path
        if self.kind in ("write", "attach"):
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(self.other.encode("utf-8"))
            return {self.path}, set()
        if self.kind == "atomic":
            target.parent.mkdir(parents=True, exist_ok=True)
            temporary = target.parent / f".{target.name}.swp"
            temporary.write_text(self.other, encoding="utf-8")
            os.replace(temporary, target)
            return {self.path}, {temporary.relative_to(root).as_posix()}
        if not target.exists():
            return set(), set()
        if self.kind == "move":
            destination = root / self.other
            destination.parent.mkdir(parents=True, exist_ok=True)
            if destination.exists():
                return set(), set()
            target.rename(destination)
            return {self.other}, {self.path}
        if self.kind == "delete":
            target.unlink()
            return set(), {self.path}
        shutil.rmtree(target)  # rmdir
        return set(), {self.path}


def note_path(folder: str, name: str) -> str:
    return f"{folder}/{name}.md" if folder else f"{name}.md"


@st.composite
def note_texts(draw: st.DrawFn) -> str:
    kind = draw(st.sampled_from(KINDS))
    target = st.sampled_from(TARGETS)
    lines = [f"type: {kind}"] if kind else []
    for key in ("system", "uses", "depends_on", "owner", "chosen"):
        if draw(st.integers(0, 2)) == 0:
            value = "Ana" if key == "owner" else f'"[[{draw(target)}]]"'
            lines.append(f"{key}: [{value}]" if key in ("uses", "depends_on") else f"{key}: {value}")
    if kind == "adr":
        lines.append(f"status: {draw(st.sampled_from(['accepted', 'proposed']))}\ndecision_area: cache")
    if kind == "technology":
        lines.append("category: cache")
    body = " ".join(f"[[{t}]]" for t in draw(st.lists(target, max_size=2)))
    if draw(st.booleans()):
        body += f" ![[{draw(target)}]]"
    return ("---\n" + "\n".join(lines) + "\n---\n" if lines else "") + body + "\n"


notes = st.builds(note_path, st.sampled_from(FOLDERS), st.sampled_from(NAMES))
folders = st.sampled_from([f for f in FOLDERS if f])


@st.composite
def vaults(draw: st.DrawFn) -> dict[str, str]:
    files = draw(st.dictionaries(notes, note_texts(), min_size=1, max_size=6))
    files.setdefault("Systems/Shop.md", "---\ntype: system\n---\n")
    return files


events = st.one_of(
    st.builds(Event, st.just("write"), notes, note_texts()),
    st.builds(Event, st.just("atomic"), notes, note_texts()),
    st.builds(Event, st.just("move"), notes, notes),
    st.builds(Event, st.just("delete"), notes),
    st.builds(Event, st.just("rmdir"), folders),
    st.builds(
        Event, st.just("attach"), st.sampled_from(["img.png", "Tech/img.png", "Tech/Redis"]), st.just("x")
    ),
)


@contextmanager
def scratch_vault(files: dict[str, str]) -> Iterator[Path]:
    """A vault of `files` in a temporary folder, removed afterwards (hypothesis runs many
    examples in one test, so pytest's tmp_path will not do)."""
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch) / "vault"
        for path, text in files.items():
            (root / path).parent.mkdir(parents=True, exist_ok=True)
            (root / path).write_text(text, encoding="utf-8")
        yield root
