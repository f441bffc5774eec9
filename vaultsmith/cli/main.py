"""The `vaultsmith` command: a thin layer that parses options, calls the library, prints.

`watch` (watchdog, the session) is imported by its command, and the other tools by theirs
(cli_tools.py): starting `vaultsmith` imports only what a build with nothing to do needs.
"""

from __future__ import annotations

import functools
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from vaultsmith import __version__
from vaultsmith.build import BuildReport, build
from vaultsmith.cli import assist as cli_assist
from vaultsmith.cli import tools as cli_tools
from vaultsmith.cli.console import err, out, progress_bar, reported, say
from vaultsmith.diagnostics import Diagnostic, Severity
from vaultsmith.render.templates import list_templates
from vaultsmith.vault.forkmap import JOBS_VARIABLE
from vaultsmith.write.lock import DEFAULT_WAIT_SECONDS

if TYPE_CHECKING:
    from vaultsmith.cache.load import Vault
    from vaultsmith.live.watch import Rebuild
    from vaultsmith.model.analysed import VaultModel

app = typer.Typer(
    name="vaultsmith",
    help="Turn an Obsidian vault of architecture notes into a typed graph and one linked "
    "Software Design Document (SDD) per system.\n\n"
    "Example: vaultsmith build ~/vaults/architecture",
    no_args_is_help=True,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


def _version(value: bool) -> None:
    if value:
        out.print(f"vaultsmith {__version__}", highlight=False)
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")
    ] = False,
) -> None:
    """Turn an Obsidian vault of architecture notes into one linked SDD per system.

    Example: vaultsmith build ~/vaults/architecture
    """


VaultArgument = Annotated[
    Path, typer.Argument(help="The vault folder (the one that holds .obsidian/).", show_default=False)
]
OutOption = Annotated[
    str | None,
    typer.Option("--out", help="Output folder inside the vault (default: config `output`, else SDD)."),
]
TemplateOption = Annotated[
    str | None, typer.Option("--template", help="SDD template (default: config, else standard).")
]
JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        min=1,
        envvar=JOBS_VARIABLE,
        help="Processes to read and render with, this one included (default: one per core; 1: no "
        "worker processes).",
    ),
]


def _use_jobs(jobs: int | None) -> None:
    # The library reads it where it forks (vault/forkmap.jobs); a caller of the library sets it too.
    if jobs is not None:
        os.environ[JOBS_VARIABLE] = str(jobs)


@app.command("build")
def build_command(
    vault: VaultArgument,
    out_dir: OutOption = None,
    template: TemplateOption = None,
    jobs: JobsOption = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Say what would be written; write nothing.")
    ] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only diagnostics.")] = False,
    check: Annotated[
        bool,
        typer.Option(
            "--check", help="Write nothing; exit 1 when a generated note is out of date (for CI, pre-commit)."
        ),
    ] = False,
    no_cache: Annotated[
        bool,
        typer.Option("--no-cache", help="Read and parse every note; do not use or update the parse cache."),
    ] = False,
    wait: Annotated[
        float,
        typer.Option(
            "--wait",
            min=0,
            help="Seconds to wait while another vaultsmith (a watch, another build) writes this vault.",
        ),
    ] = DEFAULT_WAIT_SECONDS,
) -> None:
    """Read the vault and write one SDD per system note.

    Writes `SDD/<System> SDD.md` for each note with `type: system`. Only notes vaultsmith
    generated are ever replaced; unchanged SDDs are not touched. Diagnostics go to stderr as
    `path:line: message`. Exit 0 when all is well, 1 when problems were found, 2 on usage errors.

    With --check nothing is written: it names every generated note that would change or be
    removed, and exits 1 when there is one, so CI fails on SDDs nobody rebuilt.

    Example: vaultsmith build my-vault --out Design/SDD
    """
    dry_run = dry_run or check
    _use_jobs(jobs)
    with reported():
        report = _run_build(vault, out_dir, template, dry_run, quiet, use_cache=not no_cache, wait=wait)
    _print_diagnostics(report.diagnostics)
    if not quiet:
        _print_summary(report, dry_run)
        _no_system_hint(report, vault)
    if check and report.stale:
        _print_stale(report)
    raise typer.Exit(0 if report.ok and not (check and report.stale) else 1)


