"""new: a note from the vault's template for its type.

created = new_note(Path("my-vault"), "adr", "Use Redis", system="Checkout", supersedes="5")

ADRs are numbered after the highest number in the vault (`0016-use-redis.md`, as adr-tools and
log4brains name them) and go in the folder of that ADR; other notes go where most notes of their
type are. A new ADR is written in its folder's dialect (dialect.py): adr-tools, log4brains, MADR,
or the vault's template for notes with properties. `supersedes` also marks the older ADR in its
own dialect (`Superseded by [5. X](0005-x.md)` in its Status section; MADR's `status: superseded
by …`; else `status: superseded` and `superseded_by`), and not one other byte of it changes.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from vaultsmith.build import load_vault, vault_root
from vaultsmith.config.statuses import normalise_status
from vaultsmith.errors import UsageError, VaultsmithError
from vaultsmith.model.analysed import VaultModel, analyse
from vaultsmith.model.lookup import find_decision, find_system
from vaultsmith.model.resolve import Resolver, fold
from vaultsmith.sdd.naming import safe_file_stem
from vaultsmith.tools.dialect import (
    Dialect,
    folder_dialect,
    markdown_link,
    new_decision_text,
    note_dialect,
    number_and_title,
    superseded_in_dialect,
)
from vaultsmith.tools.init import STARTER, STARTER_TEMPLATES
from vaultsmith.tools.obsidian import templates_folder
from vaultsmith.tools.properties import read_frontmatter, set_property, yaml_list, yaml_string
from vaultsmith.vault.values import as_list
from vaultsmith.write.create import create_file
from vaultsmith.write.files import atomic_write

DEFAULT_FOLDERS = {
    "system": "Systems",
    "prd": "PRDs",
    "component": "Components",
    "technology": "Technologies",
    "adr": "Decisions",
}
WITHOUT_SYSTEM = frozenset({"system", "technology"})
MAX_SLUG = 80

_VARIABLE = re.compile(r"\{\{\s*(title|date|time)\s*(?::([^}]*))?\}\}", re.IGNORECASE)
_MOMENT_TOKEN = re.compile(r"\[([^\]]*)\]|YYYY|YY|MM|M|DD|D|HH|H|mm|ss")


@dataclass(frozen=True, slots=True)
class NewNote:
    path: str  # vault-relative path of the note created
    superseded: str | None = None  # the older ADR marked as superseded by it


def new_note(
    vault: Path,
    kind: str,
    title: str,
    *,
    system: str | None = None,
    supersedes: str | None = None,
    folder: str | None = None,
    now: dt.datetime | None = None,
) -> NewNote:
    root = vault_root(vault)
    kind, title = kind.strip().lower(), " ".join(title.split())
    _check_options(kind, title, system, supersedes)
    model = analyse(load_vault(root))
    relative = _destination(model, kind, title, folder)
    if os.path.lexists(root / relative):
        raise VaultsmithError("already exists; it was left as it is", relative)
    moment = now or dt.datetime.now()
    older = None if supersedes is None else find_decision(model, supersedes, relative)
    dialect = folder_dialect(model, relative.rpartition("/")[0]) if kind == "adr" else None
    if dialect is not None and dialect is not Dialect.PROPERTIES:
        text, original, edited = _in_dialect(root, model, dialect, relative, title, older, moment)
        if system is not None:
            link = model.resolver.link_target(find_system(model, system), relative)
            text = _with_system(text, dialect, link)
        if not create_file(root / relative, text.encode("utf-8")):
            raise VaultsmithError("already exists; it was left as it is", relative)
        if older is not None:
            replace_note(root, older, original, edited)
        return NewNote(relative, older)
    text = fill_variables(note_template(root, kind), title, moment)
    if system is not None:
        link = model.resolver.link_target(find_system(model, system), relative)
        text = set_property(text, "system", yaml_string(f"[[{link}]]"))
    if older is not None:
        text = set_property(
            text, "supersedes", yaml_string(f"[[{model.resolver.link_target(older, relative)}]]")
        )
        newer_link = Resolver([*model.notes, relative]).link_target(relative, older)
        original = (root / older).read_bytes()
        edited = superseded_text(original, f"[[{newer_link}]]", older)
    if not create_file(root / relative, text.encode("utf-8")):
        raise VaultsmithError("already exists; it was left as it is", relative)
    if older is not None:
        replace_note(root, older, original, edited)
    return NewNote(relative, older)


def _in_dialect(
    root: Path,
    model: VaultModel,
    dialect: Dialect,
    relative: str,
    title: str,
    older: str | None,
    moment: dt.datetime,
) -> tuple[str, bytes, str]:
    """The new ADR in its folder's dialect and, when it supersedes `older`, the older one's
    bytes and its text saying so in its own dialect."""
    number = next_decision_number(model)
    if older is None:
        return new_decision_text(dialect, number, title, moment.date().isoformat(), None), b"", ""
    old_dialect = note_dialect(model, older)
    old_number, old_title = number_and_title(model, older)
    back = markdown_link(relative, older, old_number, old_title, madr=dialect is Dialect.MADR)
    text = new_decision_text(dialect, number, title, moment.date().isoformat(), back)
    original = (root / older).read_bytes()
    try:
        old_text = original.decode("utf-8")
    except UnicodeDecodeError:
        raise VaultsmithError("not UTF-8; it was left as it is", older) from None
    forward = markdown_link(older, relative, number, title, madr=old_dialect is Dialect.MADR)
    edited = superseded_in_dialect(old_text, old_dialect, forward)
    if edited is None:
        edited = superseded_text(
            original, f"[[{Resolver([*model.notes, relative]).link_target(relative, older)}]]", older
        )
    return text, original, edited


def _with_system(text: str, dialect: Dialect, link: str) -> str:
    """The new ADR naming its system: a property where the dialect has properties, else a line
    under its title."""
    if dialect is Dialect.MADR:
        return set_property(text, "system", yaml_string(f"[[{link}]]"))
    head, _, rest = text.partition("\n\n")
    return f"{head}\n\nSystem: [[{link}]]\n\n{rest}"


def _check_options(kind: str, title: str, system: str | None, supersedes: str | None) -> None:
    if not title:
        raise UsageError("the title is empty")
    if supersedes is not None and kind != "adr":
        raise UsageError("--supersedes is for ADRs only")
    if system is not None and kind in WITHOUT_SYSTEM:
        raise UsageError(f"a {kind} note belongs to no system: --system is for the other types")


def note_template(root: Path, kind: str) -> str:
    """The vault's template for `kind` (`<Type>.md` in the templates folder, any case), else
    vaultsmith's own."""
    folders = [root / templates_folder(root), STARTER / STARTER_TEMPLATES]
    for folder in folders:
        if folder.is_dir():
            for candidate in sorted(folder.iterdir()):
                if candidate.suffix.lower() == ".md" and fold(candidate.stem) == kind and candidate.is_file():
                    return candidate.read_text(encoding="utf-8-sig")
    known = sorted({fold(p.stem) for f in folders if f.is_dir() for p in f.glob("*.md")})
    raise UsageError(f'no template for type "{kind}" (templates: {", ".join(known)})')


