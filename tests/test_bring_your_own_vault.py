"""End to end, as a new user: a vault written its own way (adr-tools, MADR, log4brains, Backstage,
an Obsidian architecture vault), `vaultsmith init --detect --write`, then `build` and `check`, with
no note edited. Each system's SDD has the members and decisions a reader of the vault would name,
with the status each ADR's file states, and check raises no warning."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest
from cli_support import run_cli

from vaultsmith.build import load_vault
from vaultsmith.model.analysed import analyse
from vaultsmith.sdd.assemble import assemble

FIXTURES = Path(__file__).parent / "fixtures" / "vaults"

# fixture -> system -> (components, {decision: status})
EXPECTED: dict[str, dict[str, tuple[set[str], dict[str, str]]]] = {
    "adr-tools": {
        "Ledger": (
            set(),
            {
                "0001-record-architecture-decisions": "accepted",
                "0002-store-entries-in-postgres": "superseded",
                "0003-publish-balance-events": "proposed",
                "0004-round-half-to-even": "rejected",
                "0005-store-entries-in-an-append-only-log": "accepted",
                "0006-retire-the-nightly-batch": "deprecated",
            },
        )
    },
    "madr": {
        "Storefront": (
            {"Catalog UI", "Cart API"},
            {
                "0001-use-markdown-for-decisions": "accepted",
                "0002-render-pages-on-the-server": "superseded",
                "0003-keep-carts-in-redis": "proposed",
                "0004-render-pages-at-the-edge": "accepted",
                "0005-drop-the-wishlist": "rejected",
            },
        )
    },
    "log4brains": {
        "Search": (
            set(),
            {
                "20220301-index-with-lucene": "superseded",
                "20220515-crawl-every-night": "accepted",
                "20230410-index-with-opensearch": "accepted",
                "20231102-rank-by-clicks": "proposed",
            },
        )
    },
    "backstage": {
        "Developer Portal": (
            set(),
            {
                "adr001-keep-a-decision-log": "",  # the file states none: the SDD says "status not stated"
                "adr002-one-catalog-file-per-repository": "accepted",
                "adr003-use-the-old-http-client": "superseded",
                "adr004-date-library": "proposed",
                "adr005-use-one-http-client": "",
            },
        )
    },
    "obsidian-arch": {
        "Project - Payments": (
            {"Service - Card Gateway", "Service - Fraud Scorer"},
            {
                "Decision - Tokenise card numbers": "accepted",
                "Decision - Score fraud in batches": "superseded",
                "Decision - Score fraud per payment": "accepted",
            },
        ),
        "Project - Identity": (
            {"Service - Login", "Service - Token Vault"},
            {"Decision - Passwordless sign-in": "proposed"},
        ),
    },
}


def fingerprints(root: Path) -> dict[str, str]:
    return {
        str(path.relative_to(root)): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
        and path.relative_to(root).parts[0] not in ("SDD", ".vaultsmith")
        and path.name != "vaultsmith.toml"
    }


@pytest.fixture(scope="module", params=sorted(EXPECTED))
def detected(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> tuple[str, Path, dict[str, str]]:
    """The fixture vault copied, its notes' fingerprints, then `init --detect --write` and `build`."""
    name = str(request.param)
    root = tmp_path_factory.mktemp("byov") / name
    shutil.copytree(FIXTURES / name, root)
    before = fingerprints(root)
    dry = run_cli("init", root, "--detect")
    assert dry.returncode == 0, dry.stderr
    assert not (root / "vaultsmith.toml").exists(), "--detect alone writes nothing"
    written = run_cli("init", root, "--detect", "--write")
    assert written.returncode == 0, written.stderr
    assert (root / "vaultsmith.toml").read_text(encoding="utf-8") == dry.stdout
    built = run_cli("build", root)
    assert built.returncode == 0, built.stderr
    return name, root, before


def test_no_note_is_edited(detected: tuple[str, Path, dict[str, str]]) -> None:
    _, root, before = detected
    assert fingerprints(root) == before


def test_every_system_gets_an_sdd_with_the_members_and_statuses_a_reader_names(
    detected: tuple[str, Path, dict[str, str]],
) -> None:
    name, root, _ = detected
    documents = {doc.system.name: doc for doc in assemble(analyse(load_vault(root)))}
    assert set(documents) == set(EXPECTED[name])
    for system, (components, decisions) in EXPECTED[name].items():
        document = documents[system]
        assert {c.ref.name for c in document.components} == components
        assert {d.ref.name: d.status for d in document.decisions} == decisions
        text = (root / "SDD" / f"{system} SDD.md").read_text(encoding="utf-8")
        for member in [*components, *decisions]:
            assert re.search(rf'  - "\[\[{re.escape(member)}\]\]"  # \w', text), f"{member}: no reason given"


def test_check_raises_no_warning_and_build_counts_the_same(
    detected: tuple[str, Path, dict[str, str]],
) -> None:
    _, root, _ = detected
    checked = run_cli("check", root, "--format", "json")
    problems = [d for d in json.loads(checked.stdout) if d["severity"] != "info"]
    assert problems == []
    summary = run_cli("check", root).stdout.strip().splitlines()[-1]
    built = run_cli("build", root).stdout.strip().splitlines()[-1]
    assert summary.startswith("0 errors, 0 warnings in 0 files")
    assert "; 0 errors, 0 warnings in 0 files (" in built


def test_a_build_without_the_mapping_finds_no_system_and_points_to_detect(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    shutil.copytree(FIXTURES / "obsidian-arch", root)
    built = run_cli("build", root)
    assert built.returncode == 0
    assert "0 systems" in built.stdout
    assert "--detect" in built.stderr


def test_build_and_check_count_problems_in_the_same_words(tmp_path: Path) -> None:
    root = tmp_path / "vault"
    shutil.copytree(FIXTURES / "obsidian-arch", root)
    (root / "Services" / "Service - Orphan.md").write_text(
        "See [[Nowhere]] and [[Neither]].\n", encoding="utf-8"
    )
    checked = run_cli("check", root).stdout.strip().splitlines()[-1]
    built = run_cli("build", root).stdout.strip().splitlines()[-1]
    counted = re.match(r"\d+ errors?, \d+ warnings? in \d+ files?", checked)
    assert counted is not None and "2 warnings" in counted.group()
    assert f"; {counted.group()} (" in built
