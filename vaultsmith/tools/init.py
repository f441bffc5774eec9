"""init: a new vault, or vaultsmith's files added to an existing one without touching any file.

report = init_vault(Path("my-vault"), graph_colours=True)

Writes `vaultsmith.toml` (commented defaults), one note template per type for Obsidian's
Templates core plugin, in a vault without notes one short example note per type, and the types of
vaultsmith's properties in `.obsidian/types.json` (never changing a type the user set).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from vaultsmith.config import Config, load_config
from vaultsmith.config.globs import matches
from vaultsmith.errors import UsageError, VaultsmithError
from vaultsmith.tools.obsidian import (
    TEMPLATES_SETTINGS,
    merge_colour_groups,
    merge_property_types,
    templates_folder,
)
from vaultsmith.vault.scan import scan
from vaultsmith.write.create import create_file

STARTER = Path(__file__).parent / "starter"
STARTER_TEMPLATES = "Templates"
CONFIG_FILE = "vaultsmith.toml"


@dataclass(frozen=True, slots=True)
class InitReport:
    created: tuple[str, ...]
    kept: tuple[str, ...]  # already there, so left exactly as they were
    colour_groups: tuple[str, ...]  # graph view queries added
    notices: tuple[str, ...]
    property_types: tuple[str, ...] = ()  # property names added to .obsidian/types.json


def init_vault(path: Path, *, examples: bool | None = None, graph_colours: bool = False) -> InitReport:
    """Create what is missing. `examples` None means: only when the vault holds no notes yet."""
    root = path.expanduser()
    if root.exists() and not root.is_dir():
        raise UsageError(f"not a folder: {path}")
    root.mkdir(parents=True, exist_ok=True)
    root = root.resolve()
    with_examples = examples if examples is not None else not scan(root, Config()).notes
    folder = templates_folder(root)
    created: list[str] = []
    kept: list[str] = []
    for relative, data in starter_files(folder, with_examples):
        (created if create_file(root / relative, data) else kept).append(relative)
    config = _config_or_none(root)
    groups = merge_colour_groups(root, config or Config()) if graph_colours else []
    notices = _notices(folder, config)
    try:
        typed = merge_property_types(root)
    except VaultsmithError as bad:
        typed = []
        notices.append(f"{bad}; no property types were added")
    return InitReport(tuple(created), tuple(kept), tuple(groups), tuple(notices), tuple(typed))


def starter_files(templates: str, examples: bool) -> list[tuple[str, bytes]]:
    """(vault-relative path, content) of every file `init` offers, in path order."""
    files: list[tuple[str, bytes]] = []
    for source in sorted(STARTER.rglob("*")):
        relative = source.relative_to(STARTER).as_posix()
        if not source.is_file():
            continue
        if relative.startswith(STARTER_TEMPLATES + "/"):
            files.append((templates + relative.removeprefix(STARTER_TEMPLATES), source.read_bytes()))
        elif relative == CONFIG_FILE:
            files.append((relative, _config_text(source.read_text(encoding="utf-8"), templates)))
        elif examples:
            files.append((relative, source.read_bytes()))
    settings = json.dumps({"folder": templates}, indent=2) + "\n"
    files.append((TEMPLATES_SETTINGS, settings.encode("utf-8")))
    return sorted(files)


def _config_text(text: str, templates: str) -> bytes:
    ignored = json.dumps(f"{templates}/**", ensure_ascii=False)  # a JSON string is a TOML string
    return text.replace('ignore = ["Templates/**"]', f"ignore = [{ignored}]").encode("utf-8")


def _config_or_none(root: Path) -> Config | None:
    try:
        return load_config(root)
    except VaultsmithError:
        return None


def _notices(templates: str, config: Config | None) -> list[str]:
    if config is None:
        return [f"{CONFIG_FILE} cannot be read: run `vaultsmith check` to see why"]
    if matches(f"{templates}/Template.md", config.ignore):
        return []
    return [
        f'{CONFIG_FILE} does not ignore the templates folder: add "{templates}/**" to `ignore` there, '
        "or vaultsmith reads the templates as notes"
    ]
