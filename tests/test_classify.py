"""classify: a note's type, and what a decision record (ADR) says about itself.

Type comes from the `type:` property, else file name, tag, nearest folder. Decision facts come
from properties, or from the text of Nygard (adr-tools) and MADR records.
"""

from __future__ import annotations

import pytest

from vaultsmith.config import Config
from vaultsmith.config.statuses import normalise_status
from vaultsmith.model.classify import UNTYPED, ClassifiedNote, classify
from vaultsmith.vault.parse import parse_note


def classified(path: str, text: str = "", config: Config | None = None) -> ClassifiedNote:
    note = parse_note(path, text.encode("utf-8")).note
    return classify(note, config or Config())


# --- type ----------------------------------------------------------------------------------


@pytest.mark.parametrize("written", ["system", "System", "SYSTEM", " System "])
def test_type_property_is_read_in_any_case(written: str) -> None:
    assert classified("Notes/Checkout.md", f"---\ntype: '{written}'\n---\n").type == "system"


def test_type_property_wins_over_folder_tag_and_file_name() -> None:
    text = "---\ntype: component\ntags: [adr]\n---\n"
    assert classified("Decisions/0001-cart.md", text).type == "component"


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("Systems/Checkout.md", "system"),
        ("Components/Cart.md", "component"),
        ("Technologies/Redis.md", "technology"),
        ("PRDs/Search.md", "prd"),
        ("Decisions/Use Redis.md", "adr"),
        ("ADRs/Use Redis.md", "adr"),
        ("Notes/Meeting.md", UNTYPED),
    ],
)
def test_type_from_default_folder_names_in_any_case(path: str, kind: str) -> None:
    assert classified(path).type == kind


def test_nearest_folder_wins() -> None:
    assert classified("Systems/Checkout/Components/Cart.md").type == "component"
    assert classified("Components/Legacy/Systems/Old.md").type == "system"


def test_type_from_a_tag() -> None:
    assert classified("Notes/Redis.md", "Filed as #technology.\n").type == "technology"
    assert classified("Notes/Use Redis.md", "---\ntags: ['#ADR']\n---\n").type == "adr"


def test_tag_wins_over_folder() -> None:
    assert classified("Systems/Cart.md", "---\ntags: [component]\n---\n").type == "component"


def test_our_generated_documents_are_sdds() -> None:
    assert classified("SDD/Checkout.md", "---\ngenerated_by: vaultsmith 0.1.0\n---\n").type == "sdd"


@pytest.mark.parametrize("name", ["0001-use-x.md", "adr012-x.md", "ADR-0007-use-kafka.md", "20240105-x.md"])
def test_decision_record_file_names_are_adrs(name: str) -> None:
    assert classified(f"Notes/{name}").type == "adr"


@pytest.mark.parametrize("name", ["2024-03-04 Review.md", "2024-03-04.md", "Release 2.md", "42.md"])
def test_dated_and_other_numbered_notes_are_not_adrs(name: str) -> None:
    assert classified(f"Notes/{name}").type == UNTYPED


# --- decision records ----------------------------------------------------------------------

NYGARD = """# 5. Use Redis for sessions

Date: 2024-01-05

## Status

Superseded by [6. Use Valkey](0006-use-valkey.md)

## Context

Sessions live in [[Session Store]].
"""


def test_nygard_record_without_frontmatter_gives_number_title_date_and_status() -> None:
    fields = classified("Decisions/use-redis.md", NYGARD).fields
    assert fields["number"] == 5
    assert fields["title"] == "Use Redis for sessions"
    assert fields["date"] == "2024-01-05"
    assert fields["status"] == "superseded"
    assert fields["status_text"] == "Superseded by [6. Use Valkey](0006-use-valkey.md)"


def test_number_from_the_file_name_when_the_title_has_none() -> None:
    fields = classified("Decisions/0012-use-kafka.md", "# Use Kafka\n\n## Status\n\nAccepted\n").fields
    assert (fields["number"], fields["title"], fields["status"]) == (12, "Use Kafka", "accepted")


