"""Properties of whole builds over generated vaults.

Whatever the notes hold (arbitrary bytes, any YAML, link syntax of every kind, hostile names)
`build` returns a report instead of raising, every diagnostic names a file or folder of the
vault, no file without the generated marker is changed (every file is hashed before and after),
everything written is a marked note inside the output folder, and a second build, which reads
the parse cache, writes nothing.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties_parse import LINKISH, notes

from vaultsmith import build
from vaultsmith.write.files import is_generated_file

HOSTILE_NAMES = [
    "Shop",
    "shop",
    "Node.js",
    "CON",
    "a:b",
    "a-b",
    "Café",
    "Cafe\u0301",
    "🚀",
    " x ",
    "..x",
    "{{ x }}",
]
NAME_TEXT = st.text(
    st.characters(exclude_categories=["Cs", "Cc"], exclude_characters="/\\."), min_size=1, max_size=12
)
NAMES = st.lists(st.one_of(st.sampled_from(HOSTILE_NAMES), NAME_TEXT), min_size=1, max_size=3).map("/".join)

SYSTEM_NOTE = st.builds(
    lambda name, extra: f'---\ntype: system\nname: "{name}"\ndescription: {extra!r}\n---\n{extra}'.encode(),
    st.text(max_size=10),
    LINKISH,
)


@st.composite
def vaults(draw: st.DrawFn) -> dict[str, bytes]:
    files: dict[str, bytes] = {}
    for _ in range(draw(st.integers(1, 6))):
        name = draw(NAMES)
        files[f"{name}.md"] = draw(st.one_of(notes(), SYSTEM_NOTE))
    files["Systems/Anchor.md"] = b"---\ntype: system\n---\n"  # at least one SDD is written
    if draw(st.booleans()):
        files["SDD/Mine.md"] = draw(notes())  # a user's note in the output folder
    if draw(st.booleans()):
        files["SDD/Anchor SDD.md"] = b"# my own note where an SDD goes\n"
    return files


def hashes(root: Path) -> dict[str, str]:
    found = {}
    for parent, _, files in os.walk(root):
        for name in files:
            path = Path(parent) / name
            found[path.relative_to(root).as_posix()] = hashlib.sha256(path.read_bytes()).hexdigest()
    return found


def write(root: Path, files: dict[str, bytes]) -> None:
    (root / ".obsidian").mkdir(parents=True)
    for relative, content in files.items():
        path = root / relative
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(content)
        except (FileExistsError, NotADirectoryError, IsADirectoryError):
            continue  # a generated name that is also a folder name: keep the folder


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(vaults())
def test_build_of_any_vault_keeps_every_promise(files: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / "vault"
        write(root, files)
        before = hashes(root)
        report = build(root)
        after = hashes(root)
        for diagnostic in report.diagnostics:
            assert diagnostic.path == "." or os.path.lexists(root / diagnostic.path), diagnostic
        for path, digest in before.items():
            if after.get(path) != digest:
                assert is_generated_file(path, (root / path).read_bytes()), f"{path} changed"
        for path in set(after) - set(before):
            assert path.startswith("SDD/") and is_generated_file(path, (root / path).read_bytes()), path
        assert "SDD/Anchor SDD.md" in report.written or "SDD/Anchor SDD.md" in report.refused
        again = build(root)
        assert (again.written, again.removed) == ((), ())
        assert hashes(root) == after
