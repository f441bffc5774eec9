"""parse_note: which text Obsidian reads as links, tags and headings in a note's body.

The rules are Obsidian's (see /work/shared/OBSIDIAN.md and Obsidian's help pages "Internal
links", "Embed files", "Tags", "Basic formatting syntax").
"""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from vaultsmith.vault.note import Link, LinkKind, Note
from vaultsmith.vault.parse import parse_note


def parse(text: str, path: str = "Notes/Source.md") -> Note:
    result = parse_note(path, text.encode("utf-8"))
    return result.note


def links(text: str) -> list[Link]:
    return list(parse(text).links)


def targets(text: str) -> list[str]:
    return [link.target for link in links(text)]


def only_link(text: str) -> Link:
    found = links(text)
    assert len(found) == 1, found
    return found[0]


# --- wikilinks -----------------------------------------------------------------------------


def test_plain_wikilink_points_at_the_note_by_name() -> None:
    link = only_link("See [[Payments]] for more.\n")
    assert (link.kind, link.target, link.alias, link.heading, link.block) == (
        LinkKind.WIKILINK,
        "Payments",
        None,
        None,
        None,
    )
    assert link.relation == "mentions"


def test_aliased_wikilink_keeps_target_and_display_text() -> None:
    link = only_link("[[Payments Service|payments]]")
    assert (link.target, link.alias) == ("Payments Service", "payments")


def test_wikilink_alias_is_everything_after_the_first_bar() -> None:
    assert only_link("[[Note|a|b]]").alias == "a|b"


def test_wikilink_with_md_extension_keeps_the_name_for_the_resolver() -> None:
    assert only_link("[[Note.md]]").target == "Note.md"


def test_wikilink_with_folder_path_keeps_the_path() -> None:
    assert only_link("[[folder/Note]]").target == "folder/Note"


def test_wikilink_to_a_heading_splits_note_and_heading() -> None:
    link = only_link("[[Note#Heading]]")
    assert (link.target, link.heading, link.block) == ("Note", "Heading", None)


def test_wikilink_to_a_subheading_keeps_the_heading_path() -> None:
    link = only_link("[[Note#Heading#Sub]]")
    assert (link.target, link.heading) == ("Note", "Heading#Sub")


def test_wikilink_to_a_block_gives_the_block_id_without_caret() -> None:
    link = only_link("[[Note#^block-1]]")
    assert (link.target, link.heading, link.block) == ("Note", None, "block-1")


def test_heading_link_without_note_points_into_the_same_note() -> None:
    link = only_link("Jump to [[#Heading]].")
    assert (link.target, link.heading) == ("", "Heading")


def test_image_embed_is_an_embed_of_the_attachment() -> None:
    link = only_link("![[image.png]]")
    assert (link.kind, link.target) == (LinkKind.EMBED, "image.png")
    assert link.relation == "embeds"


def test_embed_of_a_note_section_keeps_the_heading() -> None:
    link = only_link("![[Note#Section]]")
    assert (link.kind, link.target, link.heading) == (LinkKind.EMBED, "Note", "Section")


def test_empty_wikilink_is_not_a_link() -> None:
    assert links("[[ ]] and [[|alias]]") == []


def test_escaped_bar_in_a_table_separates_target_from_alias() -> None:
    table = "| Service | Owner |\n|---|---|\n| [[Payments\\|pay]] | team |\n"
    link = only_link(table)
    assert (link.target, link.alias, link.line) == ("Payments", "pay", 3)


def test_escaped_bar_in_a_table_after_a_heading_link() -> None:
    link = only_link("| [[Payments#API\\|api]] |")
    assert (link.target, link.heading, link.alias) == ("Payments", "API", "api")


# --- markdown links ------------------------------------------------------------------------


def test_markdown_link_to_a_note_is_a_link() -> None:
    link = only_link("[the note](Note.md)")
    assert (link.kind, link.target, link.alias) == (LinkKind.MARKDOWN, "Note.md", "the note")


def test_markdown_link_with_percent_encoded_space_is_decoded() -> None:
    assert only_link("[x](Note%20Name.md)").target == "Note Name.md"


def test_markdown_link_in_angle_brackets_may_hold_spaces() -> None:
    assert only_link("[x](<Note Name.md>)").target == "Note Name.md"


def test_markdown_link_with_heading_splits_note_and_heading() -> None:
    link = only_link("[x](Note.md#Heading)")
    assert (link.target, link.heading) == ("Note.md", "Heading")


