"""A method as a catalogue document (the TOML schema's shape) and field-by-field local changes.

An own method, a local change to a shipped one and a line of a catalogue
package are all stored or carried in this one shape, so the catalogue reader
(``parse_method``) checks every one of them with the same Dutch messages as a
shipped file. A local variant is a set of *fields* (named below), each a path
in the document; the shipped record stays whole beside it.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from advisor.catalogue_reader import CatalogueError, parse_method
from advisor.model import Basis, Method, TermSet

# The fields a user can change one by one, and where each sits in the document.
FIELDS: dict[str, tuple[str, ...]] = {
    **{name: (name,) for name in ("name", "category", "subcategory", "summary", "target_group", "goal",
                                  "approach", "approach_steps")},
    "developer": ("developer", "text"), "organisations": ("developer", "organisations"),
    "involved": ("developer", "involved"),
    **{name: ("materials", name) for name in ("handbook", "handbook_note", "web", "publications")},
    "evidence": ("research", "evidence"), "evidence_reason": ("research", "evidence_reason"),
    "studies": ("research", "studies"),
    **{name: ("attributes", name) for name in ("settings", "target_groups", "goals", "production_power",
                                               "professional_role", "budget", "duration")},
}


def _basis(basis: Basis) -> dict:
    return {"basis": basis.basis, "reason": basis.reason}


def _termset(terms: TermSet) -> dict:
    return {"values": list(terms.values), **_basis(terms.basis)}


def _present(row: dict) -> dict:
    """Leave out what is unknown (None) or empty, as a hand-written file would."""
    return {k: v for k, v in row.items() if v not in (None, "")}


def method_to_document(m: Method) -> dict[str, Any]:
    """The catalogue document of *m*; ``parse_method(..., own=True)`` reads it back to an equal method."""
    doc: dict[str, Any] = {"id": m.id, "name": m.name, "section": m.section, "category": m.category,
                           "subcategory": m.subcategory}
    doc = _present(doc)
    doc.update(summary=m.summary, target_group=m.target_group, goal=m.goal, approach=m.approach,
               approach_steps=list(m.approach_steps))
    doc["developer"] = {"text": m.developer, "organisations": list(m.organisations),
                        "involved": [{"name": i.name, "role": i.role} for i in m.involved]}
    doc["materials"] = {
        "handbook": m.handbook, "handbook_note": m.handbook_note, "web": list(m.web),
        "publications": [_present({"title": p.title, "kind": p.kind, "author": p.author, "year": p.year,
                                   "publisher": p.publisher, "place": p.place, "url": p.url})
                         for p in m.publications],
    }
    doc["research"] = {
        "evidence": m.evidence, "evidence_basis": m.evidence_basis.basis,
        "evidence_reason": m.evidence_basis.reason,
        "studies": [_present({"reference": s.reference, "findings": s.findings, "url": s.url}) for s in m.studies],
    }
    doc["attributes"] = {
        "settings": _termset(m.settings), "target_groups": _termset(m.target_groups), "goals": _termset(m.goals),
        "production_power": {"value": m.production_power, **_basis(m.production_power_basis)},
        "professional_role": _termset(m.professional_role),
        "budget": {"class": m.budget.budget_class, **_basis(m.budget.basis),
                   "amounts": [_present({"what": a.what, "flow": a.flow, "min_eur": a.min_eur,
                                         "max_eur": a.max_eur, "per": a.per}) for a in m.budget.amounts]},
        "duration": _present({"months": m.duration.months}) | _basis(m.duration.basis),
    }
    return doc


def get_field(doc: dict, name: str) -> Any:
    value: Any = doc
    for key in FIELDS[name]:
        if not isinstance(value, dict) or key not in value:
            return None
        value = value[key]
    return value


def set_field(doc: dict, name: str, value: Any) -> None:
    *tables, key = FIELDS[name]
    for table in tables:
        doc = doc.setdefault(table, {})
    if value is None:
        doc.pop(key, None)
    else:
        doc[key] = value


def given_fields(doc: dict) -> dict[str, Any]:
    """The fields a (partial) document names, by field name."""
    return {name: get_field(doc, name) for name in FIELDS if get_field(doc, name) is not None}


def read_document(doc: dict, where: str = "methode") -> Method:
    """A checked own method from *doc*; ``CatalogueError`` names the field at fault."""
    if not isinstance(doc, dict):
        raise CatalogueError(where, "(methode)", "is geen tabel")
    return parse_method(Path(where), doc, own=True)


@dataclass(frozen=True)
class Override:
    value: Any  # the user's value of the field
    shipped: Any  # the shipped value when the user made the change


@dataclass(frozen=True)
class Variant:
    method: Method  # the shipped method with the user's values
    overridden: tuple[str, ...]
    upstream_changed: tuple[str, ...]  # fields whose shipped value changed since the user's change


def apply_overrides(shipped: Method, overrides: dict[str, Override]) -> Variant:
    """The three-way view of a local variant: shipped now, shipped then, and the user's value."""
    base = method_to_document(shipped)
    doc = copy.deepcopy(base)
    for name, override in overrides.items():
        set_field(doc, name, override.value)
    changed = tuple(sorted(n for n, o in overrides.items() if get_field(base, n) != o.shipped))
    method = read_document(doc, shipped.id)
    method = type(method)(**{**vars(method), "origin": shipped.origin, "catalogue_version": shipped.catalogue_version})
    return Variant(method, tuple(sorted(overrides)), changed)
