"""Config: the optional `vaultsmith.toml` at the vault root, validated key by key."""

from __future__ import annotations

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


@dataclass(frozen=True, slots=True)
class Config:
    output: str = "SDD"
    template: str = "standard"
    templates_dir: str = ".vaultsmith/templates"  # the vault's own SDD templates
    ignore: tuple[str, ...] = ()
    types: TypeRules = field(default_factory=TypeRules)
    checklist: tuple[tuple[str, str, tuple[str, ...]], ...] = DEFAULT_CHECKLIST
    statuses: Mapping[str, str] = field(default_factory=dict)
    source: str | None = None  # the config file it came from


_TOP_KEYS = {"output", "template", "templates_dir", "ignore", "types", "checklist", "statuses"}
_TYPE_KEYS = {"folders", "tags", "files", "defaults"}


def load_config(vault: Path) -> Config:
    """Read `vaultsmith.toml` from the vault root; the defaults when there is none."""
    path = vault / CONFIG_NAME
    if not path.is_file():
        return Config()
    try:
        text = path.read_text(encoding="utf-8")
        data = tomllib.loads(text)
    except (OSError, UnicodeDecodeError) as bad:
        raise ConfigError(f"cannot read config: {bad}", CONFIG_NAME) from bad
    except tomllib.TOMLDecodeError as bad:
        line = int(m.group(1)) if (m := re.search(r"line (\d+)", str(bad))) else 0
        raise ConfigError(f"not valid TOML: {bad}", CONFIG_NAME, line) from bad
    return parse_config(data, text)


def parse_config(data: Mapping[str, Any], text: str = "") -> Config:
    checker = _Checker(text)
    checker.known_keys(data, _TOP_KEYS, "")
    output = checker.folder(data, "output", "SDD")
    templates_dir = checker.folder(data, "templates_dir", ".vaultsmith/templates")
    types = data.get("types", {})
    if not isinstance(types, Mapping):
        checker.fail("types", "expected a table")
    checker.known_keys(types, _TYPE_KEYS, "types.")
    return Config(
        output=output.strip("/") or "SDD",
        template=checker.string(data, "template", "standard"),
        templates_dir=templates_dir.strip("/") or ".vaultsmith/templates",
        ignore=checker.strings(data, "ignore"),
        types=_type_rules(checker, types),
        checklist=_checklist(checker, data.get("checklist")),
        statuses=_statuses(checker, checker.table(data, "statuses")),
        source=CONFIG_NAME,
    )


def _type_rules(checker: _Checker, types: Mapping[str, Any]) -> TypeRules:
    use_defaults = types.get("defaults", True)
    if not isinstance(use_defaults, bool):
        checker.fail("types.defaults", "expected true or false")
    base = TypeRules() if use_defaults else TypeRules(folders={}, tags={}, files=())
    folders = {k.lower(): v.lower() for k, v in checker.table(types, "folders", "types.").items()}
    tags = {k.lower().lstrip("#"): v.lower() for k, v in checker.table(types, "tags", "types.").items()}
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


class _Checker:
    """Validates config values, failing with the key and the line it is on."""

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")

    def line_of(self, key: str) -> int:
        last = key.rsplit(".", 1)[-1]
        pattern = re.compile(rf"^\s*(\[+\s*)?[\"']?{re.escape(last)}[\"']?\s*(=|\])")
        for number, line in enumerate(self.lines, start=1):
            if pattern.match(line):
                return number
        return 0

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
