"""precompiled: the built-in templates as Python modules jinja2 made from them ahead of time.

Compiling the built-in templates costs every vaultsmith process about 80 ms, a sixth of a cold
build of 1,000 notes. So the compiled form ships beside the templates, in `compiled/`, made by
`write` (`tests/golden/regenerate.py` runs it) with a manifest of the jinja2 version, the
environment's options and each template's SHA-256. The modules are used only while all of these
match what is installed, else the templates compile as usual: an upgraded jinja2 or an edited
template never runs stale code. A test fails when the committed modules are not what `write`
makes now. They are part of the package like any module of it: nothing is written at run time
but Python's own bytecode.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

import jinja2

FOLDER = "compiled"
MANIFEST = "manifest.json"
TEMPLATE_SUFFIX = ".md.j2"  # what a template file is called (custom_templates uses it too)


def manifest(builtin_folder: Path, options: Mapping[str, Any]) -> dict[str, Any]:
    """What the compiled modules were made from: to be equal, or they are not used."""
    sources = {
        path.name: hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(builtin_folder.glob("*" + TEMPLATE_SUFFIX))
    }
    shown = {name: value if isinstance(value, bool | str) else repr(value) for name, value in options.items()}
    return {"jinja2": jinja2.__version__, "options": shown, "sources": sources}


def loader(builtin_folder: Path, options: Mapping[str, Any]) -> jinja2.BaseLoader | None:
    """A loader of the compiled built-in templates, or None when they are missing or stale."""
    folder = builtin_folder / FOLDER
    try:
        made = json.loads((folder / MANIFEST).read_text(encoding="utf-8"))
        if made != manifest(builtin_folder, options):
            return None
    except (OSError, ValueError):
        return None
    return jinja2.ModuleLoader(folder)


def write(
    builtin_folder: Path, options: Mapping[str, Any], filters: Mapping[str, Callable[..., Any]]
) -> Path:
    """Compile every built-in template into `compiled/`, replacing what was there."""
    folder = builtin_folder / FOLDER
    shutil.rmtree(folder, ignore_errors=True)
    environment = jinja2.Environment(loader=jinja2.FileSystemLoader(builtin_folder), **options)
    environment.filters.update(filters)
    environment.compile_templates(
        folder, filter_func=lambda name: name.endswith(TEMPLATE_SUFFIX) and "/" not in name, zip=None
    )
    text = json.dumps(manifest(builtin_folder, options), indent=2, sort_keys=True) + "\n"
    (folder / MANIFEST).write_text(text, encoding="utf-8")
    return folder
