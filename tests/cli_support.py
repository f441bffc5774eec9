"""The installed `vaultsmith` command, run in a subprocess as a user runs it."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

EXECUTABLE = shutil.which("vaultsmith", path=os.path.dirname(sys.executable)) or shutil.which("vaultsmith")


def run_cli(*args: str | Path) -> subprocess.CompletedProcess[str]:
    assert EXECUTABLE, "the vaultsmith console script is not installed"
    return subprocess.run(
        [EXECUTABLE, *map(str, args)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "NO_COLOR": "1", "COLUMNS": "200"},
    )
