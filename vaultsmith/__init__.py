"""vaultsmith: an Obsidian vault of architecture notes becomes a typed graph and one SDD per system."""

__version__ = "0.1.0"

from vaultsmith.build import BuildReport, build, load_vault
from vaultsmith.errors import (
    ConfigError,
    NotFound,
    TemplateError,
    UsageError,
    VaultBusyError,
    VaultsmithError,
    WatchError,
)

__all__ = [
    "BuildReport",
    "ConfigError",
    "NotFound",
    "TemplateError",
    "UsageError",
    "VaultBusyError",
    "VaultsmithError",
    "WatchError",
    "__version__",
    "build",
    "load_vault",
]
