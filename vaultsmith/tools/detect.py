"""detect: read a vault written its own way and propose the `vaultsmith.toml` that maps it.

    proposal = detect(Path("my-vault"))
    print(proposal.text)          # the file, with what was found and why as comments
    write_proposal(proposal)      # only when asked; an existing vaultsmith.toml is never changed

It counts the `type:` values and property names the notes use, maps the type values that can
only mean one of vaultsmith's types, maps a property whose links point at system notes to
`system`, finds the decision folders, their dialect and the templates folder, and shows what a
build would then make: the systems, their members, their decisions and statuses.
"""

from __future__ import annotations

import dataclasses
import json
import tomllib
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from vaultsmith.cache.load import Vault, load_vault, vault_root
from vaultsmith.config.schema import (
    CONFIG_NAME,
    DEFAULT_TYPE_VALUES,
    KNOWN_PROPERTIES,
    Config,
    obsidian_templates_folder,
    parse_config,
    spelled_property,
    with_skipped,
)
from vaultsmith.errors import VaultsmithError
from vaultsmith.model import membership
from vaultsmith.model.analysed import VaultModel, analyse
from vaultsmith.tools.dialect import folder_dialect
from vaultsmith.write.create import create_file

OUR_TYPES = ("system", "prd", "component", "technology", "adr")
# `type:` values that mean one of ours, by what architecture vaults call them (lower case).
TYPE_WORDS: Mapping[str, str] = {
    **DEFAULT_TYPE_VALUES,
    **dict.fromkeys(("project", "application", "app", "product", "platform", "solution"), "system"),
    **dict.fromkeys(
        ("service", "microservice", "module", "container", "api", "database", "queue", "worker"), "component"
    ),
    **dict.fromkeys(("tool", "framework", "library", "language", "vendor"), "technology"),
    **dict.fromkeys(("requirement", "requirements", "spec", "specification", "product-requirements"), "prd"),
    **dict.fromkeys(("decision", "adr", "decision-record", "architecture-decision"), "adr"),
}
MAX_LISTED = 20  # property names listed in the proposal's comments
SYSTEM_SHARE = 0.8  # of a property's links that point at system notes, for it to mean `system`
_RESERVED = frozenset({"type", "tags", "tag", "aliases", "alias", "cssclasses", "cssclass"})


@dataclass(frozen=True, slots=True)
class SystemPreview:
    name: str
    components: tuple[tuple[str, str], ...]  # (name, why it belongs)
    prds: tuple[tuple[str, str], ...]
    decisions: tuple[tuple[str, str], ...]  # (name, status)


@dataclass(frozen=True, slots=True)
class Proposal:
    """What `init --detect` found and proposes; `text` is the proposed vaultsmith.toml."""

    root: Path
    notes: int
    type_values: tuple[tuple[str, int, str | None], ...]  # (value as written, notes, type proposed)
    spelled: tuple[tuple[str, int, str], ...]  # (property, notes, ours): read without config
    properties: tuple[tuple[str, int, str, str], ...]  # (property, notes, ours, why): proposed
    others: tuple[tuple[str, int], ...]  # (property, notes): neither ours nor mapped, kept as written
    decision_folders: tuple[tuple[str, int, str], ...]  # (folder, ADRs, dialect)
    templates_folder: str | None
    skipped: int  # files `ignore_templates` keeps from being read as notes
    systems: tuple[SystemPreview, ...]
    unclaimed: tuple[tuple[str, int], ...]  # (type, notes of it that belong to no system)
    text: str
    candidates: tuple[str, ...] = ()  # untyped notes at the vault's top: what may describe its system


