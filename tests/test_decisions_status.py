"""One status vocabulary: every way an ADR writes its status maps to proposed, accepted, rejected,
deprecated or superseded (qualifiers "partly superseded", "amended", "on hold" kept), the
[statuses] table of vaultsmith.toml adds words, and a word that maps to nothing stays visible."""

from __future__ import annotations

import pytest
from conftest import MakeVault
from test_cli import run

from vaultsmith.config import parse_config
from vaultsmith.errors import ConfigError
from vaultsmith.model.decisions import read_decision
from vaultsmith.vault.parse import parse_note


def status_of(
    text: str, path: str = "doc/adr/0001-x.md", extra: dict[str, str] | None = None
) -> tuple[object, ...]:
    record = read_decision(parse_note(path, text.encode()).note, extra)
    assert record.status is not None
    return record.status.status, record.status.qualifier, record.status_form, record.status_line


@pytest.mark.parametrize(
    ("section", "status", "qualifier"),
    [
        ("Accepted", "accepted", None),
        ("Superceded by [2. New](0002-new.md)", "superseded", None),  # adr-tools' old spelling
        ("Accepted\n\nSuperseded by [2. New](0002-new.md)", "superseded", None),
        ("Accepted\n\nAmended by [3. Fix](0003-fix.md)", "accepted", "amended"),
        ("Accepted\n\nPartly superseded by [[0004-part]]", "superseded", "partly superseded"),
        ("Proposed\n\nAccepted on 2024-05-01", "accepted", None),
        ("Postponed until the audit", "proposed", "on hold"),
        ("Accepted\n\nClarifies [1. Old](0001-old.md)", "accepted", None),
    ],
)
def test_a_status_section_of_several_lines_gives_the_furthest_status(
    section: str, status: str, qualifier: str | None
) -> None:
    found = status_of(f"# 1. X\n\n## Status\n\n{section}\n\n## Context\n")
    assert found[:3] == (status, qualifier, "section")


def test_the_status_line_is_the_line_that_states_it() -> None:
    text = "# 1. X\n\nDate: 2024-01-01\n\n## Status\n\nAccepted\n\nSuperseded by [[0002-y]]\n"
    assert status_of(text)[3] == 9


@pytest.mark.parametrize(
    "text",
    [
        "# X\n\n* Status: accepted\n* Date: 2024-01-01\n",  # MADR 2
        "# X\n\n- Status: accepted\n",  # log4brains
        "# X\n\nStatus: Accepted\n",  # a plain line
        "# X\n\n**Status:** Accepted\n",  # bold, hand-written
    ],
)
def test_status_lines_in_every_form(text: str) -> None:
    assert status_of(text)[:3] == ("accepted", None, "line")


def test_a_property_wins_over_the_text() -> None:
    text = "---\nstatus: rejected\n---\n# 1. X\n\n## Status\n\nAccepted\n"
    assert status_of(text)[:3] == ("rejected", None, "property")


def test_config_words_map_to_a_status() -> None:
    config = parse_config({"statuses": {"Ratified": "Accepted"}})
    assert config.statuses == {"ratified": "accepted"}
    assert status_of("# X\n\n- Status: ratified\n", extra=config.statuses)[0] == "accepted"


def test_a_config_word_mapped_to_nothing_is_an_error_naming_its_line() -> None:
    text = '[statuses]\n"ratified" = "accepted"\n"parked" = "on ice"\n'
    with pytest.raises(ConfigError) as failure:
        parse_config({"statuses": {"ratified": "accepted", "parked": "on ice"}}, text)
    assert failure.value.line == 3
    assert "statuses.parked" in str(failure.value) and "on ice" in str(failure.value)


def test_an_unmapped_config_value_stops_the_build_with_a_usage_error(make_vault: MakeVault) -> None:
    root = make_vault({"vaultsmith.toml": '[statuses]\n"parked" = "on ice"\n'})
    result = run("build", root)
    assert result.returncode == 2
    assert "vaultsmith.toml:2: statuses.parked: expected one of proposed" in result.stderr
