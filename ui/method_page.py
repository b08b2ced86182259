"""The method detail page as HTML built only from escaped text.

Every catalogue string passes through ``html.escape``; the only links on the
page are the web addresses the catalogue holds (made http/https) and links to
background knowledge that we create ourselves. Nothing a method's text says
can become markup, an image or a link.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from html import escape

from advisor.matcher import Excluded, RankedMethod
from advisor.messages import criterion_label, render, render_complement, render_points, render_rank_range
from advisor.model import Method, Publication
from advisor.sheet import MethodSheet, method_sheet
from ui.detail_view import KNOWLEDGE_SCHEME
from ui.i18n import number, percent
from ui.i18n import tr as interface_tr

Tr = Callable[..., str]
ADDS_UP = ("De bijdragen per criterium tellen samen op tot de score ({0} van 100). Match is hoe goed de methode "
           "op dat punt past, van 0 tot 1; ? betekent: het rapport zegt er niets over.")


@dataclass(frozen=True)
class RobustPage:
    """How firm one method's place is, for its page: its robustness and, for the top, the complement."""

    firmness: object  # advisor.robust.MethodRobustness
    complement: object | None  # advisor.robust.Complement


def robust_page(result, method_id: str, rank: int | None = None) -> RobustPage | None:  # noqa: ANN001
    """The robust reading of the ranked method *method_id* in *result* (an app.api.AdviceWithWhatIf or None),
    or None when there is none. Given its *rank*, only that place is read, not every place above it."""
    if result is None:
        return None
    methods = result.robust.methods
    if rank is not None and 0 < rank <= len(methods) and methods[rank - 1].method.id == method_id:
        return RobustPage(methods[rank - 1], result.robust.complement if rank == 1 else None)
    for place, firmness in enumerate(methods):
        if firmness.method.id == method_id:
            return RobustPage(firmness, result.robust.complement if place == 0 else None)
    return None


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


def _note(note: str, tr: Tr) -> str:
    return f" <i>({escape(tr('onze lezing'))}: {escape(note)})</i>" if note else ""


# Which changeable fields (advisor.method_document.FIELDS) each part of the page shows, in the sheet's order.
TEXT_FIELDS = (("summary",), ("target_group",), ("goal",), ("approach", "approach_steps"))
ATTRIBUTE_FIELDS = (("settings",), ("target_groups",), ("goals",), ("production_power",), ("professional_role",),
                    ("budget",), ("duration",))


def _local_mark(fields, local, tr: Tr) -> str:  # noqa: ANN001 - field names, the locally changed ones
    """ "(lokaal aangepast)" after a heading whose fields the user changed in this catalogue."""
    return f" <i>({escape(tr('lokaal aangepast'))})</i>" if set(fields) & set(local) else ""


def excluded_html(excluded: Excluded, tr: Tr = interface_tr, local=()) -> str:  # noqa: ANN001 - field names
    """The page of a method a *must* excluded: why, first, then the method as usual."""
    why = tr("Uitgesloten door ‘moet’ bij {0}: {1}").format(tr(criterion_label(excluded.criterion)),
                                                             render(excluded.score, tr))
    page = method_html(excluded.method, None, tr, local=local)
    heading_end = page.index("</p>") + len("</p>")
    return page[:heading_end] + f"<p><b>{escape(why)}</b></p>" + page[heading_end:]


def _title_or_description(publication: Publication) -> str:
    """A title in italics; our description of an unnamed piece as plain text, never as a title."""
    return f"<i>{escape(publication.title)}</i>" if publication.is_title else escape(publication.title)


def method_html(method: Method, ranked: RankedMethod | None, tr: Tr = interface_tr,
                robust: RobustPage | None = None, local=()) -> str:  # noqa: ANN001 - locally changed fields
    return "".join(method_parts(method, ranked, tr, robust, local))


def method_parts(method: Method, ranked: RankedMethod | None, tr: Tr = interface_tr,
                 robust: RobustPage | None = None, local=()) -> tuple[str, str, str]:  # noqa: ANN001
    """The page in three: the heading, what the ranking says (changes with every re-rank), the method."""
    head, rest = method_frame(method, tr, local)
    return head, ranking_part(method, ranked, tr, robust), rest


def ranking_part(method: Method, ranked: RankedMethod | None, tr: Tr = interface_tr,
                 robust: RobustPage | None = None) -> str:
    """What the ranking says about *method*: the part of its page a re-rank changes."""
    return "".join(ranking_pieces(method, ranked, tr, robust))


def ranking_pieces(method: Method, ranked: RankedMethod | None, tr: Tr = interface_tr,
                   robust: RobustPage | None = None) -> tuple[str, str, str]:
    """``ranking_part`` in the pieces a re-rank changes apart (each may be empty): why this place, with its
    numbers (every step); the caveats (only with the situation); how firm the place is."""
    why, caveats = (_why(ranked, tr), _caveats(ranked, tr)) if ranked is not None else ("", "")
    firm = _firmness(robust, tr) if robust is not None and robust.firmness.method.id == method.id else ""
    return why, caveats, firm