def fill_variables(text: str, title: str, now: dt.datetime) -> str:
    """Obsidian's template variables: `{{title}}`, `{{date}}`, `{{time}}`, and `{{date:FORMAT}}`
    with the common Moment.js tokens (YYYY, MM, DD, HH, mm, ss, ...)."""

    def replace(found: re.Match[str]) -> str:
        name = found.group(1).lower()
        if name == "title":
            return title
        default = "YYYY-MM-DD" if name == "date" else "HH:mm"
        return moment_format(now, (found.group(2) or default).strip())

    return _VARIABLE.sub(replace, text)


def moment_format(moment: dt.datetime, pattern: str) -> str:
    values = {
        "YYYY": f"{moment.year:04d}",
        "YY": f"{moment.year % 100:02d}",
        "MM": f"{moment.month:02d}",
        "M": str(moment.month),
        "DD": f"{moment.day:02d}",
        "D": str(moment.day),
        "HH": f"{moment.hour:02d}",
        "H": str(moment.hour),
        "mm": f"{moment.minute:02d}",
        "ss": f"{moment.second:02d}",
    }
    return _MOMENT_TOKEN.sub(lambda m: m.group(1) if m.group(1) is not None else values[m.group()], pattern)


def slug(title: str) -> str:
    """`Use Redis for Sessions!` -> `use-redis-for-sessions`: lower case, dashes."""
    text = re.sub(r"[\W_]+", "-", unicodedata.normalize("NFC", title).lower()).strip("-")
    return text[:MAX_SLUG].rstrip("-") or "untitled"