def _print_stale(report: BuildReport) -> None:
    removed = set(report.removed)
    count = len(report.stale)
    err.print(
        f"vaultsmith: {count} generated {'note is' if count == 1 else 'notes are'} out of date; "
        "run `vaultsmith build` and commit the result:",
        highlight=False,
        markup=False,
        soft_wrap=True,
    )
    for path in report.stale:
        state = "to remove" if path in removed else "would change"
        say(f"  {path} ({state})")


def _run_build(
    vault: Path,
    out_dir: str | None,
    template: str | None,
    dry_run: bool,
    quiet: bool,
    *,
    use_cache: bool,
    wait: float,
) -> BuildReport:
    waiting = None if quiet else _say_waiting
    run = functools.partial(
        build,
        vault,
        out=out_dir,
        template=template,
        dry_run=dry_run,
        use_cache=use_cache,
        wait=wait,
        waiting=waiting,
        lint=_lint,
    )
    with progress_bar("reading notes", quiet) as progress:
        return run(progress=progress)


def _say_waiting(pid: int | None) -> None:
    who = f"pid {pid}" if pid is not None else "pid unknown"
    err.print(
        f"waiting for another vaultsmith ({who}), which is writing this vault…", highlight=False, markup=False
    )


_STYLE = {Severity.ERROR: "red", Severity.WARNING: "yellow", Severity.INFO: "blue"}


def _print_diagnostics(diagnostics: tuple[Diagnostic, ...]) -> None:
    for diagnostic in diagnostics:
        where = f"{diagnostic.path}:{diagnostic.line}" if diagnostic.line else diagnostic.path
        style = _STYLE[diagnostic.severity]
        err.print(
            f"{where}: [{style}]{diagnostic.severity.value}[/{style}]: "
            f"{_escape(diagnostic.message)} [dim]\\[{diagnostic.code}][/dim]",
            highlight=False,
            soft_wrap=True,
        )


def _escape(text: str) -> str:
    return text.replace("[", "\\[")


def _no_system_hint(report: BuildReport, vault: Path) -> None:
    if report.systems == 0 and report.notes_read > 0:
        say(
            "vaultsmith: no system note found (a note whose type is `system`): if your vault calls "
            f"them otherwise (`type: Project`), run `vaultsmith init {vault} --detect` to map its types"
        )


def _lint(vault: Vault, model: VaultModel) -> list[Diagnostic]:
    """`check`'s findings in the notes, for the build to report as check does (imported when
    a build has work to do: a build with nothing to do answers from its memo)."""
    from vaultsmith.tools.check import lint

    return lint(vault, model)


def _print_summary(report: BuildReport, dry_run: bool) -> None:
    verb = "would write" if dry_run else "written"
    sdds = {
        name: [p for p in paths if p != report.index and p.endswith(".md")]  # not canvases, bases
        for name, paths in (
            ("written", report.written),
            ("unchanged", report.unchanged),
            ("removed", report.removed),
        )
    }
    for path in report.written:
        out.print(f"  {verb}: {path}", highlight=False, markup=False)
    for path in report.removed:
        out.print(f"  {'would remove' if dry_run else 'removed'}: {path}", highlight=False, markup=False)
    out.print(
        f"{cli_tools.count(report.notes_read, 'note')}, {cli_tools.count(report.systems, 'system')}: "
        f"{len(sdds['written'])} SDDs {verb}, {len(sdds['unchanged'])} unchanged, "
        f"{len(sdds['removed'])} {'to remove' if dry_run else 'removed'}, {len(report.refused)} refused; "
        f"{cli_tools.problem_count(report.diagnostics)} "
        f"({report.seconds:.2f} s)",
        highlight=False,
        markup=False,
        soft_wrap=True,
    )


@app.command("templates")
def templates_command(
    vault: Annotated[
        Path | None,
        typer.Argument(help="A vault whose own templates folder to include.", show_default=False),
    ] = None,
) -> None:
    """List the SDD templates (styles), one line each: name, where it comes from, what it is.

    A system's SDD uses `sdd_template: NAME` from its note, else `build --template NAME`, else
    config `template = "NAME"`, else standard. A vault adds or overrides templates in its
    `templates_dir` (default .vaultsmith/templates/).

    Example: vaultsmith templates my-vault
    """
    with reported():
        listed = list_templates(vault)
    width = max((len(info.name) for info in listed), default=0)
    for info in listed:
        line = f"{info.name:<{width}}  {'vault' if info.custom else 'built-in':<8}  {info.summary}"
        say(line, to_stderr=False)


