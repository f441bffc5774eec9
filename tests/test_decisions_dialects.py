"""Every ADR dialect, read from a small vault of its own under tests/fixtures/adr/<dialect>/:
adr-tools (Nygard), MADR 2, 3 and 4, log4brains, and hand-written records in an Obsidian vault."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from test_cli import run

from vaultsmith.build import load_vault
from vaultsmith.model.analysed import VaultModel, analyse
from vaultsmith.model.graph import with_inverses

FIXTURES = Path(__file__).parent / "fixtures" / "adr"


@pytest.fixture
def read(tmp_path: Path) -> Any:
    """The analysed model of a copy of one dialect's fixture vault."""

    def load(dialect: str) -> VaultModel:
        root = tmp_path / dialect
        shutil.copytree(FIXTURES / dialect, root)
        return analyse(load_vault(root))

    return load


def facts(model: VaultModel, path: str) -> tuple[Any, ...]:
    """(number, title, date, status, qualifier) as read from the ADR at `path`."""
    field = model.field
    qualifier = field(path, "status_qualifier", None)
    return (
        field(path, "number", None),
        field(path, "title"),
        field(path, "date", None),
        field(path, "status", None),
        qualifier,
    )


def relations(model: VaultModel, path: str, derived: bool = False) -> list[tuple[str, str]]:
    """(relation, target name) of the links between ADRs that `path` states (or, with `derived`,
    that hold because the other ADR states the inverse)."""
    graph = with_inverses(model.graph)
    found = [
        (str(data["relation"]), str(model.field(target, "name")))
        for _, target, data in graph.out_edges(path, data=True)
        if model.type_of(target) == "adr" and bool(data.get("derived")) == derived
    ]
    return sorted(set(found))


# --- adr-tools / Nygard ------------------------------------------------------------------------

NYGARD = "doc/adr/"


def test_nygard_title_number_date_and_status_lines(read: Any) -> None:
    model = read("nygard")
    assert facts(model, NYGARD + "0001-record-architecture-decisions.md") == (
        1,
        "Record architecture decisions",
        "2019-03-04",
        "accepted",
        None,
    )
    # adr-tools wrote "Superceded" for years; the date is kept as written.
    assert facts(model, NYGARD + "0002-store-ledger-entries-in-mysql.md") == (
        2,
        "Store ledger entries in MySQL",
        "11/03/2019",
        "superseded",
        None,
    )
    assert facts(model, NYGARD + "0003-publish-ledger-events-over-amqp.md")[3:] == ("accepted", "amended")


def test_nygard_status_lines_are_relations(read: Any) -> None:
    model = read("nygard")
    assert relations(model, NYGARD + "0002-store-ledger-entries-in-mysql.md") == [
        ("superseded_by", "0004-store-ledger-entries-in-postgresql")
    ]
    assert relations(model, NYGARD + "0004-store-ledger-entries-in-postgresql.md") == [
        ("supersedes", "0002-store-ledger-entries-in-mysql")
    ]
    assert relations(model, NYGARD + "0005-batch-ledger-events-every-minute.md") == [
        ("amends", "0003-publish-ledger-events-over-amqp"),
        ("clarifies", "0001-record-architecture-decisions"),
    ]


def test_nygard_status_line_points_at_the_line_that_states_it(read: Any) -> None:
    model = read("nygard")
    record = model.notes[NYGARD + "0003-publish-ledger-events-over-amqp.md"].decision
    assert record is not None and (record.status_form, record.status_line) == ("section", 7)


# --- MADR 2: bullets --------------------------------------------------------------------------

MADR = "docs/decisions/"


def test_madr2_bullets_give_status_deciders_and_date(read: Any) -> None:
    model = read("madr2")
    path = MADR + "0001-use-markdown-architectural-decision-records.md"
    assert facts(model, path) == (
        1,
        "Use Markdown Architectural Decision Records",
        "2021-05-10",
        "accepted",
        None,
    )
    assert model.field(path, "deciders") == ["Priya Raman", "Tomás Vidal"]
    assert model.field(path, "chosen") == "MADR 2.1.2"
    assert model.field(path, "considered") == ["MADR 2.1.2", "Plain wiki pages", "No records at all"]