def _destination(model: VaultModel, kind: str, title: str, folder: str | None) -> str:
    if kind == "adr":
        name = f"{next_decision_number(model):04d}-{slug(title)}.md"
    else:
        name = f"{safe_file_stem(title)}.md"
    where = _inside(folder) if folder is not None else usual_folder(model, kind)
    return f"{where}/{name}" if where else name


def _inside(folder: str) -> str:
    cleaned = folder.replace("\\", "/").strip("/ ")
    if Path(folder).is_absolute() or ".." in cleaned.split("/"):
        raise UsageError(f"--folder must be a folder inside the vault, not {folder}")
    return cleaned


def next_decision_number(model: VaultModel) -> int:
    numbers = [model.field(node, "number", 0) for node in model.nodes_of_type("adr")]
    return max((n for n in numbers if isinstance(n, int)), default=0) + 1


def usual_folder(model: VaultModel, kind: str) -> str:
    """Where a new note of `kind` goes: for ADRs, the folder of the highest-numbered one; else
    the folder holding most notes of that type; else the conventional folder."""
    nodes = [node for node in model.nodes_of_type(kind) if not model.notes[node].note.generated]
    if kind == "adr":
        numbered = [(model.field(node, "number", -1), node) for node in nodes]
        if numbered:
            return max(numbered)[1].rpartition("/")[0]
    folders = Counter(node.rpartition("/")[0] for node in nodes)
    if folders:
        return min(folders.items(), key=lambda item: (-item[1], item[0]))[0]
    return DEFAULT_FOLDERS.get(kind, "")


def superseded_text(data: bytes, link: str, path: str) -> str:
    """The older ADR's text with `status: superseded` and `superseded_by` naming `link`
    (kept next to any successor it already names); nothing else changes."""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise VaultsmithError("not UTF-8; it was left as it is", path) from None
    try:
        properties = read_frontmatter(text)
        status = properties.get("status")
        if not (isinstance(status, str) and normalise_status(status).status == "superseded"):
            text = set_property(text, "status", "superseded")
        successors = [str(item) for item in as_list(properties.get("superseded_by"))]
        successors += [] if link in successors else [link]
        value = yaml_string(successors[0]) if len(successors) == 1 else yaml_list(successors)
        return set_property(text, "superseded_by", value)
    except VaultsmithError as bad:
        raise VaultsmithError(bad.message, path) from None


def replace_note(root: Path, relative: str, original: bytes, text: str) -> None:
    """Write the edited note atomically, keeping its permissions, unless it changed meanwhile."""
    target = root / relative
    if target.read_bytes() != original:
        raise VaultsmithError("changed while vaultsmith was editing it; it was left as it is", relative)
    mode = target.stat().st_mode & 0o7777
    atomic_write(target, text.encode("utf-8"))
    os.chmod(target, mode)
