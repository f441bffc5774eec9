"""Generate a synthetic Obsidian vault of architecture notes for benchmarks.

The output depends only on the note count and the seed: every random choice
comes from one ``random.Random(seed)`` and nothing reads the clock.

    python bench/generate_vault.py OUT_DIR --notes 10000 --seed 1
"""

from __future__ import annotations

import argparse
import itertools
import random
import re
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from urllib.parse import quote

# ---------------------------------------------------------------- vocabulary

# Word tables read better packed than one entry a line.
# fmt: off
SHARES = {"system": 0.01, "prd": 0.03, "component": 0.20, "technology": 0.02, "adr": 0.10}
MINIMUMS = {"system": 3, "technology": 10}
HEADINGS = {
    "system": ("Overview", "Components", "Context", "Operations"),
    "prd": ("Problem", "Goals", "Requirements", "Success metrics"),
    "component": ("Responsibilities", "Interfaces", "Dependencies", "Operations"),
    "technology": ("Usage", "Operational notes", "Alternatives"),
    "adr": ("Status", "Context", "Decision", "Consequences"),
    "note": ("Summary", "Details", "Follow-ups"),
}
LINK_FORMS = {
    "plain": 40, "alias": 14, "heading": 9, "block": 6, "embed": 6, "markdown": 9,
    "markdown_angle": 2, "path": 8, "lowercase": 3, "unresolved": 3,
}
TECHNOLOGIES = (  # the first ten cover the categories components need most
    ("PostgreSQL", "database"), ("Redis", "cache"), ("Apache Kafka", "message-queue"),
    ("Go", "language"), ("gRPC", "api-framework"), ("Kubernetes", "container-orchestration"),
    ("AWS", "cloud"), ("Prometheus", "monitoring"), ("OpenTelemetry", "tracing"),
    ("GitHub Actions", "ci-cd"), ("React", "frontend"), ("Envoy", "api-gateway"),
    ("Amazon S3", "storage"), ("Keycloak", "identity"), ("Elasticsearch", "search"),
    ("MySQL", "database"), ("MongoDB", "database"), ("Cassandra", "database"),
    ("DynamoDB", "database"), ("Memcached", "cache"), ("RabbitMQ", "message-queue"),
    ("Amazon SQS", "message-queue"), ("NATS", "message-queue"), ("Python", "language"),
    ("Java", "language"), ("TypeScript", "language"), ("Rust", "language"), ("Kotlin", "language"),
    ("Node.js", "language"), ("FastAPI", "api-framework"), ("Spring Boot", "api-framework"),
    ("GraphQL", "api-framework"), ("Google Cloud", "cloud"), ("Azure", "cloud"),
    ("Grafana", "monitoring"), ("Datadog", "monitoring"), ("Jaeger", "tracing"),
    ("Zipkin", "tracing"), ("Jenkins", "ci-cd"), ("Argo CD", "ci-cd"),
    ("Nomad", "container-orchestration"), ("Amazon ECS", "container-orchestration"),
    ("OpenSearch", "search"), ("MinIO", "storage"), ("Auth0", "identity"), ("Vue", "frontend"),
    ("Kong", "api-gateway"),
)
TECH_ALIASES = {"PostgreSQL": "Postgres", "Kubernetes": "k8s", "Apache Kafka": "Kafka"}
CATEGORIES = tuple(dict.fromkeys(category for _, category in TECHNOLOGIES))
CATEGORY_SUFFIX = {
    "database": "DB", "cache": "Cache", "message-queue": "MQ", "language": "Lang",
    "api-framework": "Framework", "container-orchestration": "Orchestrator", "cloud": "Cloud",
    "monitoring": "Monitor", "tracing": "Trace", "ci-cd": "CI", "frontend": "UI",
    "api-gateway": "Gateway", "storage": "Store", "identity": "IAM", "search": "Search",
}
TECH_PREFIXES = (
    "Aurora", "Nimbus", "Quartz", "Helix", "Vega", "Orion", "Cobalt", "Ember", "Falcon", "Granite",
    "Harbor", "Iris", "Juniper", "Krypton", "Lumen", "Mistral", "Nova", "Onyx", "Pulsar", "Quill",
    "Raven", "Sierra", "Tundra", "Zephyr",
)
COMPONENT_KINDS = {
    "service": 35, "database": 12, "cache": 8, "queue": 8, "worker": 14, "frontend": 8,
    "gateway": 5, "storage": 5, "external": 5,
}
KIND_SUFFIXES = {
    "service": ("Service", "API"), "database": ("DB", "Store"), "cache": ("Cache",),
    "queue": ("Queue", "Events"), "worker": ("Worker", "Processor"),
    "frontend": ("Web App", "Dashboard", "Portal"), "gateway": ("Gateway",),
    "storage": ("Bucket", "Archive"), "external": ("Provider", "Connector"),
}
KIND_CATEGORIES = {
    "service": ("language", "api-framework"), "database": ("database",), "cache": ("cache",),
    "queue": ("message-queue",), "worker": ("language", "message-queue"),
    "frontend": ("frontend", "language"), "gateway": ("api-gateway",), "storage": ("storage",),
    "external": ("identity",),
}
PLATFORM_CATEGORIES = ("monitoring", "tracing", "container-orchestration", "cloud", "ci-cd")
DOMAINS = (
    "Payments", "Identity", "Search", "Catalog", "Checkout", "Logistics", "Notifications",
    "Billing", "Analytics", "Messaging", "Fraud", "Support", "Inventory", "Pricing",
    "Recommendations", "Media", "Onboarding", "Reporting", "Loyalty", "Scheduling", "Compliance",
    "Data", "Developer", "Marketplace", "Subscriptions",
)
QUALIFIERS = (
    "Core", "Merchant", "Partner", "Internal", "Consumer", "Enterprise", "Mobile", "Retail",
    "Global", "Edge", "Legacy", "Next",
)
SYSTEM_SUFFIXES = ("Platform", "Services", "Hub", "Suite", "Backend")
FUNCTIONS = (
    "Ledger", "Order", "Session", "Token", "Invoice", "Refund", "Profile", "Index", "Event",
    "Audit", "Payout", "Webhook", "Rate Limit", "Feature Flag", "Quote", "Shipment",
    "Notification", "Report", "Consent", "Settlement",
)
FEATURE_ADJECTIVES = (
    "Instant", "Self-serve", "Multi-currency", "Real-time", "Bulk", "Scheduled", "Automated",
    "Tiered", "Regional", "Offline", "Unified", "Granular",
)
FEATURE_THINGS = (
    "Refunds", "Payouts", "Invoicing", "Search", "Alerts", "Exports", "Onboarding",
    "Access Control", "Checkout", "Audit Trail", "Pricing Rules", "Dashboards",
)
TOPICS = (
    "Meetings", "Runbooks", "Postmortems", "Onboarding", "Research", "Reviews", "Team", "Glossary",
    "Roadmap", "Spikes", "How-tos", "Incidents",
)
NOTE_TITLES = {
    "Meetings": "{subject} sync {day}", "Runbooks": "Runbook - {subject}",
    "Postmortems": "Postmortem {day} {subject}", "Onboarding": "Onboarding to {subject}",
    "Research": "Research - {subject} options", "Reviews": "Architecture review {subject}",
    "Team": "{subject} team charter", "Glossary": "{subject} glossary",
    "Roadmap": "{subject} roadmap {month}", "Spikes": "Spike - {subject} {day}",
    "How-tos": "How to debug {subject}", "Incidents": "Incident {day} {subject}",
}
DUPLICATE_NAME = "Overview"  # the one name deliberately shared across topic folders
PEOPLE = (
    "Alice Chen", "Bruno Martins", "Chiara Rossi", "Dev Patel", "Elif Kaya", "Farah Haddad",
    "Gustav Berg", "Hana Sato", "Ivan Petrov", "Jonas Weber", "Kemi Adeyemi", "Lucia Gomez",
    "Mateo Silva", "Nora Lindqvist", "Omar Aziz", "Priya Nair",
)
COMPLIANCE = ("PCI-DSS", "GDPR", "SOC 2", "HIPAA", "ISO 27001", "CCPA")
NOTE_TAGS = (
    "meeting", "arch/review", "incident", "decision/data", "todo", "onboarding", "research",
    "ops/runbook", "roadmap", "team",
)
SUBJECTS = (
    "the team", "the service", "the platform", "the pipeline", "the on-call rotation",
    "the migration", "the current design", "the data model", "the API contract",
    "the rollout plan", "the client library", "the nightly batch job", "the read path",
    "the write path", "the deployment",
)
VERBS = (
    "handles", "depends on", "reduces", "introduces", "replaces", "validates", "caches",
    "publishes", "throttles", "retries", "aggregates", "exposes", "isolates", "documents",
    "monitors",
)
OBJECTS = (
    "customer requests", "peak traffic", "schema changes", "idempotency keys", "regional failover",
    "stale reads", "audit events", "partner integrations", "cost per request", "cold starts",
    "backpressure", "p99 latency", "tenant isolation", "data retention", "feature flags",
)
CIRCUMSTANCES = (
    "during peak hours", "without manual intervention", "across all regions",
    "for enterprise tenants", "behind a feature flag", "with at-least-once delivery",
    "within the agreed SLO", "until the migration completes", "in the hot path",
    "for regulatory reasons", "as described in the runbook", "on every deploy",
)
OPENERS = ("",) * 8 + ("In practice, ", "Historically, ", "As of this quarter, ", "For now, ")
LINK_SENTENCES = (
    "See {} for the details.", "This builds on {}.", "{} owns the upstream contract.",
    "The trade-offs are recorded in {}.", "Compare with {}.", "Questions about this go to {}.",
    "{} is the main consumer today.", "Background: {}.", "We follow {} here.",
)
CODE_SAMPLES = (
    '```toml\n[[services]]\nname = "checkout"\nport = 8443\n\n[[services]]\nname = "ledger"\n```',
    "```sh\ngrep -nE '[[:space:]]+$' config/*.env\n```",
    "```python\nweights = matrix[[0, 2]]\nprint(weights.sum())\n```",
    "```markdown\nLink a component with [[Component Name]] and embed with ![[Diagram]].\n```",
)
INLINE_CODE = (
    "In templates write `[[Component Name]]` and let the generator fill it in.",
    "The wiki syntax `[[not a link]]` shows up in our lint rules.",
)
FIRST_DAY = date(2018, 1, 8)
SPAN_DAYS = 7 * 365
PARAGRAPH_BYTES = 380
# fmt: on


