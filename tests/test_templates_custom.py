"""A vault's own SDD templates: added and overridden styles, the sandbox, and template errors
that name their file and line and keep the previous SDD."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import MakeVault
from test_cli import run

from vaultsmith import build
from vaultsmith.errors import ConfigError

TEMPLATES = ".vaultsmith/templates"
BRIEF = """{#- One-page brief: the system and its components. -#}
---
type: sdd
system: {{ link(doc.system) | yaml }}
generated_by: {{ ("vaultsmith " ~ version) | yaml }}
coverage: {{ coverage.share }}
---
# Brief of {{ doc.system.name }}

## Components
{% for c in doc.components %}
- {{ link(c.ref) }}
{% endfor %}
"""


def vault_files(**extra: str) -> dict[str, str | bytes]:
    return {
        "Systems/Shop.md": "---\ntype: system\ndescription: Sells things.\n---\n",
        "Systems/Bank.md": "---\ntype: system\nsdd_template: brief\n---\n",
        "Components/Till.md": '---\ntype: component\nsystem: "[[Shop]]"\nkind: service\n---\n',
        "Components/Vault.md": '---\ntype: component\nsystem: "[[Bank]]"\nkind: database\n---\n',
        f"{TEMPLATES}/brief.md.j2": BRIEF,
        **extra,
    }


def sdd(root: Path, name: str) -> str:
    return (root / f"SDD/{name} SDD.md").read_text(encoding="utf-8")


def test_a_vault_template_adds_a_style_chosen_per_system(make_vault: MakeVault) -> None:
    root = make_vault(vault_files())
    report = build(root)
    assert report.ok, report.diagnostics
    # (each section ends in an empty keep block for hand-written notes: see keep.py)
    assert sdd(root, "Bank").split("---\n", 2)[2] == (
        "# Brief of Bank\n\n## Components\n- [[Vault]]\n\n"
        "%% vaultsmith:keep components %%\n%% vaultsmith:end %%\n"
    )
    assert "coverage: 1.0" in sdd(root, "Bank")
    assert "# Shop — Software Design Document" in sdd(root, "Shop")


def test_a_vault_template_overrides_a_builtin_and_can_include_it(make_vault: MakeVault) -> None:
    override = '{% include "builtin/standard.md.j2" %}\n## Local notes\nReviewed by the guild.\n'
    root = make_vault(vault_files(**{f"{TEMPLATES}/standard.md.j2": override}))
    assert build(root).ok
    text = sdd(root, "Shop")
    assert "# Shop — Software Design Document" in text
    assert text.endswith(
        "## Local notes\nReviewed by the guild.\n\n%% vaultsmith:keep local-notes %%\n%% vaultsmith:end %%\n"
    )


def test_templates_command_lists_the_vaults_own_with_its_summary(make_vault: MakeVault) -> None:
    root = make_vault(vault_files())
    result = run("templates", root)
    assert result.returncode == 0, result.stderr
    assert "brief       vault     One-page brief: the system and its components." in result.stdout
    assert "standard    built-in" in result.stdout


def test_templates_dir_is_read_from_config(make_vault: MakeVault) -> None:
    files = vault_files()
    files["Design/Templates/brief.md.j2"] = files.pop(f"{TEMPLATES}/brief.md.j2")
    files["vaultsmith.toml"] = 'templates_dir = "Design/Templates"\n'
    root = make_vault(files)
    assert build(root).ok
    assert sdd(root, "Bank").startswith("---\ntype: sdd\n") and "# Brief of Bank" in sdd(root, "Bank")


def test_templates_dir_outside_the_vault_is_a_config_error(make_vault: MakeVault) -> None:
    root = make_vault(vault_files(**{"vaultsmith.toml": 'output = "SDD"\ntemplates_dir = "../elsewhere"\n'}))
    with pytest.raises(ConfigError, match=r"templates_dir: expected a folder inside the vault") as raised:
        build(root)
    assert raised.value.line == 2


BROKEN_AT_LINE_3 = "---\ntype: sdd\nsystem: {{ doc.no_such_fact }}\n---\n"


def test_a_failing_template_names_file_and_line_keeps_the_previous_sdd_and_builds_the_rest(
    make_vault: MakeVault,
) -> None:
    root = make_vault(vault_files())
    assert build(root).ok
    before = (root / "SDD/Bank SDD.md").read_bytes()
    (root / TEMPLATES / "brief.md.j2").write_text(BROKEN_AT_LINE_3, encoding="utf-8")
    (root / "Components/Till.md").write_text(
        '---\ntype: component\nsystem: "[[Shop]]"\nkind: worker\n---\n', encoding="utf-8"
    )
    report = build(root)
    assert [(d.path, d.line, d.code) for d in report.errors] == [
        (f"{TEMPLATES}/brief.md.j2", 3, "template-error")
    ]
    assert "no_such_fact" in report.errors[0].message
    assert "SDD/Bank SDD.md was left as it was" in report.errors[0].message
    assert (root / "SDD/Bank SDD.md").read_bytes() == before
    assert "SDD/Shop SDD.md" in report.written and "| worker |" in sdd(root, "Shop")
    assert "| [[Bank]] | [[Bank SDD]] | [[Bank.canvas]] | brief | — | — | not rendered | — | — |" in (
        root / "SDD/Index.md"
    ).read_text(encoding="utf-8")


def test_a_template_syntax_error_names_file_and_line_in_the_cli(make_vault: MakeVault) -> None:
    root = make_vault(vault_files(**{f"{TEMPLATES}/brief.md.j2": "---\n\n{% for x in %}\n"}))
    result = run("build", root)
    assert result.returncode == 1
    assert f"{TEMPLATES}/brief.md.j2:3: error: template syntax error:" in result.stderr
    assert (root / "SDD/Shop SDD.md").is_file() and not (root / "SDD/Bank SDD.md").exists()


@pytest.mark.parametrize(
    "expression",
    ["doc.__class__.__mro__", "''.__class__.__subclasses__()", "link.__globals__", "doc.about.__func__"],
)
def test_the_sandbox_refuses_reaching_into_python(expression: str, make_vault: MakeVault) -> None:
    template = "---\ntype: sdd\n---\n{{ " + expression + " }}\n"
    root = make_vault(vault_files(**{f"{TEMPLATES}/brief.md.j2": template}))
    report = build(root)
    assert [(d.path, d.line) for d in report.errors] == [(f"{TEMPLATES}/brief.md.j2", 4)]
    assert "unsafe" in report.errors[0].message or "not safely callable" in report.errors[0].message
    assert not (root / "SDD/Bank SDD.md").exists()


def test_a_vault_template_may_compute_with_the_coverage_numbers(make_vault: MakeVault) -> None:
    # Built-in styles are rendered once with placeholders for the numbers; a vault's own
    # template may do arithmetic and tests on them, so it gets the measured numbers.
    brief = (
        BRIEF.replace(
            "# Brief of",
            "{% if coverage.gaps %}gappy{% else %}whole{% endif %} "
            "{{ (coverage.share * 100) | round | int }}% of {{ coverage.sections }}\n# Brief of",
        )
        + "\n## Risks\n- [ ] name one\n"
    )
    root = make_vault(vault_files(**{f"{TEMPLATES}/brief.md.j2": brief}))
    assert build(root).ok
    text = sdd(root, "Bank")
    assert "gaps: " not in text  # (the brief does not print them)
    assert "coverage: 0.5" in text
    assert "gappy 50% of 2" in text


@pytest.mark.parametrize("style", ["standard", "c4", "detailed", "hld-lld", "design-doc"])
def test_a_builtin_style_reads_the_same_rendered_once_or_twice(style: str, sample_copy: Path) -> None:
    # Without a vault templates folder a built-in style is rendered once, its coverage filled in
    # afterwards; with one, every style is rendered twice (measure, then write). Same text.
    once = sample_copy
    twice = sample_copy.parent / "twice"
    shutil.copytree(once, twice)
    (twice / TEMPLATES).mkdir(parents=True)
    (twice / TEMPLATES / "brief.md.j2").write_text(BRIEF, encoding="utf-8")
    for root in (once, twice):
        assert build(root, template=style).ok
    for written in sorted((once / "SDD").glob("*.md")):
        assert written.read_text(encoding="utf-8") == (twice / "SDD" / written.name).read_text(
            encoding="utf-8"
        )
