"""A professional's situation, and how much each part of it should weigh.

The context is what the user describes; the weights and *must* marks say
what matters most to them. Defaults are chosen so that a newcomer gets sound
advice without touching a slider, and each default says why.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from types import MappingProxyType

from advisor import vocabulary as voc

CRITERIA = ("setting", "target_group", "goal", "production_power", "budget", "duration", "handbook", "research")
CRITERION_LABELS = MappingProxyType({
    "setting": "plaats",
    "target_group": "doelgroep",
    "goal": "doelen",
    "production_power": "productiekracht",
    "budget": "budget",
    "duration": "tijd",
    "handbook": "handboek",
    "research": "onderzoek",
})
MIN_WEIGHT, MAX_WEIGHT = 0, 5

DEFAULT_WEIGHTS = MappingProxyType({
    "setting": 3,
    "target_group": 4,
    "goal": 5,
    "production_power": 3,
    "budget": 3,
    "duration": 2,
    "handbook": 2,
    "research": 2,
})

# Why each default is what it is; shown in the interface next to the weight.
WEIGHT_REASONS = MappingProxyType({
    "setting": "De schaal telt, maar veel methoden zijn over schalen heen toe te passen.",
    "target_group": "Een methode moet de mensen bereiken met wie u werkt.",
    "goal": "Het doel is de reden om een methode te kiezen; daarom het zwaarst.",
    "production_power": "Alle 19 methoden laten de meeste productiekracht bij burgers; het verschil is een kwestie "
                        "van mate.",
    "budget": "Geld is een harde grens, maar het rapport noemt lang niet altijd bedragen.",
    "duration": "Het rapport noemt zelden een looptijd; een zwaar gewicht zou vooral op onbekende gegevens rusten.",
    "handbook": "Een handboek maakt een methode overdraagbaar, maar is vaak onbekend.",
    "research": "Weinig methoden zijn op effect onderzocht (hoofdstuk 5); onderzoek is een pluspunt, geen "
                "voorwaarde.",
})


class ContextError(ValueError):
    """Input that cannot describe a situation; the message lists what is valid."""


@dataclass(frozen=True)
class Context:
    settings: frozenset[str] = frozenset()
    target_groups: frozenset[str] = frozenset()
    goals: frozenset[str] = frozenset()
    production_power: str | None = None
    budget_eur: int | None = None
    months: int | None = None
    require_handbook: bool = False
    require_research: bool = False
    weights: MappingProxyType = field(default_factory=lambda: DEFAULT_WEIGHTS)
    must: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        _check_terms("plaats", self.settings, voc.SETTINGS)
        _check_terms("doelgroep", self.target_groups, voc.TARGET_GROUPS)
        _check_terms("doel", self.goals, voc.GOALS)
        if self.production_power is not None:
            _check_terms("productiekracht", {self.production_power}, voc.PRODUCTION_POWER)
        if self.budget_eur is not None and (isinstance(self.budget_eur, bool) or self.budget_eur < 0):
            raise ContextError(f"Budget moet 0 euro of meer zijn, niet {self.budget_eur}.")
        if self.months is not None and (isinstance(self.months, bool) or not 1 <= self.months <= 600):
            raise ContextError(f"Tijdshorizon moet tussen 1 en 600 maanden liggen, niet {self.months}.")
        unknown = set(self.weights) - set(CRITERIA) | set(self.must) - set(CRITERIA)
        if unknown:
            raise ContextError(f"Onbekend criterium {', '.join(sorted(unknown))}; kies uit {', '.join(CRITERIA)}.")
        merged = {**DEFAULT_WEIGHTS, **self.weights}
        for name, weight in merged.items():
            if isinstance(weight, bool) or not isinstance(weight, int | float) or not \
                    MIN_WEIGHT <= weight <= MAX_WEIGHT:
                raise ContextError(f"Gewicht van {name} moet tussen {MIN_WEIGHT} en {MAX_WEIGHT} liggen, "
                                   f"niet {weight}.")
        object.__setattr__(self, "weights", MappingProxyType(merged))

    def asks(self, criterion: str) -> bool:
        """True when the user said something about *criterion*."""
        return {
            "setting": bool(self.settings),
            "target_group": bool(self.target_groups),
            "goal": bool(self.goals),
            "production_power": self.production_power is not None,
            "budget": self.budget_eur is not None,
            "duration": self.months is not None,
            "handbook": self.require_handbook,
            "research": self.require_research,
        }[criterion]

    def with_weight(self, criterion: str, weight: float) -> Context:
        return replace(self, weights=MappingProxyType({**self.weights, criterion: weight}))

    def to_dict(self) -> dict:
        return {
            "settings": sorted(self.settings), "target_groups": sorted(self.target_groups),
            "goals": sorted(self.goals), "production_power": self.production_power,
            "budget_eur": self.budget_eur, "months": self.months,
            "require_handbook": self.require_handbook, "require_research": self.require_research,
            "must": sorted(self.must),
        }


def _check_terms(what: str, values, vocabulary) -> None:
    wrong = [v for v in values if v not in vocabulary]
    if wrong:
        raise ContextError(f"Onbekende {what} '{wrong[0]}'; geldige waarden: {', '.join(vocabulary)}.")
