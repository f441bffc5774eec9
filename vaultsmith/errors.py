"""vaultsmith's own exceptions, all of them: the package exports them, and the CLI turns each
into `vaultsmith: path:line: message` and its exit code (cli/console.reported)."""

from __future__ import annotations


class VaultsmithError(Exception):
    """Base of every error vaultsmith raises on purpose."""

    exit_code = 1

    def __init__(self, message: str, path: str | None = None, line: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        if self.path is None:
            return self.message
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class UsageError(VaultsmithError):
    """The command was called wrongly: a missing vault, a bad option value."""

    exit_code = 2


class ConfigError(UsageError):
    """`vaultsmith.toml` is unreadable or holds an unknown key or a bad value."""


class TemplateError(VaultsmithError):
    """A template is unknown, does not parse, or failed while rendering; names file and line."""


class VaultBusyError(VaultsmithError):
    """Another vaultsmith kept the vault's lock for longer than this run would wait."""


class WatchError(VaultsmithError):
    """The watch cannot start or cannot go on: the vault is gone, the observer failed."""


class NotFound(UsageError):
    """A system or note named (to `vaultsmith context`, or an MCP tool) is not in the vault."""
