"""The five SDD styles: their sections, properties, tables, table of contents, how a style is
chosen, and that note text is never evaluated as a template."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from conftest import MakeVault
from sdd_styles import STYLES, frontmatter, headings, sample_outputs
from test_cli import run

from vaultsmith import build
from vaultsmith.render.coverage import measure
from vaultsmith.sdd.outlines import OUTLINES

# What each style adds after its seed's outline: the facts a seed has no place for, and the
# vault's hygiene last.
EXTRAS = {
    "standard": ["Technology stack", "Decision log", "Dependencies", "Risks", "Open questions", "Vault gaps"],
    "c4": ["Vault gaps"],
    "detailed": ["Decision log", "Vault gaps"],
    "hld-lld": ["Risks", "Open questions", "Vault gaps"],
    "design-doc": ["Risks", "Vault gaps"],
}


def plain(title: str) -> str:
    return re.sub(r"^\d+\. ", "", title)


def outline_of(text: str) -> list[tuple[str, list[str]]]:
    """(level-2 heading, its level-3 headings), numbers dropped, headings in code ignored."""
    found: list[tuple[str, list[str]]] = []
    for line in re.sub(r"(?ms)^```.*?^```", "", text).split("\n"):
        if line.startswith("## "):
            found.append((plain(line[3:]), []))
        elif line.startswith("### ") and found:
            found[-1][1].append(plain(line[4:]))
    return found


LINK = re.compile(r"^\[\[[^\[\]]+\]\]$")


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, str]]:
    return sample_outputs(tmp_path_factory)


@pytest.mark.parametrize("style", STYLES)
def test_each_style_follows_its_section_list(style: str, outputs: dict[str, dict[str, str]]) -> None:
    seed = [(section, list(subsections)) for section, subsections in OUTLINES[style]]
    for name, text in outputs[style].items():
        if name == "Index.md":
            continue
        found = outline_of(text)
        assert [section for section, _ in found] == [s for s, _ in seed] + EXTRAS[style], name
        for (section, subsections), (_, shown) in zip(seed, found, strict=False):
            if subsections:
                assert shown == subsections, (name, section)


@pytest.mark.parametrize("style", STYLES)
def test_each_style_draws_context_and_container_views_as_flowcharts_with_boundaries(
    style: str, outputs: dict[str, dict[str, str]]
) -> None:
    text = outputs[style]["Checkout SDD.md"]
    assert '```mermaid\nflowchart LR\n    n1["Checkout"]\n' in text  # the context view
    assert '```mermaid\nflowchart LR\n    subgraph g1["Checkout"]\n' in text  # the container view
    assert "C4Context" not in text and "C4Container" not in text


@pytest.mark.parametrize("style", STYLES)
def test_properties_are_valid_with_quoted_links_and_link_lists(
    style: str, outputs: dict[str, dict[str, str]]
) -> None:
    for name, text in outputs[style].items():
        properties = frontmatter(text)
        assert str(properties["generated_by"]).startswith("vaultsmith ")
        lists = ["sources"] if name != "Index.md" else ["systems", "sdds"]
        if style == "detailed" and name != "Index.md":
            lists += ["prds", "components", "decisions"]
        for key in lists:
            values = properties[key]
            assert isinstance(values, list) and (values or key == "prds"), (name, key)
            assert all(isinstance(v, str) and LINK.match(v) for v in values), (name, key, values)
        if name != "Index.md":
            assert properties["type"] == "sdd"
            assert isinstance(properties["system"], str) and LINK.match(properties["system"])
            assert properties["template"] == style


@pytest.mark.parametrize("style", STYLES)
def test_coverage_and_gaps_properties_are_what_the_note_shows(
    style: str, outputs: dict[str, dict[str, str]]
) -> None:
    for name, text in outputs[style].items():
        if name == "Index.md":
            continue
        properties = frontmatter(text)
        measured = measure(text, OUTLINES[style])
        assert properties["coverage"] == measured.share, name
        assert properties["gaps"] == measured.gaps, name
        assert 0 < measured.share <= 1 and measured.gaps > 0
        missing = text.count("> [!warning] Missing:") + len(re.findall(r"(?m)^- \[ \] ", text))
        assert measured.gaps == missing, name


def test_a_system_without_prd_or_components_has_lower_coverage_than_a_full_one(
    outputs: dict[str, dict[str, str]],
) -> None:
    for style in STYLES:
        full = frontmatter(outputs[style]["Checkout SDD.md"])["coverage"]
        thin = frontmatter(outputs[style]["Identity SDD.md"])["coverage"]
        assert isinstance(full, float) and isinstance(thin, float)
        assert thin < full, style


def test_detailed_table_of_contents_links_every_section_heading(outputs: dict[str, dict[str, str]]) -> None:
    for name, text in outputs["detailed"].items():
        if name == "Index.md":
            continue
        targets = re.findall(r"^> \d+\. \[\[#([^|\]]+)\|", text, flags=re.MULTILINE)
        assert targets == headings(text, 2), name


def test_unticked_checklist_items_are_gaps_and_ticks_link_the_deciding_adr(
    outputs: dict[str, dict[str, str]],
) -> None:
    text = outputs["standard"]["Checkout SDD.md"]
    assert "- [x] **Database**: [[0003-use-postgresql-for-orders]]" in text
    assert "- [ ] **Logging**: no accepted ADR settles it: write one with `decision_area: logging`" in text


def table_rows(text: str) -> list[list[str]]:
    rows = [line for line in text.split("\n") if line.startswith("|")]
    return [re.split(r"(?<!\\)\|", row)[1:-1] for row in rows]


@pytest.fixture
def awkward_vault(make_vault: MakeVault) -> Path:
    """Two components share the name `Cache` (so one needs a path and an alias in links), and
    text with pipes lands in table cells."""
    component = '---\ntype: component\nsystem: "[[Shop]]"\nkind: cache\nowner: a | b\n'
    return make_vault(
        {
            "Systems/Shop.md": "---\ntype: system\ndescription: Sells | ships\nowner: Team | Shop\n---\n",
            "Components/A/Cache.md": component + "description: reads | writes\n---\n",
            "Components/B/Cache.md": component + 'depends_on: ["[[Components/A/Cache]]"]\n---\n',
            "PRDs/Shop PRD.md": (
                '---\ntype: prd\nsystem: "[[Shop]]"\nnfr:\n  availability: "99.9% | 99.5%"\n---\n'
            ),
            "Decisions/0001-cache.md": (
                '---\ntype: adr\nsystem: "[[Shop]]"\nstatus: accepted | final\ndate: 2024-01-02\n'
                'decision_area: cache\nchosen: "[[Components/B/Cache]]"\n---\n'
            ),
        }
    )


@pytest.mark.parametrize("style", [s for s in STYLES if s != "design-doc"])  # it lays out lists here
def test_tables_escape_pipes_and_alias_links_with_an_escaped_bar(style: str, awkward_vault: Path) -> None:
    report = build(awkward_vault, template=style)
    assert report.ok, report.diagnostics
    text = (awkward_vault / "SDD/Shop SDD.md").read_text(encoding="utf-8")
    rows = table_rows(text)
    assert rows
    header_widths = {len(row) for row in rows}
    assert header_widths <= {2, 3, 4, 5, 6, 8}  # every table's rows split into its columns
    body = "\n".join(line for line in text.split("\n") if line.startswith("|"))
    assert "[[Components/B/Cache\\|Cache]]" in body
    assert not re.search(r"\[\[[^\]]*(?<!\\)\|[^\]]*\]\]", body), "an alias bar in a table is not escaped"
    for table in _tables(text):
        assert len({len(row) for row in table}) == 1, table


def _tables(text: str) -> list[list[list[str]]]:
    tables: list[list[list[str]]] = []
    current: list[list[str]] = []
    for line in [*text.split("\n"), ""]:
        if line.startswith("|"):
            current.append(re.split(r"(?<!\\)\|", line)[1:-1])
        elif current:
            tables.append(current)
            current = []
    return tables


@pytest.mark.parametrize("style", STYLES)
def test_note_text_is_shown_as_written_never_evaluated(style: str, make_vault: MakeVault) -> None:
    root = make_vault(
        {
            "Systems/Shop.md": "---\ntype: system\ndescription: Shows {{ 7*7 }} and {% if x %}\n---\n",
            "PRDs/P.md": (
                '---\ntype: prd\nsystem: "[[Shop]]"\n---\n## Problem\nWe print {{ 7*7 }} {# x #} raw.\n'
                "## Goals\n{{ doc.system }}\n"
            ),
            "Components/{{ 7*7 }}.md": '---\ntype: component\nsystem: "[[Shop]]"\nkind: service\n---\n',
        }
    )
    report = build(root, template=style)
    assert report.ok, report.diagnostics
    text = (root / "SDD/Shop SDD.md").read_text(encoding="utf-8")
    assert "Shows {{ 7*7 }} and {% if x %}" in text
    assert "[[{{ 7*7 }}]]" in text
    if style in ("standard", "c4", "detailed", "design-doc"):
        assert "We print {{ 7*7 }} {# x #} raw." in text
    assert "49" not in text


def system(name: str, extra: str = "") -> str:
    return f"---\ntype: system\ndescription: {name} system\n{extra}---\n"


def template_of(root: Path, name: str) -> object:
    return frontmatter((root / f"SDD/{name} SDD.md").read_text(encoding="utf-8"))["template"]


def test_template_choice_note_beats_option_beats_config_beats_default(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/A.md": system("A", "sdd_template: c4\n"), "Systems/B.md": system("B")})
    build(root)
    assert (template_of(root, "A"), template_of(root, "B")) == ("c4", "standard")
    (root / "vaultsmith.toml").write_text('template = "hld-lld"\n', encoding="utf-8")
    build(root)
    assert (template_of(root, "A"), template_of(root, "B")) == ("c4", "hld-lld")
    build(root, template="detailed")
    assert (template_of(root, "A"), template_of(root, "B")) == ("c4", "detailed")


def test_unknown_template_option_is_a_usage_error_naming_the_known_ones(make_vault: MakeVault) -> None:
    root = make_vault({"Systems/A.md": system("A")})
    result = run("build", root, "--template", "fancy")
    assert result.returncode == 2
    assert (
        "unknown SDD template 'fancy' (known: c4, design-doc, detailed, hld-lld, standard)" in result.stderr
    )
    assert not (root / "SDD").exists()


def test_unknown_template_in_config_names_the_config_line(make_vault: MakeVault) -> None:
    root = make_vault(
        {"Systems/A.md": system("A"), "vaultsmith.toml": 'output = "SDD"\ntemplate = "fancy"\n'}
    )
    result = run("build", root)
    assert result.returncode == 2
    assert "vaultsmith.toml:2: template: unknown SDD template 'fancy' (known: c4," in result.stderr


def test_unknown_template_in_a_system_note_is_an_error_there_and_the_rest_is_built(
    make_vault: MakeVault,
) -> None:
    root = make_vault(
        {"Systems/A.md": system("A", "owner: x\nsdd_template: fancy\n"), "Systems/B.md": system("B")}
    )
    report = build(root)
    assert [(d.path, d.line, d.code) for d in report.errors] == [("Systems/A.md", 5, "template-error")]
    assert "unknown SDD template 'fancy'" in report.errors[0].message
    assert (root / "SDD/B SDD.md").exists() and not (root / "SDD/A SDD.md").exists()
    assert "| [[A]] | [[A SDD]] | [[A.canvas]] | fancy |" in (root / "SDD/Index.md").read_text(
        encoding="utf-8"
    )


def test_templates_command_lists_every_style_with_one_line() -> None:
    result = run("templates")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.strip().split("\n")
    assert [line.split()[0] for line in lines] == sorted(STYLES)
    for line in lines:
        name, source, description = line.split(None, 2)
        assert source == "built-in"
        assert len(description.split()) >= 4, f"{name} has no one-line description"


def test_templates_command_help_has_an_example() -> None:
    result = run("templates", "--help")
    assert result.returncode == 0
    assert "Example: vaultsmith templates my-vault" in result.stdout