def test_madr2_status_bullet_link_and_links_section(read: Any) -> None:
    model = read("madr2")
    assert facts(model, MADR + "0002-cache-sessions-in-memcached.md")[3] == "superseded"
    assert relations(model, MADR + "0002-cache-sessions-in-memcached.md") == [
        ("superseded_by", "0003-cache-sessions-in-redis")
    ]
    assert relations(model, MADR + "0003-cache-sessions-in-redis.md") == [
        ("supersedes", "0002-cache-sessions-in-memcached")
    ]
    assert model.field(MADR + "0003-cache-sessions-in-redis.md", "chosen") == "Redis"


# --- MADR 3: properties -----------------------------------------------------------------------


def test_madr3_properties_and_a_markdown_link_in_the_status_property(read: Any) -> None:
    model = read("madr3")
    first = MADR + "0001-write-payslip-layouts-as-html.md"
    assert facts(model, first) == (1, "Write payslip layouts as HTML", "2022-02-01", "accepted", None)
    assert (model.field(first, "deciders"), model.field(first, "consulted")) == (
        ["Hana Kim", "Luis Ortega"],
        ["Accounting"],
    )
    old = MADR + "0002-render-payslips-with-latex.md"
    assert facts(model, old)[3] == "superseded"
    assert relations(model, old) == [("superseded_by", "0003-render-payslips-with-weasyprint")]


def test_madr3_successor_gets_the_inverse_edge_marked_derived(read: Any) -> None:
    model = read("madr3")
    new = MADR + "0003-render-payslips-with-weasyprint.md"
    assert relations(model, new) == []
    assert relations(model, new, derived=True) == [("supersedes", "0002-render-payslips-with-latex")]


# --- MADR 4: decision-makers and references by number -----------------------------------------


def test_madr4_decision_makers_and_superseded_by_adr_number(read: Any) -> None:
    model = read("madr4")
    old = MADR + "0001-send-mail-through-our-smtp-relay.md"
    assert facts(model, old)[3:] == ("superseded", None)
    assert model.field(old, "deciders") == ["Ines Duarte"]
    # "superseded by ADR-0002" has no link: the number finds the ADR.
    assert relations(model, old) == [("superseded_by", "0002-send-mail-through-a-provider-api")]
    assert facts(model, MADR + "0003-send-push-messages-for-delivery-updates.md")[3] == "proposed"


# --- log4brains: date and slug file names -----------------------------------------------------

LOG = "docs/adr/"


def test_log4brains_dated_names_give_a_date_not_a_number(read: Any) -> None:
    model = read("log4brains")
    assert facts(model, LOG + "20210112-keep-availability-in-a-relational-store.md") == (
        None,
        "Keep availability in a relational store",
        "2021-01-12",
        "superseded",
        None,
    )
    # No `- Date:` bullet: the date comes from the file name.
    assert facts(model, LOG + "20210601-cache-availability-for-thirty-seconds.md")[2:4] == (
        "2021-06-01",
        "proposed",
    )
    assert facts(model, LOG + "hold-a-table-for-ten-minutes.md") == (
        None,
        "Hold a table for ten minutes",
        None,
        "proposed",
        None,
    )


def test_log4brains_status_bullet_and_links_section(read: Any) -> None:
    model = read("log4brains")
    old = LOG + "20210112-keep-availability-in-a-relational-store.md"
    new = LOG + "20210420-keep-availability-as-an-event-log.md"
    assert relations(model, old) == [("superseded_by", "20210420-keep-availability-as-an-event-log")]
    assert relations(model, new) == [
        ("refined_by", "hold-a-table-for-ten-minutes"),
        ("supersedes", "20210112-keep-availability-in-a-relational-store"),
    ]
    assert model.field(old, "deciders") == ["Mia Schultz", "Arjun Rao"]


# --- hand-written: mixed forms, broken YAML, qualifiers, config words --------------------------

HAND = "Decisions/"


