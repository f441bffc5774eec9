"""analysis: a vault as read becomes its model: links resolved, notes classified, the typed graph
built. (Apart from build.py so that a build with nothing to do never imports networkx.)"""

from __future__ import annotations

from vaultsmith.build import Vault
from vaultsmith.classify import ClassifiedNote, classify
from vaultsmith.config import Config
from vaultsmith.graph import build_graph
from vaultsmith.model import VaultModel
from vaultsmith.note import Note
from vaultsmith.resolve import Resolver


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
