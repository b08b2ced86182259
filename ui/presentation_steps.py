"""The six steps a trainer reveals one by one, as escaped HTML for the presentation stage.

1 the situation, 2 the weights, 3 the ranking, 4 the reasons of the top
method, 5 how firm the advice is, 6 the caveats. Built from the advice that
is already on screen; method text is escaped, never read as markup.
"""

from __future__ import annotations

from html import escape

from advisor.context import CRITERIA, DEFAULT_WEIGHTS
from advisor.messages import criterion_label, render, weight_text
from advisor.sheet import terms
from ui.i18n import money, number, percent, tr

STEP_TITLES = ("De situatie", "De gewichten", "De ranglijst", "Waarom de eerste methode",
               "Hoe vast het advies staat", "Waar u op moet letten")
STEPS = len(STEP_TITLES)
RANKING_ROWS = 10


def _e(text: object) -> str:
    return escape(str(text))


def _terms(vocabulary: str, values) -> str:  # noqa: ANN001
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


def _situation(result) -> str:  # noqa: ANN001
    parts = situation_parts(result.advice.context)
    rows = "".join(f"<li><b>{_e(label)}:</b> {_e(value)}</li>" for label, value in parts)
    return f"<ul>{rows}</ul>"


def _weights(result) -> str:  # noqa: ANN001
    ctx = result.advice.context
    rows = "".join(
        f"<tr><td>{_e(tr(criterion_label(c)))}</td><td align='right'>{_e(weight_text(ctx.weights[c]))}</td>"
        f"<td>{'■' * round(ctx.weights[c])}</td><td>{_e(tr('moet') if c in ctx.must else '')}"
        f"{_e('' if ctx.weights[c] == DEFAULT_WEIGHTS[c] else tr('aangepast'))}</td></tr>"
        for c in CRITERIA if ctx.asks(c))
    if not rows:
        return f"<p>{_e(tr('U heeft nog niets over uw situatie opgegeven; alle methoden scoren gelijk.'))}</p>"
    return f"<table cellpadding='6'>{rows}</table>"


def _ranking(result) -> str:  # noqa: ANN001
    rows = "".join(
        f"<tr><td align='right'>{r.rank}</td><td>{_e(r.method.name)}</td>"
        f"<td align='right'>{_e(number(r.score))}</td><td align='right'>{_e(percent(r.confidence))}</td></tr>"
        for r in result.advice.results[:RANKING_ROWS])
    head = (f"<tr><th>#</th><th align='left'>{_e(tr('Methode'))}</th><th>{_e(tr('Score'))}</th>"
            f"<th>{_e(tr('Zekerheid'))}</th></tr>")
    return f"<table cellpadding='6'>{head}{rows}</table>"


def _reasons(result) -> str:  # noqa: ANN001
    if not result.advice.results:
        return f"<p>{_e(tr('Geen methode over.'))}</p>"
    top = result.advice.results[0]
    items = "".join(f"<li><b>{_e(tr(criterion_label(c.criterion)))}</b> (+{_e(number(c.contribution, 1))}): "
                    f"{_e(render(c.score, tr))}</li>" for c in top.criteria)
    return f"<h3>{_e(top.method.name)}</h3><ul>{items}</ul>"


def _firmness(result) -> str:  # noqa: ANN001
    from app.api import firmness_html

    html = firmness_html(result.robust, tr)
    return html.split("</h2>", 1)[-1]  # the step's own title stands above it


def _caveats(result) -> str:  # noqa: ANN001
    if not result.advice.results:
        return ""
    caveats = result.advice.results[0].caveats
    if not caveats:
        return f"<p>{_e(tr('Het rapport noemt geen aandachtspunten bij deze methode.'))}</p>"
    return "<ul>" + "".join(f"<li><b>{_e(k.title)}</b> (§ {_e(k.section)}): {_e(' '.join(k.text.split()))}</li>"
                            for k in caveats) + "</ul>"


BUILDERS = (_situation, _weights, _ranking, _reasons, _firmness, _caveats)


def step_html(step: int, result) -> str:  # noqa: ANN001 - app.api.AdviceWithWhatIf
    """The page for *step* (1–6): its title and what it reveals."""
    title = tr(STEP_TITLES[step - 1])
    return f"<h1>{step}. {_e(title)}</h1>{BUILDERS[step - 1](result)}"