@app.command("watch")
def watch_command(
    vault: VaultArgument,
    polling: Annotated[
        bool,
        typer.Option(
            "--polling",
            help="Look for changes every half second instead of asking the system "
            "(for network drives, containers, and when the system's watch limit is reached).",
        ),
    ] = False,
    debounce: Annotated[
        int,
        typer.Option("--debounce", min=0, max=10_000, help="Milliseconds without a change before a rebuild."),
    ] = 100,
    out_dir: OutOption = None,
    template: TemplateOption = None,
    jobs: JobsOption = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="Print only problems.")] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Also print unchanged SDDs and the events ignored.")
    ] = False,
) -> None:
    """Build the SDDs, then keep them current while you write.

    Each save is picked up within a blink: only the SDDs it changes are made again, and the
    result is always what `vaultsmith build` would write. Prints one line per rebuild (what
    changed, which SDDs were written, how long it took). A note that no longer parses is
    reported and its last good state kept until it is fixed. Stop with Ctrl-C or SIGTERM
    (exit 0).

    Example: vaultsmith watch my-vault --debounce 200
    """
    from vaultsmith.live.watch import WatchOptions, watch

    _use_jobs(jobs)
    options = WatchOptions(polling, debounce / 1000, max(1.0, debounce / 100), out_dir, template)
    with reported():
        watch(vault, options, _WatchPrinter(quiet, verbose))
    # Stopped by a signal, with every write done. The interpreter's tidying of its modules can
    # take half a second on a busy machine, and a stop is promised within one: leave at once.
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(0)


class _WatchPrinter:
    """One line per rebuild on stdout; diagnostics and failures on stderr."""

    def __init__(self, quiet: bool, verbose: bool) -> None:
        self.quiet = quiet
        self.verbose = verbose

    def started(self, rebuild: Rebuild, observer: str) -> None:
        _print_diagnostics(rebuild.report.diagnostics)
        if not self.quiet:
            report = rebuild.report
            self._line(
                f"watching {cli_tools.count(report.notes_read, 'note')}, "
                f"{cli_tools.count(report.systems, 'system')} ({observer}): "
                f"{_written(report)} ({_milliseconds(report)}); stop with Ctrl-C"
            )

    def rebuilt(self, rebuild: Rebuild) -> None:
        _print_diagnostics(rebuild.report.diagnostics)
        if self.quiet:
            return
        what = _changed_files(rebuild.changed) + (", full rebuild" if rebuild.full else "")
        self._line(f"{what} → {_written(rebuild.report)} ({_milliseconds(rebuild.report)})")
        if self.verbose and rebuild.report.unchanged:
            self._line(f"  unchanged: {', '.join(rebuild.report.unchanged)}")

    def ignored(self, path: str, why: str) -> None:
        if self.verbose:
            self._line(f"  ignored {path} ({why})")

    def failed(self, message: str) -> None:
        err.print(
            f"{time.strftime('%H:%M:%S')} vaultsmith: {message}",
            highlight=False,
            markup=False,
            soft_wrap=True,
        )

    def _line(self, text: str) -> None:
        say(f"{time.strftime('%H:%M:%S')} {text}", to_stderr=False)


def _changed_files(paths: tuple[str, ...]) -> str:
    if len(paths) == 1:
        return paths[0]
    shown = ", ".join(paths[:3]) + (f", +{len(paths) - 3} more" if len(paths) > 3 else "")
    return f"{len(paths)} files ({shown})"


def _written(report: BuildReport) -> str:
    done = [f"wrote {', '.join(report.written)}"] if report.written else []
    done += [f"removed {', '.join(report.removed)}"] if report.removed else []
    return "; ".join(done) or "no SDD changed"


def _milliseconds(report: BuildReport) -> str:
    return f"{report.seconds * 1000:.0f} ms"


# The tools around the graph, and those for assistants, live in their own modules.
for _name, _command in {**cli_tools.COMMANDS, **cli_assist.COMMANDS}.items():
    app.command(_name)(_command)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
