"""Reads and validates the human-written catalogue files (TOML).

The catalogue in ``resources/catalogue`` is the source of truth that editors
change by hand; a mistake there must surface as a message naming the file
and the field, and must never half-load. Everything here is plain Python
(``tomllib``), so the domain core can validate without a database.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

from advisor import vocabulary as voc
from advisor.model import (
    ASSESSMENT,
    Amount,
    Basis,
    Budget,
    Duration,
    Involved,
    KnowledgeItem,
    Method,
    Publication,
    Study,
    TermSet,
)
from advisor.sheet import section_key

ID_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
SECTION_PATTERN = re.compile(r"^4\.[12]\.\d{1,2}$")
MAX_FILE_BYTES = 1_000_000
MAX_FIELD_CHARS = 20_000

# The evidence rubric of SCHEMA.md: what each kind of listed study counts as,
# which rule follows from the kinds, and which evidence level each rule gives.
PUBLICATION_KINDS = ("title", "description")
STUDY_KINDS = ("effect", "results", "evaluation", "process", "not_a_study")
WITH_OUTCOMES = frozenset({"effect", "results", "evaluation"})
RULE_LEVEL = {
    "no_study": "none_known",
    "no_outcomes": "descriptive",
    "one_evaluation": "evaluated",
    "several_evaluations": "multiple_studies",
}


def evidence_rule_for(study_kinds: list[str]) -> str:
    """The rubric rule that a list of study kinds gives (see SCHEMA.md, 'Bewijsrubriek')."""
    evaluations = sum(kind in WITH_OUTCOMES for kind in study_kinds)
    if evaluations >= 2:
        return "several_evaluations"
    if evaluations == 1:
        return "one_evaluation"
    return "no_outcomes" if "process" in study_kinds else "no_study"

_BASIS = ("basis", "reason")
# Every key a catalogue file may hold, by dotted table name ("" is the top level; list items share
# their list's name). A new key is one line here; anything not listed is a misspelling and refused.
METHOD_KEYS: dict[str, tuple[str, ...]] = {
    "": ("id", "name", "section", "category", "subcategory", "summary", "target_group", "goal", "approach",
         "approach_steps", "developer", "materials", "research", "attributes"),
    "developer": ("text", "organisations", "involved"),
    "developer.involved": ("name", "role"),
    "materials": ("handbook", "handbook_note", "web", "publications"),
    "materials.publications": ("title", "kind", "author", "year", "publisher", "place", "url"),
    "research": ("evidence", "evidence_basis", "evidence_reason", "evidence_rule", "studies"),
    "research.studies": ("reference", "kind", "findings", "url"),
    "attributes": ("settings", "target_groups", "goals", "production_power", "professional_role", "budget",
                   "duration"),
    "attributes.settings": ("values", *_BASIS),
    "attributes.target_groups": ("values", *_BASIS),
    "attributes.goals": ("values", *_BASIS),
    "attributes.professional_role": ("values", *_BASIS),
    "attributes.production_power": ("value", *_BASIS),
    "attributes.budget": ("class", "amounts", *_BASIS),
    "attributes.budget.amounts": ("what", "flow", "min_eur", "max_eur", "per"),
    "attributes.duration": ("months", *_BASIS),
}
KNOWLEDGE_KEYS: dict[str, tuple[str, ...]] = {
    "": ("item",),
    "item": ("id", "kind", "title", "section", "text", "methods", "when"),
    "item.when": ("settings", "target_groups", "goals", "production_power"),
}

class CatalogueError(ValueError):
    """A catalogue file that cannot be used, with the file and field at fault."""

    def __init__(self, path: Path | str, field: str, problem: str):
        self.path = str(path)
        self.field = field
        self.problem = problem
        super().__init__(f"{Path(self.path).name}: veld '{field}': {problem}")


class _Fields:
    """Typed access to one TOML table, raising CatalogueError with the dotted field name."""

    def __init__(self, path: Path, data: dict[str, Any], prefix: str = ""):
        self.path, self.data, self.prefix = path, data, prefix

    def fail(self, name: str, problem: str) -> CatalogueError:
        return CatalogueError(self.path, self.prefix + name, problem)

    def table(self, name: str, required: bool = True) -> _Fields:
        value = self.data.get(name, {} if not required else None)
        if not isinstance(value, dict):
            raise self.fail(name, "ontbreekt of is geen tabel")
        return _Fields(self.path, value, f"{self.prefix}{name}.")

    def tables(self, name: str) -> list[_Fields]:
        value = self.data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, dict) for v in value):
            raise self.fail(name, "moet een lijst van tabellen zijn")
        return [_Fields(self.path, v, f"{self.prefix}{name}[{i}].") for i, v in enumerate(value)]

    def text(self, name: str, required: bool = True) -> str:
        value = self.data.get(name)
        if value is None and not required:
            return ""
        if not isinstance(value, str):
            raise self.fail(name, "ontbreekt of is geen tekst")
        value = value.strip()
        self._check_size(name, value)
        if required and not value:
            raise self.fail(name, "is leeg")
        return value

    def texts(self, name: str) -> tuple[str, ...]:
        value = self.data.get(name, [])
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise self.fail(name, "moet een lijst van teksten zijn")
        for text in value:
            self._check_size(name, text)
        return tuple(v.strip() for v in value if v.strip())

    def _check_size(self, name: str, text: str) -> None:
        if len(text) > MAX_FIELD_CHARS:
            raise self.fail(name, f"is te lang ({len(text):,} tekens; hoogstens {MAX_FIELD_CHARS:,}). "
                                  "Kort de tekst in of verdeel hem over meer velden.".replace(",", "."))

    def term(self, name: str, vocabulary: str, required: bool = True) -> str:
        value = self.data.get(name)
        if value is None and not required:
            return ""
        allowed = voc.VOCABULARIES[vocabulary]
        if value not in allowed:
            raise self.fail(name, f"'{value}' is geen geldige waarde; kies uit {', '.join(allowed)}")
        return value

    def terms(self, name: str, vocabulary: str) -> tuple[str, ...]:
        values = self.texts(name)
        allowed = voc.VOCABULARIES[vocabulary]
        for value in values:
            if value not in allowed:
                raise self.fail(name, f"'{value}' is geen geldige waarde; kies uit {', '.join(allowed)}")
        if len(set(values)) != len(values):
            raise self.fail(name, "bevat een waarde dubbel")
        return values

    def choice(self, name: str, allowed: tuple[str, ...], default: str | None = None) -> str:
        value = self.data.get(name, default)
        if value not in allowed:
            raise self.fail(name, f"'{value}' is geen geldige waarde; kies uit {', '.join(allowed)}")
        return value

    def number(self, name: str, low: int = 0, high: int = 10**9) -> int | None:
        value = self.data.get(name)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(name, f"moet een geheel getal tussen {low} en {high} zijn")
        return value

    def basis(self) -> Basis:
        kind = self.term("basis", "basis")
        reason = self.text("reason", required=False)
        if kind == ASSESSMENT and not reason:
            raise self.fail("reason", "is verplicht bij basis = \"assessment\"")
        return Basis(kind, reason)


def check_keys(path: Path, data: dict[str, Any], allowed: dict[str, tuple[str, ...]],
               table: str = "", dotted: str = "") -> None:
    """Refuse a key *allowed* does not list, naming the file and the dotted key (e.g. 'materials.ulr')."""
    for key, value in data.items():
        if key not in allowed[table]:
            raise CatalogueError(path, dotted + key,
                                 f"onbekende sleutel; toegestaan zijn {', '.join(allowed[table])}")
        inner = f"{table}.{key}" if table else key
        if inner not in allowed:
            continue
        if isinstance(value, dict):
            check_keys(path, value, allowed, inner, f"{dotted}{key}.")
        elif isinstance(value, list):
            for i, row in enumerate(value):
                if isinstance(row, dict):
                    check_keys(path, row, allowed, inner, f"{dotted}{key}[{i}].")


def _termset(attrs: _Fields, name: str, vocabulary: str) -> TermSet:
    table = attrs.table(name)
    return TermSet(table.terms("values", vocabulary), table.basis())


def _budget(attrs: _Fields) -> Budget:
    table = attrs.table("budget")
    amounts = []
    for row in table.tables("amounts"):
        low, high = row.number("min_eur"), row.number("max_eur")
        if low is not None and high is not None and low > high:
            raise row.fail("max_eur", "is kleiner dan min_eur")
        amounts.append(Amount(row.text("what"), row.term("flow", "money_flow"), low, high,
                              row.text("per", required=False)))
    return Budget(table.term("class", "budget_class"), table.basis(), tuple(amounts))


def _check_evidence(research: _Fields) -> None:
    """The level must follow from the kinds of the listed studies, by the rubric's rule."""
    kinds = [s.choice("kind", STUDY_KINDS) for s in research.tables("studies")]
    rule = research.choice("evidence_rule", tuple(RULE_LEVEL))
    if rule != evidence_rule_for(kinds):
        raise research.fail("evidence_rule", f"'{rule}' past niet bij de soorten studies; "
                                             f"de rubriek geeft '{evidence_rule_for(kinds)}'")
    if research.data.get("evidence") != RULE_LEVEL[rule]:
        raise research.fail("evidence", f"regel '{rule}' geeft niveau '{RULE_LEVEL[rule]}'")