def test_markdown_link_heading_is_percent_decoded() -> None:
    assert only_link("[x](Note.md#Two%20Words)").heading == "Two Words"


def test_markdown_link_encoded_hash_stays_part_of_the_name() -> None:
    # `%23` is an escaped `#`: the link is split at a literal `#` before decoding.
    link = only_link("[x](C%23%20Notes.md)")
    assert (link.target, link.heading) == ("C# Notes.md", None)


def test_markdown_link_with_title_is_a_link() -> None:
    assert only_link('[x](Note.md "a title")').target == "Note.md"


def test_markdown_image_is_an_embed() -> None:
    link = only_link("![diagram](attachments/flow.png)")
    assert (link.kind, link.target) == (LinkKind.EMBED, "attachments/flow.png")


def test_external_https_link_is_not_a_vault_link() -> None:
    assert links("[site](https://example.com/Note.md)") == []


def test_mailto_link_is_not_a_vault_link() -> None:
    assert links("[mail](mailto:team@example.com)") == []


def test_obsidian_uri_is_not_a_vault_link() -> None:
    assert links("[open](obsidian://open?vault=x&file=Note)") == []


# --- code and comments ---------------------------------------------------------------------


def test_wikilink_inside_inline_code_is_not_a_link() -> None:
    assert targets("Write `[[Note]]` to link, or [[Real]].") == ["Real"]


def test_wikilink_inside_double_backtick_code_is_not_a_link() -> None:
    assert targets("Use ``a ` then [[Note]]`` here, and [[Real]].") == ["Real"]


def test_unmatched_backtick_is_literal_text() -> None:
    assert targets("A lone ` backtick, then [[Real]].") == ["Real"]


def test_code_span_does_not_run_past_a_blank_line() -> None:
    assert targets("Open ` here\n\n[[Real]] and ` there") == ["Real"]


def test_wikilink_in_backtick_fence_is_not_a_link() -> None:
    text = "Before [[A]]\n```markdown\n[[Hidden]]\n```\nAfter [[B]]\n"
    assert targets(text) == ["A", "B"]


def test_wikilink_in_tilde_fence_is_not_a_link() -> None:
    text = "~~~\n[[Hidden]]\n![[hidden.png]]\n~~~\n[[B]]\n"
    assert targets(text) == ["B"]


def test_longer_fence_is_not_closed_by_a_shorter_one() -> None:
    text = "````\n```\n[[Hidden]]\n```\n[[StillHidden]]\n````\n[[Shown]]\n"
    assert targets(text) == ["Shown"]


def test_tilde_fence_is_not_closed_by_backticks() -> None:
    text = "~~~\n```\n[[Hidden]]\n~~~\n[[Shown]]\n"
    assert targets(text) == ["Shown"]


def test_unclosed_fence_hides_the_rest_of_the_note() -> None:
    # CommonMark: a fenced block with no closing fence runs to the end of the document.
    assert targets("[[A]]\n```\n[[Hidden]]\n\nmore [[AlsoHidden]]\n") == ["A"]


def test_fence_inside_a_callout_is_code() -> None:
    text = "> [!example]\n> ~~~\n> [[Hidden]]\n> ~~~\n\n[[Shown]]\n"
    assert targets(text) == ["Shown"]


def test_fence_inside_a_list_item_is_code_even_across_a_blank_line() -> None:
    text = "- step\n    ```\n    first\n\n    [[Hidden]]\n    ```\n- [[Shown]]\n"
    assert targets(text) == ["Shown"]


def test_unmatched_backtick_before_a_fence_does_not_hide_links_after_it() -> None:
    text = "An odd ` here\n```\ncode\n```\n[[Shown]] and ` there\n"
    assert targets(text) == ["Shown"]


def test_wikilink_in_inline_comment_is_not_a_link() -> None:
    assert targets("Visible [[A]] %% hidden [[B]] %% visible [[C]]") == ["A", "C"]


def test_wikilink_in_multi_line_comment_is_not_a_link() -> None:
    text = "[[A]]\n%%\ndraft: [[Hidden]]\n\n![[hidden.png]]\n%%\n[[C]]\n"
    assert targets(text) == ["A", "C"]


def test_comment_markers_inside_code_do_not_open_a_comment() -> None:
    assert targets("Type `%%` to comment. [[A]]") == ["A"]


# --- line numbers --------------------------------------------------------------------------


