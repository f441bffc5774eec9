"""parse_note: properties (frontmatter), encodings and line endings, and what goes wrong.

Obsidian's rules (help, "Properties"): YAML between `---` lines at the very top of the file;
a link in a property is a quoted string (`link: "[[Episode IV]]"`) or a list of them; tags in
`tags:` are written without `#`.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from vaultsmith.diagnostics import Severity
from vaultsmith.vault.note import LinkKind
from vaultsmith.vault.parse import ParseResult, _key_lines, _plain_key_line, parse_note

PATH = "Decisions/0001-use-x.md"


def parse(text: str | bytes, path: str = PATH) -> ParseResult:
    return parse_note(path, text if isinstance(text, bytes) else text.encode("utf-8"))


def codes(result: ParseResult) -> list[str]:
    return [problem.code for problem in result.diagnostics]


# --- properties holding links --------------------------------------------------------------


def test_link_in_a_scalar_property_records_key_and_line() -> None:
    result = parse('---\ntitle: Checkout\nsystem: "[[Payments]]"\n---\nbody\n')
    (link,) = result.note.links
    assert (link.kind, link.target, link.key, link.line) == (LinkKind.WIKILINK, "Payments", "system", 3)
    assert link.relation == "system"


def test_links_in_a_list_property_each_get_their_own_line() -> None:
    text = '---\ntitle: x\ndepends_on:\n  - "[[Orders DB]]"\n  - "[[Stripe|stripe]]"\n---\n'
    found = [(link.target, link.alias, link.key, link.line) for link in parse(text).note.links]
    assert found == [("Orders DB", None, "depends_on", 4), ("Stripe", "stripe", "depends_on", 5)]


def test_links_in_a_flow_list_property() -> None:
    found = parse('---\naffects: ["[[A]]", "[[B]]"]\n---\n').note.links
    assert [(link.target, link.key, link.line) for link in found] == [
        ("A", "affects", 2),
        ("B", "affects", 2),
    ]


def test_links_in_a_nested_map_keep_the_top_level_key() -> None:
    text = '---\nlinks:\n  upstream: "[[Up]]"\n  downstream:\n    - "[[Down#API]]"\n---\n'
    found = [(link.target, link.heading, link.key, link.line) for link in parse(text).note.links]
    assert found == [("Up", None, "links", 3), ("Down", "API", "links", 5)]


def test_frontmatter_links_come_before_body_links() -> None:
    found = parse('---\nsystem: "[[S]]"\n---\n[[Body]]\n').note.links
    assert [(link.target, link.key) for link in found] == [("S", "system"), ("Body", None)]


def test_unquoted_wikilink_is_a_yaml_list_not_a_link() -> None:
    # Obsidian's help: internal links in properties "must be surrounded with quotes".
    result = parse("---\nsystem: [[Payments]]\n---\n")
    assert result.note.frontmatter == {"system": [["Payments"]]}
    assert result.note.links == ()


def test_text_that_only_mentions_a_link_word_is_not_a_link() -> None:
    assert parse("---\nsummary: uses Payments\n---\n").note.links == ()


# --- tags ----------------------------------------------------------------------------------


def test_tags_from_a_frontmatter_list() -> None:
    assert parse("---\ntags: [adr, decision/data]\n---\n").note.tags == ("adr", "decision/data")


def test_tags_from_a_frontmatter_string_split_on_commas_and_spaces() -> None:
    assert parse("---\ntags: adr, data  infra\n---\n").note.tags == ("adr", "data", "infra")


def test_hash_prefix_on_frontmatter_tags_is_stripped() -> None:
    assert parse('---\ntags: ["#adr", "#a/b"]\n---\n').note.tags == ("adr", "a/b")


def test_empty_and_digit_only_frontmatter_tags_are_skipped() -> None:
    # Obsidian (help, "Tags"): a tag needs at least one character that is not a digit.
    assert parse("---\ntags:\n  -\n  - 2024\n  - y2024\n---\n").note.tags == ("y2024",)


def test_frontmatter_tags_come_first_and_body_tags_are_added_once() -> None:
    assert parse("---\ntags: [adr]\n---\n#adr #data\n").note.tags == ("adr", "data")


def test_hashes_in_other_properties_are_not_tags() -> None:
    assert parse('---\nsummary: "see #later"\n---\n').note.tags == ()


# --- values --------------------------------------------------------------------------------


def test_dates_become_iso_strings() -> None:
    text = "---\ndate: 2024-01-05\nreviewed: 2024-01-05T10:30:00\n---\n"
    assert parse(text).note.frontmatter == {"date": "2024-01-05", "reviewed": "2024-01-05T10:30:00"}


def test_dates_inside_lists_become_iso_strings() -> None:
    assert parse("---\nreviews: [2024-01-05, 2024-02-01]\n---\n").note.frontmatter == {
        "reviews": ["2024-01-05", "2024-02-01"]
    }


def test_numbers_and_checkboxes_keep_their_types() -> None:
    assert parse("---\nnumber: 5\ndone: true\n---\n").note.frontmatter == {"number": 5, "done": True}


def test_generated_marker_marks_the_note_as_generated() -> None:
    assert parse("---\ngenerated_by: vaultsmith 0.1.0\n---\n# SDD\n").note.generated


def test_other_generators_do_not_mark_the_note_as_ours() -> None:
    assert not parse("---\ngenerated_by: someone else\n---\n").note.generated
    assert not parse("# vaultsmith\n").note.generated


# --- where the frontmatter is --------------------------------------------------------------


def test_note_title_is_the_file_name_without_md() -> None:
    assert parse("", path="Systems/Checkout.md").note.title == "Checkout"


def test_empty_file_is_an_empty_note() -> None:
    result = parse(b"")
    assert (result.note.body, result.note.frontmatter, result.note.links, result.diagnostics) == (
        "",
        {},
        (),
        (),
    )


def test_file_with_only_frontmatter_has_an_empty_body() -> None:
    result = parse('---\nsystem: "[[S]]"\n---')
    assert result.note.frontmatter == {"system": "[[S]]"}
    assert result.note.body == ""
    assert result.diagnostics == ()


def test_empty_frontmatter_is_no_properties() -> None:
    result = parse("---\n---\n[[A]]\n")
    assert (result.note.frontmatter, result.diagnostics) == ({}, ())
    assert [(link.target, link.line) for link in result.note.links] == [("A", 3)]


def test_frontmatter_without_closing_line_is_body_text() -> None:
    result = parse('---\nsystem: "[[S]]"\n\n[[A]]\n')
    assert result.note.frontmatter == {}
    assert result.note.body_line == 1
    assert [(link.target, link.key, link.line) for link in result.note.links] == [
        ("S", None, 2),
        ("A", None, 4),
    ]


def test_dashes_below_the_first_line_are_not_frontmatter() -> None:
    result = parse("\n---\ntitle: x\n---\n")
    assert result.note.frontmatter == {}


def test_byte_order_mark_is_stripped() -> None:
    result = parse("\ufeff---\ntitle: x\n---\n[[A]]\n".encode())
    assert result.note.frontmatter == {"title": "x"}
    assert [(link.target, link.line) for link in result.note.links] == [("A", 4)]


def test_crlf_line_endings_keep_frontmatter_and_line_numbers() -> None:
    result = parse(b'---\r\nsystem: "[[S]]"\r\n---\r\n\r\n[[A]]\r\n')
    assert result.note.frontmatter == {"system": "[[S]]"}
    assert [(link.target, link.line) for link in result.note.links] == [("S", 2), ("A", 5)]
    assert "\r" not in result.note.body


def test_lone_cr_line_endings_keep_line_numbers() -> None:
    result = parse(b"---\rtitle: x\r---\r# H\r[[A]]\r")
    assert result.note.frontmatter == {"title": "x"}
    assert [(h.text, h.line) for h in result.note.headings] == [("H", 4)]
    assert [(link.target, link.line) for link in result.note.links] == [("A", 5)]


# --- what goes wrong -----------------------------------------------------------------------


def test_broken_yaml_is_an_error_on_the_problem_line_and_the_body_still_parses() -> None:
    result = parse("---\ntitle: ok\nstatus: accepted: twice\n---\n[[A]]\n")
    (problem,) = result.diagnostics
    assert (problem.path, problem.line, problem.severity, problem.code) == (
        PATH,
        3,
        Severity.ERROR,
        "broken-frontmatter",
    )
    assert result.note.frontmatter == {}
    assert [(link.target, link.line) for link in result.note.links] == [("A", 5)]


def test_unclosed_quote_is_reported_where_it_opens() -> None:
    result = parse('---\ntitle: ok\nsystem: "[[S]]\nowner: me\nteam: x\n---\n')
    assert [(p.code, p.line) for p in result.diagnostics] == [("broken-frontmatter", 3)]


def test_unclosed_bracket_is_reported_where_the_loader_stops_and_names_its_line() -> None:
    result = parse("---\ntitle: ok\ntags: [a, b\nowner: me\n---\n")
    (problem,) = result.diagnostics
    assert (problem.code, problem.line) == ("broken-frontmatter", 4)
    assert "flow sequence that starts on line 3" in problem.message


def test_tab_indentation_is_reported_on_its_line() -> None:
    result = parse("---\ntitle: ok\nlist:\n\t- a\n---\n")
    assert [(p.code, p.line) for p in result.diagnostics] == [("broken-frontmatter", 4)]


def test_frontmatter_that_is_a_list_is_reported_and_ignored() -> None:
    result = parse('---\n- "[[A]]"\n- b\n---\n[[Body]]\n')
    assert codes(result) == ["frontmatter-not-map"]
    assert result.note.frontmatter == {}
    assert [link.target for link in result.note.links] == ["Body"]


def test_frontmatter_that_is_a_scalar_is_reported_and_ignored() -> None:
    result = parse("---\njust words\n---\n")
    assert codes(result) == ["frontmatter-not-map"]
    assert result.note.frontmatter == {}


def test_yaml_alias_that_contains_itself_is_an_error_not_a_crash() -> None:
    result = parse("---\nloop: &x [*x]\n---\n[[A]]\n")
    assert codes(result) == ["frontmatter-refused"]
    assert [link.target for link in result.note.links] == ["A"]


def test_yaml_alias_expansion_bomb_is_refused() -> None:
    lines = ["a: &a [x, x, x, x, x, x, x, x, x, x]"]
    for level in "bcdefghi":
        previous = chr(ord(level) - 1)
        lines.append(f"{level}: &{level} [{', '.join([f'*{previous}'] * 10)}]")
    result = parse("---\n" + "\n".join(lines) + "\n---\n[[A]]\n")
    assert codes(result) == ["frontmatter-refused"]
    assert [link.target for link in result.note.links] == ["A"]


def test_invalid_utf8_is_reported_on_its_line_and_the_rest_still_parses() -> None:
    result = parse(b"---\ntitle: x\n---\nline four\nbad \xff byte\n[[A]]\n")
    (problem,) = result.diagnostics
    assert (problem.code, problem.line, problem.severity) == ("not-utf8", 5, Severity.ERROR)
    assert result.note.frontmatter == {"title": "x"}
    assert [(link.target, link.line) for link in result.note.links] == [("A", 6)]


def test_invalid_utf8_line_counts_crlf_and_lone_cr_line_endings() -> None:
    assert [p.line for p in parse(b"a\r\nb\r\n\xfe").diagnostics] == [3]
    assert [p.line for p in parse(b"a\rb\r\xfe").diagnostics] == [3]


def test_nul_bytes_are_a_warning_on_their_line_and_are_dropped() -> None:
    result = parse(b"first\rsecond\r\n[[A\x00B]]\n")
    (problem,) = result.diagnostics
    assert (problem.code, problem.line, problem.severity) == ("nul-byte", 3, Severity.WARNING)
    assert [link.target for link in result.note.links] == ["AB"]


# --- sections ------------------------------------------------------------------------------


ADR = """---
type: adr
---
# 5. Use Redis

