"""Two or three methods side by side, as escaped HTML: the comparison view and its section in the report.

One builder serves the window's comparison view and the printed report, so
what the trainer shows is what goes on paper. Per criterion each method's
match (a small bar that grows with the font), contribution and reason; the
score and certainty at the bottom; the strongest difference said in words.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape

from advisor.matcher import RankedMethod
from advisor.messages import criterion_label, render

Tr = Callable[[str], str]
BAR_CELLS = 10


def plain_number(value: float, decimals: int = 0) -> str:
    return f"{value:.{decimals}f}"


def plain_percent(fraction: float) -> str:
    return f"{fraction:.0%}"


def bar(fraction: float | None) -> str:
    """A small text bar that grows with the font (■■■■□□□□□□); '?' for unknown data."""
    if fraction is None:
        return "?"
    filled = round(max(0.0, min(1.0, fraction)) * BAR_CELLS)
    return "■" * filled + "□" * (BAR_CELLS - filled)


def strongest_difference(ranked: Sequence[RankedMethod]) -> tuple[str, str, str] | None:
    """(leader's name, criterion, other's name) where a method's contribution most exceeds another's."""
    best, found = 0.0, None
    for a in ranked:
        for b in ranked:
            if a is b:
                continue
            for ca, cb in zip(a.criteria, b.criteria, strict=True):
                gap = ca.contribution - cb.contribution
                if gap > best + 1e-9:
                    best, found = gap, (a.method.name, ca.criterion, b.method.name)
    return found


def difference_text(ranked: Sequence[RankedMethod], tr: Tr) -> str:
    difference = strongest_difference(ranked)
    if difference is None:
        return tr("Deze methoden scoren op elk criterium gelijk.")
    leader, criterion, other = difference
    return tr("{0} scoort vooral hoger op {1} dan {2}.").format(leader, tr(criterion_label(criterion)), other)


def comparison_html(ranked: Sequence[RankedMethod], tr: Tr = str,
                    number: Callable[..., str] = plain_number,
                    percent: Callable[[float], str] = plain_percent) -> str:
    """The side-by-side table of two or three ranked methods (all text escaped)."""
    e = escape
    head = "".join(f"<th align='left'>{r.rank}. {e(r.method.name)}</th>" for r in ranked)
    rows = []
    for i, first in enumerate(ranked[0].criteria):
        cells = []
        for r in ranked:
            c = r.criteria[i]
            match = "" if c.score.match is None else number(c.score.match, 2)
            cells.append(f"<td valign='top'><tt>{bar(c.score.match)}</tt> {e(match)} · +{e(number(c.contribution, 1))}"
                         f"<br/>{e(render(c.score, tr))}</td>")
        rows.append(f"<tr><td valign='top'><b>{e(tr(criterion_label(first.criterion)))}</b></td>{''.join(cells)}</tr>")
    score = "".join(f"<td><b>{e(number(r.score))}</b> <tt>{bar(r.score / 100)}</tt></td>" for r in ranked)
    sure = "".join(f"<td>{e(percent(r.confidence))}</td>" for r in ranked)
    rows.append(f"<tr><td><b>{e(tr('Score'))}</b></td>{score}</tr>")
    rows.append(f"<tr><td><b>{e(tr('Zekerheid'))}</b></td>{sure}</tr>")
    return (f"<p><b>{e(difference_text(ranked, tr))}</b></p>"
            f"<table class='grid' border='1' cellspacing='0' cellpadding='6' width='100%'>"
            f"<tr><th align='left'>{e(tr('Criterium'))}</th>{head}</tr>{''.join(rows)}</table>")


def comparison_section(results: Sequence[RankedMethod], compared: Sequence[str], tr: Tr,
                       by_group: bool = False) -> str:
    """The report's section for the methods *compared* (ids), when two or more of them are in *results*."""
    by_id = {r.method.id: r for r in results}
    ranked = [by_id[i] for i in dict.fromkeys(compared) if i in by_id]
    if len(ranked) < 2:
        return ""
    note = f"<p>{escape(tr('Met de gewichten van de groep, zoals in het venster.'))}</p>" if by_group else ""
    return f"<h2>{escape(tr('Methoden naast elkaar'))}</h2>{note}{comparison_html(ranked, tr)}"
