"""Status written in the text: a `[superseded]` title marker, a Docusaurus admonition or an
Obsidian callout titled with a status, a status table; links in YAML and HTML comments are not
links."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import MakeVault
from hypothesis import given
from hypothesis import strategies as st

from vaultsmith.build import load_vault
from vaultsmith.config.statuses import admonitions, normalise_status, table_status, title_marker
from vaultsmith.model.analysed import analyse
from vaultsmith.model.graph import targets
from vaultsmith.tools.check import check_vault

RETIRED = (
    "---\nid: adrs-adr013\ntitle: 'ADR013: [superseded] Fetch with the old library'\n---\n\n"
    ":::note Superseded\n\n"
    "This record was superseded by [ADR014](./adr014-fetch.md) and is kept for history.\n\n:::\n\n"
    "## Context\n\nWe fetched with three libraries.\n"
)
REPLACEMENT = (
    "---\nid: adrs-adr014\ntitle: 'ADR014: Fetch with one library'\n---\n\n## Context\n\nOne is enough.\n"
)
TABLE = (
    "---\nid: adrs-adr010\n---\n\n"
    "| Created    | Status |\n| ---------- | ------ |\n| 2021-01-16 | Open   |\n\n"
    "# ADR010: Date library\n\n## Context\n\nDates are hard.\n"
)
KEY_VALUE_TABLE = (
    "# 3. Queues\n\n| Field | Value |\n|---|---|\n| Status | Accepted |\n| Date | 2024-02-02 |\n"
)
CALLOUT = (
    "# 4. Sessions in memory\n\n## Status\n\nAccepted\n\n> [!warning] Deprecated\n"
    "> Sessions outgrew one machine: see [[0005-sessions-in-redis]].\n"
)
PLAIN = "# 5. Sessions in Redis\n\n## Status\n\nAccepted\n"
TITLE_IN_HEADING = "# 6. [Rejected] Write our own queue\n\nWe will not.\n"
LABELLED_CALLOUT = "# 7. Nightly exports\n\n> [!note] Status: Superseded\n> See [[0005-sessions-in-redis]].\n"


@pytest.fixture
def vault(make_vault: MakeVault) -> Path:
    return make_vault(
        {
            "adr/adr013-old-fetch.md": RETIRED,
            "adr/adr014-fetch.md": REPLACEMENT,
            "adr/adr010-dates.md": TABLE,
            "adr/0003-queues.md": KEY_VALUE_TABLE,
            "adr/0004-sessions-in-memory.md": CALLOUT,
            "adr/0005-sessions-in-redis.md": PLAIN,
            "adr/0006-own-queue.md": TITLE_IN_HEADING,
            "adr/0007-nightly-exports.md": LABELLED_CALLOUT,
        }
    )


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("adr/adr013-old-fetch.md", "superseded"),
        ("adr/adr010-dates.md", "proposed"),
        ("adr/0003-queues.md", "accepted"),
        ("adr/0004-sessions-in-memory.md", "deprecated"),
        ("adr/0005-sessions-in-redis.md", "accepted"),
        ("adr/0006-own-queue.md", "rejected"),
        ("adr/0007-nightly-exports.md", "superseded"),
    ],
)
def test_status_written_in_the_text_is_read(vault: Path, path: str, status: str) -> None:
    assert analyse(load_vault(vault)).field(path, "status") == status


def test_the_title_marker_is_not_part_of_the_title(vault: Path) -> None:
    model = analyse(load_vault(vault))
    assert model.field("adr/adr013-old-fetch.md", "title") == "Fetch with the old library"
    assert model.field("adr/0006-own-queue.md", "title") == "Write our own queue"


def test_the_admonition_names_what_superseded_the_record(vault: Path) -> None:
    model = analyse(load_vault(vault))
    assert targets(model.graph, "adr/adr013-old-fetch.md", "superseded_by") == ["adr/adr014-fetch.md"]


def test_a_table_without_a_status_column_states_no_status(make_vault: MakeVault) -> None:
    root = make_vault({"adr/0001-x.md": "# 1. X\n\n| Option | Cost |\n|---|---|\n| Status quo | low |\n"})
    assert analyse(load_vault(root)).field("adr/0001-x.md", "status", None) is None


def test_links_in_yaml_and_html_comments_are_not_links(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Service.md": (
                '---\ntype: component\nproject: null  # "[[Project - Name]]"\n---\n'
                "<!-- Link the project: [[Project - Name]] -->\nSee [[Service]].\n"
            )
        }
    )
    assert [d for d in check_vault(root) if d.code == "unresolved-link"] == []


@given(st.text(max_size=200))
def test_reading_status_from_any_text_never_fails_and_finds_only_known_statuses(text: str) -> None:
    lines = text.split("\n")
    words, title = title_marker(text)
    assert words is None or normalise_status(words).status is not None
    assert words is not None or title == text
    for _, found, _ in admonitions(lines):
        assert normalise_status(found).status is not None
    table_status(lines)
