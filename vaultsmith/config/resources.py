"""Files vaultsmith ships beside its code, found the same way in a wheel and a source checkout."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent


def builtin_templates() -> Path:
    """Templates shipped inside the wheel; in a source checkout, the repo's `templates/`."""
    packaged = PACKAGE / "templates"
    return packaged if packaged.is_dir() else PACKAGE.parent / "templates"