def detect(vault: Path) -> Proposal:
    """Read the vault as vaultsmith would with no config, and propose one."""
    root = vault_root(vault)
    read = load_vault(root, with_skipped(Config(), root))
    counted = _type_values(read)
    type_map = {value: kind for value, (_, kind) in counted.items() if kind is not None}
    model = analyse(dataclasses.replace(read, config=_config(type_map, {}, root)))
    named, spelled = _property_names(read)
    proposed = _property_proposals(read, model, named)
    config = _config(type_map, {name: ours for name, (_, ours, _) in proposed.items()}, root)
    model = analyse(dataclasses.replace(read, config=config))
    everything = load_vault(root, dataclasses.replace(Config(), ignore_templates=False))
    found = Proposal(
        root=root,
        notes=len(read.notes),
        type_values=tuple((counted[v][0], n, counted[v][1]) for v, n in _by_count(_type_counts(read))),
        spelled=tuple((name, named[name], ours) for name, ours in sorted(spelled.items())),
        properties=tuple((name, named[name], ours, why) for name, (_, ours, why) in sorted(proposed.items())),
        others=tuple(
            (name, count)
            for name, count in _by_count(named)
            if name not in spelled and name not in proposed and name not in KNOWN_PROPERTIES | _RESERVED
        ),
        decision_folders=_decision_folders(model),
        templates_folder=obsidian_templates_folder(root),
        skipped=len(everything.notes) - len(read.notes),
        systems=tuple(_preview(model, system) for system in model.nodes_of_type("system")),
        unclaimed=_unclaimed(model),
        text="",
        candidates=_candidates(model),
    )
    return dataclasses.replace(found, text=proposal_text(found))


def write_proposal(proposal: Proposal) -> Path:
    """Write the proposed vaultsmith.toml; an existing one is left as it is (an error)."""
    target = proposal.root / CONFIG_NAME
    if not create_file(target, proposal.text.encode("utf-8")):
        raise VaultsmithError(
            "already exists; it was left as it is (the proposal is printed above)", CONFIG_NAME
        )
    return target


# --- what the notes say ---------------------------------------------------------------------------


def _type_counts(vault: Vault) -> Counter[str]:
    return Counter(
        str(note.frontmatter["type"]).strip().lower()
        for note in vault.notes.values()
        if isinstance(note.frontmatter.get("type"), str)
        and str(note.frontmatter["type"]).strip()
        and not note.generated
    )


def _type_values(vault: Vault) -> dict[str, tuple[str, str | None]]:
    """Each `type:` value (lower case) -> (as most notes write it, the type it maps to or None
    when it is one of ours already or means none of them)."""
    written: dict[str, Counter[str]] = {}
    for note in vault.notes.values():
        value = note.frontmatter.get("type")
        if isinstance(value, str) and value.strip() and not note.generated:
            written.setdefault(value.strip().lower(), Counter())[value.strip()] += 1
    found = {}
    for value, spellings in written.items():
        kind = TYPE_WORDS.get(value.replace(" ", "-"))
        shown = min(spellings.items(), key=lambda item: (-item[1], item[0]))[0]
        found[value] = (shown, None if value in OUR_TYPES or kind == value else kind)
    return found


def _property_names(vault: Vault) -> tuple[Counter[str], dict[str, str]]:
    """How many notes use each property name, and the names read as ours without config."""
    named: Counter[str] = Counter()
    for note in vault.notes.values():
        if not note.generated:
            named.update(note.frontmatter.keys())
    spelled = {name: spelled_property(name) for name in named if spelled_property(name) != name}
    return named, spelled


def _property_proposals(
    vault: Vault, model: VaultModel, named: Counter[str]
) -> dict[str, tuple[int, str, str]]:
    """A property of the vault's own whose links point at system notes (`project: "[[Shop]]"`)
    means `system`: name -> (notes, "system", why)."""
    pointing: dict[str, Counter[bool]] = {}
    for path, item in model.notes.items():
        if item.note.generated:
            continue
        for link in item.links:
            if link.key is None or link.key in _RESERVED or spelled_property(link.key) != link.key:
                continue
            if link.key in ("system", "affects"):
                continue
            target = model.resolver.resolve(link.target, path)
            pointing.setdefault(link.key, Counter())[
                target is not None and model.type_of(target) == "system"
            ] += 1
    found = {}
    for name, counts in pointing.items():
        total = counts[True] + counts[False]
        if counts[True] and counts[True] >= SYSTEM_SHARE * total:
            why = f"{counts[True]} of its {total} links point at system notes"
            found[name] = (named[name], "system", why)
    return found