## Status

Accepted

### History

Proposed in March.

## Context

We need a cache.
"""


def test_section_runs_to_the_next_heading_of_the_same_level() -> None:
    assert parse(ADR).note.section("Status") == "Accepted\n\n### History\n\nProposed in March."


def test_section_name_matches_in_any_case() -> None:
    assert parse(ADR).note.section("context") == "We need a cache."


def test_section_of_a_subheading_stops_at_a_higher_heading() -> None:
    assert parse(ADR).note.section("History") == "Proposed in March."


def test_missing_section_is_none() -> None:
    assert parse(ADR).note.section("Consequences") is None


def test_heading_inside_code_does_not_end_a_section() -> None:
    note = parse("## Status\nAccepted\n```\n## not a heading\n```\n## Next\n").note
    assert note.section("Status") == "Accepted\n```\n## not a heading\n```"


# --- properties of the parser --------------------------------------------------------------

_PIECES = st.sampled_from(
    [
        "---",
        "title: x",
        'system: "[[S]]"',
        "- '[[L]]'",
        "tags: [a, '#b']",
        "a: &x [*x]",
        "k: {",
        "\t- tab",
        "# Heading",
        "```",
        "~~~",
        "`",
        "%%",
        "[[A|b]]",
        "[x](y%20z.md#h)",
        "#tag",
        "\r",
        "\x00",
        "\ufeff",
    ]
)
_LINES = st.lists(st.one_of(_PIECES, st.text(max_size=8))).map("\n".join)
_DOCUMENTS = st.one_of(
    st.binary(),
    st.text().map(lambda text: text.encode("utf-8")),
    _LINES.map(str.encode),
    st.tuples(_LINES, _LINES).map(lambda parts: f"---\n{parts[0]}\n---\n{parts[1]}".encode()),
    st.tuples(_LINES.map(str.encode), st.binary(max_size=8)).map(lambda parts: parts[0] + parts[1]),
)


@settings(max_examples=400, deadline=None)
@given(data=_DOCUMENTS, path=st.sampled_from(["a.md", "Folder/Sub/Note name.md", "ü/ñ.md"]))
def test_parse_never_raises_and_every_diagnostic_names_the_file(data: bytes, path: str) -> None:
    result = parse_note(path, data)
    assert result.note.path == path
    assert all(problem.path == path for problem in result.diagnostics)
    text = data.decode("utf-8", errors="replace").replace("\r\n", "\n").replace("\r", "\n")
    assert all(0 <= problem.line <= text.count("\n") + 1 for problem in result.diagnostics)


@settings(max_examples=3000, deadline=None)
@given(
    st.text(alphabet="ab :\n'\"\t-", max_size=10),
    st.sampled_from(["a", "ab", "a b", "b a", ":", "a:", " a", "a ", "'a'", "'a", "a\t", ""]),
)
def test_a_key_line_found_the_quick_way_is_the_one_every_line_gives(raw: str, key: str) -> None:
    quick = _plain_key_line(raw, key)
    assert quick is None or quick == _key_lines(raw.split("\n")).get(key, 0)


@pytest.mark.parametrize(("raw", "key"), [("\n a:", " a"), ("a :", "a "), ("'a':", "'a'"), ("a: a:", "a")])
def test_keys_read_another_way_are_not_found_the_quick_way(raw: str, key: str) -> None:
    assert _plain_key_line(raw, key) in (None, _key_lines(raw.split("\n")).get(key, 0))
