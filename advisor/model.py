"""Plain data classes for a method and its structured attributes.

These are what the matcher scores and what the interface shows. They hold
no behaviour beyond small conveniences, so every layer can build them: the
catalogue reader from TOML, the database layer from rows, tests by hand.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from advisor.vocabulary import label

SOURCE = "source"
ASSESSMENT = "assessment"


@dataclass(frozen=True)
class Basis:
    """Where a structured value comes from: the report itself, or our reading of it."""

    basis: str = SOURCE
    reason: str = ""


@dataclass(frozen=True)
class TermSet:
    values: tuple[str, ...] = ()
    basis: Basis = Basis()

    @property
    def known(self) -> bool:
        return bool(self.values)


@dataclass(frozen=True)
class Amount:
    what: str
    flow: str
    min_eur: int | None = None
    max_eur: int | None = None
    per: str = ""


@dataclass(frozen=True)
class Budget:
    budget_class: str = "unknown"
    basis: Basis = Basis()
    amounts: tuple[Amount, ...] = ()

    @property
    def known(self) -> bool:
        return self.budget_class != "unknown"

    @property
    def brings_outside_money(self) -> bool:
        return any(a.flow == "outside" for a in self.amounts)


@dataclass(frozen=True)
class Duration:
    months: int | None = None
    basis: Basis = Basis()

    @property
    def known(self) -> bool:
        return self.months is not None


@dataclass(frozen=True)
class Publication:
    title: str
    author: str = ""
    year: int | None = None
    publisher: str = ""
    place: str = ""
    url: str = ""
    kind: str = "title"  # "description": our words for an unnamed piece, never shown as a title

    @property
    def is_title(self) -> bool:
        return self.kind == "title"


@dataclass(frozen=True)
class Involved:
    """An organisation that took part in a method without developing it, and its role."""

    name: str
    role: str


@dataclass(frozen=True)
class Study:
    reference: str
    findings: str = ""
    url: str = ""


@dataclass(frozen=True)
class Method:
    id: str
    name: str
    section: str
    category: str
    subcategory: str = ""
    summary: str = ""
    target_group: str = ""
    goal: str = ""
    approach: str = ""
    approach_steps: tuple[str, ...] = ()
    developer: str = ""
    organisations: tuple[str, ...] = ()
    involved: tuple[Involved, ...] = ()
    handbook: str = "unknown"
    handbook_note: str = ""
    web: tuple[str, ...] = ()
    publications: tuple[Publication, ...] = ()
    evidence: str = "none_known"
    evidence_basis: Basis = Basis()
    studies: tuple[Study, ...] = ()
    settings: TermSet = TermSet()
    target_groups: TermSet = TermSet()
    goals: TermSet = TermSet()
    production_power: str = ""
    production_power_basis: Basis = Basis()
    professional_role: TermSet = TermSet()
    budget: Budget = Budget()
    duration: Duration = Duration()
    origin: str = "catalogue"  # "catalogue" (shipped) or "user" (an own method)
    catalogue_version: str = ""
    author: str = ""  # provenance of an own method
    created: str = ""
    modified: str = ""

    @property
    def is_own(self) -> bool:
        return self.origin != "catalogue"

    def texts(self) -> dict[str, str]:
        """Every free text of the method, by field name (for search and display)."""
        return {
            "name": self.name,
            "summary": self.summary,
            # The vocabulary terms too, so doelgroep:ouderen finds a method for seniors whose text says "senioren".
            "target_group": "\n".join([self.target_group, *(label("target_groups", v)
                                                             for v in self.target_groups.values)]).strip(),
            "goal": "\n".join([self.goal, *(label("goals", v) for v in self.goals.values)]).strip(),
            "approach": "\n".join([self.approach, *self.approach_steps]).strip(),
            "developer": "\n".join([self.developer, *self.organisations,
                                     *(f"{i.name} {i.role}" for i in self.involved)]).strip(),
            "materials": "\n".join(
                [self.handbook_note, *(p.title for p in self.publications)]
            ).strip(),
            "research": "\n".join(
                f"{s.reference}\n{s.findings}".strip() for s in self.studies
            ).strip(),
        }


@dataclass(frozen=True)
class KnowledgeItem:
    """A concept, dilemma, finding or caveat from the report, ready to cite."""

    id: str
    kind: str
    title: str
    section: str
    text: str
    methods: tuple[str, ...] = ()
    when: tuple[tuple[str, str], ...] = field(default=())
