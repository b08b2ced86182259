"""One neutral description of a method, for every place that shows one.

The command line prints it as text, the detail page as escaped HTML, and a
report can print it later; none of them formats a euro amount, a list of
vocabulary terms or a publication on its own. Values stay plain text; a
renderer only decides layout. *translate* maps our Dutch labels to the
interface language; it defaults to leaving them Dutch.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from advisor.model import Basis, Method, Publication
from advisor.plurals import MONTHS, Translate, dutch
from advisor.vocabulary import label

UNKNOWN = "onbekend"
ASSESSMENT = "assessment"


def euros(amount: float | None) -> str:
    """'€ 1.500'; '?' when the amount is not known."""
    return "?" if amount is None else "€ " + f"{round(amount):,}".replace(",", ".")


def amount_span(low: int | None, high: int | None) -> str:
    """A range of euros as it reads best: one amount, 'tot € 500', or '€ 500–€ 1.000'."""
    if low is None and high is None:
        return "?"
    if low is None:
        return f"tot {euros(high)}"
    if high is None or low == high:
        return euros(low)
    return f"{euros(low)}–{euros(high)}"


def terms(vocabulary: str, values: Iterable[str], translate: Translate = str, empty: str = UNKNOWN) -> str:
    """The labels of *values*, comma-separated; *empty* ('onbekend' for a method) when there are none."""
    return ", ".join(translate(label(vocabulary, v)) for v in values) or translate(empty)


def publication_details(publication: Publication) -> str:
    """Author, year, publisher and place, as far as known, comma-separated."""
    p = publication
    return ", ".join(x for x in (p.author, str(p.year or ""), p.publisher, p.place) if x)


def section_key(section: str) -> tuple[int, ...]:
    """Sort key for report sections: '4.1.10' after '4.1.9'; a part that is no number sorts first."""
    return tuple(int(p) if p.isdigit() else 0 for p in section.split("."))


@dataclass(frozen=True)
class Attribute:
    """One row of 'Kenmerken voor het advies': a label, its value, our reading if it is one."""

    label: str
    value: str
    note: str = ""  # the reason, when the value is our assessment rather than the report's
    lines: tuple[str, ...] = ()  # amounts under the budget


@dataclass(frozen=True)
class MethodSheet:
    method: Method
    category: str
    texts: tuple[tuple[str, str], ...]  # (heading, text) in reading order
    handbook: str
    publications: tuple[tuple[Publication, str], ...]  # (publication, its details); see Publication.is_title
    involved: tuple[str, ...]  # "name — role" for each organisation that took part without developing it
    evidence: str
    attributes: tuple[Attribute, ...]


def _note(basis: Basis) -> str:
    return basis.reason if basis.basis == ASSESSMENT else ""


def method_sheet(method: Method, translate: Translate = dutch) -> MethodSheet:
    t, m = translate, method
    category = t(label("category", m.category)) + (f" — {t(label('subcategory', m.subcategory))}"
                                                     if m.subcategory else "")
    amounts = tuple(f"{a.what}: {amount_span(a.min_eur, a.max_eur)} {a.per} ({t(label('money_flow', a.flow))})"
                    for a in m.budget.amounts)
    months = m.duration.months
    attributes = (
        Attribute(t("Plaats"), terms("settings", m.settings.values, t), _note(m.settings.basis)),
        Attribute(t("Doelgroepen"), terms("target_groups", m.target_groups.values, t), _note(m.target_groups.basis)),
        Attribute(t("Doelen"), terms("goals", m.goals.values, t), _note(m.goals.basis)),
        Attribute(t("Productiekracht"), t(label("production_power", m.production_power)),
                  _note(m.production_power_basis)),
        Attribute(t("Rol professional"), terms("professional_role", m.professional_role.values, t),
                  _note(m.professional_role.basis)),
        Attribute(t("Budget"), t(label("budget_class", m.budget.budget_class)), _note(m.budget.basis), amounts),
        Attribute(t("Looptijd"), t(MONTHS, months) if months else t(UNKNOWN), _note(m.duration.basis)),
    )
    return MethodSheet(
        method=m, category=category,
        texts=((t("Korte beschrijving"), m.summary), (t("Doelgroep"), m.target_group), (t("Doel"), m.goal),
               (t("Aanpak"), m.approach)),
        handbook=t(label("handbook", m.handbook)),
        publications=tuple((p, publication_details(p)) for p in m.publications),
        involved=tuple(f"{i.name} — {i.role}" for i in m.involved),
        evidence=t(label("evidence", m.evidence)),
        attributes=attributes,
    )
