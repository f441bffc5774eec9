"""The commands around the graph: check, graph, init, new. Thin: parse, call the library, print.

cli.py registers them on the `vaultsmith` app (see COMMANDS). Each command imports the library
part it runs when it runs, so that starting `vaultsmith` does not import them all (networkx, the
SDD assembly): `vaultsmith --help` and a build with nothing to do stay quick.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.markup import escape

from vaultsmith.cli.console import out, reported, say
from vaultsmith.diagnostics import Diagnostic, Severity
from vaultsmith.errors import UsageError
from vaultsmith.write.files import atomic_write

_STYLE = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}
_SUFFIX_FORMATS = {
    ".graphml": "graphml",
    ".gexf": "gexf",
    ".json": "json",
    ".mmd": "mermaid",
    ".mermaid": "mermaid",
    ".dot": "dot",
    ".gv": "dot",
}

VaultArgument = Annotated[
    Path, typer.Argument(help="The vault folder (the one that holds .obsidian/).", show_default=False)
]


class CheckFormat(StrEnum):
    TEXT = "text"
    JSON = "json"


class GraphFormat(StrEnum):
    GRAPHML = "graphml"
    GEXF = "gexf"
    JSON = "json"
    MERMAID = "mermaid"
    DOT = "dot"


def check_command(
    vault: VaultArgument,
    format: Annotated[
        CheckFormat, typer.Option("--format", "-f", help="text (grouped by file) or json (a list).")
    ] = CheckFormat.TEXT,
    strict: Annotated[bool, typer.Option("--strict", help="Count warnings as errors.")] = False,
) -> None:
    """Report what is wrong or missing in the vault, with a stable code per kind of problem.

    Broken frontmatter, files that are not UTF-8, links to no note (with "did you mean"),
    ambiguous links, unknown types and ADR statuses, components without a system, ADRs whose
    supersedes / superseded_by disagree or loop, dependency cycles, decisions still missing.
    Exit 1 when there is an error (with --strict, a warning too), else 0.

    Example: vaultsmith check my-vault --format json
    """
    from vaultsmith.tools.check import as_json, check_vault, failed

    with reported():
        diagnostics = check_vault(vault)
    if format is CheckFormat.JSON:
        sys.stdout.write(as_json(diagnostics) + "\n")
    else:
        _print_grouped(diagnostics)
    raise typer.Exit(1 if failed(diagnostics, strict) else 0)


def _print_grouped(diagnostics: list[Diagnostic]) -> None:
    current = None
    for diagnostic in diagnostics:
        if diagnostic.path != current:
            if current is not None:
                out.print()
            out.print(f"[bold]{escape(diagnostic.path)}[/bold]", highlight=False)
            current = diagnostic.path
        style = _STYLE[diagnostic.severity]
        line = str(diagnostic.line) if diagnostic.line else "-"
        out.print(
            f"  {line:>5}  [{style}]{diagnostic.severity.value:<7}[/{style}]  "
            f"{escape(diagnostic.message)}  [dim]{diagnostic.code}[/dim]",
            highlight=False,
            soft_wrap=True,
        )
    if current is not None:
        out.print()
    infos = sum(d.severity is Severity.INFO for d in diagnostics)
    out.print(f"{problem_count(diagnostics)}, {count(infos, 'info')}", highlight=False, soft_wrap=True)


def problem_count(diagnostics: Sequence[Diagnostic]) -> str:
    """`0 errors, 73 warnings in 12 files`: the words `build` and `check` both sum up with."""
    problems = [d for d in diagnostics if d.severity is not Severity.INFO]
    errors = sum(d.severity is Severity.ERROR for d in problems)
    files = len({d.path for d in problems})
    return f"{count(errors, 'error')}, {count(len(problems) - errors, 'warning')} in {count(files, 'file')}"


def count(number: int, noun: str) -> str:
    """`1 note`, `2 notes`."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def graph_command(
    vault: VaultArgument,
    format: Annotated[
        GraphFormat | None,
        typer.Option("--format", "-f", help="Default: from the --output suffix, else json."),
    ] = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", help="Write to this file (default: stdout).")
    ] = None,
    system: Annotated[
        str | None, typer.Option("--system", help="Keep one system and the notes its SDD draws on.")
    ] = None,
    types: Annotated[
        list[str] | None, typer.Option("--type", help="Keep only notes of this type (repeatable).")
    ] = None,
) -> None:
    """Export the typed graph: a node per note (type, name, path, properties), an edge per
    link (relation).

    Example: vaultsmith graph my-vault --system Checkout --output checkout.graphml
    """
    from vaultsmith.tools.export import export_vault

    chosen = (
        format.value if format is not None else _SUFFIX_FORMATS.get((output or Path()).suffix.lower(), "json")
    )
    with reported():
        text = export_vault(vault, chosen, system, types or ())
        if output is None:
            sys.stdout.write(text)
        else:
            _write_output(output, text)