def test_superseded_by_link_in_status_section_is_a_superseded_by_relation() -> None:
    item = classified("Decisions/0005-use-redis.md", NYGARD)
    found = [(link.target, link.relation, link.line) for link in item.links]
    assert found == [("0006-use-valkey.md", "superseded_by", 7), ("Session Store", "mentions", 11)]


def test_status_relation_survives_trailing_spaces_on_the_line() -> None:
    text = "# 2. Old\n\n## Status\n\n  Superseded by [[0003-new]]  \n"
    (link,) = classified("Decisions/0002-old.md", text).links
    assert (link.target, link.relation) == ("0003-new", "superseded_by")


def test_supersedes_and_amends_lines_name_their_relations() -> None:
    text = "# 6. New\n\n## Status\n\nAccepted\n\nSupersedes [[0005-old]]\n- Amends [[0004-older]]\n"
    found = [(link.target, link.relation) for link in classified("Decisions/0006-new.md", text).links]
    assert found == [("0005-old", "supersedes"), ("0004-older", "amends")]


def test_links_outside_the_status_section_keep_their_relation() -> None:
    text = "# 6. New\n\n## Context\n\nSuperseded by [[X]] in spirit.\n"
    (link,) = classified("Decisions/0006-new.md", text).links
    assert link.relation == "mentions"


def test_madr_chosen_option_is_read() -> None:
    text = '## Decision Outcome\n\nChosen option: "Kafka", because it keeps events for replay.\n'
    assert classified("Decisions/0007-events.md", text).fields["chosen"] == "Kafka"


def test_madr_chosen_option_may_be_a_link() -> None:
    text = 'Chosen option: "[[Kafka]]", because it scales.\n'
    assert classified("Decisions/0007-events.md", text).fields["chosen"] == "Kafka"


def test_log4brains_status_bullet_is_read() -> None:
    text = "# Use X\n\n- Status: accepted\n- Date: 2024-02-01\n"
    fields = classified("Decisions/20240201-use-x.md", text).fields
    assert (fields["status"], fields["date"]) == ("accepted", "2024-02-01")


def test_properties_win_over_the_text() -> None:
    text = "---\nstatus: Rejected\ndate: 2023-01-01\nchosen: Postgres\n---\n" + NYGARD
    fields = classified("Decisions/0005-use-redis.md", text).fields
    assert (fields["status"], fields["date"], fields["chosen"]) == ("rejected", "2023-01-01", "Postgres")


def test_madr_decision_makers_become_deciders() -> None:
    text = "---\ndecision-makers: [Ann, Bo]\n---\n# Use X\n"
    assert classified("Decisions/0001-use-x.md", text).fields["deciders"] == ["Ann", "Bo"]


def test_config_can_add_status_words() -> None:
    config = Config(statuses={"ratified": "accepted"})
    item = classified("Decisions/0001-x.md", "## Status\n\nRatified\n", config)
    assert item.fields["status"] == "accepted"


# --- status words --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "status", "qualifier"),
    [
        ("Accepted", "accepted", None),
        ("approved", "accepted", None),
        ("**Accepted** on 2024-01-05", "accepted", None),
        ("Accepted.", "accepted", None),
        ("Accepted; see the review", "accepted", None),
        ("✅ Accepted", "accepted", None),
        ("Proposed", "proposed", None),
        ("Draft", "proposed", None),
        ("On hold", "proposed", "on hold"),
        ("Rejected", "rejected", None),
        ("Deprecated", "deprecated", None),
        ("Superseded by [5. Title](0005-title.md)", "superseded", None),
        ("Partly superseded", "superseded", "partly superseded"),
        ("Partially superseded by [[0009-x]]", "superseded", "partly superseded"),
    ],
)
def test_status_words_map_to_the_vocabulary(written: str, status: str, qualifier: str | None) -> None:
    found = normalise_status(written)
    assert (found.status, found.qualifier) == (status, qualifier)


@pytest.mark.parametrize("written", ["frobnicated", "Not accepted", "acceptedish", ""])
def test_unknown_status_words_map_to_none(written: str) -> None:
    assert normalise_status(written).status is None


def test_status_keeps_the_words_as_written() -> None:
    assert normalise_status("  **Partly superseded**  ").written == "Partly superseded"