# ---------------------------------------------------------------- the plan


@dataclass(slots=True)
class PlannedNote:
    """One note to write; links to other notes are indices into VaultPlan.notes."""

    kind: str
    name: str
    folder: str
    topic: str = ""
    system: int = -1
    shared_with: int = -1
    category: str = ""
    status: str = ""
    technologies: list[int] = field(default_factory=list)
    depends_on: list[int] = field(default_factory=list)
    supersedes: int = -1
    superseded_by: int = -1
    duplicate_name: bool = False
    serial: int = -1

    @property
    def path(self) -> str:
        return f"{self.folder}/{self.name}"

    @property
    def link_target(self) -> str:
        """How other notes name this one so the link resolves unambiguously."""
        return self.path if self.duplicate_name else self.name


@dataclass(slots=True)
class VaultPlan:
    notes: list[PlannedNote] = field(default_factory=list)
    by_kind: dict[str, list[int]] = field(default_factory=dict)
    members: dict[int, list[int]] = field(default_factory=dict)
    by_category: dict[str, list[int]] = field(default_factory=dict)
    users: dict[int, list[int]] = field(default_factory=dict)

    def add(self, note: PlannedNote) -> int:
        note.serial = len(self.notes)
        self.notes.append(note)
        self.by_kind.setdefault(note.kind, []).append(note.serial)
        if note.system >= 0:
            self.members.setdefault(note.system, []).append(note.serial)
        return note.serial

    def of_kind(self, system: int, kind: str) -> list[int]:
        return [m for m in self.members.get(system, []) if self.notes[m].kind == kind]


