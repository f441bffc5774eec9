"""Create a new file: whole or not at all, and never over a file that is already there."""

from __future__ import annotations

import contextlib
import os
import uuid
from pathlib import Path

from vaultsmith.write.files import atomic_write


def create_file(target: Path, data: bytes) -> bool:
    """Write `data` to `target` if nothing is there yet; False, writing nothing, if something is.

    The content is written in full to a hidden file first and then hard-linked into place, so a
    reader or a crash never sees half a file, and an existing file (or symlink) is never replaced."""
    if os.path.lexists(target):
        return False
    temporary = target.with_name(f".{target.name[:40]}.{uuid.uuid4().hex[:12]}.vaultsmith-new")
    atomic_write(temporary, data)
    try:
        return _link(temporary, target, data)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _link(temporary: Path, target: Path, data: bytes) -> bool:
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
