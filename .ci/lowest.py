"""Print pip constraints pinning every direct dependency to the lowest version pyproject.toml allows.

CI installs the test extra with these constraints and runs the suite again, so a lower bound that
is too low (or behaviour that moved since it) shows up as a red run rather than on a user's machine.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

project = tomllib.loads((Path(__file__).parent.parent / "pyproject.toml").read_text())["project"]
extras = sys.argv[1:] or ["test"]
requirements = list(project["dependencies"])
for extra in extras:
    requirements += project["optional-dependencies"][extra]
for requirement in requirements:
    found = re.match(r"^([A-Za-z0-9._-]+)(?:\[[^\]]*\])?\s*>=\s*([^,;\s]+)", requirement)
    if found:
        print(f"{found[1]}=={found[2]}")