class NameBook:
    """Hands out vault-unique note names (case-insensitively, like Obsidian)."""

    def __init__(self) -> None:
        self._taken: set[str] = set()
        self._next_suffix: dict[str, int] = {}

    def claim(self, base: str) -> str:
        name = base
        while name.lower() in self._taken:
            suffix = self._next_suffix.get(base, 2)
            self._next_suffix[base] = suffix + 1
            name = f"{base} {suffix}"
        self._taken.add(name.lower())
        return name


def count_by_kind(notes: int) -> dict[str, int]:
    counts = {k: max(MINIMUMS.get(k, 0), round(notes * s)) for k, s in SHARES.items()}
    counts["note"] = max(0, notes - sum(counts.values()))
    return counts


def plan_vault(notes: int, rng: random.Random) -> VaultPlan:
    counts = count_by_kind(notes)
    plan, names = VaultPlan(), NameBook()
    plan_technologies(plan, names, counts["technology"], rng)
    plan_systems(plan, names, counts["system"], rng)
    plan_components(plan, names, counts["component"], rng)
    plan_prds(plan, names, counts["prd"], rng)
    plan_decisions(plan, counts["adr"], rng)
    plan_ordinary_notes(plan, names, counts["note"], rng)
    return plan


def plan_technologies(plan: VaultPlan, names: NameBook, count: int, rng: random.Random) -> None:
    for i in range(count):
        if i < len(TECHNOLOGIES):
            base, category = TECHNOLOGIES[i]
        else:
            category = rng.choice(CATEGORIES)
            base = f"{rng.choice(TECH_PREFIXES)} {CATEGORY_SUFFIX[category]}"
        note = PlannedNote("technology", names.claim(base), "Technologies", category=category)
        plan.by_category.setdefault(category, []).append(plan.add(note))


