"""Methods and knowledge items made from plain table rows, whoever read the rows.

``db.storage`` reads the rows through SQLAlchemy, ``db.quick_read`` with the
standard library's sqlite3 on a second start (before SQLAlchemy is loaded);
both hand them here, so the two reads cannot build different methods.
A row is a mapping of column name to value; lists come grouped by method
(or item) id, in position order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping

from advisor.model import (
    Amount,
    Basis,
    Budget,
    Duration,
    Involved,
    KnowledgeItem,
    Method,
    Publication,
    Study,
    TermSet,
)
from advisor.sheet import section_key

# The tables holding a method's lists, each with method_id and position columns.
STEPS, ORGANISATIONS, WEB = "method_steps", "method_organisations", "method_web_addresses"
INVOLVED, PUBLICATIONS, STUDIES = "method_involved", "method_publications", "method_studies"
AMOUNTS = "method_budget_amounts"
LIST_TABLES = (STEPS, ORGANISATIONS, WEB, INVOLVED, PUBLICATIONS, STUDIES, AMOUNTS)

Grouped = Mapping[str, list[dict]]


def grouped(rows: Iterable[Mapping], key: str = "method_id") -> dict[str, list[dict]]:
    """Rows (ordered by *key*, then position) as lists per *key*."""
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        groups[row[key]].append(dict(row))
    return groups


def _strip(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k not in ("method_id", "position")} for r in rows]


def methods_from_rows(method_rows: Iterable[Mapping], lists: Mapping[str, Grouped],
                      term_rows: Iterable[Mapping], basis_rows: Iterable[Mapping]) -> list[Method]:
    """Every method, in report order; *term_rows* ordered by method_id, attribute and position."""
    terms: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in term_rows:
        terms[(row["method_id"], row["attribute"])].append(row["term"])
    bases = {(r["method_id"], r["attribute"]): Basis(r["basis"], r["reason"]) for r in basis_rows}
    steps, orgs, web = lists[STEPS], lists[ORGANISATIONS], lists[WEB]
    involved, pubs, studies, amounts = lists[INVOLVED], lists[PUBLICATIONS], lists[STUDIES], lists[AMOUNTS]
    result = []
    for r in method_rows:
        mid = r["id"]

        def termset(attr: str, mid: str = mid) -> TermSet:
            return TermSet(tuple(terms[(mid, attr)]), bases.get((mid, attr), Basis()))

        result.append(Method(
            id=mid, name=r["name"], section=r["section"], category=r["category"],
            subcategory=r["subcategory"], summary=r["summary"], target_group=r["target_group"],
            goal=r["goal"], approach=r["approach"],
            approach_steps=tuple(x["text"] for x in steps.get(mid, ())),
            developer=r["developer"], organisations=tuple(x["name"] for x in orgs.get(mid, ())),
            involved=tuple(Involved(**x) for x in _strip(involved.get(mid, []))),
            handbook=r["handbook"], handbook_note=r["handbook_note"],
            web=tuple(x["address"] for x in web.get(mid, ())),
            publications=tuple(Publication(**x) for x in _strip(pubs.get(mid, []))),
            evidence=r["evidence"], evidence_basis=Basis(r["evidence_basis"], r["evidence_reason"]),
            studies=tuple(Study(**x) for x in _strip(studies.get(mid, []))),
            settings=termset("settings"), target_groups=termset("target_groups"),
            goals=termset("goals"), production_power=r["production_power"],
            production_power_basis=bases.get((mid, "production_power"), Basis()),
            professional_role=termset("professional_role"),
            budget=Budget(r["budget_class"], bases.get((mid, "budget"), Basis()),
                          tuple(Amount(**x) for x in _strip(amounts.get(mid, [])))),
            duration=Duration(r["duration_months"], bases.get((mid, "duration"), Basis())),
            origin=r["origin"], catalogue_version=r["catalogue_version"],
            author=r["author"], created=r["created"], modified=r["modified"],
        ))
    return sorted(result, key=method_order)


def method_order(method: Method) -> tuple:
    """Shipped methods in report order, then own methods by name."""
    return (method.is_own, section_key(method.section) if not method.is_own else (), method.name.lower())


def knowledge_from_rows(item_rows: Iterable[Mapping], methods: Grouped, conditions: Grouped) -> list[KnowledgeItem]:
    """Knowledge items in *item_rows*' order (by position); *methods* and *conditions* grouped by item_id."""
    return [
        KnowledgeItem(
            id=r["id"], kind=r["kind"], title=r["title"], section=r["section"], text=r["text"],
            methods=tuple(x["method_id"] for x in methods.get(r["id"], ())),
            when=tuple((x["vocabulary"], x["term"]) for x in conditions.get(r["id"], ())),
        )
        for r in item_rows
    ]
