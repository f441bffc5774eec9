"""Compile the built-in templates again (templates/compiled/, see vaultsmith/precompiled.py),
then rebuild the golden SDDs of the non-default styles from sample_vault.

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


def compile_templates() -> None:
    from vaultsmith import precompiled
    from vaultsmith.custom_templates import ENVIRONMENT_OPTIONS, builtin_templates
    from vaultsmith.render import FILTERS

    folder = precompiled.write(builtin_templates(), ENVIRONMENT_OPTIONS, FILTERS)
    print(f"templates/compiled/: {len(list(folder.glob('*.py')))} templates")


def main() -> int:
    compile_templates()
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
