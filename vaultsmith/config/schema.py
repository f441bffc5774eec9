"""Config: the optional `vaultsmith.toml` at the vault root, validated key by key."""

from __future__ import annotations

import dataclasses
import functools
import json
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from vaultsmith.config.statuses import STATUSES
from vaultsmith.errors import ConfigError

CONFIG_NAME = "vaultsmith.toml"

DEFAULT_FOLDER_TYPES: Mapping[str, str] = {
    "systems": "system",
    "system": "system",
    "prds": "prd",
    "prd": "prd",
    "requirements": "prd",
    "components": "component",
    "component": "component",
    "technologies": "technology",
    "technology": "technology",
    "tech": "technology",
    "adr": "adr",
    "adrs": "adr",
    "decisions": "adr",
    "decision-records": "adr",
    "architecture-decisions": "adr",
}
DEFAULT_TAG_TYPES: Mapping[str, str] = {
    "system": "system",
    "prd": "prd",
    "component": "component",
    "technology": "technology",
    "adr": "adr",
}
# adr-tools `0001-slug.md`, `adr012-slug.md`, log4brains `20240105-slug.md`; not dated notes
# like `2024-03-04 Review.md` or daily notes `2024-03-04.md`.
DEFAULT_FILE_TYPES: Mapping[str, str] = {r"^(?:adr[-_]?)?\d+-(?!\d\d-\d\d(?:\D|$))[^\s]+\.md$": "adr"}

# `type:` values that can only mean one of ours.
DEFAULT_TYPE_VALUES: Mapping[str, str] = {
    "decision": "adr",
    "decision-record": "adr",
    "architecture-decision": "adr",
    "architecture-decision-record": "adr",
    "tech": "technology",
}

# Every property vaultsmith reads. The same name in another spelling (`dependsOn`, `depends-on`,
# `Depends On`, `owners`) is read as this one without configuration.
KNOWN_PROPERTIES = frozenset(
    {
        "type", "title", "description", "owner", "status", "system", "affects", "kind", "uses",
        "depends_on", "category", "version", "date", "deciders", "decision_area", "chosen",
        "considered", "supersedes", "superseded_by", "amends", "amended_by", "nfr", "compliance",
        "sdd_template",
    }
)  # fmt: skip
# Other names for the same property, as other tools write them.
PROPERTY_SYNONYMS: Mapping[str, str] = {
    "decision_makers": "deciders",  # MADR 3 and 4
    "decision_maker": "deciders",
    "systems": "system",
    "superceded_by": "superseded_by",  # adr-tools' old spelling
    "supercedes": "supersedes",
}
# Obsidian's own properties keep their names whatever the spelling rules say.
_OBSIDIAN_PROPERTIES = frozenset({"tags", "tag", "aliases", "alias", "cssclasses", "cssclass"})

# Files in decision folders that are not decisions: templates, indexes, read-me files.
DECISION_FOLDER_EXTRAS = ("index.md", "readme.md", "_index.md")
TEMPLATE_FILES = (
    "template.md", "*-template.md", "*_template.md", "template-*.md",
    "**/+templates/**",
)  # fmt: skip

# The "decisions required" checklist: (group, item, decision areas that settle it).
DEFAULT_CHECKLIST: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("Infrastructure", "Deployment platform", ("cloud", "deployment", "deployment-platform", "hosting")),
    ("Infrastructure", "Load balancing", ("load-balancer", "load-balancing", "api-gateway", "gateway")),
    ("Infrastructure", "Container orchestration", ("container-orchestration", "orchestration")),
    ("Infrastructure", "CI/CD pipeline", ("ci-cd", "ci", "cd", "build-pipeline")),
    ("Application", "API framework", ("api-framework", "web-framework")),
    ("Application", "Database", ("database",)),
    ("Application", "Caching", ("cache", "caching")),
    ("Application", "Message queue", ("message-queue", "messaging", "queue", "event-streaming")),
    ("Observability", "Monitoring", ("monitoring", "metrics")),
    ("Observability", "Logging", ("logging",)),
    ("Observability", "Tracing", ("tracing",)),
    ("Observability", "Alerting", ("alerting", "on-call")),
)


