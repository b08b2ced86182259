"""Dutch wording for the matcher's reason codes.

The matcher speaks in codes with parameters so that every interface can
phrase them in its own language; this is the Dutch phrasing the CLI uses and
the Qt interface takes as its source text for translation.
"""

from __future__ import annotations

from collections.abc import Callable

from advisor.context import CRITERION_LABELS
from advisor.criteria import CriterionScore
from advisor.sheet import euros, terms
from advisor.vocabulary import label

TEMPLATES = {
    "unknown": "Het rapport geeft hierover niets; neutraal meegeteld.",
    "setting.match": "Past bij uw plaats: {terms}.",
    "setting.near": "Werkt op een naburige schaal ({terms}) in plaats van {wanted}.",
    "setting.miss": "Werkt op een andere schaal: {terms}.",
    "target_group.all": "Richt zich op uw doelgroep: {terms}.",
    "target_group.some": "Bereikt een deel van uw doelgroepen: {terms}{broad}{missing}.",
    "target_group.part": "Richt zich op een deel van alle bewoners: {terms}.",
    "target_group.broad": "Is voor alle bewoners, dus ook voor {broad}, maar niet speciaal op hen gericht{missing}.",
    "target_group.none": "Richt zich op andere doelgroepen: {terms}.",
    "goal.all": "Werkt aan al uw doelen: {terms}.",
    "goal.some": "Werkt aan een deel van uw doelen: {terms}{missing}.",
    "goal.none": "Werkt aan andere doelen: {terms}.",
    "production_power.match": "Productiekracht zoals u wilt: {value}.",
    "production_power.other": "Productiekracht ligt anders: {value}.",
    "budget.fits": "Vraagt ongeveer {need} en dat past binnen uw {budget}.",
    "budget.outside": "Brengt geld van buiten mee (een fonds of prijs); wat u zelf betaalt, past binnen uw {budget}.",
    "budget.outside_unknown_own": "Brengt geld van buiten mee; wat het u zelf kost, is onbekend.",
    "budget.short": "Vraagt meer geld dan u heeft: ongeveer {need} tegen uw {budget}.",
    "duration.fits": "Duurt {months} maanden en past in uw {horizon} maanden.",
    "duration.long": "Duurt {months} maanden, langer dan uw {horizon} maanden.",
    "handbook.yes": "Er is een handboek.",
    "handbook.no": "Er is geen handboek.",
    "research.multiple_studies": "Meerdere studies bekend.",
    "research.evaluated": "Geëvalueerd.",
    "research.descriptive": "Alleen beschrijvend onderzoek bekend.",
    "research.none_known": "Geen onderzoek bekend.",
}
TERM_VOCABULARY = {"setting": "settings", "target_group": "target_groups", "goal": "goals"}


def render(score: CriterionScore, translate: Callable[[str], str] = str) -> str:
    """The sentence for one criterion's reason; *translate* maps the Dutch template to another language."""
    vocabulary = TERM_VOCABULARY.get(score.criterion, "")
    params = dict(score.params)
    for key in ("terms", "missing", "wanted"):
        if key in params:
            params[key] = terms(vocabulary, params[key], translate)
    if "broad" in params:
        broad = terms(vocabulary, params["broad"], translate) if params["broad"] else ""
        params["broad"] = broad if score.reason.endswith(".broad") else (
            f" (en als aanpak voor alle bewoners ook {broad})" if broad else "")
    if "value" in params:
        params["value"] = translate(label("production_power", params["value"]))
    for key in ("need", "budget"):
        if key in params:
            params[key] = euros(params[key])
    if "missing" in params:
        params["missing"] = translate("; niet: {0}").format(params["missing"]) if score.params["missing"] else ""
    return translate(TEMPLATES[score.reason]).format(**params)


def criterion_label(criterion: str) -> str:
    return CRITERION_LABELS[criterion]
