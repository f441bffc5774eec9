"""The library API: load a vault, analyse it, build its SDDs, get a report.

report = build(Path("my-vault"))
print(report.written, report.diagnostics)

A build with nothing to do answers from the parse cache's memo (memo.py) before it imports the
modules that analyse and render (networkx, jinja2's runtime, the SDD assembly): they are
imported in `_build`, so that such a build, and every command's start, stays quick.
"""

from __future__ import annotations

import contextlib
import dataclasses
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from vaultsmith.cache import memo
from vaultsmith.cache.load import Vault, read_vault, vault_root
from vaultsmith.cache.store import ParseCache, open_cache
from vaultsmith.config import Config, load_config
from vaultsmith.diagnostics import Diagnostic, Severity
from vaultsmith.errors import UsageError
from vaultsmith.render.templates import check_template_choice, vault_templates
from vaultsmith.vault.scan import VaultFiles, scan
from vaultsmith.write.files import write_outputs
from vaultsmith.write.lock import DEFAULT_WAIT_SECONDS, Waiting, vault_lock

if TYPE_CHECKING:
    from vaultsmith.model.analysed import VaultModel

Progress = Callable[[int, int], None]
# What `check` says of the notes themselves (tools.check.lint): a build given one reports it too,
# so that `build` and `check` count the same problems.
Lint = Callable[[Vault, "VaultModel"], Iterable[Diagnostic]]


@dataclass(frozen=True, slots=True)
class BuildReport:
    notes_read: int
    systems: int
    written: tuple[str, ...]
    unchanged: tuple[str, ...]
    removed: tuple[str, ...]
    refused: tuple[str, ...]
    diagnostics: tuple[Diagnostic, ...]
    seconds: float
    index: str | None = None  # the SDD index note's path (counted apart from the SDDs)

    @property
    def errors(self) -> tuple[Diagnostic, ...]:
        return tuple(d for d in self.diagnostics if d.severity is Severity.ERROR)

    @property
    def ok(self) -> bool:
        return not self.errors

    @property
    def stale(self) -> tuple[str, ...]:
        """Generated notes that differ from what the vault makes now: to write, or to remove."""
        return tuple(sorted({*self.written, *self.removed}))


def build(
    path: Path,
    *,
    out: str | None = None,
    template: str | None = None,
    dry_run: bool = False,
    progress: Progress | None = None,
    use_cache: bool = True,
    wait: float | None = DEFAULT_WAIT_SECONDS,
    waiting: Waiting | None = None,
    lint: Lint | None = None,
) -> BuildReport:
    """Read the vault and write one SDD per system (or, with `dry_run`, say what would change).
    With `use_cache`, unchanged notes come from the parse cache, and when nothing at all has
    changed since a build that changed nothing, that build's report is the answer.

    A build that writes holds the vault's lock (lock.py) from reading to its last write: when
    another vaultsmith is writing the vault it waits up to `wait` seconds (None: as long as it
    takes), telling `waiting` the other's pid once, then raises VaultBusyError. With `lint`
    (the CLI passes `check`'s), the report holds what it finds in the notes too."""
    root = vault_root(path)
    with contextlib.nullcontext() if dry_run else vault_lock(root, wait=wait, waiting=waiting):
        return _build_unlocked(
            root,
            out=out,
            template=template,
            dry_run=dry_run,
            progress=progress,
            use_cache=use_cache,
            lint=lint,
        )


def _build_unlocked(
    root: Path,
    *,
    out: str | None,
    template: str | None,
    dry_run: bool,
    progress: Progress | None,
    use_cache: bool,
    lint: Lint | None = None,
) -> BuildReport:
    started = time.perf_counter()
    config = build_config(root, out)
    check_template_choice(vault_templates(root, config), root, config, template)
    store = open_cache(root, use_cache)
    try:
        files = scan(root, config)
        stamp = memo.fingerprint(root, config, template, files) if store.enabled else None
        checked = lint is not None
        quiet = memo.recall(store, template, stamp, BuildReport, checked=checked)
        if quiet is not None:
            return dataclasses.replace(quiet, seconds=time.perf_counter() - started)
        report = _build(root, config, files, store, template, dry_run, progress, started, lint)
        if not (report.written or report.removed or report.refused):
            memo.keep(store, template, stamp, report, checked=checked)
        return report
    finally:
        store.close()


def _build(
    root: Path,
    config: Config,
    files: VaultFiles,
    store: ParseCache,
    template: str | None,
    dry_run: bool,
    progress: Progress | None,
    started: float,
    lint: Lint | None = None,
) -> BuildReport:
    # Imported here, not at the top: a build with nothing to do never needs them (see above).
    from vaultsmith.build.outputs import render_vault
    from vaultsmith.model.analysed import analyse

    vault = read_vault(root, config, files, store, progress)
    model = analyse(vault)
    rendering = render_vault(model, root, template)
    found = vault.diagnostics if lint is None else tuple(lint(vault, model))
    written = write_outputs(root, rendering.outputs, config.output, dry_run=dry_run)
    return BuildReport(
        notes_read=sum(1 for note in vault.notes.values() if not note.generated),
        systems=rendering.systems,
        written=tuple(written.written),
        unchanged=tuple(written.unchanged),
        removed=tuple(written.removed),
        refused=tuple(written.refused),
        diagnostics=tuple(
            sorted(_unique([*found, *rendering.diagnostics, *written.diagnostics]))
        ),
        seconds=time.perf_counter() - started,
        index=rendering.index,
    )


def build_config(root: Path, out: str | None) -> Config:
    """The vault's config, with `--out` (when given) as its output folder."""
    config = load_config(root)
    if out is None:
        return config
    return dataclasses.replace(config, output=output_folder(root, out))


def output_folder(root: Path, out: str) -> str:
    """`--out` as a vault-relative folder; it must lie inside the vault."""
    candidate = Path(out).expanduser()
    absolute = (candidate if candidate.is_absolute() else root / candidate).resolve()
    try:
        relative = absolute.relative_to(root)
    except ValueError:
        raise UsageError(f"--out must be a folder inside the vault, not {out}") from None
    if relative == Path("."):
        raise UsageError("--out must be a folder inside the vault, not the vault itself")
    return relative.as_posix()


def _unique(items: Iterable[Diagnostic]) -> list[Diagnostic]:
    return list(dict.fromkeys(items))