def plan_systems(plan: VaultPlan, names: NameBook, count: int, rng: random.Random) -> None:
    for i in range(count):
        if i < len(DOMAINS):
            topic, base = DOMAINS[i], f"{DOMAINS[i]} Platform"
        else:
            topic = rng.choice(DOMAINS)
            base = f"{rng.choice(QUALIFIERS)} {topic} {rng.choice(SYSTEM_SUFFIXES)}"
        status = rng.choices(("active", "planned", "deprecated"), (8, 1, 1))[0]
        plan.add(PlannedNote("system", names.claim(base), "Systems", topic, status=status))


def plan_components(plan: VaultPlan, names: NameBook, count: int, rng: random.Random) -> None:
    systems = plan.by_kind["system"]
    for _ in range(count):
        home = plan.notes[rng.choice(systems)]
        kind = rng.choices(list(COMPONENT_KINDS), list(COMPONENT_KINDS.values()))[0]
        base = f"{home.topic} {rng.choice(FUNCTIONS)} {rng.choice(KIND_SUFFIXES[kind])}"
        folder = f"Components/{home.name}"
        note = PlannedNote("component", names.claim(base), folder, home.topic, home.serial)
        note.category = kind
        if rng.random() < 0.05:
            note.shared_with = rng.choice([s for s in systems if s != home.serial])
        note.technologies = pick_technologies(plan, kind, rng)
        index = plan.add(note)
        for tech in note.technologies:
            plan.users.setdefault(tech, []).append(index)
    for index in plan.by_kind.get("component", []):
        plan.notes[index].depends_on = pick_dependencies(plan, index, rng)


def pick_technologies(plan: VaultPlan, kind: str, rng: random.Random) -> list[int]:
    wanted = list(KIND_CATEGORIES[kind]) + rng.sample(PLATFORM_CATEGORIES, rng.randint(0, 2))
    chosen: list[int] = []
    for category in wanted[:3]:
        tech = rng.choice(plan.by_category.get(category) or plan.by_kind["technology"])
        if tech not in chosen:
            chosen.append(tech)
    return chosen


def pick_dependencies(plan: VaultPlan, index: int, rng: random.Random) -> list[int]:
    siblings = plan.of_kind(plan.notes[index].system, "component")
    everyone = plan.by_kind["component"]
    picked: list[int] = []
    for _ in range(rng.choices((0, 1, 2, 3, 4), (2, 4, 4, 2, 1))[0]):
        dependency = rng.choice(everyone if rng.random() < 0.2 else siblings)
        if dependency != index and dependency not in picked:
            picked.append(dependency)
    return picked


def plan_prds(plan: VaultPlan, names: NameBook, count: int, rng: random.Random) -> None:
    for _ in range(count):
        home = plan.notes[rng.choice(plan.by_kind["system"])]
        feature = f"{rng.choice(FEATURE_ADJECTIVES)} {rng.choice(FEATURE_THINGS)}"
        status = rng.choices(("draft", "approved", "shipped"), (3, 4, 3))[0]
        name = names.claim(f"PRD - {home.topic} {feature}")
        plan.add(PlannedNote("prd", name, "PRDs", home.topic, home.serial, status=status))


