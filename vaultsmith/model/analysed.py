"""The analysed vault: classified notes, the resolver over their paths, and the typed graph;
and `analyse`, which makes it from a vault as read (links resolved, notes classified, graph built)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

from vaultsmith.cache.load import Vault
from vaultsmith.config import Config
from vaultsmith.model.classify import ClassifiedNote, classify
from vaultsmith.model.graph import build_graph
from vaultsmith.model.ref import Ref
from vaultsmith.model.resolve import Resolver
from vaultsmith.vault.note import Note


@dataclass(frozen=True, slots=True)
class VaultModel:
    config: Config
    notes: Mapping[str, ClassifiedNote]
    resolver: Resolver
    graph: nx.MultiDiGraph

    # (`graph._node[node]`, the dict `graph.nodes[node]` looks in: the view costs more than the
    # read, and these run hundreds of thousands of times while SDDs are made)
    def type_of(self, node: str) -> str:
        return str(self.graph._node[node].get("type", ""))

    def field(self, node: str, name: str, default: Any = "") -> Any:
        value = self.graph._node[node].get(name)
        return default if value is None else value

    def nodes_of_type(self, kind: str) -> list[str]:
        return sorted(node for node, data in self.graph.nodes(data=True) if data.get("type") == kind)

    def ref(self, node: str) -> Ref:
        data = self.graph._node[node]
        return Ref(str(data.get("name", node)), None if data.get("type") == "unresolved" else node)


def analyse(vault: Vault) -> VaultModel:
    """Resolve links, classify notes and build the typed graph."""
    resolver = Resolver(vault.notes, vault.attachments)
    classified = {path: classify_note(note, vault.config) for path, note in vault.notes.items()}
    return VaultModel(vault.config, classified, resolver, build_graph(classified.values(), resolver))


def classify_note(note: Note, config: Config) -> ClassifiedNote:
    """`classify`, except for vaultsmith's own output."""
    if note.generated:
        # Our own output is in the graph as a node, but its links must not feed the next build.
        return ClassifiedNote(note, "sdd", dict(note.frontmatter), ())
    return classify(note, config)
