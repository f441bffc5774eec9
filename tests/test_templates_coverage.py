"""Coverage and gaps, measured on rendered Markdown (vaultsmith/coverage.py)."""

from __future__ import annotations

from vaultsmith.render.coverage import Coverage, measure, outline

GAP = "> [!warning] Missing: owner\n> Add `owner:` to [[Shop]].\n"


def note(body: str) -> str:
    return "---\ntype: sdd\ntitle: '## not a heading'\n---\n# Title\n\nIntro [[Shop]] text.\n\n" + body


def test_a_section_with_only_a_gap_callout_is_unbacked_even_though_the_callout_links() -> None:
    assert measure(note("## One\n" + GAP)) == Coverage(sections=1, backed=0, gaps=1)


def test_a_section_linking_a_note_is_backed_even_with_a_gap() -> None:
    assert measure(note("## One\n- [[Cart]] (service)\n\n" + GAP)) == Coverage(1, 1, 1)


def test_a_section_stating_facts_without_links_and_without_gaps_is_backed() -> None:
    assert measure(note("## Risks\nNo risk found in the vault.\n")) == Coverage(1, 1, 0)


def test_an_empty_section_is_unbacked() -> None:
    assert measure(note("## Empty\n\n## Full\nText.\n")) == Coverage(2, 1, 0)


def test_unticked_tasks_are_gaps_and_ticked_ones_are_not() -> None:
    body = "## Checklist\n- [x] **Database**: [[0003-db]]\n- [ ] **Logging**: none\n- [ ] **Alerts**: no\n"
    assert measure(note(body)) == Coverage(1, 1, 2)


def test_a_checklist_with_nothing_ticked_is_unbacked() -> None:
    assert measure(note("## Checklist\n- [ ] **Logging**: no accepted ADR\n")) == Coverage(1, 0, 1)


def test_a_level_two_heading_with_level_three_headings_counts_through_them() -> None:
    body = "## Overview\nIntro.\n\n### Purpose\n[[Shop]]\n\n### Scope\n" + GAP + "\n## Other\nText.\n"
    assert measure(note(body)) == Coverage(sections=3, backed=2, gaps=1)


def test_deeper_headings_belong_to_their_section() -> None:
    body = "## Components\n#### Cart\n" + GAP + "\n#### Payments\n- [[Payments]]\n"
    assert measure(note(body)) == Coverage(1, 1, 1)


def test_headings_and_tasks_inside_code_blocks_do_not_count() -> None:
    body = "## Real\nText.\n\n```markdown\n## Fake\n- [ ] not a task\n```\n"
    assert measure(note(body)) == Coverage(1, 1, 0)


def test_share_is_rounded_to_two_decimals_and_zero_without_sections() -> None:
    assert Coverage(3, 2, 0).share == 0.67
    assert Coverage(0, 0, 0).share == 0.0
    assert measure("# Only a title\n") == Coverage(0, 0, 0)


def test_outline_lists_level_two_headings_outside_code_in_order() -> None:
    body = "## 1. One\n### Sub\n## 2. Two\n```\n## no\n```\n"
    assert outline(note(body)) == ["1. One", "2. Two"]


def test_a_section_showing_only_a_diagram_is_backed() -> None:
    body = '## Context\n```mermaid\nC4Context\n    System(n1, "Shop")\n```\n'
    assert measure(note(body)) == Coverage(1, 1, 0)


def test_a_section_holding_only_an_obsidian_comment_shows_nothing() -> None:
    assert measure(note("## Kept\n%% vaultsmith:keep notes %%\n%% vaultsmith:end %%\n")) == Coverage(1, 0, 0)


def test_percent_is_the_share_as_a_whole_number() -> None:
    assert Coverage(3, 2, 0).percent == 67
    assert Coverage(8, 1, 0).percent == 12  # 0.12
    assert Coverage(0, 0, 0).percent == 0
