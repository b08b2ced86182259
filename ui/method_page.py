"""The method detail page as HTML built only from escaped text.

Every catalogue string passes through ``html.escape``; the only links on the
page are the web addresses the catalogue holds (made http/https) and links to
background knowledge that we create ourselves. Nothing a method's text says
can become markup, an image or a link.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from html import escape

from advisor.matcher import Excluded, RankedMethod
from advisor.messages import MONTHS, criterion_label, euros, render
from advisor.model import Method
from advisor.vocabulary import label
from ui.detail_view import KNOWLEDGE_SCHEME
from ui.i18n import number, percent
from ui.i18n import tr as interface_tr

Tr = Callable[..., str]
ADDS_UP = ("De bijdragen per criterium tellen samen op tot de score ({0} van 100). Match is hoe goed de methode "
           "op dat punt past, van 0 tot 1; ? betekent: het rapport zegt er niets over.")


def web_url(address: str) -> str | None:
    """An http(s) URL for an address as the catalogue gives it, or None if it is no web address."""
    address = address.strip()
    lowered = address.lower()
    if lowered.startswith(("http://", "https://")):
        url = address
    elif lowered.startswith("www.") or ("." in address.split("/")[0] and ":" not in address):
        url = "https://" + address
    else:
        return None
    return None if any(c in url for c in " \"'<>\\") else url


LIST_ITEM = re.compile(r"^\s*(?:\d+[.)]|[-•*])\s+")


def text_html(value: str) -> str:
    """Escaped paragraphs; lines that start like '1. ' or '- ' become a list, as an editor wrote them.

    A line after a list item continues that item when it starts in lower case, else it opens a new paragraph.
    """
    blocks: list[tuple[str, list[str]]] = []  # ("p", lines) or ("ol"/"ul", items)
    for paragraph in (p for p in value.split("\n\n") if p.strip()):
        blocks.append(("p", []))
        for line in (x.strip() for x in paragraph.splitlines() if x.strip()):
            kind, items = blocks[-1]
            if LIST_ITEM.match(line):
                tag = "ol" if line[0].isdigit() else "ul"
                if kind != tag:
                    blocks.append((tag, []))
                blocks[-1][1].append(LIST_ITEM.sub("", line, count=1))
            elif kind != "p" and line[:1].islower():
                items[-1] += " " + line
            elif kind != "p":
                blocks.append(("p", [line]))
            else:
                items.append(line)
    out = []
    for kind, items in blocks:
        if kind == "p" and items:
            out.append(f"<p>{escape(' '.join(' '.join(items).split()))}</p>")
        elif items:
            out.append(f"<{kind}>" + "".join(f"<li>{escape(' '.join(i.split()))}</li>" for i in items) + f"</{kind}>")
    return "".join(out)



def _link(address: str) -> str:
    url = web_url(address)
    return f'<a href="{escape(url)}">{escape(address)}</a>' if url else escape(address)


def _terms(vocabulary: str, values: Iterable[str], tr: Tr) -> str:
    return escape(", ".join(tr(label(vocabulary, v)) for v in values) or tr("onbekend"))


def _basis(basis, tr: Tr) -> str:  # noqa: ANN001
    if basis.basis == "assessment":
        return f' <span style="color:#555">({escape(tr("onze lezing"))}: {escape(basis.reason)})</span>'
    return ""


def excluded_html(excluded: Excluded, tr: Tr = interface_tr) -> str:
    """The page of a method a *must* excluded: why, first, then the method as usual."""
    why = tr("Uitgesloten door ‘moet’ bij {0}: {1}").format(tr(criterion_label(excluded.criterion)),
                                                             render(excluded.score, tr))
    page = method_html(excluded.method, None, tr)
    heading_end = page.index("</p>") + len("</p>")
    return page[:heading_end] + f"<p><b>{escape(why)}</b></p>" + page[heading_end:]


def method_html(method: Method, ranked: RankedMethod | None, tr: Tr = interface_tr) -> str:
    h = [f"<h2>{escape(method.name)}</h2>",
         f"<p><b>§ {escape(method.section)}</b> · {escape(tr(label('category', method.category)))}"
         + (f" — {escape(tr(label('subcategory', method.subcategory)))}" if method.subcategory else "") + "</p>"]
    if ranked is not None:
        h.append(_why(ranked, tr))
    h += [f"<h3>{escape(tr('Korte beschrijving'))}</h3>", text_html(method.summary),
          f"<h3>{escape(tr('Doelgroep'))}</h3>", text_html(method.target_group),
          f"<h3>{escape(tr('Doel'))}</h3>", text_html(method.goal),
          f"<h3>{escape(tr('Aanpak'))}</h3>", text_html(method.approach)]
    if method.approach_steps:
        h.append("<ol>" + "".join(f"<li>{escape(s)}</li>" for s in method.approach_steps) + "</ol>")
    h += [f"<h3>{escape(tr('Ontwikkelaar'))}</h3>", text_html(method.developer)]
    h += [f"<h3>{escape(tr('Materiaal'))}</h3>",
          f"<p><b>{escape(tr('Handboek'))}:</b> {escape(tr(label('handbook', method.handbook)))} — "
          f"{escape(method.handbook_note)}</p>"]
    items = []
    for p in method.publications:
        details = ", ".join(x for x in (p.author, str(p.year or ""), p.publisher, p.place) if x)
        items.append(f"<li><i>{escape(p.title)}</i>" + (f" ({escape(details)})" if details else "")
                     + (f" — {_link(p.url)}" if p.url else "") + "</li>")
    items += [f"<li>{_link(a)}</li>" for a in method.web]
    if items:
        h.append("<ul>" + "".join(items) + "</ul>")
    h += [f"<h3>{escape(tr('Onderzoek'))}: {escape(tr(label('evidence', method.evidence)))}</h3>",
          f"<p>{escape(method.evidence_basis.reason)}</p>"]
    if method.studies:
        h.append("<ul>" + "".join(
            f"<li>{escape(s.reference)}" + (f" — {_link(s.url)}" if s.url else "")
            + (text_html(s.findings) if s.findings else "") + "</li>" for s in method.studies) + "</ul>")
    h.append(_attributes(method, tr))
    return "".join(h)


def _why(ranked: RankedMethod, tr: Tr) -> str:
    """One short paragraph per criterion rather than a five-column table: it wraps at any width and font."""
    items = "".join(
        f"<li><b>{escape(tr(criterion_label(c.criterion)))}</b> — "
        + escape(tr("bijdrage +{0} (gewicht {1}, match {2})").format(
            number(c.contribution, 1), number(c.weight),
            "?" if c.score.match is None else number(c.score.match, 2)))
        + f"<br>{escape(render(c.score, tr))}</li>"
        for c in ranked.criteria
    )
    if items:
        out = [f"<h3>{escape(tr('Waarom deze plek'))}: {ranked.rank} — "
               f"{escape(tr('score'))} {number(ranked.score)}, {escape(tr('gegevens bekend'))} "
               f"{percent(ranked.confidence)}</h3>",
               f"<p>{escape(tr(ADDS_UP).format(number(ranked.score)))}</p>", f"<ul>{items}</ul>"]
    else:
        out = [f"<p><i>{escape(tr('Nog geen advies: beschrijf links uw situatie om de methoden te laten scoren.'))}"
               "</i></p>"]
    if ranked.caveats:
        out.append(f"<h3>{escape(tr('Let op'))}</h3><ul>" + "".join(
            f"<li><b>{escape(k.title)}</b> (<a href='{KNOWLEDGE_SCHEME}:{escape(k.id)}'>§ {escape(k.section)}</a>)"
            f": {escape(' '.join(k.text.split()))}</li>" for k in ranked.caveats) + "</ul>")
    return "".join(out)


def _attributes(method: Method, tr: Tr) -> str:
    amounts = "".join(
        f"<li>{escape(a.what)}: {escape(_span(a.min_eur, a.max_eur, tr))} {escape(a.per)} "
        f"({escape(tr(label('money_flow', a.flow)))})</li>" for a in method.budget.amounts)
    months = method.duration.months
    rows = [
        (tr("Plaats"), _terms("settings", method.settings.values, tr) + _basis(method.settings.basis, tr)),
        (tr("Doelgroepen"), _terms("target_groups", method.target_groups.values, tr)
         + _basis(method.target_groups.basis, tr)),
        (tr("Doelen"), _terms("goals", method.goals.values, tr) + _basis(method.goals.basis, tr)),
        (tr("Productiekracht"), escape(tr(label("production_power", method.production_power)))),
        (tr("Rol professional"), _terms("professional_role", method.professional_role.values, tr)
         + _basis(method.professional_role.basis, tr)),
        (tr("Budget"), escape(tr(label("budget_class", method.budget.budget_class))) + _basis(method.budget.basis, tr)
         + (f"<ul>{amounts}</ul>" if amounts else "")),
        (tr("Looptijd"), escape(tr(MONTHS, months) if months else tr("onbekend"))
         + _basis(method.duration.basis, tr)),
    ]
    return (f"<h3>{escape(tr('Kenmerken voor het advies'))}</h3><table cellpadding='2'>"
            + "".join(f"<tr><td valign='top'><b>{escape(k)}</b></td><td>{v}</td></tr>" for k, v in rows)
            + "</table>")


def _span(low: int | None, high: int | None, tr: Tr = interface_tr) -> str:
    money = getattr(tr, "money", euros)
    if low is None and high is None:
        return "?"
    if low is None:
        return tr("tot {0}").format(money(high))
    if high is None or low == high:
        return money(low)
    return f"{money(low)}–{money(high)}"
