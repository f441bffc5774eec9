"""memo: a build whose inputs are all as they were after the last build is not done again.

A build reads the vault's notes, its config, its templates and what is in its output folder,
and runs vaultsmith's own code. The fingerprint covers all of them: every note's path, size and
mtime (from the scan the build does anyway), every attachment's path, the config as loaded, the
template option, the vault's templates folder, the output folder, Obsidian's settings files and
`cache.code_stamp()`. When a build left the vault exactly as it found it (nothing written,
removed or refused), its report is remembered under that fingerprint; the next build with the
same fingerprint returns that report without reading a note. A note changed within
`RACY_NANOSECONDS` of the scan is not trusted to show its change in size or mtime, so no
fingerprint is made then.

Every input a build reads must be in the fingerprint: add it here when the build learns to read
something new.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from vaultsmith.cache.store import RACY_NANOSECONDS, ParseCache, code_stamp
from vaultsmith.config import Config
from vaultsmith.diagnostics import Diagnostic, Severity
from vaultsmith.vault.scan import VaultFiles

OBSIDIAN_SETTINGS = ".obsidian"


Report = TypeVar("Report")


def recall(
    cache: ParseCache,
    template: str | None,
    stamp: str | None,
    kind: Callable[..., Report],
    *,
    checked: bool = False,
) -> Report | None:
    """The report (a `kind`, `seconds` 0) of the last build, if it changed nothing and had
    this fingerprint (and checked the notes, or not, as this one does)."""
    if stamp is None:
        return None
    remembered = cache.remembered(_options(template, checked))
    if remembered is None or remembered.fingerprint != stamp:
        return None
    return decode(remembered.report, kind)


def keep(
    cache: ParseCache, template: str | None, stamp: str | None, report: object, *, checked: bool = False
) -> None:
    """Remember the report of a build that changed nothing. Not when the cache itself had
    trouble this run: its warnings belong to this run only."""
    if stamp is not None and cache.enabled and not cache.problems:
        cache.remember(_options(template, checked), stamp, encode(report))


def _options(template: str | None, checked: bool = False) -> str:
    return json.dumps({"template": template, **({"checked": True} if checked else {})})


def fingerprint(root: Path, config: Config, template: str | None, files: VaultFiles) -> str | None:
    """A digest of everything the build of `root` depends on, or None when a note changed too
    recently for its size and mtime to be trusted."""
    recent = time.time_ns() - RACY_NANOSECONDS
    if any(note.mtime_ns >= recent for note in files.notes):
        return None
    parts = [code_stamp(), repr(config), repr(template), repr(files.diagnostics)]
    parts.extend(f"n\0{note.path}\0{note.size}\0{note.mtime_ns}" for note in files.notes)
    parts.extend(f"a\0{path}" for path in files.attachments)
    for folder in (config.templates_dir, config.output, OBSIDIAN_SETTINGS):
        parts.extend(f"f\0{folder}\0{entry}" for entry in _listing(root / folder))
    return hashlib.sha256("\n".join(parts).encode("utf-8", errors="surrogateescape")).hexdigest()


def _listing(folder: Path) -> Iterator[str]:
    """Every file under `folder` with its size and mtime, in a stable order."""
    for here, _, names in sorted(os.walk(folder)):
        for name in sorted(names):
            try:
                stat = os.stat(os.path.join(here, name), follow_symlinks=False)
            except OSError:
                continue
            yield f"{os.path.relpath(os.path.join(here, name), folder)}\0{stat.st_size}\0{stat.st_mtime_ns}"


def encode(report: Any) -> str:
    """A build report (a dataclass of plain values, string tuples and diagnostics) as JSON."""
    data = {f.name: getattr(report, f.name) for f in dataclasses.fields(report) if f.name != "seconds"}
    data["diagnostics"] = [[getattr(d, f.name) for f in dataclasses.fields(d)] for d in data["diagnostics"]]
    return json.dumps(data)


def decode(text: str, kind: Callable[..., Report]) -> Report | None:
    """The report `encode` wrote, or None when `text` is not one."""
    try:
        data = json.loads(text)
        data["diagnostics"] = [_diagnostic(row) for row in data["diagnostics"]]
        fields = {name: tuple(value) if isinstance(value, list) else value for name, value in data.items()}
        return kind(**fields, seconds=0.0)
    except (ValueError, TypeError, KeyError):
        return None


def _diagnostic(row: list[Any]) -> Diagnostic:
    path, line, severity, code, message = row
    return Diagnostic(str(path), int(line), Severity(severity), str(code), str(message))