def test_body_link_lines_are_file_lines_without_frontmatter() -> None:
    found = links("# Title\n\n[[A]]\ntext ![[b.png]]\n\n[x](C.md)\n")
    assert [(link.target, link.line) for link in found] == [("A", 3), ("b.png", 4), ("C.md", 6)]


def test_body_link_lines_count_the_frontmatter_lines() -> None:
    text = "---\ntitle: x\ntags: [a]\n---\n# Title\n[[A]]\n\n[[B]]\n"
    assert [(link.target, link.line) for link in links(text)] == [("A", 6), ("B", 8)]


def test_links_come_in_order_of_appearance() -> None:
    assert targets("[m](M.md) [[W]] ![[E.png]] [n](N.md)") == ["M.md", "W", "E.png", "N.md"]


def test_body_links_have_no_frontmatter_key() -> None:
    assert only_link("[[A]]").key is None


# --- tags ----------------------------------------------------------------------------------


def tags(text: str) -> tuple[str, ...]:
    return parse(text).tags


def test_body_tag_is_found_without_hash() -> None:
    assert tags("Filed under #architecture today.") == ("architecture",)


def test_nested_body_tag_keeps_its_path() -> None:
    assert tags("#decision/data") == ("decision/data",)


def test_only_digits_is_not_a_tag() -> None:
    assert tags("Issue #123 and #y1984") == ("y1984",)


def test_heading_is_not_a_tag() -> None:
    assert tags("# Heading\n## Sub\n") == ()


def test_heading_link_is_not_a_tag() -> None:
    assert tags("See [[#Heading]] and [[Note#Part]].") == ()


def test_markdown_heading_link_is_not_a_tag() -> None:
    assert tags("See [below](#Heading).") == ()


def test_tags_in_code_and_comments_are_not_tags() -> None:
    text = "`#inline`\n```\n#fenced\n```\n%% #comment %%\n#real\n"
    assert tags(text) == ("real",)


def test_url_fragment_is_not_a_tag() -> None:
    assert tags("Go to http://x/#y or https://example.com/page#frag") == ()


def test_hash_inside_a_word_is_not_a_tag() -> None:
    assert tags("C#sharp and issue#5 and &#39;") == ()


def test_tag_ends_at_punctuation() -> None:
    assert tags("Tagged #api, #db. (#cache)") == ("api", "db", "cache")


def test_repeated_tags_are_listed_once() -> None:
    assert tags("#a #b #a") == ("a", "b")


# --- headings ------------------------------------------------------------------------------


def test_headings_have_level_text_and_file_line() -> None:
    note = parse("---\na: 1\n---\n# Title\ntext\n## Status ##\n###### Six\n")
    assert [(h.level, h.text, h.line) for h in note.headings] == [
        (1, "Title", 4),
        (2, "Status", 6),
        (6, "Six", 7),
    ]


def test_heading_needs_a_space_after_the_hashes() -> None:
    assert parse("#tag line\n####### seven\n").headings == ()


def test_heading_inside_code_is_not_a_heading() -> None:
    note = parse("```\n# not a heading\n```\n~~~\n## nor this\n~~~\n# Real\n")
    assert [h.text for h in note.headings] == ["Real"]


# --- properties of the parser --------------------------------------------------------------

_LINK_LINES = st.lists(
    st.sampled_from(
        [
            "[[A]]",
            "See [[B|bee]] here",
            "![[c.png]]",
            "[d](D.md)",
            "[[E#Part]] and [[#Local]]",
            "plain words",
            "",
            "| [[F\\|f]] |",
        ]
    ),
    max_size=8,
)


@settings(max_examples=200, deadline=None)
@given(before=_LINK_LINES, inside=st.text(), after=_LINK_LINES)
def test_text_inside_a_fenced_block_never_changes_the_links(
    before: list[str], inside: str, after: list[str]
) -> None:
    inside = inside.replace("~", "-")  # so that no line inside can close the fence
    head = "\n".join(before)
    tail = "\n".join(after)
    block = f"~~~~\n{inside}\n~~~~"
    plain = links(f"{head}\n{tail}\n")
    fenced = links(f"{head}\n{block}\n{tail}\n")
    added = len(block.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    shifted = [
        Link(
            link.kind,
            link.target,
            link.line + added if link.line > len(before) else link.line,
            link.alias,
            link.heading,
            link.block,
            link.key,
        )
        for link in plain
    ]
    assert fenced == shifted
