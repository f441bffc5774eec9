"""A vault's own type values and property names map onto vaultsmith's model, in config or by
spelling, without a note being changed: the graph, the SDDs, check, graph export and new see it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from cli_support import run_cli
from conftest import MakeVault
from hypothesis import given
from hypothesis import strategies as st

from vaultsmith.build import load_vault
from vaultsmith.config import load_config
from vaultsmith.config.schema import KNOWN_PROPERTIES, spelled_property
from vaultsmith.errors import ConfigError
from vaultsmith.model.analysed import analyse
from vaultsmith.model.graph import targets
from vaultsmith.sdd.assemble import assemble
from vaultsmith.tools.check import check_vault

MAPPING = """\
[types.values]
Project = "system"
Service = "component"

[properties]
relatedTo = "depends_on"
project = "system"
"""

VAULT = {
    "vaultsmith.toml": MAPPING,
    "Projects/Shop.md": "---\ntype: Project\nowner: Team Shop\n---\n# Shop\n",
    "Services/Cart.md": (
        '---\ntype: Service\nproject: "[[Shop]]"\ndependsOn: ["[[Pricing]]"]\nKind: service\n---\n'
    ),
    "Services/Pricing.md": '---\ntype: service\nproject: "[[Shop]]"\nrelatedTo: "[[Cart]]"\n---\n',
    "Decisions/0001-use-go.md": (
        '---\ntype: decision\nstatus: accepted\nproject: "[[Shop]]"\n'
        'decision-makers: [Ann, Bo]\nsupersededBy: "[[0002-use-rust]]"\n---\n# Use Go\n'
    ),
    "Decisions/0002-use-rust.md": (
        '---\ntype: decision\nstatus: accepted\nproject: "[[Shop]]"\n---\n# Use Rust\n'
    ),
}


@pytest.fixture
def vault(make_vault: MakeVault) -> Path:
    return make_vault(dict(VAULT))


@pytest.mark.parametrize(
    ("written", "ours"),
    [
        ("dependsOn", "depends_on"),
        ("depends-on", "depends_on"),
        ("Depends On", "depends_on"),
        ("supersededBy", "superseded_by"),
        ("superseded-by", "superseded_by"),
        ("decision-makers", "deciders"),
        ("decisionArea", "decision_area"),
        ("owners", "owner"),
        ("systems", "system"),
        ("Status", "status"),
        ("relatedTo", "relatedTo"),  # not a property vaultsmith reads: kept as written
        ("tags", "tags"),
    ],
)
def test_other_spellings_of_our_properties_are_read_as_ours(written: str, ours: str) -> None:
    assert spelled_property(written) == ours


def test_mapped_type_values_and_properties_make_the_typed_graph(vault: Path) -> None:
    model = analyse(load_vault(vault))
    assert model.type_of("Projects/Shop.md") == "system"
    assert model.type_of("Services/Cart.md") == "component"
    assert model.type_of("Decisions/0001-use-go.md") == "adr"
    assert targets(model.graph, "Services/Cart.md", "depends_on") == ["Services/Pricing.md"]
    assert targets(model.graph, "Services/Pricing.md", "depends_on") == ["Services/Cart.md"]
    assert targets(model.graph, "Decisions/0001-use-go.md", "superseded_by") == ["Decisions/0002-use-rust.md"]
    assert model.field("Services/Cart.md", "kind") == "service"
    assert model.field("Decisions/0001-use-go.md", "deciders") == ["Ann", "Bo"]


def test_the_sdd_sees_the_mapped_model(vault: Path) -> None:
    (document,) = assemble(analyse(load_vault(vault)))
    assert document.system.name == "Shop"
    assert sorted(c.ref.name for c in document.components) == ["Cart", "Pricing"]
    statuses = {d.ref.name: d.status for d in document.decisions}
    assert statuses == {"0001-use-go": "accepted", "0002-use-rust": "accepted"}
    assert [r.name for r in document.decisions[0].superseded_by] == ["0002-use-rust"]


def test_mapping_changes_no_note(vault: Path) -> None:
    before = {p: p.read_bytes() for p in vault.rglob("*.md")}
    assert run_cli("build", vault).returncode == 0
    assert {p: p.read_bytes() for p in before} == before


def test_check_reports_no_unknown_type_for_a_mapped_value(vault: Path) -> None:
    codes = {(d.code, d.path) for d in check_vault(vault)}
    assert not [c for c in codes if c[0] in ("unknown-type", "component-without-system")]


def test_graph_export_shows_mapped_types_and_relations(vault: Path) -> None:
    result = run_cli("graph", vault, "--format", "json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    types = {node["id"]: node["type"] for node in data["nodes"]}
    assert types["Projects/Shop.md"] == "system"
    relations = {(e["source"], e["target"], e["relation"]) for e in data.get("edges", data.get("links", []))}
    assert ("Services/Cart.md", "Services/Pricing.md", "depends_on") in relations


def test_new_numbers_after_the_adrs_only_a_mapped_type_value_makes(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "vaultsmith.toml": '[types.values]\nChoice = "adr"\n',
            "Records/go.md": "---\ntype: Choice\nstatus: accepted\n---\n# 7. Use Go\n",
            "Records/rust.md": "---\ntype: Choice\nstatus: proposed\n---\n# 8. Use Rust\n",
        }
    )
    result = run_cli("new", "adr", "Use Zig", "--vault", root, "--folder", "Records")
    assert result.returncode == 0, result.stderr
    assert Path(result.stdout.strip()).name.startswith("0009-")


def test_a_note_with_both_spellings_keeps_ours_and_the_other_as_written(make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Systems/A.md": "---\ntype: system\n---\n",
            "Systems/B.md": "---\ntype: system\n---\n",
            "Components/C.md": '---\ntype: component\nsystem: "[[A]]"\nSystem: "[[B]]"\n---\n',
        }
    )
    model = analyse(load_vault(root))
    assert targets(model.graph, "Components/C.md", "system") == ["Systems/A.md"]
    assert targets(model.graph, "Components/C.md", "System") == ["Systems/B.md"]


@pytest.mark.parametrize(
    ("config", "key", "line"),
    [
        ('[types]\nvalue = 1\n\n[types.values]\nProject = "system"\n', "types.value", 2),
        ('output = "SDD"\n[types.valuez]\nProject = "system"\n', "types.valuez", 2),
        ('[types.values]\nProject = ""\n', "types.values.project", 2),
        ('[properties]\nok = "system"\nrelatedTo = "depends on"\n', "properties.relatedTo", 3),
        ('[system_folders]\n"Pay" = ""\n', "system_folders.Pay", 2),
        ("ignore_templates = 3\n", "ignore_templates", 1),
    ],
)
def test_a_config_error_names_its_key_and_line(
    make_vault: MakeVault, config: str, key: str, line: int
) -> None:
    root = make_vault({"vaultsmith.toml": config})
    with pytest.raises(ConfigError) as raised:
        load_config(root)
    assert raised.value.line == line
    assert key.lower() in raised.value.message.lower()
    assert str(raised.value).startswith(f"vaultsmith.toml:{line}: ")


@given(st.text(max_size=40))
def test_a_spelling_is_read_as_one_of_ours_or_kept_as_written(name: str) -> None:
    ours = spelled_property(name)
    assert ours == name or ours in KNOWN_PROPERTIES
    assert spelled_property(ours) == ours
