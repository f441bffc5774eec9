"""build: the library API of one-shot runs: load a vault, analyse it, render its SDDs, write
them, and report.

    report = build(Path("my-vault"))
    print(report.written, report.diagnostics)

Owns: pipeline.py (build, BuildReport), outputs.py (what a build writes: one SDD per system, in
its style, its canvas, the index and the ADR register).
May import: every stage below it (errors, diagnostics, config, vault, cache, model, sdd, render,
write, canvas); nothing above (live, tools, cli).
"""

from vaultsmith.build.pipeline import BuildReport, Progress, build, build_config
from vaultsmith.cache.load import Vault, load_vault, vault_root

__all__ = ["BuildReport", "Progress", "Vault", "build", "build_config", "load_vault", "vault_root"]
