"""Golden files of the non-default styles: sample_vault built with `--template <style>`
reproduces tests/golden/<style>/ byte for byte (the default style's are sample_vault/SDD/).

After an intended change, regenerate them with `.venv/bin/python tests/golden/regenerate.py`
and review the diff.
"""

from __future__ import annotations

import pytest
from sdd_styles import GOLDEN, sample_outputs

STYLES = ("c4", "detailed", "hld-lld", "design-doc")


@pytest.mark.parametrize("style", STYLES)
def test_sample_vault_in_style_reproduces_its_golden_files(
    style: str, tmp_path_factory: pytest.TempPathFactory
) -> None:
    built = sample_outputs(tmp_path_factory)[style]
    expected = {p.name: p.read_bytes() for p in sorted((GOLDEN / style).glob("*.md"))}
    assert sorted(built) == sorted(expected), "regenerate with tests/golden/regenerate.py"
    for name, content in expected.items():
        assert built[name].encode("utf-8") == content, (
            f"{style}/{name} differs: regenerate with `.venv/bin/python tests/golden/regenerate.py`"
        )


def test_every_non_default_style_has_golden_files() -> None:
    assert sorted(p.name for p in GOLDEN.iterdir() if p.is_dir()) == sorted(STYLES)
