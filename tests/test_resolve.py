"""Resolver: which file a link means, in the order of Obsidian's `getFirstLinkpathDest`.

Exact vault path, else a file of that name in the linking note's folder, else the shortest
path; names compare case-insensitively with `.md` optional (see /work/shared/OBSIDIAN.md).
"""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from vaultsmith.build import load_vault
from vaultsmith.model.analysed import analyse
from vaultsmith.model.graph import UNRESOLVED, unresolved_id
from vaultsmith.model.resolve import Resolver


def test_names_match_in_any_case() -> None:
    resolver = Resolver(["Systems/Payments.md"])
    assert resolver.resolve("payments", "x.md") == "Systems/Payments.md"
    assert resolver.resolve("PAYMENTS.MD", "x.md") == "Systems/Payments.md"


def test_md_extension_is_optional() -> None:
    resolver = Resolver(["Note.md"])
    assert resolver.resolve("Note", "x.md") == resolver.resolve("Note.md", "x.md") == "Note.md"


def test_unknown_name_is_unresolved() -> None:
    assert Resolver(["Note.md"]).resolve("Missing", "x.md") is None


def test_exact_vault_path_wins_over_a_note_in_the_same_folder() -> None:
    resolver = Resolver(["Note.md", "b/Note.md"])
    assert resolver.resolve("Note", "b/Source.md") == "Note.md"
    assert resolver.resolve("b/Note", "Source.md") == "b/Note.md"


def test_same_folder_wins_over_a_shorter_path() -> None:
    resolver = Resolver(["a/Note.md", "long/folder/Note.md"])
    assert resolver.resolve("Note", "long/folder/Source.md") == "long/folder/Note.md"


def test_parent_folder_counts_for_nothing() -> None:
    resolver = Resolver(["a/Note.md", "zz/sub/Note.md"])
    assert resolver.resolve("Note", "zz/sub/deeper/Source.md") == "a/Note.md"


def test_shortest_path_wins_otherwise() -> None:
    resolver = Resolver(["aaaa/bbbb/Note.md", "cc/Note.md", "dddd/Note.md"])
    assert resolver.resolve("Note", "x/Source.md") == "cc/Note.md"


def test_equal_length_paths_are_broken_alphabetically_whatever_the_input_order() -> None:
    paths = ["b/Note.md", "a/Note.md", "c/Note.md"]
    assert Resolver(paths).resolve("Note", "x/Source.md") == "a/Note.md"
    assert Resolver(reversed(paths)).resolve("Note", "x/Source.md") == "a/Note.md"


def test_folder_and_name_match_as_a_path_suffix() -> None:
    resolver = Resolver(["x/a/b/Note.md", "c/Note.md", "Note.md"])
    assert resolver.resolve("b/Note", "Source.md") == "x/a/b/Note.md"
    assert resolver.resolve("a/b/Note.md", "Source.md") == "x/a/b/Note.md"


def test_path_suffix_must_match_whole_folder_names() -> None:
    assert Resolver(["xb/Note.md"]).resolve("b/Note", "Source.md") is None


def test_dot_slash_is_relative_to_the_linking_note_only() -> None:
    resolver = Resolver(["Note.md", "c/Note.md", "c/Other.md"])
    assert resolver.resolve("./Note", "c/Source.md") == "c/Note.md"
    assert resolver.resolve("./Note.md", "Source.md") == "Note.md"
    # No fallback by name: there is no Other.md next to the root note.
    assert resolver.resolve("./Other", "Source.md") is None


def test_dot_dot_slash_is_relative_to_the_parent_folder_only() -> None:
    resolver = Resolver(["Note.md", "d/Sib.md", "elsewhere/Far.md"])
    assert resolver.resolve("../Note", "b/Source.md") == "Note.md"
    assert resolver.resolve("../Sib", "d/e/Source.md") == "d/Sib.md"
    assert resolver.resolve("../Far", "d/e/Source.md") is None


def test_dot_dot_above_the_vault_root_is_unresolved() -> None:
    resolver = Resolver(["Note.md"])
    assert resolver.resolve("../Note", "Source.md") is None
    assert resolver.resolve("../../Note", "b/Source.md") is None