def _config(type_map: Mapping[str, str], properties: Mapping[str, str], root: Path) -> Config:
    text = _toml_tables(type_map, properties)
    return with_skipped(parse_config(tomllib.loads(text), text), root)


def _toml_tables(type_map: Mapping[str, str], properties: Mapping[str, str]) -> str:
    lines = []
    if type_map:
        lines.append("[types.values]")
        lines += [f"{_key(value)} = {_key(kind)}" for value, kind in sorted(type_map.items())]
    if properties:
        lines.append("[properties]")
        lines += [f"{_key(name)} = {_key(ours)}" for name, ours in sorted(properties.items())]
    return "\n".join(lines) + "\n"


def _key(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a TOML string


# --- what a build would make ----------------------------------------------------------------------


def _decision_folders(model: VaultModel) -> tuple[tuple[str, int, str], ...]:
    folders = Counter(
        node.rpartition("/")[0] for node in model.nodes_of_type("adr") if not model.notes[node].note.generated
    )
    return tuple(
        (folder, count, str(folder_dialect(model, folder))) for folder, count in sorted(folders.items())
    )


def _preview(model: VaultModel, system: str) -> SystemPreview:
    def named(found: Mapping[str, object]) -> tuple[tuple[str, str], ...]:
        return tuple((str(model.field(node, "name")), str(why)) for node, why in found.items())

    components = membership.members(model, system, "component")
    decisions = membership.decisions(model, system, list(components))
    ordered = sorted(decisions, key=lambda n: (model.field(n, "number", 10**9), n))
    return SystemPreview(
        name=str(model.field(system, "name")),
        components=named(components),
        prds=named(membership.members(model, system, "prd")),
        decisions=tuple(
            (str(model.field(n, "name")), str(model.field(n, "status", "") or "unknown")) for n in ordered
        ),
    )


def _unclaimed(model: VaultModel) -> tuple[tuple[str, int], ...]:
    found = []
    for kind in ("component", "prd"):
        nodes = [n for n in model.nodes_of_type(kind) if not model.notes[n].note.generated]
        found.append((kind, sum(1 for n in nodes if not membership.systems_of(model, n))))
    claimed = {
        node
        for system in model.nodes_of_type("system")
        for node in membership.decisions(model, system, list(membership.members(model, system, "component")))
    }
    found.append(("adr", sum(1 for n in model.nodes_of_type("adr") if n not in claimed)))
    return tuple((kind, count) for kind, count in found if count)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _by_count(counts: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


# --- the proposal as a file -----------------------------------------------------------------------


def proposal_text(found: Proposal) -> str:
    """The proposed vaultsmith.toml: the mapping, and as comments what was found and why, and
    what a build would make with it."""
    lines = [
        f"# Proposed by `vaultsmith init --detect` from {found.notes} notes. Every line is a proposal:",
        "# edit it, then run `vaultsmith build`. The notes themselves are never changed.",
        "",
        *_type_lines(found),
        "",
        *_property_lines(found),
        "",
        *_folder_lines(found),
        "",
        *_preview_lines(found),
    ]
    return "\n".join(lines).rstrip("\n") + "\n"


def _type_lines(found: Proposal) -> list[str]:
    if not found.type_values:
        return ["# No note has a `type:` property: types come from folders, tags and file names."]
    seen = ", ".join(f"{value} ({count})" for value, count, _ in found.type_values)
    lines = [f"# `type:` values found (notes using each): {seen}"]
    mapped = [(v, n, kind) for v, n, kind in found.type_values if kind is not None]
    kept = [v for v, _, kind in found.type_values if kind is None and v.lower() not in OUR_TYPES]
    if mapped:
        lines.append("[types.values]")
        lines += [f"{_key(v)} = {_key(kind)}  # {n} notes" for v, n, kind in mapped]
    if kept:
        lines.append(f"# Left as they are (not a type vaultsmith reads): {', '.join(kept)}")
    return lines


def _property_lines(found: Proposal) -> list[str]:
    lines = []
    if found.spelled:
        read = ", ".join(f"{name} ({count}) as {ours}" for name, count, ours in found.spelled)
        lines.append(f"# Read without configuration, as vaultsmith's own names: {read}")
    if found.properties:
        lines.append("[properties]")
        lines += [
            f"{_key(name)} = {_key(ours)}  # {n} notes: {why}" for name, n, ours, why in found.properties
        ]
    if found.others:
        shown = ", ".join(f"{name} ({count})" for name, count in found.others[:MAX_LISTED])
        more = f", and {len(found.others) - MAX_LISTED} more" if len(found.others) > MAX_LISTED else ""
        lines.append(
            f"# Other properties, kept as they are (a link in one is an edge named by it): {shown}{more}"
        )
    return lines or ["# Every property name is vaultsmith's own."]


def _folder_lines(found: Proposal) -> list[str]:
    lines = []
    for folder, count, dialect in found.decision_folders:
        where = f"{folder}/" if folder else "the vault's root"
        lines.append(f"# Decision folder: {where} ({_count(count, 'ADR')}, written the {dialect} way)")
    if found.templates_folder:
        lines.append(
            f"# Templates folder (.obsidian/templates.json): {found.templates_folder}/ (not read as notes)"
        )
    if found.skipped:
        lines.append(
            f"# {_count(found.skipped, 'file')} (templates, indexes and read-me files of decision folders): "
            "not notes;"
        )
        lines.append("# write `ignore_templates = false` to read them.")
    return lines or ["# No decision records found."]


def _candidates(model: VaultModel) -> tuple[str, ...]:
    """Untyped notes at the top of the vault (a README, an overview): the likeliest to describe
    the system that a folder of ADRs beside them decides about."""
    top = [path for path in model.notes if "/" not in path and model.type_of(path) == "note"]
    return tuple(sorted(top, key=str.lower)[:3])


def _preview_lines(found: Proposal) -> list[str]:
    if not found.systems:
        lines = [
            "# With this file a build finds no system: no note's type maps to `system`.",
            '# Map the type of your system notes under [types.values] ("Project" = "system"), or',
            "# name the note that describes the system, here, without changing it: in a vault with",
            "# one system, every component, PRD and ADR that names none belongs to it.",
        ]
        if found.candidates:
            lines.append("# For example (uncomment the two lines; notes at the vault's top level):")
            lines.append("# [types.files]")
            lines += [f"# {json.dumps(path)} = \"system\"" for path in found.candidates[:1]]
            if len(found.candidates) > 1:
                others = ", ".join(found.candidates[1:])
                lines.append(f"# (other notes at the top level: {others})")
        return lines
    lines = [f"# With this file a build makes {_count(len(found.systems), 'SDD')}:"]
    for system in found.systems:
        statuses = Counter(status for _, status in system.decisions)
        summary = ", ".join(f"{n} {status}" for status, n in sorted(statuses.items()))
        lines.append(
            f"#   {system.name}: {_count(len(system.components), 'component')}, "
            f"{_count(len(system.prds), 'PRD')}, {_count(len(system.decisions), 'decision')}"
            + (f" ({summary})" if summary else "")
        )
        for label, members in (("components", system.components), ("PRDs", system.prds)):
            if members:
                lines.append(f"#     {label}: " + ", ".join(f"{name} ({why})" for name, why in members))
        if system.decisions:
            lines.append(
                "#     decisions: " + ", ".join(f"{name} ({status})" for name, status in system.decisions)
            )
    for kind, count in found.unclaimed:
        lines.append(
            f"# {_count(count, kind + ' note')} belong to no system: link them from their system note, or "
            "assign "
            "their folder under [system_folders]."
        )
    return lines
