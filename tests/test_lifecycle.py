"""Lifecycle diagnostics: is the decision log honest?"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from conftest import MakeVault
from test_cli import run

from vaultsmith.build import load_vault
from vaultsmith.diagnostics import Diagnostic
from vaultsmith.model.analysed import analyse
from vaultsmith.tools.lifecycle import lifecycle_diagnostics
from vaultsmith.vault.sourcelines import SourceLines

FIXTURES = Path(__file__).parent / "fixtures" / "adr"


def diagnose(root: Path) -> list[Diagnostic]:
    return lifecycle_diagnostics(analyse(load_vault(root)), SourceLines(root))


def codes(found: list[Diagnostic]) -> list[tuple[str, str, int]]:
    return [(d.path, d.code, d.line) for d in found]


def adr(status: str, *extra: str, body: str = "") -> str:
    lines = "\n".join(extra)
    return f"---\ntype: adr\nstatus: {status}\n{lines}\n---\n{body}"


def test_a_superseded_adr_without_a_successor_is_reported_at_its_status(make_vault: MakeVault) -> None:
    root = make_vault({"Decisions/0001-old.md": adr("superseded", "date: 2024-01-01")})
    (found,) = diagnose(root)
    assert (found.code, found.line) == ("successor-missing", 3)
    assert 'superseded_by: "[[<the newer ADR>]]"' in found.message


def test_a_successor_named_by_either_side_is_enough(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Decisions/0001-old.md": adr("superseded"),
            "Decisions/0002-new.md": adr("accepted", 'supersedes: "[[0001-old]]"'),
        }
    )
    assert "successor-missing" not in [d.code for d in diagnose(root)]


def test_an_adr_still_accepted_after_it_was_superseded_is_reported(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Decisions/0001-old.md": adr("accepted"),
            "Decisions/0002-new.md": adr("accepted", 'supersedes: "[[0001-old]]"'),
        }
    )
    found = {d.code: d for d in diagnose(root)}
    assert found["superseded-status"].path == "Decisions/0001-old.md"
    assert "[[0002-new]]" in found["superseded-status"].message


def test_a_nygard_amendment_without_its_reciprocal_says_which_status_line_to_add(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "doc/adr/0001-first.md": "# 1. First\n\n## Status\n\nAccepted\n",
            "doc/adr/0002-second.md": "# 2. Second\n\n## Status\n\nAccepted\n\n"
            "Amends [1. First](0001-first.md)\n",
        }
    )
    (found,) = [d for d in diagnose(root) if d.code == "reciprocal-missing"]
    assert (found.path, found.line) == ("doc/adr/0002-second.md", 7)
    assert 'add the line "Amended by [2. Second](0002-second.md)" to its ## Status section' in found.message


def test_a_property_amendment_without_its_reciprocal_says_which_property_to_add(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {
            "Decisions/0001-first.md": adr("accepted"),
            "Decisions/0002-second.md": adr("accepted", 'amends: "[[0001-first]]"'),
        }
    )
    (found,) = [d for d in diagnose(root) if d.code == "reciprocal-missing"]
    assert 'add amended_by: "[[0002-second]]" to its properties' in found.message


def test_stated_both_ways_is_quiet(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Decisions/0001-first.md": adr("accepted", 'amended_by: "[[0002-second]]"'),
            "Decisions/0002-second.md": adr("accepted", 'amends: "[[0001-first]]"'),
        }
    )
    assert diagnose(root) == []


def test_a_retired_decision_still_the_reason_for_a_technology_in_use(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Technologies/RabbitMQ.md": "---\ntype: technology\n---\n",
            "Components/Bus.md": '---\ntype: component\nuses: ["[[RabbitMQ]]"]\n---\n',
            "Decisions/0001-rabbit.md": adr("rejected", 'chosen: "[[RabbitMQ]]"'),
        }
    )
    (found,) = [d for d in diagnose(root) if d.code == "retired-decision-cited"]
    assert (found.path, found.line) == ("Decisions/0001-rabbit.md", 4)
    assert "is rejected" in found.message and "[[Bus]]" in found.message


def test_a_technology_also_chosen_by_a_decision_in_force_is_fine(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Technologies/RabbitMQ.md": "---\ntype: technology\n---\n",
            "Components/Bus.md": '---\ntype: component\nuses: ["[[RabbitMQ]]"]\n---\n',
            "Decisions/0001-rabbit.md": adr(
                "superseded", 'chosen: "[[RabbitMQ]]"', 'superseded_by: "[[0002-again]]"'
            ),
            "Decisions/0002-again.md": adr(
                "accepted", 'chosen: "[[RabbitMQ]]"', 'supersedes: "[[0001-rabbit]]"'
            ),
        }
    )
    assert "retired-decision-cited" not in [d.code for d in diagnose(root)]


def test_chosen_option_text_counts_as_the_reason(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Technologies/Kafka.md": "---\ntype: technology\n---\n",
            "Components/Bus.md": '---\ntype: component\nuses: ["[[Kafka]]"]\n---\n',
            "Decisions/0001-kafka.md": adr("deprecated", body='Chosen option: "Kafka", because.\n'),
        }
    )
    assert "retired-decision-cited" in [d.code for d in diagnose(root)]


def test_duplicate_numbers_in_one_folder_but_not_across_folders(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "doc/adr/0007-a.md": "# 7. A\n\n## Status\n\nAccepted\n",
            "doc/adr/0007-b.md": "# 7. B\n\n## Status\n\nAccepted\n",
            "Billing/Decisions/0007-c.md": adr("accepted"),
        }
    )
    found = [(d.path, d.code) for d in diagnose(root) if d.code == "duplicate-adr-number"]
    assert found == [
        ("doc/adr/0007-a.md", "duplicate-adr-number"),
        ("doc/adr/0007-b.md", "duplicate-adr-number"),
    ]


def test_gaps_in_numbering_are_information(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Decisions/0001-a.md": adr("accepted"),
            "Decisions/0002-b.md": adr("accepted"),
            "Decisions/0005-e.md": adr("accepted"),
            "Decisions/0007-g.md": adr("accepted"),
        }
    )
    gaps = [(d.path, d.severity.value, d.message.split(" comes")[0]) for d in diagnose(root)]
    assert gaps == [
        ("Decisions/0005-e.md", "info", "no ADR numbered 3 to 4"),
        ("Decisions/0007-g.md", "info", "no ADR numbered 6"),
    ]


def test_dated_log4brains_names_are_not_numbers(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "docs/adr/20210112-a.md": "# A\n\n- Status: accepted\n",
            "docs/adr/20210420-b.md": "# B\n\n- Status: accepted\n",
        }
    )
    assert diagnose(root) == []


def test_a_reference_to_a_number_no_adr_has(make_vault: MakeVault) -> None:
    root = make_vault({"Decisions/0001-a.md": adr('"superseded by ADR-0009"')})
    found = {d.code: d for d in diagnose(root)}
    assert "ADR-0009" in found["unknown-adr-number"].message
    assert found["unknown-adr-number"].line == 3
    assert "successor-missing" in found


def test_an_adr_without_any_status_is_information(make_vault: MakeVault) -> None:
    root = make_vault({"Decisions/0001-a.md": "# 1. A\n\nWe chose things.\n"})
    (found,) = diagnose(root)
    assert (found.code, found.severity.value) == ("status-missing", "info")


def test_check_reports_the_lifecycle_of_a_hand_written_log_end_to_end(tmp_path: Path) -> None:
    root = tmp_path / "hand"
    shutil.copytree(FIXTURES / "hand", root)
    result = run("check", "--format", "json", root)
    assert result.returncode == 1  # the broken frontmatter of ADR-010 is an error
    found = {(r["code"], r["path"]) for r in json.loads(result.stdout)}
    assert ("broken-frontmatter", "Decisions/ADR-010 Trace every scan.md") in found
    assert ("unknown-status", "Decisions/ADR-016 Print labels at the depot.md") in found
    assert ("adr-number-gap", "Decisions/ADR-010 Trace every scan.md") in found
    # "Partly superseded by [[ADR-012 …]]" under ## Status is a successor, and ADR-012 says so too
    assert not {code for code, _ in found} & {"successor-missing", "supersede-mismatch", "unresolved-link"}


def test_check_tells_a_madr3_successor_which_property_to_add(tmp_path: Path) -> None:
    root = tmp_path / "madr3"
    shutil.copytree(FIXTURES / "madr3", root)
    result = run("check", "--format", "json", root)
    (mismatch,) = [r for r in json.loads(result.stdout) if r["code"] == "supersede-mismatch"]
    assert mismatch["path"] == "docs/decisions/0002-render-payslips-with-latex.md"
    assert 'add supersedes: "[[0002-render-payslips-with-latex]]" to its properties' in mismatch["message"]
