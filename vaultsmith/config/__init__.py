"""config: the vault's optional `vaultsmith.toml`, validated key by key (file, line and key in
every error), with the vocabularies it is checked against: decision statuses and ignore globs.

Owns: schema.py (the Config record and its loader), statuses.py (one status vocabulary for
decisions), globs.py (vault-relative glob patterns).
May import: vaultsmith.errors, vaultsmith.diagnostics.
"""

from vaultsmith.config.schema import CONFIG_NAME, Config, config_line, load_config, parse_config

__all__ = ["CONFIG_NAME", "Config", "config_line", "load_config", "parse_config"]