def method_frame(method: Method, tr: Tr = interface_tr, local=()) -> tuple[str, str]:  # noqa: ANN001
    """The page's heading and the method itself, around the ranking's part: the same on every re-rank."""
    sheet = method_sheet(method, tr)
    where = f"<b>§ {escape(method.section)}</b> · " if method.section else ""
    head = (f"<h2>{escape(method.name)}{_local_mark(('name',), local, tr)}</h2>"
            f"<p>{where}{escape(sheet.category)}{_local_mark(('category', 'subcategory'), local, tr)}</p>")
    h: list[str] = []
    for (heading, text), fields in zip(sheet.texts, TEXT_FIELDS, strict=True):
        h += [f"<h3>{escape(heading)}{_local_mark(fields, local, tr)}</h3>", text_html(text)]
    if method.approach_steps:
        h.append("<ol>" + "".join(f"<li>{escape(s)}</li>" for s in method.approach_steps) + "</ol>")
    h += [f"<h3>{escape(tr('Ontwikkelaar'))}{_local_mark(('developer', 'organisations', 'involved'), local, tr)}"
          "</h3>", text_html(method.developer)]
    if sheet.involved:
        h.append(f"<p><b>{escape(tr('Betrokken'))}:</b></p><ul>"
                 + "".join(f"<li>{escape(line)}</li>" for line in sheet.involved) + "</ul>")
    h += [f"<h3>{escape(tr('Materiaal'))}"
          f"{_local_mark(('handbook', 'handbook_note', 'web', 'publications'), local, tr)}</h3>",
          f"<p><b>{escape(tr('Handboek'))}:</b> {escape(sheet.handbook)} — {escape(method.handbook_note)}</p>"]
    items = [f"<li>{_title_or_description(p)}" + (f" ({escape(details)})" if details else "")
             + (f" — {_link(p.url)}" if p.url else "") + "</li>" for p, details in sheet.publications]
    items += [f"<li>{_link(a)}</li>" for a in method.web]
    if items:
        h.append("<ul>" + "".join(items) + "</ul>")
    h += [f"<h3>{escape(tr('Onderzoek'))}: {escape(sheet.evidence)}"
          f"{_local_mark(('evidence', 'evidence_reason', 'studies'), local, tr)}</h3>",
          f"<p>{escape(method.evidence_basis.reason)}</p>"]
    if method.studies:
        h.append("<ul>" + "".join(
            f"<li>{escape(s.reference)}" + (f" — {_link(s.url)}" if s.url else "")
            + (text_html(s.findings) if s.findings else "") + "</li>" for s in method.studies) + "</ul>")
    h.append(_attributes(sheet, tr, local))
    return head, "".join(h)


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
    return "".join(out)


def _caveats(ranked: RankedMethod, tr: Tr) -> str:
    if not ranked.caveats:
        return ""
    return f"<h3>{escape(tr('Let op'))}</h3><ul>" + "".join(
        f"<li><b>{escape(k.title)}</b> (<a href='{KNOWLEDGE_SCHEME}:{escape(k.id)}'>§ {escape(k.section)}</a>)"
        f": {escape(' '.join(k.text.split()))}</li>" for k in ranked.caveats) + "</ul>"


def _firmness(robust: RobustPage, tr: Tr) -> str:
    """Strong and weak points, the rank range when unknown data widens it, and the complement."""
    firm, lines = robust.firmness, []
    for key, points in (("strengths", firm.strengths), ("weaknesses", firm.weaknesses)):
        if points:
            lines.append(render_points(key, points, tr))
    if firm.rank_range.wide:
        lines.append(render_rank_range(firm.rank_range, firm.unknown, tr, why=True))
    if robust.complement is not None:
        lines.append(render_complement(robust.complement, tr))
    return "".join(f"<p>{escape(line)}</p>" for line in lines)


def _attributes(sheet: MethodSheet, tr: Tr, local=()) -> str:  # noqa: ANN001 - locally changed fields
    rows = "".join(
        f"<tr><td valign='top'><b>{escape(row.label)}</b>{_local_mark(fields, local, tr)}</td>"
        f"<td>{escape(row.value)}{_note(row.note, tr)}"
        + ("<ul>" + "".join(f"<li>{escape(line)}</li>" for line in row.lines) + "</ul>" if row.lines else "")
        + "</td></tr>" for row, fields in zip(sheet.attributes, ATTRIBUTE_FIELDS, strict=True))
    return f"<h3>{escape(tr('Kenmerken voor het advies'))}</h3><table cellpadding='2'>{rows}</table>"
