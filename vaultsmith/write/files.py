"""write: put generated notes on disk, safely.

Only files that carry the generated marker are ever replaced or removed; writes are atomic
(temp file in the same folder, fsync, rename) and happen only when the bytes differ.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from vaultsmith.diagnostics import Diagnostic, error
from vaultsmith.sdd.naming import CANVAS_SUFFIX
from vaultsmith.vault.parse import GENERATED_KEY, GENERATED_PREFIX
from vaultsmith.vault.scan import read_note_file
from vaultsmith.write.keep import merge_with_existing

_MARKER_SCAN_BYTES = 8192
TEMP_SUFFIX = ".vaultsmith-tmp"
BASE_SUFFIX = ".base"
CANVAS_MARKER = "vaultsmith"  # a generated canvas's top-level key: {"generated_by": "vaultsmith …"}
BASE_MARKER = "# generated_by: vaultsmith"  # a generated base's first line

# What to write over a generated file that is there already, from its bytes and the new
# content; None to leave it as it is (with a diagnostic).
Merge = Callable[[bytes, str], "bytes | None"]


@dataclass(frozen=True, slots=True)
class Output:
    path: str  # vault-relative
    content: str
    # How the file on disk is merged in (a canvas keeps its arrangement); None: replaced,
    # but a note's keep blocks are kept (keep.py).
    merge: Merge | None = None


@dataclass(slots=True)
class WriteReport:
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    refused: list[str] = field(default_factory=list)
    diagnostics: list[Diagnostic] = field(default_factory=list)


def is_generated(data: bytes) -> bool:
    """Whether file content carries vaultsmith's marker: `generated_by: vaultsmith…` in its
    frontmatter."""
    head = data[:_MARKER_SCAN_BYTES].decode("utf-8", errors="replace").replace("\r\n", "\n")
    if not head.startswith("---\n"):
        return False
    frontmatter = head[4:].split("\n---", 1)[0]
    for line in frontmatter.split("\n"):
        key, _, value = line.partition(":")
        if key.strip() == GENERATED_KEY:
            return value.strip().strip("\"'").startswith(GENERATED_PREFIX)
    return False


def is_generated_file(path: str, data: bytes) -> bool:
    """Whether the file at `path` holding `data` is one vaultsmith generated: a note with the
    marker in its frontmatter, a canvas with it at its top level, a base with its first line."""
    if path.endswith(CANVAS_SUFFIX):
        return is_generated_canvas(data)
    if path.endswith(BASE_SUFFIX):
        return data.lstrip(b"\xef\xbb\xbf").startswith(BASE_MARKER.encode("utf-8"))
    return is_generated(data)


def is_generated_canvas(data: bytes) -> bool:
    """Whether `data` is a JSON object whose top-level `vaultsmith` key says vaultsmith made it."""
    try:
        document = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return False
    mark = document.get(CANVAS_MARKER) if isinstance(document, dict) else None
    return isinstance(mark, dict) and str(mark.get("generated_by", "")).startswith(GENERATED_PREFIX)


def write_outputs(
    root: Path, outputs: Iterable[Output], output_dir: str, dry_run: bool = False
) -> WriteReport:
    report = WriteReport()
    if not dry_run:
        remove_stale_temporaries(root / output_dir)
    wanted = sorted(outputs, key=lambda o: o.path)
    for output in wanted:
        _write_one(root, output, report, dry_run)
    keep = {output.path for output in wanted}
    for orphan in _generated_files(root, output_dir, report, keep):
        if not dry_run:
            with contextlib.suppress(FileNotFoundError):
                (root / orphan).unlink()
        report.removed.append(orphan)
    return report


def write_changes(root: Path, outputs: Iterable[Output], stale: Iterable[str]) -> WriteReport:
    """What `write_outputs` does, for a caller that knows which outputs changed (`watch`):
    write `outputs` where their bytes differ, remove the `stale` paths that hold generated notes."""
    report = WriteReport()
    for output in sorted(outputs, key=lambda o: o.path):
        _write_one(root, output, report, dry_run=False)
    for path in sorted(set(stale)):
        try:
            if not (root / path).is_symlink() and is_generated_file(path, read_note_file(root, path)):
                (root / path).unlink()
                report.removed.append(path)
        except FileNotFoundError:
            continue
        except OSError as bad:
            report.diagnostics.append(error(path, 0, "remove-failed", f"cannot remove: {bad.strerror}"))
    return report


def _write_one(root: Path, output: Output, report: WriteReport, dry_run: bool) -> None:
    target = root / output.path
    data = output.content.encode("utf-8")
    refusal = _unsafe_target(root, target)
    if refusal is not None:
        report.refused.append(output.path)
        report.diagnostics.append(error(output.path, 0, "write-refused", refusal))
        return
    try:
        existing = read_note_file(root, output.path)  # not through a link, not from a pipe
    except FileNotFoundError:
        existing = None
    except OSError as bad:
        report.refused.append(output.path)
        report.diagnostics.append(error(output.path, 0, "write-failed", f"cannot read: {bad.strerror}"))
        return
    if existing is not None and not is_generated_file(output.path, existing):
        report.refused.append(output.path)
        report.diagnostics.append(
            error(
                output.path,
                0,
                "overwrite-refused",
                f"a {_what(output.path)} without vaultsmith's generated marker is in the way; it was left "
                "untouched (rename it, or choose another output folder with --out)",
            )
        )
        return
    if existing is not None and output.merge is not None:
        merged = output.merge(existing, output.content)
        if merged is None:
            report.refused.append(output.path)
            report.diagnostics.append(
                error(
                    output.path, 0, "merge-refused", f"not a valid {_what(output.path)}; it was left as it is"
                )
            )
            return
        data = merged
    elif existing is not None and output.path.endswith(".md"):
        # Hand-written keep blocks in the file on disk go into the new output (see keep.py).
        merge = merge_with_existing(output.path, existing, output.content)
        report.diagnostics.extend(merge.diagnostics)
        if merge.content is None:
            report.refused.append(output.path)
            return
        data = merge.content.encode("utf-8")
    if existing == data:
        report.unchanged.append(output.path)
        return
    if not dry_run:
        try:
            atomic_write(target, data)
        except OSError as bad:
            report.refused.append(output.path)
            report.diagnostics.append(error(output.path, 0, "write-failed", f"cannot write: {bad.strerror}"))
            return
    report.written.append(output.path)


def atomic_write(target: Path, data: bytes) -> None:
    """Replace `target` with `data` so that a reader, or a crash, sees the old or the new file,
    never a part of one."""
    target.parent.mkdir(parents=True, exist_ok=True)
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{target.name[:40]}.", suffix=TEMP_SUFFIX, dir=target.parent
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)
        os.replace(temporary, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
        raise
    _sync_folder(target.parent)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable: after a power cut the folder holds the new file, not
    neither. (Not possible on Windows, where folders cannot be opened; the rename is still atomic.)"""
    with contextlib.suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove the temporary files a killed vaultsmith left in the output `folder` (dot-files that
    end in TEMP_SUFFIX; hidden from Obsidian, but litter). Only called while holding the vault's
    lock, so no other vaultsmith is writing one of them right now."""
    removed: list[Path] = []
    for parent, folders, files in os.walk(folder):  # does not follow symbolic links
        folders[:] = [name for name in folders if not name.startswith(".")]
        for name in files:
            path = Path(parent) / name
            if name.startswith(".") and name.endswith(TEMP_SUFFIX) and not path.is_symlink():
                with contextlib.suppress(OSError):
                    path.unlink()
                    removed.append(path)
    return removed


def _unsafe_target(root: Path, target: Path) -> str | None:
    """Why writing `target` could touch something that is not ours, or None."""
    if target.is_symlink():
        return "a symbolic link is in the way; it was left untouched"
    if not _inside(root, target.parent):
        return "the output folder leads outside the vault through a symbolic link; nothing written there"
    return None


def _inside(root: Path, folder: Path) -> bool:
    """Whether `folder` (or, when it does not exist yet, its nearest existing parent) really lies
    in the vault once symbolic links are followed."""
    existing = folder
    while not existing.exists() and existing != existing.parent:
        existing = existing.parent
    try:
        existing.resolve().relative_to(root.resolve())
    except (ValueError, OSError):
        return False
    return True


def _generated_files(root: Path, output_dir: str, report: WriteReport, wanted: set[str]) -> list[str]:
    """The generated files in the output folder other than the `wanted` ones (which are not
    read again: a canvas is known for generated only once it is parsed)."""
    folder = root / output_dir
    if not folder.is_dir():
        return []
    if not _inside(root, folder):
        report.diagnostics.append(
            error(
                output_dir, 0, "write-refused", "the output folder leads outside the vault; nothing removed"
            )
        )
        return []
    found = []
    candidates = [*folder.rglob("*.md"), *folder.rglob(f"*{CANVAS_SUFFIX}"), *folder.rglob(f"*{BASE_SUFFIX}")]
    for path in sorted(candidates):
        if path.is_symlink() or not path.is_file():
            continue
        relative = path.relative_to(root).as_posix()
        if relative in wanted:
            continue
        whole = not relative.endswith(".md")  # a canvas's marker is known once it parses
        try:
            with path.open("rb") as handle:
                head = handle.read() if whole else handle.read(_MARKER_SCAN_BYTES)
        except OSError:
            continue
        if is_generated_file(relative, head):
            found.append(relative)
    return found


def _what(path: str) -> str:
    if path.endswith(CANVAS_SUFFIX):
        return "canvas"
    return "base" if path.endswith(BASE_SUFFIX) else "note"
