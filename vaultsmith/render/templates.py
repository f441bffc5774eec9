"""The SDD templates a build can use: the built-in styles, plus the vault's own templates folder
(config `templates_dir`, default `.vaultsmith/templates/`), whose files add styles or override
built-in ones by name.

A vault's templates render in jinja2's sandboxed environment: they can lay out the facts they
are given, not reach into Python. vaultsmith's own run unsandboxed, their compiled code kept
by jinja2's bytecode cache in the user cache folder. Files whose name starts with `_` are shared
pieces (macros, the index), not styles.
"""

from __future__ import annotations

import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from vaultsmith.cache.store import cache_folder
from vaultsmith.config import Config, config_line, load_config
from vaultsmith.config.resources import builtin_templates
from vaultsmith.errors import ConfigError, UsageError

TEMPLATE_SUFFIX = ".md.j2"  # what a template file is called
TEMPLATE_CACHE_VARIABLE = "VAULTSMITH_TEMPLATE_CACHE"

_SUMMARY = re.compile(r"\A\s*\{#-?\s*(.+?)\s*(?:-?#\}|$)", re.MULTILINE)


@dataclass(frozen=True, slots=True)
class TemplateInfo:
    name: str
    summary: str  # the first line of the template's leading `{# … #}` comment
    path: Path
    custom: bool  # from the vault's templates folder


class TemplateSet:
    """The built-in templates, overridden and extended by the vault's templates folder."""

    def __init__(self, vault_folder: Path | None = None, shown_as: str = "") -> None:
        self.vault_folder = vault_folder if vault_folder is not None and vault_folder.is_dir() else None
        self.shown_as = shown_as.rstrip("/")  # the folder as a vault-relative path, for messages
        self.builtin_folder = builtin_templates()
        self._styles: list[TemplateInfo] | None = None

    def templates(self, include_shared: bool = False) -> list[TemplateInfo]:
        if not include_shared and self._styles is not None:
            return self._styles
        found: dict[str, TemplateInfo] = {}
        for folder, custom in ((self.builtin_folder, False), (self.vault_folder, True)):
            if folder is None:
                continue
            for path in sorted(folder.glob("*" + TEMPLATE_SUFFIX)):
                name = path.name.removesuffix(TEMPLATE_SUFFIX)
                if include_shared or not name.startswith("_"):
                    found[name] = TemplateInfo(name, _summary(path), path, custom)
        listed = [found[name] for name in sorted(found)]
        if not include_shared:
            self._styles = listed
        return listed

    def names(self) -> list[str]:
        return [info.name for info in self.templates()]

    def require(self, name: str, origin: str, config_line: int = 0) -> None:
        """Fail with a usage error naming the known styles when `name` is not one of them."""
        if name in self.names():
            return
        message = f"unknown SDD template {name!r} (known: {', '.join(self.names())})"
        if origin == "config":
            raise ConfigError(f"template: {message}", "vaultsmith.toml", config_line)
        raise UsageError(f"{origin}: {message}")

    def is_builtin(self, name: str) -> bool:
        """Whether style `name` is vaultsmith's own (not overridden by the vault)."""
        return any(info.name == name and not info.custom for info in self.templates())

    @property
    def builtin_only(self) -> bool:
        """Whether every template comes with vaultsmith (the vault has no templates folder)."""
        return self.vault_folder is None

    def environment(self) -> jinja2.Environment:
        """The environment over these folders; shared within the process so templates compile
        once (jinja2 still reloads a template whose file changed). Sandboxed when the vault has
        templates of its own; vaultsmith's own are trusted code, and the sandbox's check on
        every attribute they read costs a tenth of a build."""
        vault = str(self.vault_folder) if self.vault_folder is not None else None
        return _environment(str(self.builtin_folder), vault)

    def shown_path(self, filename: str | None) -> str:
        """A template file as diagnostics name it: vault-relative for the vault's own."""
        if not filename:
            return "<template>"
        path = Path(filename)
        if self.vault_folder is not None and path.parent.resolve() == self.vault_folder.resolve():
            return f"{self.shown_as}/{path.name}" if self.shown_as else path.name
        return f"vaultsmith/templates/{path.name}"


def vault_templates(root: Path | None, config: Config) -> TemplateSet:
    """The templates a build of the vault at `root` can use (built-in ones only without a root)."""
    if root is None:
        return TemplateSet()
    return TemplateSet(root / config.templates_dir, config.templates_dir)


def check_template_choice(
    templates: TemplateSet, root: Path | None, config: Config, chosen: str | None
) -> None:
    """Fail with a usage error when `--template` or config `template` names no known style."""
    if chosen is not None:
        templates.require(chosen, "--template")
    else:
        line = config_line(root, "template") if root is not None else 0
        templates.require(config.template, "config", line)


def list_templates(vault: Path | None = None) -> list[TemplateInfo]:
    """The SDD styles, with the vault's own (from its config's `templates_dir`) when given."""
    if vault is None:
        return TemplateSet().templates()
    root = vault.expanduser()
    if not root.is_dir():
        raise UsageError(f"no such vault folder: {vault}")
    return vault_templates(root.resolve(), load_config(root)).templates()


# How every template environment reads templates.
ENVIRONMENT_OPTIONS: dict[str, Any] = {
    "undefined": jinja2.StrictUndefined,
    "autoescape": False,
    "trim_blocks": True,
    "lstrip_blocks": True,
    "keep_trailing_newline": True,
}


@functools.lru_cache(maxsize=16)
def _environment(builtin_folder: str, vault_folder: str | None) -> jinja2.Environment:
    if vault_folder is None:
        # vaultsmith's own templates only: their compiled code is kept in the user cache folder
        # by jinja2's bytecode cache (keyed by the source's checksum and jinja2's own version).
        builtin = jinja2.FileSystemLoader(builtin_folder)
        loaders = [builtin, jinja2.PrefixLoader({"builtin": builtin})]
        return jinja2.Environment(
            loader=jinja2.ChoiceLoader(loaders), bytecode_cache=_bytecode_cache(), **ENVIRONMENT_OPTIONS
        )
    # A vault's templates may override or extend the built-in ones (by name, or through
    # `builtin/…`): they all compile here, in the sandbox.
    files = jinja2.FileSystemLoader(builtin_folder)
    loaders = [jinja2.FileSystemLoader(vault_folder), files, jinja2.PrefixLoader({"builtin": files})]
    return SandboxedEnvironment(loader=jinja2.ChoiceLoader(loaders), **ENVIRONMENT_OPTIONS)


def _bytecode_cache() -> jinja2.BytecodeCache | None:
    """jinja2's own cache of compiled templates, in vaultsmith's user cache folder: compiling the
    built-in templates costs each process tens of milliseconds. Off with VAULTSMITH_TEMPLATE_CACHE=0
    (bench/run.py measures what it saves), or where the folder cannot be made."""
    if os.environ.get(TEMPLATE_CACHE_VARIABLE, "1") == "0":
        return None
    folder = cache_folder() / "templates"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return jinja2.FileSystemBytecodeCache(str(folder))


def _summary(path: Path) -> str:
    try:
        head = path.read_text(encoding="utf-8", errors="replace")[:2000]
    except OSError:
        return ""
    found = _SUMMARY.match(head)
    return found.group(1).strip() if found else ""
