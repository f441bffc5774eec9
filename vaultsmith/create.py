"""Create a new file: whole or not at all, and never over a file that is already there."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def create_file(target: Path, data: bytes) -> bool:
    """Write `data` to `target` if nothing is there yet; False, writing nothing, if something is.

    The content goes to a temporary file first and is then hard-linked into place, so a reader
    or a crash never sees half a file, and an existing file (or symlink) is never replaced."""
    target.parent.mkdir(parents=True, exist_ok=True)
    if os.path.lexists(target):
        return False
    descriptor, temporary = tempfile.mkstemp(
        prefix=f".{target.name[:40]}.", suffix=".vaultsmith-tmp", dir=target.parent
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(temporary, 0o644)
        return _link(temporary, target, data)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _link(temporary: str, target: Path, data: bytes) -> bool:
    try:
        os.link(temporary, target)
    except FileExistsError:
        return False
    except OSError:
        # No hard links on this file system (some network and FAT drives): exclusive create.
        try:
            with open(target, "xb") as handle:
                handle.write(data)
        except FileExistsError:
            return False
    return True
