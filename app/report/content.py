"""The advice report's contents as HTML for QTextDocument, built only from escaped text.

Order (issue #9): title, case, date, author; the situation; weights and must
marks; the ranked list; the top three explained; the decision; how firm the
advice is (``firmness_html``); the methods side by side when the comparison view
is open; the workshop group when there is one; sources.
Every case and catalogue string passes through ``html.escape``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from advisor.case import Case
from advisor.context import CRITERIA, DEFAULT_WEIGHTS
from advisor.group import GroupAdvice
from advisor.matcher import RankedMethod
from advisor.messages import criterion_label, render, render_rank_range
from advisor.robust import RobustAdvice
from app.report.comparison import comparison_section
from app.report.firmness import firmness_section, group_section, text_html
from app.report.situation import situation_lines

Tr = Callable[[str], str]
TOP = 3
STRONG, WEAK = 0.75, 0.5
REPORT_TITLE = "Adviesrapport Methodewijzer"
SOURCE = ("MOVISIE (2011). Verkenning actief burgerschap: methoden die actief burgerschap stimuleren. "
          "Utrecht: MOVISIE.")
ATTACHMENT_NOTE = ("De casus zit als bijlage in dit PDF-bestand en kan in Methodewijzer worden geïmporteerd "
                   "(Bestand → Importeren…).")

STYLE = """
body { font-family: 'DejaVu Sans', Arial, sans-serif; font-size: 10pt; }
h1 { font-size: 18pt; margin-bottom: 2pt; }
h2 { font-size: 13pt; margin-top: 14pt; }
h3 { font-size: 11pt; margin-top: 10pt; }
table.grid { border-collapse: collapse; }
table.grid td, table.grid th { border: 1px solid #777; padding: 3px; }
th { background-color: #e8e8e8; text-align: left; }
p.note { color: #444; }
"""


@dataclass(frozen=True)
class ReportInput:
    case: Case
    results: tuple[RankedMethod, ...]
    method_names: dict[str, str]
    app_version: str
    catalogue_version: str
    author: str = ""
    printed: str = ""
    robust: RobustAdvice | None = None  # robust.methods[i] belongs to results[i]
    group: GroupAdvice | None = None  # the workshop group, when the case has one
    compared: tuple[str, ...] = ()  # methods side by side in the window's comparison view, when it is open
    compared_from: tuple[RankedMethod, ...] = ()  # the group's ranking they come from; else ``results``
    compared_by_group: bool = False


_e = text_html


def _table(header: list[str], rows: list[list[str]], widths: list[int] | None = None) -> str:
    cols = "".join(f"<th width='{w}%'>{h}</th>" if widths else f"<th>{h}</th>"
                   for h, w in zip(header, widths or [0] * len(header), strict=True))
    body = "".join("<tr>" + "".join(f"<td valign='top'>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table class='grid' width='100%' cellspacing='0' cellpadding='3'><tr>{cols}</tr>{body}</table>"


def _head(r: ReportInput, tr: Tr) -> str:
    when = r.printed or datetime.now().strftime("%d-%m-%Y %H:%M")
    lines = [f"<h1>{_e(tr(REPORT_TITLE))}</h1>",
             f"<p><b>{_e(tr('Casus'))}:</b> {_e(r.case.name)}<br/>",
             f"<b>{_e(tr('Datum'))}:</b> {_e(when)}"]
    if r.author:
        lines.append(f"<br/><b>{_e(tr('Opgesteld door'))}:</b> {_e(r.author)}")
    lines.append("</p>")
    return "".join(lines)


def _situation(r: ReportInput, tr: Tr) -> str:
    items = "".join(f"<li>{_e(line)}</li>" for line in situation_lines(r.case.context))
    notes = f"<h3>{_e(tr('Aantekeningen'))}</h3><p>{_e(r.case.notes)}</p>" if r.case.notes else ""
    return f"<h2>{_e(tr('De situatie'))}</h2><ul>{items}</ul>{notes}"


def _weights(r: ReportInput, tr: Tr) -> str:
    ctx, kept = r.case.context, r.case.defaults_kept()
    rows = [[_e(tr(criterion_label(c))), f"{ctx.weights[c]:g}", _e(tr("ja") if c in ctx.must else ""),
             _e(tr("standaard") if ctx.weights[c] == DEFAULT_WEIGHTS[c]
                else tr("aangepast (standaard {0})").format(f"{DEFAULT_WEIGHTS[c]:g}"))]
            for c in CRITERIA]
    summary = (tr("Op de standaard gelaten (gewicht niet veranderd, geen harde eis): {0}.")
               .format(", ".join(tr(criterion_label(c)) for c in kept) or tr("geen")))
    return (f"<h2>{_e(tr('Gewichten en harde eisen'))}</h2><p>{_e(summary)}</p>"
            + _table([_e(tr("Criterium")), _e(tr("Gewicht")), _e(tr("Moet")), _e(tr("Instelling"))], rows,
                     [34, 14, 12, 40]))


def _ranking(r: ReportInput, tr: Tr) -> str:
    rows = []
    firm = r.robust.methods if r.robust is not None else [None] * len(r.results)
    for m, f in zip(r.results, firm, strict=True):
        rows.append([str(m.rank), _e(m.method.name), f"{m.score:.0f}", f"{m.confidence:.0%}",
                     _e(render_rank_range(f.rank_range, translate=tr) if f else "—")])
    return (f"<h2>{_e(tr('Methoden op volgorde'))}</h2>"
            + _table([_e(tr("Plaats")), _e(tr("Methode")), _e(tr("Score")), _e(tr("Zekerheid")),
                      _e(tr("Bereik van de plaats"))], rows, [9, 51, 11, 13, 16]))


def _explained(m: RankedMethod, tr: Tr) -> str:
    rows = [[_e(tr(criterion_label(c.criterion))), f"{c.weight:g}",
             "?" if c.score.match is None else f"{c.score.match:.2f}", f"+{c.contribution:.1f}",
             _e(render(c.score, tr))] for c in m.criteria]
    out = [f"<h3>{m.rank}. {_e(m.method.name)} (§ {_e(m.method.section)}) — {_e(tr('score'))} {m.score:.0f}</h3>"]
    if rows:
        out.append(_table([_e(tr("Criterium")), _e(tr("Gewicht")), _e(tr("Match")), _e(tr("Bijdrage")),
                           _e(tr("Reden"))], rows, [18, 12, 9, 12, 49]))
    strong = [c for c in m.criteria if c.score.match is not None and c.score.match >= STRONG]
    weak = [c for c in m.criteria if c.score.match is None or c.score.match < WEAK]
    for title, chosen in ((tr("Sterke punten"), strong), (tr("Zwakke punten en onbekenden"), weak)):
        items = "".join(f"<li>{_e(tr(criterion_label(c.criterion)))}: {_e(render(c.score, tr))}</li>"
                        for c in chosen) or f"<li>{_e(tr('geen'))}</li>"
        out.append(f"<p><b>{_e(title)}</b></p><ul>{items}</ul>")
    if m.caveats:
        out.append(f"<p><b>{_e(tr('Let op'))}</b></p><ul>" + "".join(
            f"<li><b>{_e(k.title)}</b> (§ {_e(k.section)}): {_e(' '.join(k.text.split()))}</li>"
            for k in m.caveats) + "</ul>")
    return "".join(out)


def _decision(r: ReportInput, tr: Tr) -> str:
    case = r.case
    if case.decision_id is None:
        return ""
    name = r.method_names.get(case.decision_id, case.decision_id)
    reason = f"<br/><b>{_e(tr('Reden'))}:</b> {_e(case.decision_reason)}" if case.decision_reason else ""
    return f"<h2>{_e(tr('Besluit'))}</h2><p><b>{_e(tr('Gekozen methode'))}:</b> {_e(name)}{reason}</p>"


def firmness_html(r: ReportInput, tr: Tr) -> str:
    """How firm the advice is (margin, clear winner or tier, what-if, stability, complement)."""
    return firmness_section(r.robust, tr)


def _sources(r: ReportInput, tr: Tr) -> str:
    sections = sorted({m.method.section for m in r.results[:TOP]}
                      | {k.section for m in r.results[:TOP] for k in m.caveats},
                      key=lambda s: tuple(int(p) if p.isdigit() else 0 for p in s.split(".")))
    return (f"<h2>{_e(tr('Bronnen'))}</h2><p>{_e(SOURCE)}<br/>{_e(tr('Gebruikte paragrafen'))}: "
            f"{_e(', '.join('§ ' + s for s in sections) or tr('geen'))}</p>"
            f"<p class='note'>{_e(_versions(r, tr))}</p>"
            f"<p class='note'>{_e(tr(ATTACHMENT_NOTE))}</p>")


def _versions(r: ReportInput, tr: Tr) -> str:
    now = tr("Gemaakt met Methodewijzer {0}, catalogusversie {1}.").format(r.app_version, r.catalogue_version)
    if not r.case.modified:
        return now + " " + tr("De casus is (nog) niet opgeslagen.")
    return now + " " + tr("Casus laatst opgeslagen op {0} met Methodewijzer {1}, catalogusversie {2}.").format(
        r.case.modified[:16].replace("T", " "), r.case.app_version, r.case.catalogue_version)


def report_html(r: ReportInput, tr: Tr = str) -> str:
    parts = [_head(r, tr), _situation(r, tr), _weights(r, tr), _ranking(r, tr),
             f"<h2>{_e(tr('De eerste drie toegelicht'))}</h2>",
             *(_explained(m, tr) for m in r.results[:TOP]),
             _decision(r, tr), firmness_html(r, tr), comparison_section(r.compared_from or r.results, r.compared, tr,
                                                                   r.compared_by_group),
             group_section(r.group, r.method_names, tr, _table),
             _sources(r, tr)]
    return "<html><body>" + "".join(parts) + "</body></html>"
