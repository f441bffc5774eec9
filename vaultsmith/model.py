"""The analysed vault: classified notes, the resolver over their paths, and the graph."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

from vaultsmith.classify import ClassifiedNote
from vaultsmith.config import Config
from vaultsmith.design import Ref
from vaultsmith.resolve import Resolver


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
