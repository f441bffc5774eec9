"""Rebuild the golden SDDs of the non-default styles from sample_vault.

    .venv/bin/python tests/golden/regenerate.py

Each style's output goes to tests/golden/<style>/ (the default style's golden files are
sample_vault/SDD/ itself). Review the diff before committing.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SAMPLE_VAULT = HERE.parent.parent / "sample_vault"
STYLES = ("c4", "detailed", "hld-lld", "design-doc")


def build_style(style: str, work: Path) -> Path:
    """Build a copy of sample_vault (without its SDDs) in `style`; return its SDD folder."""
    from vaultsmith import build

    vault = work / style
    shutil.copytree(SAMPLE_VAULT, vault, ignore=shutil.ignore_patterns("SDD"))
    report = build(vault, template=style)
    if not report.ok:
        raise SystemExit(f"{style}: {[str(d) for d in report.diagnostics]}")
    return vault / "SDD"


def main() -> int:
    with tempfile.TemporaryDirectory() as temporary:
        for style in STYLES:
            target = HERE / style
            shutil.rmtree(target, ignore_errors=True)
            # The notes only: canvases and the ADR register are the same in every style.
            ignore = shutil.ignore_patterns("*.canvas", "*.base")
            shutil.copytree(build_style(style, Path(temporary)), target, ignore=ignore)
            print(f"tests/golden/{style}/: {len(list(target.glob('*.md')))} notes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