def test_broken_frontmatter_does_not_hide_the_status_section(read: Any) -> None:
    model = read("hand")
    path = HAND + "ADR-010 Trace every scan.md"
    assert model.notes[path].note.frontmatter == {}
    assert facts(model, path) == (
        10,
        "Trace every scan with OpenTelemetry",
        None,
        "superseded",
        "partly superseded",
    )
    assert relations(model, path) == [("superseded_by", "ADR-012 Sample traces at the collector")]


def test_hand_written_forms_and_qualifiers(read: Any) -> None:
    model = read("hand")
    assert facts(model, HAND + "adr007-talk-grpc-between-services.md")[:2] == (
        7,
        "Talk gRPC between services",
    )
    assert (
        facts(model, HAND + "adr007-talk-grpc-between-services.md")[3] == "accepted"
    )  # "Ratified", by config
    assert facts(model, HAND + "ADR-013 Show parcels on a live map.md")[3:] == ("proposed", "on hold")
    assert facts(model, HAND + "ADR-014 Let drivers photograph the doorstep.md")[3:] == (
        "accepted",
        "amended",
    )
    shelved = HAND + "ADR-016 Print labels at the depot.md"
    assert (model.field(shelved, "status", None), model.field(shelved, "status_text")) == (None, "Shelved")


# --- end to end: `vaultsmith build` on each dialect's vault -----------------------------------

# dialect -> (system, {ADR: (status as the decision log shows it, its "Superseded by" cell)})
DECISION_LOGS = {
    "nygard": (
        "Ledger",
        {
            "0002-store-ledger-entries-in-mysql": (
                "superseded",
                "[[0004-store-ledger-entries-in-postgresql]]",
            ),
            "0003-publish-ledger-events-over-amqp": ("accepted (amended)", "—"),
        },
    ),
    "madr2": (
        "Storefront",
        {"0002-cache-sessions-in-memcached": ("superseded", "[[0003-cache-sessions-in-redis]]")},
    ),
    "madr3": (
        "Payroll",
        {"0002-render-payslips-with-latex": ("superseded", "[[0003-render-payslips-with-weasyprint]]")},
    ),
    "madr4": (
        "Notifications",
        {
            "0001-send-mail-through-our-smtp-relay": (
                "superseded",
                "[[0002-send-mail-through-a-provider-api]]",
            ),
            "0003-send-push-messages-for-delivery-updates": ("proposed", "—"),
        },
    ),
    "log4brains": (
        "Booking",
        {
            "20210112-keep-availability-in-a-relational-store": (
                "superseded",
                "[[20210420-keep-availability-as-an-event-log]]",
            ),
            "hold-a-table-for-ten-minutes": ("proposed", "—"),
        },
    ),
    "hand": (
        "Tracking",
        {
            "ADR-010 Trace every scan": ("partly superseded", "[[ADR-012 Sample traces at the collector]]"),
            "ADR-013 Show parcels on a live map": ("proposed (on hold)", "—"),
            "ADR-014 Let drivers photograph the doorstep": ("accepted (amended)", "—"),
            "ADR-016 Print labels at the depot": ("Shelved", "—"),
        },
    ),
}


def decision_log(sdd: str) -> dict[str, tuple[str, str]]:
    """ADR name -> (Status, Superseded by) from the SDD's decision log table."""
    rows = {}
    for line in sdd.split("\n"):
        cells = [cell.strip() for cell in line.strip("|").split(" | ")]
        if len(cells) == 8 and cells[1].startswith("[["):
            rows[cells[1].strip("[]")] = (cells[2], cells[7])
    return rows


@pytest.mark.parametrize("dialect", sorted(DECISION_LOGS))
def test_each_dialect_reaches_the_sdd_end_to_end(tmp_path: Path, dialect: str) -> None:
    root = tmp_path / dialect
    shutil.copytree(FIXTURES / dialect, root)
    result = run("build", "--quiet", root)
    # the hand-written log holds an ADR with broken frontmatter: reported, and the SDD is written
    assert result.returncode == (1 if dialect == "hand" else 0), result.stderr
    system, expected = DECISION_LOGS[dialect]
    rows = decision_log((root / "SDD" / f"{system} SDD.md").read_text(encoding="utf-8"))
    assert {name: rows[name] for name in expected} == expected
