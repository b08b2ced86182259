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
from advisor.plurals import DUTCH_PLURALS, MONTHS, Translate, dutch  # noqa: F401 - re-exported
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
def render(score: CriterionScore, translate: Translate = dutch) -> str:
    """The sentence for one criterion's reason; *translate* maps the Dutch template to another language."""
    vocabulary = TERM_VOCABULARY.get(score.criterion, "")
    params = dict(score.params)
    for key in ("terms", "missing", "wanted"):
        if key in params:
            params[key] = terms(vocabulary, params[key], translate)
    if "broad" in params:
        broad = terms(vocabulary, params["broad"], translate) if params["broad"] else ""
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


# Lines about how firm the advice is (advisor.robust); the numbers are weights or places.
LINES = {
    "rank_range": "plaats {best} tot {worst}",
    "rank_range.why": "Het rapport zegt niets over {criteria}; daardoor kan deze methode op plaats {best} tot "
                      "{worst} staan.",
    "rank_range.others": "Onbekende gegevens van andere methoden kunnen deze methode op plaats {best} tot {worst} "
                         "zetten.",
    "stability": "{criterion} mag tussen {min} en {max} wegen zonder dat de eerste plaats verandert.",
    "stability.counts": "{criterion} mag elk gewicht boven 0 tot en met {max} krijgen zonder dat de eerste plaats "
                        "verandert.",
    "stability.none": "Bij elk ander gewicht voor {criterion} verandert de eerste plaats.",
    "what_if.lower": "De eerste plaats houdt stand zolang {criterion} minstens {bound} weegt (nu {weight}); "
                     "bij gewicht {new} staat {method} bovenaan.",
    "what_if.higher": "De eerste plaats houdt stand zolang {criterion} hoogstens {bound} weegt (nu {weight}); "
                      "bij gewicht {new} staat {method} bovenaan.",
    "what_if.counts": "De eerste plaats houdt stand zolang {criterion} meetelt (nu {weight}); telt het niet mee, "
                      "dan staat {method} bovenaan.",
    "tier": "Geen duidelijke winnaar: {names} liggen dicht bij elkaar.",
    "strengths": "Sterk: {criteria}.",
    "weaknesses": "Zwak: {criteria}.",
    "complement": "{method} vult aan waar {top} zwak is ({criteria}); methoden combineren is onze suggestie, "
                  "niet die van het rapport.",
    "and": "{0} en {1}",
    "and_others": "{0} en {1} andere",
}
MAX_NAMES = 5


def weight_text(weight: float) -> str:
    """A weight the Dutch way: 1,5 and 5, never 5,00."""
    return f"{weight:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def enumerate_nl(items: list[str], translate: Callable[[str], str] = str, limit: int = MAX_NAMES) -> str:
    """'a, b en c'; beyond *limit* items 'a, …, e en 3 andere'."""
    if len(items) > limit:
        return translate(LINES["and_others"]).format(", ".join(items[:limit]), len(items) - limit)
    if len(items) < 2:
        return "".join(items)
    return translate(LINES["and"]).format(", ".join(items[:-1]), items[-1])


def criteria_text(criteria: Iterable[str], translate: Callable[[str], str] = str) -> str:
    return enumerate_nl([translate(criterion_label(c)) for c in criteria], translate, limit=len(CRITERION_LABELS))


def _line(key: str, translate: Callable[[str], str], **params) -> str:
    text = translate(LINES[key]).format(**params)
    return text[:1].upper() + text[1:]


def render_rank_range(rank_range, unknown: Iterable[str] = (), translate: Callable[[str], str] = str,
                      why: bool = False) -> str:  # noqa: ANN001 - advisor.robust.RankRange
    """'plaats 2 tot 7', or with *why* the sentence naming the unknown data behind it."""
    params = {"best": rank_range.best, "worst": rank_range.worst}
    if not why:
        return translate(LINES["rank_range"]).format(**params)
    unknown = list(unknown)
    if unknown:
        return _line("rank_range.why", translate, criteria=criteria_text(unknown, translate), **params)
    return _line("rank_range.others", translate, **params)


def render_stability(stability, translate: Callable[[str], str] = str) -> str:  # noqa: ANN001 - Stability
    label = translate(criterion_label(stability.criterion))
    if stability.min == stability.max:
        return _line("stability.none", translate, criterion=label)
    if stability.exact_min == 0 and not stability.min_holds:
        return _line("stability.counts", translate, criterion=label, max=weight_text(stability.max))
    return _line("stability", translate, criterion=label, min=weight_text(stability.min),
                 max=weight_text(stability.max))


def render_what_if(what_if, translate: Callable[[str], str] = str) -> str:  # noqa: ANN001 - advisor.whatif.WhatIf
    """The what-if as a fact about the ranking, not as advice to weigh differently."""
    interval = what_if.interval
    key = "what_if.lower" if what_if.side < 0 else "what_if.higher"
    if what_if.side < 0 and what_if.new_weight == 0 and interval is not None and interval.exact_min == 0:
        key = "what_if.counts"
    return _line(key, translate, criterion=translate(criterion_label(what_if.criterion)),
                 bound=weight_text(what_if.bound), weight=weight_text(what_if.old_weight),
                 new=weight_text(what_if.new_weight), method=what_if.method.name)


def render_tier(methods, translate: Callable[[str], str] = str) -> str:  # noqa: ANN001 - advisor.model.Method
    return _line("tier", translate, names=enumerate_nl([m.name for m in methods], translate))


def render_points(key: str, points, translate: Callable[[str], str] = str) -> str:  # noqa: ANN001 - robust.Point
    """'Sterk: budget en onderzoek.' for key 'strengths' or 'weaknesses'."""
    return _line(key, translate, criteria=criteria_text([p.criterion for p in points], translate))


def render_complement(complement, translate: Callable[[str], str] = str) -> str:  # noqa: ANN001 - robust.Complement
    return _line("complement", translate, method=complement.method.name, top=complement.top.name,
                 criteria=criteria_text(complement.covers, translate))


def did_you_mean(candidates: Iterable[str], translate: Callable[[str], str] = str) -> str:
    """' Bedoelt u: a, b?' after a message about an unknown name, or '' when nothing comes close."""
    candidates = list(candidates)
    return " " + translate("Bedoelt u: {0}?").format(", ".join(candidates)) if candidates else ""
