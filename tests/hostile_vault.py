"""A hostile vault: every kind of input vaultsmith must survive, generated at test time.

Nothing here is committed as data: big notes, junk bytes, symbolic links, a named pipe and
unreadable files are made in a temporary folder when a test (or `python tests/hostile_vault.py
FOLDER`) asks for them. Each input says which diagnostic it must get (`code`, on `path`), or
None when it must simply be read as an ordinary note; tests/test_hostile_vault.py checks them
and docs/reliability.md lists them with the outcomes observed.
"""

from __future__ import annotations

import os
import random
import sys
from dataclasses import dataclass
from pathlib import Path

DEEP = 50_000  # nesting levels; PyYAML's C loader dies with SIGSEGV on this many


@dataclass(frozen=True, slots=True)
class Hostile:
    path: str  # vault-relative, as vaultsmith names it in diagnostics
    what: str  # the input, in words
    code: str | None  # the diagnostic it must get, or None
    content: bytes | None = None  # None: made specially (link, pipe, folder)


SYSTEM = b"---\ntype: system\ndescription: Takes orders.\nowner: Team A\n---\n# Shop\n"


def _frontmatter(text: str) -> bytes:
    return f"---\n{text}\n---\n[[Shop]]\n".encode()


def _billion_laughs() -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"{c}: &{c} [{', '.join([f'*{chr(ord(c) - 1)}'] * 9)}]" for c in "bcdefghi"]
    return "\n".join(lines)


def _merge_bomb() -> str:
    lines = ["m0: &m0 {a: 1, b: 2}"]
    return "\n".join(lines + [f"m{i}: &m{i} {{<<: [*m{i - 1}, *m{i - 1}]}}" for i in range(1, 40)])


