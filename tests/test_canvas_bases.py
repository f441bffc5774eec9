"""`SDD/Decisions.base`: the ADR register as an Obsidian Bases file, one table view per system,
embedded in each SDD's decision log; a user's own base is never replaced."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import SAMPLE_VAULT
from test_cli import run

from vaultsmith import build, load_vault
from vaultsmith.model.analysed import analyse
from vaultsmith.sdd.assemble import assemble

PATH_FILTER = re.compile(r'^file\.path == (".*")$')


@pytest.fixture(scope="module")
def built_sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("bases") / "sample"
    shutil.copytree(SAMPLE_VAULT, root, ignore=shutil.ignore_patterns("SDD"))
    assert build(root).ok
    return root


def register(root: Path) -> dict[str, Any]:
    data: dict[str, Any] = yaml.safe_load((root / "SDD/Decisions.base").read_text(encoding="utf-8"))
    return data


def listed(view: dict[str, Any]) -> set[str]:
    """The note paths a view's filters let through (each an `or` of `file.path == "…"`)."""
    found = set()
    for expression in view["filters"]["or"]:
        match = PATH_FILTER.match(expression)
        assert match, expression
        found.add(json.loads(match.group(1)))
    return found


def test_the_register_has_one_table_per_system_listing_exactly_its_adrs(built_sample: Path) -> None:
    views = {view["name"]: view for view in register(built_sample)["views"]}
    documents = assemble(analyse(load_vault(built_sample)))
    assert sorted(views) == sorted(d.system.name for d in documents)
    for document in documents:
        view = views[document.system.name]
        assert view["type"] == "table"
        assert listed(view) == {d.ref.path for d in document.decisions}
        assert {"status", "date", "decision_area", "deciders"} <= set(view["order"])
        assert all((built_sample / path).is_file() for path in listed(view))


def test_each_sdd_embeds_its_view_in_the_decision_log(built_sample: Path) -> None:
    names = {view["name"] for view in register(built_sample)["views"]}
    for system in ("Catalog", "Checkout", "Fulfilment", "Identity"):
        text = (built_sample / f"SDD/{system} SDD.md").read_text(encoding="utf-8")
        log = text[text.index("Decision log\n") :]
        embed = re.search(r"!\[\[SDD/Decisions\.base#([^\]]+)\]\]", log)
        assert embed is not None and embed.group(1) == system and system in names


def test_an_adr_whose_status_is_only_in_its_text_is_listed_and_the_sdd_shows_its_status(
    built_sample: Path,
) -> None:
    adr = "Decisions/0005-use-redis-for-session-cache.md"
    assert not (built_sample / adr).read_text(encoding="utf-8").startswith("---")  # no properties at all
    checkout = next(v for v in register(built_sample)["views"] if v["name"] == "Checkout")
    assert adr in listed(checkout)  # Bases lists it, with an empty status: it reads properties only
    sdd = (built_sample / "SDD/Checkout SDD.md").read_text(encoding="utf-8")
    assert "| 5 | [[0005-use-redis-for-session-cache]] | accepted |" in sdd


def test_a_users_own_decisions_base_is_never_replaced(tmp_path: Path) -> None:
    root = tmp_path / "sample"
    shutil.copytree(SAMPLE_VAULT, root, ignore=shutil.ignore_patterns("SDD"))
    (root / "SDD").mkdir()
    mine = "views:\n  - type: table\n    name: Mine\n"
    (root / "SDD/Decisions.base").write_text(mine, encoding="utf-8")
    result = run("build", root)
    assert result.returncode == 1
    assert "SDD/Decisions.base" in result.stderr and "overwrite-refused" in result.stderr
    assert (root / "SDD/Decisions.base").read_text(encoding="utf-8") == mine