def parse_method(path: Path, data: dict[str, Any], own: bool = False) -> Method:
    """Build a Method from one parsed TOML document, validating every field.

    *own*: a method an organisation wrote or changed, not one of the report's: it needs no
    section (and may share one), its file may have any name, and the evidence rubric's rule
    is checked only when given.
    """
    check_keys(path, data, METHOD_KEYS)
    f = _Fields(path, data)
    method_id = f.text("id")
    if not ID_PATTERN.match(method_id):
        raise f.fail("id", "mag alleen kleine letters, cijfers en streepjes bevatten")
    if not own and path.suffix == ".toml" and path.stem != method_id:
        raise f.fail("id", f"'{method_id}' hoort bij bestandsnaam {method_id}.toml")
    section = f.text("section", required=not own)
    if section and not SECTION_PATTERN.match(section):
        raise f.fail("section", f"'{section}' is geen paragraaf uit hoofdstuk 4 (zoals 4.1.2)")
    category = f.term("category", "category")
    expected = "facilitate_and_support" if section.startswith("4.1.") else "invite_co_initiative"
    if not own and category != expected:
        raise f.fail("category", f"paragraaf {section} hoort bij '{expected}'")
    subcategory = f.term("subcategory", "subcategory", required=not own and category == "facilitate_and_support")
    if category != "facilitate_and_support" and subcategory:
        raise f.fail("subcategory", "bestaat alleen in paragraaf 4.1")
    developer, materials, research = f.table("developer"), f.table("materials"), f.table("research")
    research.term("evidence", "evidence")
    if not own or "evidence_rule" in research.data:
        _check_evidence(research)
    attrs = f.table("attributes")
    power = attrs.table("production_power")
    duration = attrs.table("duration")
    return Method(
        id=method_id,
        name=f.text("name"),
        section=section,
        category=category,
        subcategory=subcategory,
        summary=f.text("summary"),
        target_group=f.text("target_group"),
        goal=f.text("goal"),
        approach=f.text("approach"),
        approach_steps=f.texts("approach_steps"),
        developer=developer.text("text"),
        organisations=developer.texts("organisations"),
        involved=tuple(Involved(row.text("name"), row.text("role")) for row in developer.tables("involved")),
        handbook=materials.term("handbook", "handbook"),
        handbook_note=materials.text("handbook_note"),
        web=materials.texts("web"),
        publications=tuple(
            Publication(p.text("title"), p.text("author", False), p.number("year", 1900, 2100),
                        p.text("publisher", False), p.text("place", False), p.text("url", False),
                        p.choice("kind", PUBLICATION_KINDS, default="title"))
            for p in materials.tables("publications")
        ),
        evidence=research.term("evidence", "evidence"),
        evidence_basis=Basis(research.term("evidence_basis", "basis"), research.text("evidence_reason")),
        studies=tuple(
            Study(s.text("reference"), s.text("findings", False), s.text("url", False))
            for s in research.tables("studies")
        ),
        settings=_termset(attrs, "settings", "settings"),
        target_groups=_termset(attrs, "target_groups", "target_groups"),
        goals=_termset(attrs, "goals", "goals"),
        production_power=power.term("value", "production_power"),
        production_power_basis=power.basis(),
        professional_role=_termset(attrs, "professional_role", "professional_role"),
        budget=_budget(attrs),
        duration=Duration(duration.number("months", 1, 600), duration.basis()),
    )


