"""Kept blocks: hand-written text between `%% vaultsmith:keep NAME %%` and `%% vaultsmith:end %%`
inside a generated note survives every rebuild."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from vaultsmith.write.keep import (
    ORPHANS_HEADING,
    add_keep_blocks,
    carry_kept,
    kept_blocks,
    merge_with_existing,
    section_name,
)

GENERATED = """---
type: sdd
---

# Shop — Software Design Document

## 1. Overview

The shop sells things.

```mermaid
## not a heading inside a diagram
```

## 2. Risks and open questions

- [ ] nothing yet
"""


def block(name: str, kept: str = "") -> str:
    return f"%% vaultsmith:keep {name} %%\n{kept}%% vaultsmith:end %%"


def fill(text: str, name: str, kept: str) -> str:
    """`text` with `kept` written by hand into the block called `name`."""
    marker = f"%% vaultsmith:keep {name} %%\n"
    assert marker in text
    return text.replace(marker, marker + kept + "\n", 1)


def test_every_section_gets_one_empty_block_named_by_its_heading() -> None:
    text = add_keep_blocks(GENERATED)
    assert [b.name for b in kept_blocks(text)[0]] == ["overview", "risks-and-open-questions"]
    assert "nothing yet\n\n%% vaultsmith:keep risks-and-open-questions %%\n%% vaultsmith:end %%\n" in text
    assert text.count("vaultsmith:keep") == 2  # not for the heading inside the code block


def test_a_block_closes_its_section_before_the_next_heading() -> None:
    text = add_keep_blocks(GENERATED)
    before, _, after = text.partition("## 2. Risks")
    assert before.rstrip().endswith("%% vaultsmith:keep overview %%\n%% vaultsmith:end %%")
    assert "overview" not in after


def test_frontmatter_and_the_title_get_no_block() -> None:
    text = add_keep_blocks(GENERATED)
    assert text.startswith("---\ntype: sdd\n---\n\n# Shop — Software Design Document\n\n## 1. Overview\n")


def test_a_block_the_template_placed_itself_is_not_doubled() -> None:
    placed = GENERATED.replace(
        "The shop sells things.", "%% vaultsmith:keep overview %%\n%% vaultsmith:end %%"
    )
    assert add_keep_blocks(placed).count("vaultsmith:keep overview") == 1


def test_adding_blocks_twice_changes_nothing() -> None:
    once = add_keep_blocks(GENERATED)
    assert add_keep_blocks(once) == once


def test_section_names_leave_out_numbering_and_punctuation() -> None:
    assert section_name("8. Risks and open questions") == "risks-and-open-questions"
    assert section_name("4.2 Decision log") == "decision-log"
    assert section_name("Security & compliance") == "security-compliance"


def test_kept_text_returns_to_its_section_after_a_rebuild() -> None:
    old = fill(add_keep_blocks(GENERATED), "overview", "Agreed with Legal on 3 May:\n\n- no exports")
    new = add_keep_blocks(GENERATED.replace("The shop sells things.", "The shop sells more things."))
    carried = carry_kept(old, new)
    assert "The shop sells more things." in carried.text
    assert block("overview", "Agreed with Legal on 3 May:\n\n- no exports\n") in carried.text
    assert carried.moved == ()


def test_kept_text_follows_its_section_when_sections_are_renumbered_and_reordered() -> None:
    old = fill(add_keep_blocks(GENERATED), "risks-and-open-questions", "Ask ops about backups.")
    reordered = GENERATED.replace("## 1. Overview", "## 2. Overview").replace("## 2. Risks", "## 1. Risks")
    carried = carry_kept(old, add_keep_blocks(reordered))
    section = carried.text.split("## 1. Risks and open questions", 1)[1]
    assert "Ask ops about backups." in section


def test_carrying_again_gives_the_same_text() -> None:
    old = fill(add_keep_blocks(GENERATED), "overview", "mine")
    new = add_keep_blocks(GENERATED)
    once = carry_kept(old, new).text
    assert carry_kept(once, new).text == once


def test_a_block_whose_section_is_gone_moves_to_the_end_and_stays_there() -> None:
    old = fill(add_keep_blocks(GENERATED), "risks-and-open-questions", "Ask ops about backups.")
    without = add_keep_blocks(GENERATED.split("## 2. Risks")[0])
    carried = carry_kept(old, without)
    assert [block.name for block in carried.moved] == ["risks-and-open-questions"]
    tail = carried.text.split(ORPHANS_HEADING, 1)[1]
    assert block("risks-and-open-questions", "Ask ops about backups.\n") in tail
    again = carry_kept(carried.text, without)
    assert again.text == carried.text
    assert [block.name for block in again.moved] == ["risks-and-open-questions"]


def test_a_moved_block_returns_when_its_section_comes_back() -> None:
    old = fill(add_keep_blocks(GENERATED), "risks-and-open-questions", "Ask ops about backups.")
    moved = carry_kept(old, add_keep_blocks(GENERATED.split("## 2. Risks")[0])).text
    back = carry_kept(moved, add_keep_blocks(GENERATED))
    assert back.moved == ()
    assert ORPHANS_HEADING not in back.text
    assert "Ask ops about backups." in back.text.split("## 2. Risks", 1)[1]


def test_two_blocks_of_one_name_are_joined_not_lost() -> None:
    old = fill(add_keep_blocks(GENERATED), "overview", "first")
    old += "\n%% vaultsmith:keep overview %%\nsecond\n%% vaultsmith:end %%\n"
    carried = carry_kept(old, add_keep_blocks(GENERATED))
    assert block("overview", "first\n\nsecond\n") in carried.text


def test_text_outside_any_block_is_not_carried() -> None:
    old = add_keep_blocks(GENERATED).replace("The shop sells things.", "The shop sells things. EDITED")
    assert "EDITED" not in carry_kept(old, add_keep_blocks(GENERATED)).text


def test_an_unterminated_block_is_found_with_its_line() -> None:
    text = "---\ntype: sdd\n---\n\n## A\n\n%% vaultsmith:keep a %%\nmine\n"
    blocks, open_block = kept_blocks(text)
    assert blocks == []
    assert open_block is not None and (open_block.name, open_block.line) == ("a", 7)


def test_a_new_marker_before_the_end_leaves_the_first_block_open() -> None:
    text = "%% vaultsmith:keep a %%\nmine\n%% vaultsmith:keep b %%\n%% vaultsmith:end %%\n"
    _, open_block = kept_blocks(text)
    assert open_block is not None and open_block.name == "a"


def test_merge_refuses_to_replace_a_file_with_an_unterminated_block() -> None:
    old = add_keep_blocks(GENERATED).replace("%% vaultsmith:end %%", "", 1)
    merge = merge_with_existing("SDD/Shop SDD.md", old.encode(), add_keep_blocks(GENERATED))
    assert merge.content is None
    (problem,) = merge.diagnostics
    opening = old.split("\n").index("%% vaultsmith:keep overview %%") + 1
    assert (problem.code, problem.severity.value, problem.line) == ("keep-unterminated", "error", opening)
    assert '"overview"' in problem.message


def test_merge_warns_about_a_block_it_had_to_move() -> None:
    old = fill(add_keep_blocks(GENERATED), "risks-and-open-questions", "mine")
    merge = merge_with_existing("SDD/Shop SDD.md", old.encode(), add_keep_blocks("---\nx: 1\n---\n\n## A\n"))
    assert merge.content is not None and "mine" in merge.content
    (problem,) = merge.diagnostics
    assert (problem.code, problem.path) == ("kept-block-moved", "SDD/Shop SDD.md")
    assert "Kept notes without a place" in problem.message


def test_merge_keeps_a_file_that_is_no_longer_utf8() -> None:
    merge = merge_with_existing("SDD/Shop SDD.md", b"---\n\xff\n", GENERATED)
    assert merge.content is None
    assert merge.diagnostics[0].code == "keep-unreadable"


_KEPT_TEXT = st.lists(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=30).filter(
        lambda line: "vaultsmith:" not in line
    ),
    min_size=1,
    max_size=6,
).map("\n".join)


@given(_KEPT_TEXT)
def test_any_kept_text_comes_back_exactly(kept: str) -> None:
    if not kept.strip():
        return  # an empty block keeps nothing
    new = add_keep_blocks(GENERATED)
    old = fill(new, "overview", kept)
    first = kept_blocks(carry_kept(old, new).text)[0][0]
    assert first.text.strip("\n") == kept.strip("\n")
