"""Methods as JSON-ready dictionaries, for the CLI and for anyone scripting it."""

from __future__ import annotations

from dataclasses import asdict

from advisor.model import Basis, Method


def _basis(basis: Basis) -> dict:
    return {"basis": basis.basis, "reason": basis.reason}


def method_summary(method: Method, status: dict | None = None) -> dict:
    """Id, name, place in the report and where the record comes from.

    *status* (from ``Catalogue.status``) gives ``origin`` ("shipped", "own" or "variant") and, for
    a variant, the ``overridden`` fields and those whose shipped text changed since
    (``upstream_changed``).
    """
    status = status or {"origin": "own" if method.is_own else "shipped"}
    return {"id": method.id, "name": method.name, "section": method.section,
            "category": method.category, "subcategory": method.subcategory, **status}


def method_to_dict(method: Method, status: dict | None = None) -> dict:
    """Every field of *method*; vocabulary values stay keys, free texts stay text."""
    return {
        **method_summary(method, status),
        "summary": method.summary,
        "target_group": method.target_group,
        "goal": method.goal,
        "approach": method.approach,
        "approach_steps": list(method.approach_steps),
        "developer": method.developer,
        "organisations": list(method.organisations),
        "involved": [asdict(i) for i in method.involved],
        "handbook": method.handbook,
        "handbook_note": method.handbook_note,
        "web": list(method.web),
        "publications": [asdict(p) for p in method.publications],
        "evidence": method.evidence,
        "evidence_basis": _basis(method.evidence_basis),
        "studies": [asdict(s) for s in method.studies],
        "settings": list(method.settings.values),
        "target_groups": list(method.target_groups.values),
        "goals": list(method.goals.values),
        "production_power": method.production_power,
        "professional_role": list(method.professional_role.values),
        "budget": {
            "class": method.budget.budget_class,
            "amounts": [asdict(a) for a in method.budget.amounts],
            **_basis(method.budget.basis),
        },
        "duration_months": method.duration.months,
        "bases": {
            "settings": _basis(method.settings.basis),
            "target_groups": _basis(method.target_groups.basis),
            "goals": _basis(method.goals.basis),
            "production_power": _basis(method.production_power_basis),
            "professional_role": _basis(method.professional_role.basis),
            "duration": _basis(method.duration.basis),
        },
        "catalogue_version": method.catalogue_version,
        "author": method.author,
        "created": method.created,
    }