def _load_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise CatalogueError(path, "(bestand)", f"is groter dan {MAX_FILE_BYTES // 1_000_000} MB; "
                                                    "een catalogusbestand hoort veel kleiner te zijn")
        return tomllib.loads(data.decode("utf-8"))
    except tomllib.TOMLDecodeError as error:
        raise CatalogueError(path, "(bestand)", f"geen geldige TOML: {error}") from error
    except (OSError, UnicodeDecodeError) as error:
        raise CatalogueError(path, "(bestand)", f"niet leesbaar: {error}") from error


def read_catalogue(folder: Path) -> list[Method]:
    """All methods in *folder*, sorted by section; raises on the first bad file."""
    methods: list[Method] = []
    seen_sections: dict[str, str] = {}
    for path in sorted(folder.glob("*.toml")):
        method = parse_method(path, _load_toml(path))
        if method.section in seen_sections:
            raise CatalogueError(path, "section", f"{method.section} staat ook in {seen_sections[method.section]}")
        seen_sections[method.section] = path.name
        methods.append(method)
    if not methods:
        raise CatalogueError(folder, "(map)", "bevat geen catalogusbestanden")
    return sorted(methods, key=lambda m: section_key(m.section))


def read_knowledge(folder: Path) -> list[KnowledgeItem]:
    """All background-knowledge items in *folder*; raises on the first bad file."""
    items: list[KnowledgeItem] = []
    seen: set[str] = set()
    for path in sorted(folder.glob("*.toml")):
        data = _load_toml(path)
        check_keys(path, data, KNOWLEDGE_KEYS)
        for row in _Fields(path, data).tables("item"):
            item_id = row.text("id")
            if item_id in seen or not ID_PATTERN.match(item_id):
                raise row.fail("id", f"'{item_id}' is dubbel of ongeldig")
            seen.add(item_id)
            when = row.table("when", required=False)
            conditions = tuple(
                (vocab, term)
                for vocab in ("settings", "target_groups", "goals", "production_power")
                for term in when.terms(vocab, vocab)
            )
            items.append(KnowledgeItem(
                id=item_id, kind=row.term("kind", "knowledge_kind"), title=row.text("title"),
                section=row.text("section"), text=row.text("text"),
                methods=row.texts("methods"), when=conditions,
            ))
    return items
