"""Obsidian's own settings in `.obsidian/`: where the Templates plugin keeps its templates, and
the graph view's colour groups. These files belong to the user: read them, merge, never replace."""

from __future__ import annotations

import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from vaultsmith.config import Config
from vaultsmith.errors import VaultsmithError
from vaultsmith.render.colours import TYPE_COLOURS
from vaultsmith.write.files import atomic_write

SETTINGS = ".obsidian"
TEMPLATES_SETTINGS = f"{SETTINGS}/templates.json"
GRAPH_SETTINGS = f"{SETTINGS}/graph.json"
TYPES_SETTINGS = f"{SETTINGS}/types.json"

# The types of the properties vaultsmith reads and writes, as Obsidian's property editor names
# them. Left out: names whose values are sometimes one link and sometimes a list (`system`,
# `chosen`): whichever type is set, one of the two shapes would be shown as wrong.
PROPERTY_TYPES: Mapping[str, str] = {
    "type": "text",
    "status": "text",
    "date": "date",
    "owner": "text",
    "description": "text",
    "kind": "text",
    "category": "text",
    "version": "text",  # "1.10" is a version, not the number 1.1
    "decision_area": "text",
    "depends_on": "multitext",
    "uses": "multitext",
    "affects": "multitext",
    "supersedes": "multitext",
    "superseded_by": "multitext",
    "amends": "multitext",
    "amended_by": "multitext",
    "considered": "multitext",
    "deciders": "multitext",
    "compliance": "multitext",
    "sdd_template": "text",
    "generated_by": "text",
    "template": "text",
    "coverage": "number",
    "gaps": "number",
    "sources": "multitext",
}
DEFAULT_TEMPLATES_FOLDER = "Templates"


def templates_folder(root: Path) -> str:
    """The folder the Templates core plugin reads (its `folder` setting), else `Templates`."""
    settings = _read_json(root, TEMPLATES_SETTINGS)
    folder = settings.get("folder") if isinstance(settings, Mapping) else None
    if isinstance(folder, str) and folder.strip("/ "):
        return folder.strip("/ ")
    return DEFAULT_TEMPLATES_FOLDER


def type_query(kind: str, config: Config) -> str:
    """An Obsidian search matching notes of `kind` the ways vaultsmith finds types: the `type`
    property, a tag, a folder (the file-name rule for ADRs has no search equivalent)."""
    rules = config.types
    parts = [f"[type:{kind}]"]
    parts += [f"tag:#{tag}" for tag, tagged in sorted(rules.tags.items()) if tagged == kind]
    parts += [f'path:"{folder}/"' for folder, held in sorted(rules.folders.items()) if held == kind]
    return " OR ".join(parts)


def colour_groups(config: Config) -> list[dict[str, Any]]:
    return [
        {"query": type_query(kind, config), "color": {"a": 1, "rgb": rgb}}
        for kind, rgb in TYPE_COLOURS.items()
    ]


def merge_colour_groups(root: Path, config: Config) -> list[str]:
    """Add one colour group per note type to the graph view's settings, after the user's own
    groups (Obsidian colours a note by the first group that matches, so theirs win). Every
    other setting is kept; a group whose query is already there is not added twice.
    Returns the queries added."""
    settings = _read_json(root, GRAPH_SETTINGS)
    if settings is None:
        settings = {}
    if not isinstance(settings, dict):
        raise VaultsmithError("not a JSON object; it was left as it is", GRAPH_SETTINGS)
    groups = settings.get("colorGroups", [])
    if not isinstance(groups, list):
        raise VaultsmithError("`colorGroups` is not a list; the file was left as it is", GRAPH_SETTINGS)
    present = {group.get("query") for group in groups if isinstance(group, Mapping)}
    added = [group for group in colour_groups(config) if group["query"] not in present]
    if added:
        settings["colorGroups"] = [*groups, *added]
        text = json.dumps(settings, indent=2, ensure_ascii=False) + "\n"
        atomic_write(root / GRAPH_SETTINGS, text.encode("utf-8"))
    return [group["query"] for group in added]


def merge_property_types(root: Path) -> list[str]:
    """Add the type of each property vaultsmith reads to `.obsidian/types.json`, so that
    Obsidian's property editor offers the right control. A name the file already types keeps
    the user's type; every other key is kept. Returns the names added."""
    settings = _read_json(root, TYPES_SETTINGS)
    if settings is None:
        settings = {}
    if not isinstance(settings, dict):
        raise VaultsmithError("not a JSON object; it was left as it is", TYPES_SETTINGS)
    types = settings.get("types", {})
    if not isinstance(types, dict):
        raise VaultsmithError("`types` is not an object; the file was left as it is", TYPES_SETTINGS)
    added = {name: kind for name, kind in PROPERTY_TYPES.items() if name not in types}
    if added:
        settings["types"] = {**types, **added}
        text = json.dumps(settings, indent=2, ensure_ascii=False) + "\n"
        atomic_write(root / TYPES_SETTINGS, text.encode("utf-8"))
    return list(added)


def _read_json(root: Path, relative: str) -> Any:
    path = root / relative
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as bad:
        raise VaultsmithError(f"cannot read: {bad}", relative) from bad
    try:
        return json.loads(text)
    except json.JSONDecodeError as bad:
        raise VaultsmithError(f"not valid JSON: {bad.msg}", relative, bad.lineno) from bad
