"""The vault as the assistant tools read it: the analysed model, each system's SDD document made
from it (as a build makes it), and that document rendered in a style.

Two ways to have one: `read_view` reads the vault once (`vaultsmith context`); `live_view` looks
at a session kept current in memory (`vaultsmith mcp`; the caller holds `session.busy`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from vaultsmith.build import build_config, load_vault, vault_root
from vaultsmith.build.outputs import future_resolver
from vaultsmith.diagnostics import Severity
from vaultsmith.errors import NotFound, TemplateError
from vaultsmith.live.session import VaultSession
from vaultsmith.model.analysed import VaultModel, analyse
from vaultsmith.model.graph import ATTACHMENT, UNRESOLVED
from vaultsmith.model.resolve import fold
from vaultsmith.render.document import RenderedSdd, Renderer
from vaultsmith.render.index import IndexEntry, index_entry, index_path
from vaultsmith.render.templates import TemplateSet, check_template_choice, vault_templates
from vaultsmith.sdd.assemble import assemble_system, dependency_cycles, output_paths
from vaultsmith.sdd.design import SddDocument


@dataclass(frozen=True, slots=True)
class VaultView:
    root: Path
    model: VaultModel
    outputs: Mapping[str, str]  # system note -> its SDD's vault path
    cycles: list[list[str]]
    template: str | None  # the style asked for on the command line, if any
    templates: TemplateSet
    renderer: Renderer
    unparsed: tuple[str, ...]  # notes whose last reading failed: the rest still answers
    entries: Mapping[str, IndexEntry] | None = None  # each system's index entry, when known

    def systems(self) -> list[str]:
        return sorted(self.outputs)

    def find_system(self, name: str) -> str:
        """The system note called `name` (its name, alias-free, or its vault path, any case)."""
        wanted = fold(name.strip().removesuffix(".md"))
        for system in self.systems():
            if wanted in (fold(str(self.model.field(system, "name"))), fold(system.removesuffix(".md"))):
                return system
        known = ", ".join(str(self.model.field(s, "name")) for s in self.systems()) or "none"
        raise NotFound(f"no system named {name!r} (systems: {known})")

    def find_note(self, name: str) -> str:
        """The note `name` means (a vault path or a name, resolved as a link from the vault root)."""
        wanted = name.strip()
        if wanted in self.model.graph and self.model.type_of(wanted) not in (UNRESOLVED, ATTACHMENT):
            return wanted
        found = self.model.resolver.resolve(wanted.removeprefix("[[").removesuffix("]]"), "")
        if found is None or found not in self.model.graph:
            raise NotFound(f"no note named {name!r} in the vault")
        return found

    def document(self, system: str) -> SddDocument:
        """The system's SDD document, as the build assembles it."""
        return assemble_system(self.model, system, self.outputs[system], self.template, self.cycles)

    def render(self, document: SddDocument, style: str | None = None) -> RenderedSdd:
        """The document in `style` (default: the style its SDD uses); raises TemplateError."""
        if style is not None:
            self.templates.require(style, "style")
            document = dataclasses.replace(document, template=style)
        return self.renderer.render(document)

    def entry(self, system: str) -> IndexEntry:
        """What the SDD index says of the system: its SDD, style, coverage and gaps."""
        if self.entries is not None and system in self.entries:
            return self.entries[system]
        document = self.document(system)
        try:
            coverage = self.render(document).coverage
        except TemplateError:
            coverage = None
        return index_entry(document, coverage)


def read_view(root: Path) -> VaultView:
    """The vault at `root`, read once."""
    root = vault_root(root)
    config = build_config(root, None)
    templates = vault_templates(root, config)
    check_template_choice(templates, root, config, None)
    vault = load_vault(root, config)
    model = analyse(vault)
    outputs = output_paths(model, model.nodes_of_type("system"))
    renderer = Renderer(future_resolver(model, [*outputs.values(), index_path(config.output)]), templates)
    broken = sorted({d.path for d in vault.diagnostics if d.severity is Severity.ERROR})
    return VaultView(root, model, outputs, dependency_cycles(model), None, templates, renderer, tuple(broken))


def live_view(session: VaultSession) -> VaultView:
    """The session's vault as it is now; valid while the caller holds `session.busy`."""
    live = session.live
    entries = {entry.system.path: entry for entry in session.entries if entry.system.path is not None}
    return VaultView(
        session.root,
        live.model,
        live.outputs,
        live.cycles,
        session.template,
        session.templates,
        session.renderer,
        tuple(sorted(session.unparsed)),
        entries,
    )