def plan_decisions(plan: VaultPlan, count: int, rng: random.Random) -> None:
    width = max(4, len(str(count)))
    for number in range(1, count + 1):
        home = plan.notes[rng.choice(plan.by_kind["system"])]
        revisited = decision_to_revisit(plan, home.serial, rng)
        category = revisited.category if revisited else rng.choice(list(plan.by_category))
        pool = plan.by_category[category]
        considered = rng.sample(pool, min(len(pool), rng.randint(2, 3)))
        title = f"use {plan.notes[considered[0]].name} for {home.topic} {category}"
        note = PlannedNote("adr", f"{number:0{width}d}-{slugify(title)}", "Decisions", home.topic)
        note.system, note.category, note.technologies = home.serial, category, considered
        note.status = rng.choices(("accepted", "proposed", "rejected", "deprecated"), (14, 3, 2, 1))[0]
        plan.add(note)
        if revisited:
            note.supersedes, note.status = revisited.serial, "accepted"
            revisited.superseded_by, revisited.status = note.serial, "superseded"


def decision_to_revisit(plan: VaultPlan, system: int, rng: random.Random) -> PlannedNote | None:
    """Now and then a new decision replaces the system's latest one on the same question."""
    earlier = plan.of_kind(system, "adr")
    if not earlier or rng.random() > 0.1 or plan.notes[earlier[-1]].superseded_by >= 0:
        return None
    return plan.notes[earlier[-1]]


