"""cli: the `vaultsmith` command, a thin layer: parse options, call the library, print with rich.
Holds no logic of its own.

Owns: main.py (the app and the build and watch commands), tools.py (check, graph, init, new).
May import: everything.
"""

from vaultsmith.cli.main import app, main

__all__ = ["app", "main"]
