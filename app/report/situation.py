"""A situation (context) in plain Dutch lines, for the report and the CLI's ``case show``."""

from __future__ import annotations

from advisor.context import Context
from advisor.messages import euros
from advisor.sheet import terms
from advisor.vocabulary import label

NOTHING_GIVEN = "niets opgegeven"


def _terms(vocabulary: str, values) -> str:  # noqa: ANN001
    return terms(vocabulary, sorted(values), empty=NOTHING_GIVEN)


def situation_lines(context: Context) -> list[str]:
    budget = "onbekend" if context.budget_eur is None else euros(context.budget_eur)
    months = "onbekend" if context.months is None else f"{context.months} maanden"
    return [
        f"Plaats: {_terms('settings', context.settings)}",
        f"Doelgroep: {_terms('target_groups', context.target_groups)}",
        f"Doelen: {_terms('goals', context.goals)}",
        "Productiekracht: " + (label("production_power", context.production_power)
                               if context.production_power else "geen voorkeur"),
        f"Budget: {budget}",
        f"Tijdshorizon: {months}",
        "Handboek vereist: " + ("ja" if context.require_handbook else "nee"),
        "Onderzoek telt mee: " + ("ja" if context.require_research else "nee"),
    ]
