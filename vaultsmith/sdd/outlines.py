"""outlines: each built-in style's seed outline, section by section, subsection by subsection.

Each style follows the design-document template users asked for (its "seed"): every section
and subsection of the seed is a heading of the SDD, so it shows in Obsidian's outline, and is
either filled from the vault or holds a Missing callout naming the note or property to write.
`coverage` is the share of these seed subsections filled with facts (`vaultsmith.render.coverage`).
A section of the seed without subsections counts as one. Headings are compared without their
number (`## 4. Security` is "Security") and case-blind; sections an SDD adds beyond its seed
(decision log, dependencies, risks, vault gaps) are not counted.
"""

from __future__ import annotations

from collections.abc import Mapping

# (section, its subsections) in the seed's order.
Outline = tuple[tuple[str, tuple[str, ...]], ...]

STANDARD: Outline = (
    ("Overview", ("Purpose", "Stakeholders", "Key requirements")),
    ("System architecture", ("High-level design", "Core components", "Data architecture")),
    (
        "Key architectural decisions required",
        ("Infrastructure decisions", "Application decisions", "Observability decisions"),
    ),
    (
        "Performance and scalability",
        ("Expected load", "Scaling strategy", "Performance targets", "Bottleneck analysis"),
    ),
    ("Security and compliance", ("Authentication", "Authorization", "Data protection", "Compliance")),
)

C4: Outline = (
    ("Metadata", ()),
    ("Executive summary", ()),
    ("Context (C4 level 1)", ("System context diagram", "Actors and external systems")),
    ("Containers (C4 level 2)", ("Container diagram", "Container descriptions")),
    ("Components (C4 level 3)", ("Component diagram", "Component responsibilities")),
    ("Key design decisions", ()),
    ("API design", ("Endpoints overview", "Request and response examples", "API versioning strategy")),
    ("Data model", ("Entity relationship diagram", "Key entities", "Data migration strategy")),
    (
        "Security architecture",
        ("Authentication and authorization", "Data protection", "Security considerations"),
    ),
    (
        "Non-functional requirements",
        ("Performance", "Scalability", "Availability and reliability", "Observability"),
    ),
    ("Infrastructure", ("Deployment architecture", "Environment configuration", "CI/CD pipeline")),
    ("Dependencies", ("Internal dependencies", "External dependencies", "Dependency diagram")),
    ("Risks and mitigations", ()),
    ("Implementation phases", ()),
    ("Open questions", ()),
    ("Appendix", ("Glossary", "References")),
    ("Approval", ()),
    ("Changelog", ()),
)

DETAILED: Outline = (
    ("Overview", ("Purpose", "Scope")),
    ("Requirements", ("Functional requirements", "Non-functional requirements")),
    ("High-level architecture", ("Architecture diagram", "Main components", "Cloud services")),
    ("Detailed component design", ()),
    ("Technology choices", ()),
    ("Scaling and availability", ("Scaling strategy", "Availability strategy", "Disaster recovery")),
    ("Security", ("Data encryption", "Access policies", "Application security", "Network security")),
    ("Cost estimations", ()),
    (
        "Operational considerations",
        ("Deployment strategy", "Backup and restore strategy", "CI/CD pipeline", "Logging and alerting"),
    ),
    ("Risk assessment", ()),
    ("Monitoring and metrics", ("Monitoring tools", "Key metrics")),
    ("Open questions and future considerations", ("Open questions", "Future considerations")),
)

HLD_LLD: Outline = (
    ("Executive summary", ()),
    (
        "Requirements analysis summary",
        ("Key requirements identified", "Technical scope", "Complexity assessment"),
    ),
    (
        "High-level design (HLD)",
        ("Component architecture overview", "Data flow architecture", "Integration points"),
    ),
    (
        "Low-level design (LLD)",
        (
            "Component structure details",
            "File and module organization",
            "API contracts",
            "Data models",
            "Database schema",
        ),
    ),
    ("Technical decisions", ()),
    ("Security design", ("Authentication and authorization", "Data security", "Security controls")),
    (
        "Performance and scalability",
        ("Performance targets", "Scalability strategy", "Performance optimizations"),
    ),
    ("Error handling and monitoring", ("Error handling strategy", "Logging and monitoring")),
    ("Testing strategy", ("Unit testing", "Integration testing", "End-to-end testing")),
    ("Deployment and operations", ("Deployment strategy", "Operational considerations")),
)

DESIGN_DOC: Outline = (
    ("Executive summary", ()),
    ("Problem statement", ()),
    ("Goals and success criteria", ("Primary goals", "Success criteria")),
    ("Context and background", ()),
    (
        "Proposed solution",
        (
            "High-level overview",
            "Architecture components",
            "Design decisions",
            "Technology stack",
            "Data model and storage",
            "API and integration points",
        ),
    ),
    ("Trade-offs", ("Accepting", "Gaining")),
    ("Implementation", ()),
    (
        "Performance and scalability",
        ("Performance targets", "Scalability strategy", "Monitoring and observability"),
    ),
    ("Security", ()),
    ("Dependencies and assumptions", ("Dependencies", "Assumptions")),
    ("Open questions", ()),
    ("Approvals", ()),
)

OUTLINES: Mapping[str, Outline] = {
    "standard": STANDARD,
    "c4": C4,
    "detailed": DETAILED,
    "hld-lld": HLD_LLD,
    "design-doc": DESIGN_DOC,
}


def units(outline: Outline) -> list[tuple[str, str]]:
    """(section, subsection) for each unit coverage counts; subsection "" for a leaf section."""
    return [(section, sub) for section, subs in outline for sub in (subs or ("",))]
