"""What each of the six steps of presentation mode reveals of the real window, and the bar above it.

1 the situation, 2 the weights, 3 the ranking, 4 the reasons of the top
method, 5 how firm the advice is, 6 the caveats. The situation and the
weights are lines in the bar that replaces the context panel; the later
steps show the window's own list and method page, scrolled to the part
that step is about.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor.context import CRITERIA
from ui.i18n import money, tr

STEP_TITLES = ("De situatie", "De gewichten", "De ranglijst", "Waarom de eerste methode",
               "Hoe vast het advies staat", "Waar u op moet letten")
STEPS = len(STEP_TITLES)


@dataclass(frozen=True)
class Reveal:
    """Which parts of the window one step shows, and where the method page is scrolled to."""

    weights: bool  # the weights line in the bar
    ranking: bool  # the ranked list
    page: bool  # the top method's page
    firmness: bool  # the tier and what-if lines above the list
    page_part: str  # "" (the top: name, then the reasons), "firmness" or "caveats"


REVEALS = (
    Reveal(weights=False, ranking=False, page=False, firmness=False, page_part=""),
    Reveal(weights=True, ranking=False, page=False, firmness=False, page_part=""),
    Reveal(weights=True, ranking=True, page=False, firmness=False, page_part=""),
    Reveal(weights=True, ranking=True, page=True, firmness=False, page_part=""),
    Reveal(weights=True, ranking=True, page=True, firmness=True, page_part="firmness"),
    Reveal(weights=True, ranking=True, page=True, firmness=True, page_part="caveats"),
)


def _terms(vocabulary: str, values) -> str:  # noqa: ANN001
    from advisor.sheet import terms  # the advice's wording loads after the window's first frame

    return terms(vocabulary, sorted(values), tr, empty="niets opgegeven")


def situation_parts(context) -> list[tuple[str, str]]:  # noqa: ANN001 - advisor.context.Context
    """(label, value) per part of the situation, in the interface language."""
    return [
        (tr("Plaats"), _terms("settings", context.settings)),
        (tr("Doelgroep"), _terms("target_groups", context.target_groups)),
        (tr("Doelen"), _terms("goals", context.goals)),
        (tr("Budget"), tr("onbekend") if context.budget_eur is None else money(context.budget_eur)),
        (tr("Tijdshorizon"), tr("onbekend") if context.months is None
         else tr("%n maand(en)", context.months)),
    ]


def summary_line(context) -> str:  # noqa: ANN001
    """The situation on one line, for the bar that replaces the context panel."""
    return " · ".join(f"{label}: {value}" for label, value in situation_parts(context))


def weights_line(context, group_size: int = 0) -> str:  # noqa: ANN001
    """The weights that rank the list (the group's mean when *group_size*), with the must marks, on one line."""
    from advisor.messages import criterion_label, weight_text

    parts = [f"{tr(criterion_label(c))} {weight_text(context.weights[c])}"
             + (f" ({tr('moet')})" if c in context.must else "") for c in CRITERIA if context.asks(c)]
    if not parts:
        return tr("U heeft nog niets over uw situatie opgegeven; alle methoden scoren gelijk.")
    label = tr("Gewichten van de groep (gemiddelde van %n deelnemer(s))", group_size) if group_size \
        else tr("Gewichten")
    return f"{label}: " + " · ".join(parts)


def _firmness_lines(result) -> list[str]:  # noqa: ANN001 - app.api.AdviceWithWhatIf
    """The top method page's lines on how firm its place is, in the order the page prints them."""
    from advisor.messages import render_complement, render_points
    from ui.method_page import robust_page

    top = result.advice.results[0].method.id
    robust = robust_page(result, top)
    if robust is None:
        return []
    firm = robust.firmness
    lines = [render_points(key, points, tr) for key, points in (("strengths", firm.strengths),
                                                                   ("weaknesses", firm.weaknesses)) if points]
    if robust.complement is not None:
        lines.append(render_complement(robust.complement, tr))
    return lines


def part_position(document, part: str, result) -> float | None:  # noqa: ANN001 - QTextDocument, advice
    """Where *part* ("firmness", "caveats") of the top method's page begins (document y), or None."""
    if not part or result is None or not result.advice.results:
        return None
    wanted = {"caveats": [tr("Let op")], "firmness": _firmness_lines(result)}[part]
    for text in wanted:
        found = document.find(text)
        if not found.isNull():
            return document.documentLayout().blockBoundingRect(found.block()).top()
    return None