@dataclass(frozen=True, slots=True)
class TypeRules:
    """How a note without a `type:` property gets one: by file name, then tag, then folder."""

    folders: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_FOLDER_TYPES))
    tags: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_TAG_TYPES))
    files: tuple[tuple[re.Pattern[str], str], ...] = tuple(
        (re.compile(pattern, re.IGNORECASE), kind) for pattern, kind in DEFAULT_FILE_TYPES.items()
    )
    # `type:` values of the vault's own (lower case) -> vaultsmith's types: `project = "system"`
    values: Mapping[str, str] = field(default_factory=lambda: dict(DEFAULT_TYPE_VALUES))


@dataclass(frozen=True, slots=True)
class Config:
    output: str = "SDD"
    template: str = "standard"
    templates_dir: str = ".vaultsmith/templates"  # the vault's own SDD templates
    ignore: tuple[str, ...] = ()
    types: TypeRules = field(default_factory=TypeRules)
    checklist: tuple[tuple[str, str, tuple[str, ...]], ...] = DEFAULT_CHECKLIST
    statuses: Mapping[str, str] = field(default_factory=dict)
    canvas: bool = True  # write SDD/<System>.canvas beside each SDD
    properties: Mapping[str, str] = field(default_factory=dict)  # the vault's names -> ours
    system_folders: Mapping[str, str] = field(default_factory=dict)  # folder -> system note name
    ignore_templates: bool = True
    # What `ignore_templates` skips in this vault (derived, not written in the file).
    skipped: tuple[str, ...] = field(default=(), metadata={"derived": True})
    source: str | None = None  # the config file it came from

    @property
    def not_notes(self) -> tuple[str, ...]:
        """Every pattern of files that are not read as notes: `ignore`, then `skipped`."""
        return (*self.ignore, *self.skipped)

    def our_property(self, name: str) -> str:
        """The property vaultsmith reads under the vault's property `name`: the config's
        `[properties]` mapping, else the same name in another spelling, else `name`."""
        mapped = self.properties.get(name)
        return mapped if mapped is not None else spelled_property(name)


_TOP_KEYS = {
    "output", "template", "templates_dir", "ignore", "ignore_templates", "types", "checklist",
    "statuses", "properties", "system_folders", "canvas",
}  # fmt: skip
_TYPE_KEYS = {"folders", "tags", "files", "defaults", "values"}
_NAME = re.compile(r"^[A-Za-z_][\w-]*$")


@functools.lru_cache(maxsize=4096)
def spelled_property(name: str) -> str:
    """`dependsOn`, `depends-on`, `Depends On` -> `depends_on`; `owners` -> `owner`; a name
    that is no spelling of a property vaultsmith reads comes back as it is."""
    if name in KNOWN_PROPERTIES or name.lower() in _OBSIDIAN_PROPERTIES:
        return name
    snake = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name.strip())
    snake = re.sub(r"[\s\-]+", "_", snake).lower()
    for candidate in (snake, *_number_forms(snake)):
        if candidate in KNOWN_PROPERTIES:
            return candidate
        if candidate in PROPERTY_SYNONYMS:
            return PROPERTY_SYNONYMS[candidate]
    return name


def _number_forms(word: str) -> tuple[str, ...]:
    """The singular and plural of `word`'s last part: `owners` -> `owner`, `decider` -> `deciders`."""
    if word.endswith("ies"):
        return (word[:-3] + "y",)
    if word.endswith("s"):
        return (word[:-1],)
    return (word + "s", word[:-1] + "ies" if word.endswith("y") else word + "s")


def load_config(vault: Path) -> Config:
    """Read `vaultsmith.toml` from the vault root; the defaults when there is none."""
    path = vault / CONFIG_NAME
    if not path.is_file():
        return with_skipped(Config(), vault)
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as bad:
        raise ConfigError(f"cannot read config: {bad}", CONFIG_NAME) from bad
    except tomllib.TOMLDecodeError as bad:
        line = int(m.group(1)) if (m := re.search(r"line (\d+)", str(bad))) else 0
        raise ConfigError(f"not valid TOML: {bad}", CONFIG_NAME, line) from bad
    return with_skipped(parse_config(data, text), vault)


def with_skipped(config: Config, vault: Path) -> Config:
    """`config` with the files that are not notes by default (`ignore_templates`): templates,
    indexes and read-me files in decision folders, the folder of Obsidian's Templates plugin."""
    if not config.ignore_templates:
        return config
    decision_folders = sorted({folder for folder, kind in config.types.folders.items() if kind == "adr"})
    skipped = [*TEMPLATE_FILES]
    skipped += [f"**/{folder}/{name}" for folder in decision_folders for name in DECISION_FOLDER_EXTRAS]
    obsidian_templates = obsidian_templates_folder(vault)
    if obsidian_templates:
        skipped.append(f"{obsidian_templates}/**")
    return dataclasses.replace(config, skipped=tuple(skipped))