def _large_note(size: int) -> bytes:
    """Prose with links, tags, headings, code and comments, repeated up to `size` bytes."""
    block = (
        "## Section\n\nSome text that links [[Shop]] and [[Nowhere]] and [a file](Notes/Plain.md), "
        "tagged #design. `[[Not a link]]` and %% [[hidden]] %%.\n\n```\n[[in code]]\n```\n\n"
    )
    return ("# Large note\n\n" + block * (size // len(block))).encode()


def _many_links(count: int) -> bytes:
    # To notes that exist (links that go nowhere are in Links/Nowhere.md): this is about volume.
    lines = ["- [[Shop]] [[Plain#Heading]] [a note](Notes/Plain.md)"] * -(-count // 3)
    return ("# Many links\n" + "\n".join(lines) + "\n").encode()


def _yaml_inputs() -> list[Hostile]:
    cases = [
        ("Unclosed quote", 'title: "unclosed\nother: 1', "broken-frontmatter", "an unclosed quote"),
        ("Unclosed bracket", "tags: [a, b\nother: 1", "broken-frontmatter", "an unclosed bracket"),
        ("Tab indent", "a:\n\tb: 1", "broken-frontmatter", "a tab used for indentation"),
        ("Bad indent", "a: 1\n  b: 2", "broken-frontmatter", "a wrongly indented key"),
        ("Unknown tag", "a: !shout loud", "broken-frontmatter", "an unknown YAML tag"),
        (
            "Python tag",
            'a: !!python/object/apply:os.system ["touch pwned"]',
            "broken-frontmatter",
            "a Python object tag (code execution in an unsafe loader)",
        ),
        ("Bad binary", 'a: !!binary "not base64!"', "broken-frontmatter", "invalid !!binary data"),
        ("Two documents", "a: 1\n...\nb: 2", "broken-frontmatter", "two YAML documents"),
        ("Unhashable key", "? [a, b]\n: c", "broken-frontmatter", "a list used as a key"),
        ("Duplicate key", "a: 1\na: 2", None, "the same key twice (the last wins, as in Obsidian)"),
        ("A list", '- "[[Shop]]"\n- b', "frontmatter-not-map", "frontmatter that is a list"),
        ("A scalar", "just words", "frontmatter-not-map", "frontmatter that is a single value"),
        ("Billion laughs", _billion_laughs(), "frontmatter-refused", "an alias bomb (9 levels of 9)"),
        ("Merge bomb", _merge_bomb(), "frontmatter-refused", "a merge-key bomb (<<: [*a, *a], 40 levels)"),
        ("Self alias", "loop: &x [*x]", "frontmatter-refused", "an alias inside its own anchor"),
        ("Deep flow", "x: " + "[" * DEEP + "]" * DEEP, "frontmatter-refused", "flow lists 50,000 deep"),
        ("Deep dashes", "- " * DEEP + "x", "frontmatter-refused", "block lists 50,000 deep on one line"),
        ("Deep keys", "? " * DEEP + "x", "frontmatter-refused", "complex keys 50,000 deep"),
        (
            "Deep indentation",
            "\n".join(" " * i + f"k{i}:" for i in range(900)) + " x",
            "frontmatter-refused",
            "maps nested 900 deep by indentation",
        ),
        (
            "Deep mixed",
            "- " * 20_000 + "[" * 20_000 + "]" * 20_000,
            "frontmatter-refused",
            "block and flow nesting mixed",
        ),
        ("Sexagesimal", "x: 1" + ":59" * 150_000, "frontmatter-refused", "a 450 KB base-60 number"),
        ("Huge hex", "x: 0x" + "f" * 200_000, "broken-frontmatter", "a 200,000-digit hex number"),
        ("Huge frontmatter", "x: " + "a" * 600_000, "frontmatter-refused", "600 KB of frontmatter"),
    ]
    return [Hostile(f"YAML/{name}.md", what, code, _frontmatter(text)) for name, text, code, what in cases]


def _text_inputs(rng: random.Random) -> list[Hostile]:
    return [
        Hostile("Text/Latin-1.md", "bytes that are not UTF-8 (Latin-1)", "not-utf8", b"caf\xe9 [[Shop]]\n"),
        Hostile("Text/UTF-16.md", "a UTF-16 file", "not-utf8", "\ufeffhello [[Shop]]".encode("utf-16")),
        Hostile(
            "Text/Junk.md", "4 KB of random bytes", "not-utf8", bytes(rng.randrange(256) for _ in range(4096))
        ),
        Hostile("Text/BOM.md", "a UTF-8 byte-order mark", None, b"\xef\xbb\xbf" + _frontmatter("type: note")),
        Hostile("Text/NUL.md", "NUL bytes", "nul-byte", b"one\x00two [[Shop]]\n"),
        Hostile("Text/CRLF.md", "CRLF line ends", None, b"---\r\ntype: note\r\n---\r\n[[Shop]]\r\n"),
        Hostile("Text/Lone CR.md", "lone CR line ends (old Mac)", None, b"---\rtype: note\r---\r[[Shop]]\r"),
        Hostile("Text/Empty.md", "an empty file", None, b""),
    ]


def _size_inputs(big: bool) -> list[Hostile]:
    size = 50_000_000 if big else 1_000_000
    return [
        Hostile("Big/Large note.md", f"a {size // 1_000_000} MB note", None, _large_note(size)),
        Hostile("Big/Many links.md", "a note with 100,000 links", None, _many_links(100_000)),
        Hostile(
            "Big/Heading spaces.md",
            "a heading followed by 1,000,000 spaces",
            None,
            ("# a" + " " * 1_000_000 + "b\n").encode(),
        ),
        Hostile(
            "Big/Backtick runs.md",
            "1 MB of backtick runs of growing length",
            None,
            " ".join("`" * n for n in range(1, 1400)).encode(),
        ),
    ]


def _name_inputs() -> list[Hostile]:
    long_name = "é" * 125  # 250 bytes: with ".md", 253 of the 255 a file name may have
    names = [
        ("Names/Café.md", "a name in NFC"),
        ("Names/Cafe\u0301.md", "the same name in NFD (another file on Linux)"),
        ("Names/🚀 Launch.md", "an emoji"),
        ("Names/Read me. Now.md", "spaces and dots"),
        (f"Names/{long_name}.md", "a 253-byte name"),
        ("Names/CON.md", "a name Windows reserves"),
        ('Names/a:b*c?d"e<f>g|h.md', "characters Windows forbids"),
        ("Names/a-b-c-d-e-f-g-h.md", "the name those characters clean up to"),
        ("Names/{{ 7*7 }} {% raw %}.md", "template syntax in a name"),
    ]
    found = [Hostile(path, f"a system named with {what}", None, SYSTEM) for path, what in names]
    found.append(Hostile("Names/Node.js.md", "a dotted name", None, _frontmatter("type: technology")))
    found.append(Hostile("Names/Bad\udcff.md", "a name that is not UTF-8", "unusable-name", b"x\n"))
    found.append(Hostile("Names/New\nline.md", "a newline in a name", "unusable-name", b"x\n"))
    return found


def _link_inputs() -> list[Hostile]:
    nowhere = "[[Does not exist]] [[]] [[#]] [[|]] ![[missing.png]] [x]() [[[[ ]] [x](../../etc/passwd)"
    nowhere += " [x](/absolute.md) [[../../outside]] [[C:\\Windows\\system]]\n"
    component = "---\ntype: component\nsystem: \"[[Shop]]\"\ndepends_on: ['[[{}]]']\n---\n"
    cycle = "components that depend on each other (and one on itself)"
    return [
        Hostile("Links/Self.md", "a link to itself", None, b"[[Self]] [[Self#Top]]\n"),
        Hostile("Links/Cycle A.md", cycle, None, component.format("Cycle B").encode()),
        Hostile("Links/Cycle B.md", cycle, None, component.format("Cycle A").encode()),
        Hostile("Links/Self dependency.md", cycle, None, component.format("Self dependency").encode()),
        Hostile("Links/Nowhere.md", "links that go nowhere, empty and odd links", None, nowhere.encode()),
    ]


def _template_inputs() -> list[Hostile]:
    jinja = (
        '---\ntype: system\ndescription: "{{ 7*7 }} {% for x in range(10**9) %}{% endfor %}"\n---\n'
        "# {{ config }}\n{{ ''.__class__.__mro__ }} {% include '/etc/passwd' %}\n"
    )
    templater = '---\ndate: "{{date}}"\n---\n# {{title}}\n<% tp.date.now() %>\n'
    escape = "---\ngenerated_by: vaultsmith\n---\n{{ ''.__class__.__mro__[1].__subclasses__() }}\n"
    uses_it = b"---\ntype: system\nsdd_template: escape\n---\n"
    return [
        Hostile("Templates/Jinja.md", "a system whose text holds {{ }} and {% %}", None, jinja.encode()),
        Hostile("Templates/Daily.md", "an Obsidian/Templater note template", None, templater.encode()),
        Hostile(
            ".vaultsmith/templates/escape.md.j2",
            "a vault SDD template that tries to leave Jinja's sandbox",
            "template-error",
            escape.encode(),
        ),
        Hostile("Templates/Escape.md", "a system that uses that template", None, uses_it),
    ]


def _output_inputs() -> list[Hostile]:
    mine = b"# My own notes\n[[Shop]]\n"
    return [
        Hostile("SDD/Reading list.md", "a user's note in the output folder", None, mine),
        Hostile("SDD/Shop SDD.md", "a user's note where an SDD goes", "overwrite-refused", mine),
        Hostile(
            "SDD/.Old SDD.md.x1y2.vaultsmith-tmp",
            "a temp file a killed build left",
            None,
            b"---\ngenerated_by: vaultsmith 0\n---\npartial",
        ),
    ]


def _special_inputs() -> list[Hostile]:
    return [
        Hostile("Links to/loop", "a symbolic link to its own folder (a loop)", "symlink-skipped"),
        Hostile("Links to/up", "a symbolic link to the parent folder", "symlink-skipped"),
        Hostile("Links to/Outside.md", "a symbolic link to a note outside the vault", "symlink-skipped"),
        Hostile(
            "Links to/Outside folder", "a symbolic link to a folder outside the vault", "symlink-skipped"
        ),
        Hostile("Links to/Dangling.md", "a symbolic link to nothing", "symlink-skipped"),
        Hostile("Special/Pipe.md", "a named pipe called .md (a read would block)", "not-a-file"),
        Hostile("Locked/Unreadable.md", "a note nobody may read (chmod 000)", "unreadable"),
        Hostile("Locked folder", "a folder nobody may list (chmod 000)", "unreadable-folder"),
    ]


def hostile_inputs(big: bool = False) -> list[Hostile]:
    rng = random.Random(7)
    return [
        *_yaml_inputs(),
        *_text_inputs(rng),
        *_size_inputs(big),
        *_name_inputs(),
        *_link_inputs(),
        *_template_inputs(),
        *_output_inputs(),
        *_special_inputs(),
    ]


def make_hostile_vault(folder: Path, big: bool = False) -> tuple[Path, list[Hostile]]:
    """Write the hostile vault into `folder/vault` (and what its links point at into
    `folder/outside`); return the vault root and its inputs."""
    root, outside = folder / "vault", folder / "outside"
    (root / ".obsidian").mkdir(parents=True)
    (outside / "Notes").mkdir(parents=True)
    secret = b"---\ntype: system\n---\n# Secret outside the vault\n"
    (outside / "Secret.md").write_bytes(secret)
    (outside / "Notes/Outside note.md").write_bytes(secret)
    _write(root, "Systems/Shop.md", SYSTEM)
    _write(root, "Notes/Plain.md", b"# Plain\n[[Shop]]\n")
    inputs = hostile_inputs(big)
    for item in inputs:
        if item.content is not None:
            _write(root, item.path, item.content)
    _make_special(root, outside)
    return root, inputs


def _write(root: Path, relative: str, content: bytes) -> None:
    path = root / relative  # a lone surrogate stands for an undecodable byte (surrogateescape)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content)


def _make_special(root: Path, outside: Path) -> None:
    links = root / "Links to"
    links.mkdir()
    (links / "loop").symlink_to(".")
    (links / "up").symlink_to("..")
    (links / "Outside.md").symlink_to(outside / "Secret.md")
    (links / "Outside folder").symlink_to(outside / "Notes")
    (links / "Dangling.md").symlink_to(root / "no such file.md")
    (root / "Special").mkdir()
    os.mkfifo(root / "Special/Pipe.md")
    _write(root, "Locked/Unreadable.md", b"---\ntype: system\n---\n")
    (root / "Locked/Unreadable.md").chmod(0)
    _write(root, "Locked folder/Hidden.md", b"---\ntype: system\n---\n")
    (root / "Locked folder").chmod(0)


def unlock(root: Path) -> None:
    """Give the locked file and folder their permissions back (so the vault can be deleted)."""
    for path in (root / "Locked folder", root / "Locked/Unreadable.md"):
        if path.exists():
            path.chmod(0o755)


if __name__ == "__main__":
    made, listed = make_hostile_vault(Path(sys.argv[1]), big="--big" in sys.argv)
    print(f"{made}: {len(listed)} hostile inputs")