def plan_ordinary_notes(plan: VaultPlan, names: NameBook, count: int, rng: random.Random) -> None:
    duplicates = min(len(TOPICS), max(2, count // 8000)) if count >= 50 else 0
    names.claim(DUPLICATE_NAME)
    for i in range(count):
        topic = TOPICS[i % len(TOPICS)]
        note = PlannedNote("note", DUPLICATE_NAME, f"Notes/{topic}", topic)
        note.system, note.duplicate_name = rng.choice(plan.by_kind["system"]), i < duplicates
        if not note.duplicate_name:
            note.name = names.claim(ordinary_note_title(plan, topic, rng))
        plan.add(note)


def ordinary_note_title(plan: VaultPlan, topic: str, rng: random.Random) -> str:
    subject = f"{rng.choice(DOMAINS)} {rng.choice(FUNCTIONS)}"
    if topic in ("Runbooks", "Postmortems") and plan.by_kind.get("component"):
        subject = plan.notes[rng.choice(plan.by_kind["component"])].name
    day = random_day(rng)
    return NOTE_TITLES[topic].format(subject=subject, day=day, month=day.strftime("%B %Y"))


def random_day(rng: random.Random) -> date:
    return FIRST_DAY + timedelta(days=rng.randrange(SPAN_DAYS))


def slugify(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


# ---------------------------------------------------------------- frontmatter


class Frontmatter:
    """YAML properties written the way Obsidian writes them, links as quoted strings."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.lines: list[str] = []
        self.link_count = 0

    def raw(self, key: str, value: object) -> None:
        self.lines.append(f"{key}: {value}")

    def text(self, key: str, value: str) -> None:
        self.raw(key, quoted(value))

    def texts(self, key: str, values: Sequence[str]) -> None:
        if self.rng.random() < 0.5:
            self.raw(key, "[" + ", ".join(quoted(v) for v in values) + "]")
        else:
            self.lines.append(f"{key}:")
            self.lines.extend(f"  - {quoted(v)}" for v in values)

    def link(self, key: str, note: PlannedNote) -> None:
        self.text(key, f"[[{note.link_target}]]")
        self.link_count += 1

    def links(self, key: str, notes: Sequence[PlannedNote]) -> None:
        if notes:
            self.texts(key, [f"[[{n.link_target}]]" for n in notes])
            self.link_count += len(notes)

    def mapping(self, key: str, values: dict[str, object]) -> None:
        self.lines.append(f"{key}:")
        self.lines.extend(f"  {k}: {v}" for k, v in values.items())

    def render(self) -> str:
        return "---\n" + "\n".join(self.lines) + "\n---\n"


def quoted(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


# ---------------------------------------------------------------- notes


@dataclass(slots=True)
class NoteBody:
    title: str
    sections: dict[str, list[str]]
    link_count: int = 0

    def add(self, heading: str, block: str, links: int = 0) -> None:
        self.sections[heading].append(block)
        self.link_count += links


class NoteWriter:
    """Turns planned notes into Markdown text: properties, sections, links, code."""

    def __init__(self, plan: VaultPlan, rng: random.Random) -> None:
        self.plan, self.rng = plan, rng
        self.prose = [self.sentence() for _ in range(4000)]
        self.adr_total = len(plan.by_kind.get("adr", []))
        self.link_forms = list(LINK_FORMS)
        self.link_weights = list(itertools.accumulate(LINK_FORMS.values()))
        self.writers: dict[str, Callable[[PlannedNote, Frontmatter, NoteBody], None]] = {
            "system": self.write_system,
            "prd": self.write_prd,
            "component": self.write_component,
            "technology": self.write_technology,
            "adr": self.write_adr,
            "note": self.write_note,
        }

    def sentence(self) -> str:
        r = self.rng
        words = f"{r.choice(SUBJECTS)} {r.choice(VERBS)} {r.choice(OBJECTS)}"
        text = f"{r.choice(OPENERS)}{words} {r.choice(CIRCUMSTANCES)}."
        return text[0].upper() + text[1:]

    def render(self, note: PlannedNote) -> str:
        props = Frontmatter(self.rng)
        body = NoteBody(f"# {note.name}", {heading: [] for heading in HEADINGS[note.kind]})
        self.writers[note.kind](note, props, body)
        wanted = self.rng.randint(5, 15) - props.link_count - body.link_count
        self.weave_links(note, body, max(1, wanted))
        self.add_extras(body)
        return props.render() + self.layout(note, body)

    # --- one method per note type: properties and the blocks only that type has

    def write_system(self, note: PlannedNote, props: Frontmatter, body: NoteBody) -> None:
        self.type_key(props, "system")
        acronym = "".join(word[0] for word in note.name.split() if word[0].isalpha())
        props.texts("aliases", [acronym, note.topic] if self.rng.random() < 0.3 else [acronym])
        props.text("owner", f"{note.topic} Team")
        props.raw("status", note.status)
        props.text("description", self.rng.choice(self.prose))
        components = self.plan.of_kind(note.serial, "component")[: self.rng.randint(2, 4)]
        listing = "\n".join(f"- [[{self.plan.notes[c].name}]]" for c in components)
        if listing:
            body.add("Components", listing, len(components))

    def write_prd(self, note: PlannedNote, props: Frontmatter, body: NoteBody) -> None:
        self.type_key(props, "prd")
        props.link("system", self.plan.notes[note.system])
        props.raw("status", note.status)
        props.text("owner", self.rng.choice(PEOPLE))
        props.mapping("nfr", self.nfr())
        props.texts("compliance", self.rng.sample(COMPLIANCE, self.rng.randint(1, 3)))
        requirements = [f"- **R{i}** {s}" for i, s in enumerate(self.sentences(3, 6), 1)]
        body.add("Requirements", "\n".join(requirements))
        body.add("Success metrics", "\n".join(f"- {s}" for s in self.success_metrics()))

    def write_component(self, note: PlannedNote, props: Frontmatter, body: NoteBody) -> None:
        self.type_key(props, "component")
        homes = [self.plan.notes[note.system]]
        if note.shared_with >= 0:
            props.links("system", [*homes, self.plan.notes[note.shared_with]])
        else:
            props.link("system", homes[0])
        props.raw("kind", note.category)
        props.links("uses", [self.plan.notes[t] for t in note.technologies])
        props.links("depends_on", [self.plan.notes[d] for d in note.depends_on])
        if self.rng.random() < 0.9:
            props.text("owner", f"{note.topic} Team")
        props.text("description", self.rng.choice(self.prose))
        if note.depends_on and self.rng.random() < 0.4:
            body.add("Interfaces", self.interface_table(note.depends_on[0]), 1)

    def write_technology(self, note: PlannedNote, props: Frontmatter, body: NoteBody) -> None:
        self.type_key(props, "technology")
        props.raw("category", note.category)
        props.text("version", f"{self.rng.randint(1, 20)}.{self.rng.randint(0, 12)}")
        if note.name in TECH_ALIASES:
            props.texts("aliases", [TECH_ALIASES[note.name]])
        peers = [p for p in self.plan.by_category[note.category] if p != note.serial]
        if peers and self.rng.random() < 0.3:
            props.links("alternatives", [self.plan.notes[self.rng.choice(peers)]])

    def write_adr(self, note: PlannedNote, props: Frontmatter, body: NoteBody) -> None:
        number = int(note.name.split("-", 1)[0])
        chosen = self.plan.notes[note.technologies[0]]
        body.title = f"# {number}. Use {chosen.name} for {note.topic} {note.category}"
        if self.rng.random() < 0.95:  # the rest are typed by their NNNN-title file name
            self.type_key(props, "adr")
        props.raw("status", note.status)
        props.raw("date", FIRST_DAY + timedelta(days=number * SPAN_DAYS // (self.adr_total + 1)))
        props.texts("deciders", self.rng.sample(PEOPLE, self.rng.randint(1, 3)))
        self.write_adr_scope(note, props)
        props.raw("decision_area", note.category)
        props.link("chosen", chosen)
        props.links("considered", [self.plan.notes[t] for t in note.technologies])
        for key, other in (("supersedes", note.supersedes), ("superseded_by", note.superseded_by)):
            if other >= 0:
                props.link(key, self.plan.notes[other])
        body.add("Status", note.status.capitalize())
        body.add("Decision", f"Chosen option: [[{chosen.name}]], because {self.lowered()}", 1)

    def write_adr_scope(self, note: PlannedNote, props: Frontmatter) -> None:
        system = self.plan.notes[note.system]
        components = self.plan.of_kind(note.system, "component")
        if components and self.rng.random() < 0.3:
            props.links("affects", [system, self.plan.notes[self.rng.choice(components)]])
        else:
            props.link("system", system)

    def write_note(self, note: PlannedNote, props: Frontmatter, body: NoteBody) -> None:
        props.texts("tags", [slugify(note.topic), *self.rng.sample(NOTE_TAGS, self.rng.randint(0, 2))])
        props.raw("created", random_day(self.rng))
        props.text("author", self.rng.choice(PEOPLE))
        if self.rng.random() < 0.5:
            props.raw("status", self.rng.choice(("draft", "final", "archived")))
        if self.rng.random() < 0.3:
            props.link("related", self.plan.notes[note.system])

    def type_key(self, props: Frontmatter, kind: str) -> None:
        props.raw("type", kind.capitalize() if self.rng.random() < 0.05 else kind)

    # --- type-specific blocks

    def nfr(self) -> dict[str, object]:
        r = self.rng
        values: dict[str, object] = {
            "latency_p99_ms": r.choice((50, 100, 200, 250, 500, 1000)),
            "availability": r.choice((99.0, 99.5, 99.9, 99.95, 99.99, '"99.9%"')),
            "throughput_rps": r.choice((50, 200, 1000, 5000, 20000)),
            "users": r.choice((500, 10000, 250000, 2000000)),
            "rpo_minutes": r.choice((0, 5, 15, 60)),
            "rto_minutes": r.choice((15, 30, 60, 240)),
        }
        kept = sorted(r.sample(range(len(values)), r.randint(2, len(values))))
        return {k: v for i, (k, v) in enumerate(values.items()) if i in kept}

    def success_metrics(self) -> list[str]:
        r = self.rng
        return [
            f"Conversion improves by {r.randint(2, 15)}% within two quarters",
            f"Support tickets on this flow drop below {r.randint(5, 50)} a week",
            f"p99 latency stays under {r.choice((100, 250, 500))} ms at peak",
        ][: r.randint(1, 3)]

    def interface_table(self, consumer: int) -> str:
        name = self.plan.notes[consumer].link_target
        protocol = self.rng.choice(("gRPC", "REST", "events"))
        return (
            "| Interface | Peer | Protocol |\n| --- | --- | --- |\n"
            f"| {self.rng.choice(FUNCTIONS).lower()}-v1 | [[{name}\\|upstream]] | {protocol} |"
        )

    # --- prose and links shared by every type

    def sentences(self, low: int, high: int) -> list[str]:
        return self.rng.choices(self.prose, k=self.rng.randint(low, high))

    def lowered(self) -> str:
        text = self.rng.choice(self.prose)
        return text[0].lower() + text[1:]

    def weave_links(self, note: PlannedNote, body: NoteBody, count: int) -> None:
        headings = list(body.sections)
        for target in self.pick_targets(note, count):
            link = self.body_link(target)
            if link.startswith("!"):
                body.add(self.rng.choice(headings), link, 1)
            else:
                sentence = self.rng.choice(LINK_SENTENCES).format(link)
                paragraph = self.sentences(0, 3)
                paragraph.insert(self.rng.randrange(len(paragraph) + 1), sentence)
                body.add(self.rng.choice(headings), " ".join(paragraph), 1)

    def pick_targets(self, note: PlannedNote, count: int) -> list[PlannedNote]:
        nearby = self.neighbours(note)
        picked: list[PlannedNote] = []
        while len(picked) < count:
            if nearby and self.rng.random() < 0.7:
                index = self.rng.choice(nearby)
            else:
                index = self.rng.randrange(len(self.plan.notes))
            if index != note.serial:
                picked.append(self.plan.notes[index])
        return picked

    def neighbours(self, note: PlannedNote) -> list[int]:
        plan = self.plan
        if note.kind == "system":
            return plan.members.get(note.serial, [])
        if note.kind == "technology":
            return plan.users.get(note.serial, []) + plan.by_category[note.category]
        return plan.members.get(note.system, []) + note.technologies + note.depends_on

    def body_link(self, target: PlannedNote) -> str:
        form = self.rng.choices(self.link_forms, cum_weights=self.link_weights)[0]
        name = target.link_target
        if form == "alias":
            return f"[[{name}|{target.name.lower()}]]"
        if form == "heading":
            return f"[[{name}#{self.rng.choice(HEADINGS[target.kind])}]]"
        if form == "block":
            return f"[[{name}#^b{target.serial}]]"
        if form == "embed":
            return f"![[{name}]]"
        if form == "markdown":
            return f"[{target.name}]({quote(name)}.md)"
        if form == "markdown_angle":
            return f"[{target.name}](<{name}.md>)"
        if form == "path":
            return f"[[{target.path}]]"
        if form == "lowercase":
            return f"[[{name.lower()}]]"
        if form == "unresolved":
            return f"[[{target.topic or target.name} {self.rng.choice(FUNCTIONS)} (draft)]]"
        return f"[[{name}]]"

    def add_extras(self, body: NoteBody) -> None:
        """Code and comments that contain link syntax but are not links."""
        r, headings = self.rng, list(body.sections)
        if r.random() < 0.25:
            body.add(r.choice(headings), r.choice(CODE_SAMPLES))
        if r.random() < 0.15:
            body.add(r.choice(headings), r.choice(INLINE_CODE))
        if r.random() < 0.03:
            body.add(r.choice(headings), "%% TODO: move this to [[Someone's draft]] %%")
        if r.random() < 0.1:
            body.add(r.choice(headings), "#" + " #".join(r.sample(NOTE_TAGS, 2)))

    def layout(self, note: PlannedNote, body: NoteBody) -> str:
        target_bytes = min(9000, max(700, int(self.rng.lognormvariate(7.0, 0.5))))
        per_section = max(1, round(target_bytes / PARAGRAPH_BYTES / len(body.sections)))
        parts = [body.title, " ".join(self.sentences(2, 4)) + f" ^b{note.serial}"]
        for heading, blocks in body.sections.items():
            paragraphs = self.rng.randint(1, per_section)
            prose = [" ".join(self.sentences(2, 6)) for _ in range(paragraphs)]
            parts.append(f"## {heading}")
            parts.extend(blocks[:1] + prose + blocks[1:])
        return "\n\n".join(parts) + "\n"


# ---------------------------------------------------------------- entry points


def generate_vault(root: Path, notes: int, seed: int = 1) -> int:
    """Write a vault of about ``notes`` notes under ``root``; return the files written."""
    rng = random.Random(seed)
    plan = plan_vault(notes, rng)
    writer = NoteWriter(plan, rng)
    for folder in dict.fromkeys(note.folder for note in plan.notes):
        (root / folder).mkdir(parents=True, exist_ok=True)
    for note in plan.notes:
        (root / note.folder / f"{note.name}.md").write_text(writer.render(note), encoding="utf-8")
    return len(plan.notes)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("out_dir", type=Path, metavar="OUT_DIR")
    parser.add_argument("--notes", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    started = time.perf_counter()
    written = generate_vault(args.out_dir, args.notes, args.seed)
    print(f"wrote {written} notes to {args.out_dir} in {time.perf_counter() - started:.2f} s")


if __name__ == "__main__":
    main()