def obsidian_templates_folder(vault: Path) -> str | None:
    """The folder Obsidian's core Templates plugin takes templates from (`.obsidian/templates.json`)."""
    try:
        settings = json.loads((vault / ".obsidian" / "templates.json").read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        return None
    folder = settings.get("folder") if isinstance(settings, dict) else None
    if not isinstance(folder, str) or not folder.strip("/ ") or ".." in folder.split("/"):
        return None
    return folder.strip("/ ")


def parse_config(data: Mapping[str, Any], text: str = "") -> Config:
    checker = _Checker(text)
    checker.known_keys(data, _TOP_KEYS, "")
    output = checker.folder(data, "output", "SDD")
    templates_dir = checker.folder(data, "templates_dir", ".vaultsmith/templates")
    types = data.get("types", {})
    if not isinstance(types, Mapping):
        checker.fail("types", "expected a table")
    checker.known_keys(types, _TYPE_KEYS, "types.")
    if not isinstance(data.get("ignore_templates", True), bool):
        checker.fail("ignore_templates", "expected true or false")
    return Config(
        output=output.strip("/") or "SDD",
        template=checker.string(data, "template", "standard"),
        templates_dir=templates_dir.strip("/") or ".vaultsmith/templates",
        ignore=checker.strings(data, "ignore"),
        types=_type_rules(checker, types),
        checklist=_checklist(checker, data.get("checklist")),
        statuses=_statuses(checker, checker.table(data, "statuses")),
        canvas=checker.boolean(data, "canvas", True),
        properties=_properties(checker, checker.table(data, "properties")),
        system_folders=_system_folders(checker, checker.table(data, "system_folders")),
        ignore_templates=bool(data.get("ignore_templates", True)),
        source=CONFIG_NAME,
    )


def _properties(checker: _Checker, table: Mapping[str, str]) -> dict[str, str]:
    """The vault's property names -> ours: `dependsOn = "depends_on"`."""
    for name, ours in table.items():
        if not _NAME.match(ours.strip()):
            checker.fail(f"properties.{name}", f'expected a property name like "depends_on", not {ours!r}')
    return {name: ours.strip() for name, ours in table.items()}


def _system_folders(checker: _Checker, table: Mapping[str, str]) -> dict[str, str]:
    """Folder -> the system its notes belong to: `"Payments/Notes" = "Payments"`."""
    found = {}
    for folder, system in table.items():
        name = system.strip().removeprefix("[[").removesuffix("]]").strip()
        if not name or not folder.strip("/"):
            checker.fail(f"system_folders.{folder}", 'expected "folder" = "system note name"')
        found[folder.strip("/")] = name
    return found


def _type_rules(checker: _Checker, types: Mapping[str, Any]) -> TypeRules:
    use_defaults = types.get("defaults", True)
    if not isinstance(use_defaults, bool):
        checker.fail("types.defaults", "expected true or false")
    base = TypeRules() if use_defaults else TypeRules(folders={}, tags={}, files=())
    folders = {k.lower(): v.lower() for k, v in checker.table(types, "folders", "types.").items()}
    tags = {k.lower().lstrip("#"): v.lower() for k, v in checker.table(types, "tags", "types.").items()}
    written = checker.table(types, "values", "types.")
    for value, kind in written.items():
        if not kind.strip():
            checker.fail(f"types.values.{value}", 'expected a type like "system"')
    values = {k.strip().lower(): v.strip().lower() for k, v in written.items()}
    files: list[tuple[re.Pattern[str], str]] = []
    for pattern, kind in checker.table(types, "files", "types.").items():
        try:
            files.append((re.compile(pattern, re.IGNORECASE), kind.lower()))
        except re.error as bad:
            checker.fail(f"types.files.{pattern}", f"not a valid regular expression: {bad}")
    return TypeRules(
        folders={**base.folders, **folders},
        tags={**base.tags, **tags},
        files=(*files, *base.files),
        values={**base.values, **values},
    )


def _statuses(checker: _Checker, table: Mapping[str, str]) -> dict[str, str]:
    """Status words -> one of the five statuses; a word mapped to anything else is an error
    here, never a silent default later."""
    for phrase, status in table.items():
        if status.strip().lower() not in STATUSES:
            checker.fail(f"statuses.{phrase}", f"expected one of {', '.join(STATUSES)}, not {status!r}")
    return {k.strip().lower(): v.strip().lower() for k, v in table.items()}


def _checklist(checker: _Checker, value: Any) -> tuple[tuple[str, str, tuple[str, ...]], ...]:
    if value is None:
        return DEFAULT_CHECKLIST
    if not isinstance(value, list):
        checker.fail("checklist", "expected a list of {group, item, areas} tables")
    items = []
    for entry in value:
        if not isinstance(entry, Mapping) or set(entry) != {"group", "item", "areas"}:
            checker.fail("checklist", "each entry needs exactly: group, item, areas")
        areas = entry["areas"]
        if not isinstance(areas, list) or not all(isinstance(a, str) for a in areas):
            checker.fail("checklist", "areas must be a list of strings")
        items.append((str(entry["group"]), str(entry["item"]), tuple(a.lower() for a in areas)))
    return tuple(items)


def config_line(vault: Path, key: str) -> int:
    """The line of `vaultsmith.toml` that sets `key` (0 when there is none), for messages about
    a value that is only found wrong later, like an unknown template name."""
    try:
        return _Checker((vault / CONFIG_NAME).read_text(encoding="utf-8")).line_of(key)
    except (OSError, UnicodeDecodeError):
        return 0


_HEADER = re.compile(r"^\s*\[+\s*([^\]]+?)\s*\]+\s*(?:#.*)?$")
_SETTING = re.compile(r"""^\s*("(?:[^"\\]|\\.)*"|'[^']*'|[A-Za-z0-9_.-]+)\s*=""")


def _unquoted(key: str) -> str:
    key = key.strip()
    if key.startswith('"'):
        try:
            return str(json.loads(key))
        except ValueError:
            return key.strip('"')
    return key.strip("'")


class _Checker:
    """Validates config values, failing with the key and the line it is on."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")

    def line_of(self, key: str) -> int:
        """The line of the table header `[key]`, else of the line setting `key` inside its
        table, else of any line setting a key named as `key`'s last part."""
        table = ""
        fallback = 0
        last = key.rsplit(".", 1)[-1]
        for number, line in enumerate(self.lines, start=1):
            header = _HEADER.match(line)
            if header is not None:
                table = ".".join(_unquoted(part) for part in header.group(1).split("."))
                if table == key:
                    return number
                continue
            setting = _SETTING.match(line)
            if setting is None:
                continue
            name = _unquoted(setting.group(1))
            if (f"{table}.{name}" if table else name) == key:
                return number
            if name == last:
                fallback = fallback or number
        return fallback

    def fail(self, key: str, expected: str) -> Any:
        raise ConfigError(f"{key}: {expected}", CONFIG_NAME, self.line_of(key))

    def known_keys(self, table: Mapping[str, Any], known: set[str], prefix: str) -> None:
        for key in table:
            if key not in known:
                choices = ", ".join(sorted(known))
                self.fail(prefix + key, f"unknown key (known keys: {choices})")

    def string(self, table: Mapping[str, Any], key: str, default: str) -> str:
        value = table.get(key, default)
        if not isinstance(value, str) or not value.strip():
            self.fail(key, "expected a non-empty string")
        return str(value)

    def boolean(self, table: Mapping[str, Any], key: str, default: bool) -> bool:
        value = table.get(key, default)
        if not isinstance(value, bool):
            self.fail(key, "expected true or false")
        return bool(value)

    def folder(self, table: Mapping[str, Any], key: str, default: str) -> str:
        value = self.string(table, key, default)
        if value.startswith(("/", "\\")) or ".." in Path(value).parts:
            self.fail(key, f'expected a folder inside the vault, like "{default}"')
        return value

    def strings(self, table: Mapping[str, Any], key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.fail(key, "expected a list of strings")
        return tuple(value)

    def table(self, table: Mapping[str, Any], key: str, prefix: str = "") -> dict[str, str]:
        value = table.get(key, {})
        if not isinstance(value, Mapping) or not all(isinstance(v, str) for v in value.values()):
            self.fail(prefix + key, 'expected a table of "name" = "value" strings')
        return dict(value)
