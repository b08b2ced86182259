"""Dutch wording for the matcher's reason codes.

The matcher speaks in codes with parameters so that every interface can
phrase them in its own language; this is the Dutch phrasing the CLI uses and
the Qt interface takes as its source text for translation.

A translate hook takes the Dutch text and, for a plural, the count:
``translate("%n maand(en)", 1)``, as Qt's ``tr(text, n)`` does; ``dutch`` is the
hook that speaks Dutch without any translation installed. A hook may carry a
``money`` attribute that writes an amount in its language (€ 2.500 / € 2,500).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from advisor.context import CRITERION_LABELS
from advisor.criteria import CriterionScore
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
    "duration.fits": "Duurt {months} en past in uw {horizon}.",
    "duration.long": "Duurt {months}, langer dan uw {horizon}.",
    "handbook.yes": "Er is een handboek.",
    "handbook.no": "Er is geen handboek.",
    "research.multiple_studies": "Meerdere studies bekend.",
    "research.evaluated": "Geëvalueerd.",
    "research.descriptive": "Alleen beschrijvend onderzoek bekend.",
    "research.none_known": "Geen onderzoek bekend.",
}
TERM_VOCABULARY = {"setting": "settings", "target_group": "target_groups", "goal": "goals"}
MONTHS = "%n maand(en)"
# Dutch singular and plural of the texts that name a count; Qt's numerus forms carry the same in .ts files.
DUTCH_PLURALS = {
    MONTHS: ("%n maand", "%n maanden"),
    "maand(en)": ("maand", "maanden"),
    "%n methode(n) gevonden voor ‘{0}’": ("%n methode gevonden voor ‘{0}’", "%n methoden gevonden voor ‘{0}’"),
    "%n methode(n) geladen. Zoekindex voorbereiden…": ("%n methode geladen. Zoekindex voorbereiden…",
                                                        "%n methoden geladen. Zoekindex voorbereiden…"),
    "%n methode(n) uitgesloten door ‘moet’; grijs onderaan de lijst, met de reden.": (
        "%n methode uitgesloten door ‘moet’; grijs onderaan de lijst, met de reden.",
        "%n methoden uitgesloten door ‘moet’; grijs onderaan de lijst, met de reden."),
}
Translate = Callable[..., str]


def dutch(text: str, n: int = -1) -> str:
    """The Dutch text itself, in the singular or plural form that *n* asks for."""
    if n < 0 or text not in DUTCH_PLURALS:
        return text
    return DUTCH_PLURALS[text][0 if n == 1 else 1].replace("%n", str(n))


def euros(amount: float) -> str:
    return "€ " + f"{round(amount):,}".replace(",", ".")


def _terms(vocabulary: str, values: Iterable[str], translate: Translate = dutch) -> str:
    return ", ".join(translate(label(vocabulary, v)) for v in values) or "—"


def render(score: CriterionScore, translate: Translate = dutch) -> str:
    """The sentence for one criterion's reason; *translate* maps the Dutch template to another language."""
    vocabulary = TERM_VOCABULARY.get(score.criterion, "")
    params = dict(score.params)
    for key in ("terms", "missing", "wanted"):
        if key in params:
            params[key] = _terms(vocabulary, params[key], translate)
    if "broad" in params:
        broad = _terms(vocabulary, params["broad"], translate) if params["broad"] else ""
        params["broad"] = broad if score.reason.endswith(".broad") else (
            translate(" (en als aanpak voor alle bewoners ook {0})").format(broad) if broad else "")
    if "value" in params:
        params["value"] = translate(label("production_power", params["value"]))
    money = getattr(translate, "money", euros)
    for key in ("need", "budget"):
        if key in params:
            params[key] = money(params[key])
    for key in ("months", "horizon"):
        if key in params:
            params[key] = translate(MONTHS, params[key])
    if "missing" in params:
        params["missing"] = translate("; niet: {0}").format(params["missing"]) if score.params["missing"] else ""
    return translate(TEMPLATES[score.reason]).format(**params)


def criterion_label(criterion: str) -> str:
    return CRITERION_LABELS[criterion]
