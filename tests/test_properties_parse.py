"""Properties of parsing and naming over generated input: arbitrary bytes, text, YAML and links.

parse_note never raises, whatever the bytes; every diagnostic names the note and a line of it.
safe_file_stem always gives one safe path component.
"""

from __future__ import annotations

import unicodedata

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from vaultsmith.sdd.naming import MAX_NAME_BYTES, safe_file_stem, sdd_paths
from vaultsmith.vault.parse import parse_note

# Pieces of Markdown and Obsidian syntax, so that generated notes are dense with near-links.
SYNTAX = st.sampled_from(
    [
        "[[", "]]", "|", "#", "^", "![[", "[", "](", ")", "<", ">", "%%", "`", "```", "~~~", "\n", "\r",
        "\r\n", " ", "---", "\\", "- ", "? ", ": ", "&a ", "*a ", "{{ x }}", "{% if %}", "\x00", "\ufeff",
        "Note", "Shop", ".md", "%20", "../", "/", "\t", "é", "🚀",
    ]
)  # fmt: skip
LINKISH = st.lists(st.one_of(SYNTAX, st.text(max_size=8)), max_size=40).map("".join)

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=False), st.text(max_size=20), LINKISH
)
VALUES = st.recursive(
    SCALARS,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=10), inner, max_size=4)
    ),
    max_leaves=12,
)


@st.composite
def notes(draw: st.DrawFn) -> bytes:
    """Bytes of one note: arbitrary bytes, or text with frontmatter that is valid YAML of any
    shape, or YAML-looking text of any kind, and a body full of link syntax."""
    kind = draw(st.sampled_from(["bytes", "yaml", "yamlish", "body"]))
    if kind == "bytes":
        return draw(st.binary(max_size=300))
    body = draw(LINKISH)
    if kind == "body":
        return body.encode("utf-8", errors="surrogatepass")
    frontmatter = yaml.safe_dump(draw(VALUES), allow_unicode=True) if kind == "yaml" else draw(LINKISH)
    return f"---\n{frontmatter}\n---\n{body}".encode("utf-8", errors="surrogatepass")


@settings(max_examples=300, deadline=None)
@given(notes())
def test_parse_never_raises_and_names_the_note_and_a_real_line(data: bytes) -> None:
    result = parse_note("Folder/Note.md", data)
    lines = data.count(b"\n") + data.count(b"\r") + 2
    for diagnostic in result.diagnostics:
        assert diagnostic.path == "Folder/Note.md"
        assert 0 <= diagnostic.line <= lines
    for link in result.note.links:
        assert 1 <= link.line <= lines
    assert result.note.path == "Folder/Note.md"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_safe_file_stem_is_one_safe_path_component(name: str) -> None:
    stem = safe_file_stem(name)
    assert stem and stem not in {".", ".."}
    assert len(stem.encode("utf-8")) <= MAX_NAME_BYTES
    assert not set(stem) & set('/\\:*?"<>|#^[]')
    assert all(unicodedata.category(char) not in {"Cc", "Cs"} for char in stem)
    assert stem == stem.strip(" ") and not stem.endswith(".")
    assert unicodedata.is_normalized("NFC", stem)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.text(max_size=30), max_size=12))
def test_every_system_gets_its_own_file_in_the_output_folder(names: list[str]) -> None:
    systems = [(f"Systems/{index}.md", name) for index, name in enumerate(names)]
    paths = sdd_paths("SDD", systems)
    assert len(paths) == len(systems)
    assert len({path.casefold() for path in paths.values()}) == len(systems)
    for path in paths.values():
        folder, _, file_name = path.partition("/")
        assert folder == "SDD" and "/" not in file_name and file_name.endswith(" SDD.md")