def _write_output(output: Path, text: str) -> None:
    if output.suffix.lower() == ".md" and output.exists():
        raise UsageError(f"{output} is a note; vaultsmith does not overwrite notes with an export")
    atomic_write(output, text.encode("utf-8"))


def init_command(
    vault: Annotated[Path, typer.Argument(help="The vault folder; created when missing.")] = Path("."),
    graph_colours: Annotated[
        bool,
        typer.Option(
            "--graph-colours", "--graph-colors", help="Add a colour group per note type to the graph view."
        ),
    ] = False,
    examples: Annotated[
        bool | None,
        typer.Option(
            "--examples/--no-examples", help="Add example notes (default: only to a vault without notes)."
        ),
    ] = None,
    detect: Annotated[
        bool,
        typer.Option(
            "--detect",
            help="Read an existing vault and print the vaultsmith.toml that maps its own types and "
            "properties, with what a build would then make. Writes nothing without --write.",
        ),
    ] = False,
    write: Annotated[
        bool, typer.Option("--write", help="With --detect: write the proposed vaultsmith.toml.")
    ] = False,
) -> None:
    """Start a vault, or add vaultsmith to one: vaultsmith.toml, note templates for Obsidian's
    Templates plugin, example notes. An existing file is never changed; --graph-colours merges
    into .obsidian/graph.json, keeping every setting and group there.

    With --detect, read a vault written its own way (`type: Project`, `dependsOn`, adr-tools
    folders) and propose its vaultsmith.toml; --write writes it.

    Example: vaultsmith init my-vault --graph-colours
    Example: vaultsmith init my-vault --detect --write
    """
    if write and not detect:
        with reported():
            raise UsageError("--write goes with --detect")
    if detect:
        _detect(vault, write)
        return
    from vaultsmith.tools.init import init_vault

    with reported():
        report = init_vault(vault, examples=examples, graph_colours=graph_colours)
    for path in report.created:
        say(f"  created: {path}", to_stderr=False)
    for path in report.kept:
        say(f"  kept:    {path} (already there)", to_stderr=False)
    for query in report.colour_groups:
        say(f"  graph colour group: {query}", to_stderr=False)
    if report.property_types:
        say(f"  property types: {', '.join(report.property_types)} (.obsidian/types.json)", to_stderr=False)
    for notice in report.notices:
        say(f"vaultsmith: {notice}")


def _detect(vault: Path, write: bool) -> None:
    from vaultsmith.tools.detect import detect, write_proposal

    with reported():
        proposal = detect(vault)
        sys.stdout.write(proposal.text)
        if write:
            written = write_proposal(proposal)
            say(f"  created: {written.name}", to_stderr=False)


def new_command(
    kind: Annotated[
        str,
        typer.Argument(help="system, prd, component, technology, adr, or a type you have a template for."),
    ],
    title: Annotated[str, typer.Argument(help="The note's title.")],
    vault: Annotated[Path, typer.Option("--vault", help="The vault folder.")] = Path("."),
    system: Annotated[str | None, typer.Option("--system", help="Fill the `system` link.")] = None,
    supersedes: Annotated[
        str | None,
        typer.Option("--supersedes", help="ADR only: the ADR it replaces (number or name); both get linked."),
    ] = None,
    folder: Annotated[
        str | None,
        typer.Option("--folder", help="Vault folder for the note (default: where its type lives)."),
    ] = None,
) -> None:
    """Create a note from the vault's template for its type and print its path. ADRs are
    numbered after the highest number (0016-use-redis.md); --supersedes also marks the old
    ADR `status: superseded` with `superseded_by`, changing nothing else in it.

    Example: vaultsmith new adr "Use Redis for sessions" --vault my-vault --system Checkout
    """
    from vaultsmith.tools.new import new_note

    with reported():
        created = new_note(vault, kind, title, system=system, supersedes=supersedes, folder=folder)
    say(str(vault / created.path), to_stderr=False)
    if created.superseded is not None:
        say(f"superseded: {vault / created.superseded}")


COMMANDS: dict[str, Callable[..., Any]] = {
    "check": check_command,
    "graph": graph_command,
    "init": init_command,
    "new": new_command,
}