def test_relative_link_to_a_name_starting_with_two_dots() -> None:
    assert Resolver(["..draft.md"]).resolve("./..draft", "Source.md") == "..draft.md"


def test_heading_only_link_resolves_to_the_linking_note() -> None:
    assert Resolver(["a/Source.md"]).resolve("", "a/Source.md") == "a/Source.md"


def test_attachment_embed_resolves_to_the_file() -> None:
    resolver = Resolver(["Note.md"], ["attachments/image.png", "docs/spec.pdf"])
    assert resolver.resolve("image.png", "Notes/x.md") == "attachments/image.png"
    assert resolver.resolve("attachments/image.png", "Notes/x.md") == "attachments/image.png"
    assert resolver.resolve("Spec.PDF", "x.md") == "docs/spec.pdf"


def test_attachment_needs_its_extension() -> None:
    assert Resolver([], ["attachments/image.png"]).resolve("image", "x.md") is None


def test_dotted_note_name_resolves_to_the_note() -> None:
    resolver = Resolver(["Tech/Node.js.md", "Tech/Vue.md"])
    assert resolver.resolve("Node.js", "x.md") == "Tech/Node.js.md"
    assert resolver.resolve("Node.js.md", "x.md") == "Tech/Node.js.md"


def test_note_is_preferred_to_an_attachment_of_the_same_name() -> None:
    resolver = Resolver(["Diagram.md"], ["Diagram.png"])
    assert resolver.resolve("Diagram", "x.md") == "Diagram.md"
    assert resolver.resolve("Diagram.png", "x.md") == "Diagram.png"


@pytest.mark.parametrize(("stored", "written"), [("NFD", "NFC"), ("NFC", "NFD")])
def test_composed_and_decomposed_names_resolve_to_each_other(stored: str, written: str) -> None:
    path = unicodedata.normalize(stored, "Café Menü.md")
    link = unicodedata.normalize(written, "café menü")
    assert Resolver([path]).resolve(link, "x.md") == path


def test_link_target_is_the_bare_name_when_unambiguous() -> None:
    resolver = Resolver(["Systems/Payments.md", "Other.md"], ["img/a.png"])
    assert resolver.link_target("Systems/Payments.md", "Other.md") == "Payments"
    assert resolver.link_target("img/a.png", "Other.md") == "a.png"


def test_link_target_is_the_path_without_md_when_the_name_is_taken() -> None:
    resolver = Resolver(["Note.md", "b/Note.md"])
    assert resolver.link_target("b/Note.md", "Source.md") == "b/Note"
    assert resolver.link_target("Note.md", "b/Source.md") == "Note"


@pytest.mark.parametrize("source", ["Source.md", "a/Source.md", "b/c/Source.md", "long/folder/S.md"])
def test_link_target_always_resolves_back_to_the_same_file(source: str) -> None:
    notes = ["Note.md", "a/Note.md", "b/c/Note.md", "long/folder/Note.md", "x/Unique.md", "Node.js.md"]
    attachments = ["img/pic.png", "b/pic.png"]
    resolver = Resolver(notes, attachments)
    for path in [*notes, *attachments]:
        assert resolver.resolve(resolver.link_target(path, source), source) == path


def write(root: Path, path: str, text: str) -> None:
    file = root / path
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(text, encoding="utf-8")


def test_aliases_do_not_resolve_links(tmp_path: Path) -> None:
    # Obsidian leaves [[Alias]] unresolved; its link suggester writes [[Real name|Alias]].
    write(tmp_path, "Systems/Payments.md", "---\naliases: [Pay]\n---\n# Payments\n")
    write(tmp_path, "Notes/Meeting.md", "We talked about [[Pay]] and [[Payments|Pay]].\n")
    model = analyse(load_vault(tmp_path))
    graph = model.graph
    node = unresolved_id("Pay")
    assert graph.nodes[node]["type"] == UNRESOLVED
    assert set(graph.successors("Notes/Meeting.md")) == {node, "Systems/Payments.md"}
    assert model.resolver.resolve("Pay", "Notes/Meeting.md") is None
