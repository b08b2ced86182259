"""Moves methods and knowledge between the domain objects and the tables.

Reading fetches each table once and groups rows by method, so loading the
whole catalogue costs a fixed number of queries however large it grows.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, delete, select

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
from db import schema as s

TERM_ATTRIBUTES = ("settings", "target_groups", "goals", "professional_role")
BASIS_ATTRIBUTES = (*TERM_ATTRIBUTES, "production_power", "budget", "duration")


def _basis_of(method: Method, attribute: str) -> Basis:
    if attribute in TERM_ATTRIBUTES:
        return getattr(method, attribute).basis
    return {
        "production_power": method.production_power_basis,
        "budget": method.budget.basis,
        "duration": method.duration.basis,
    }[attribute]


def write_methods(conn: Connection, methods: Iterable[Method], origin: str, version: str) -> None:
    """Insert *methods*; the caller owns the transaction."""
    for m in methods:
        conn.execute(s.methods.insert().values(
            id=m.id, name=m.name, section=m.section, category=m.category, subcategory=m.subcategory,
            summary=m.summary, target_group=m.target_group, goal=m.goal, approach=m.approach,
            developer=m.developer, handbook=m.handbook, handbook_note=m.handbook_note,
            evidence=m.evidence, evidence_basis=m.evidence_basis.basis,
            evidence_reason=m.evidence_basis.reason, production_power=m.production_power,
            budget_class=m.budget.budget_class, duration_months=m.duration.months,
            origin=origin, catalogue_version=version,
            author=m.author, created=m.created, modified=m.modified,
        ))
        children = [
            (s.steps, [{"text": t} for t in m.approach_steps]),
            (s.organisations, [{"name": n} for n in m.organisations]),
            (s.involved, [vars(i) for i in m.involved]),
            (s.web_addresses, [{"address": a} for a in m.web]),
            (s.publications, [vars(p) for p in m.publications]),
            (s.studies, [vars(st) for st in m.studies]),
            (s.amounts, [vars(a) for a in m.budget.amounts]),
        ]
        for table, rows in children:
            if rows:
                conn.execute(table.insert(), [
                    {"method_id": m.id, "position": i, **row} for i, row in enumerate(rows)
                ])
        term_rows = [
            {"method_id": m.id, "attribute": attr, "position": i, "term": term}
            for attr in TERM_ATTRIBUTES
            for i, term in enumerate(getattr(m, attr).values)
        ]
        if m.production_power:
            term_rows.append({"method_id": m.id, "attribute": "production_power", "position": 0,
                              "term": m.production_power})
        if term_rows:
            conn.execute(s.terms.insert(), term_rows)
        conn.execute(s.bases.insert(), [
            {"method_id": m.id, "attribute": attr, **vars(_basis_of(m, attr))}
            for attr in BASIS_ATTRIBUTES
        ])


METHOD_CHILDREN = (s.steps, s.organisations, s.involved, s.web_addresses, s.publications, s.studies, s.amounts,
                   s.terms, s.bases)


def delete_methods(conn: Connection, origin: str, method_id: str | None = None) -> None:
    """Delete the methods of *origin* (one, if *method_id*) and their lists.

    The lists go explicitly rather than by cascade: a schema upgrade runs with foreign keys off.
    """
    chosen = select(s.methods.c.id).where(s.methods.c.origin == origin)
    if method_id is not None:
        chosen = chosen.where(s.methods.c.id == method_id)
    for child in METHOD_CHILDREN:
        conn.execute(delete(child).where(child.c.method_id.in_(chosen)))
    conn.execute(delete(s.methods).where(s.methods.c.id.in_(chosen)))


def method_ids(conn: Connection) -> set[str]:
    return set(conn.execute(select(s.methods.c.id)).scalars())


def _grouped(conn: Connection, table, key: str = "method_id") -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for row in conn.execute(select(table).order_by(table.c[key], table.c.position)).mappings():
        groups[row[key]].append(dict(row))
    return groups


def read_methods(conn: Connection) -> list[Method]:
    """Every stored method, in report order."""
    steps, orgs, web = _grouped(conn, s.steps), _grouped(conn, s.organisations), _grouped(conn, s.web_addresses)
    involved = _grouped(conn, s.involved)
    pubs, studies, amounts = _grouped(conn, s.publications), _grouped(conn, s.studies), _grouped(conn, s.amounts)
    terms: dict[tuple[str, str], list[str]] = defaultdict(list)
    for row in conn.execute(select(s.terms).order_by(s.terms.c.method_id, s.terms.c.attribute,
                                                      s.terms.c.position)):
        terms[(row.method_id, row.attribute)].append(row.term)
    bases = {(r.method_id, r.attribute): Basis(r.basis, r.reason) for r in conn.execute(select(s.bases))}

    def strip(rows: list[dict]) -> list[dict]:
        return [{k: v for k, v in r.items() if k not in ("method_id", "position")} for r in rows]

    result = []
    for r in conn.execute(select(s.methods)).mappings():
        mid = r["id"]

        def termset(attr: str, mid: str = mid) -> TermSet:
            return TermSet(tuple(terms[(mid, attr)]), bases.get((mid, attr), Basis()))

        result.append(Method(
            id=mid, name=r["name"], section=r["section"], category=r["category"],
            subcategory=r["subcategory"], summary=r["summary"], target_group=r["target_group"],
            goal=r["goal"], approach=r["approach"],
            approach_steps=tuple(x["text"] for x in steps[mid]),
            developer=r["developer"], organisations=tuple(x["name"] for x in orgs[mid]),
            involved=tuple(Involved(**x) for x in strip(involved[mid])),
            handbook=r["handbook"], handbook_note=r["handbook_note"],
            web=tuple(x["address"] for x in web[mid]),
            publications=tuple(Publication(**x) for x in strip(pubs[mid])),
            evidence=r["evidence"], evidence_basis=Basis(r["evidence_basis"], r["evidence_reason"]),
            studies=tuple(Study(**x) for x in strip(studies[mid])),
            settings=termset("settings"), target_groups=termset("target_groups"),
            goals=termset("goals"), production_power=r["production_power"],
            production_power_basis=bases.get((mid, "production_power"), Basis()),
            professional_role=termset("professional_role"),
            budget=Budget(r["budget_class"], bases.get((mid, "budget"), Basis()),
                          tuple(Amount(**x) for x in strip(amounts[mid]))),
            duration=Duration(r["duration_months"], bases.get((mid, "duration"), Basis())),
            origin=r["origin"], catalogue_version=r["catalogue_version"],
            author=r["author"], created=r["created"], modified=r["modified"],
        ))
    return sorted(result, key=method_order)


def method_order(method: Method) -> tuple:
    """Shipped methods in report order, then own methods by name."""
    return (method.is_own, section_key(method.section) if not method.is_own else (), method.name.lower())


def write_knowledge(conn: Connection, items: Iterable[KnowledgeItem], origin: str, version: str) -> None:
    for position, item in enumerate(items):
        conn.execute(s.knowledge.insert().values(
            id=item.id, position=position, kind=item.kind, title=item.title, section=item.section,
            text=item.text, origin=origin, catalogue_version=version,
        ))
        if item.methods:
            conn.execute(s.knowledge_methods.insert(), [
                {"item_id": item.id, "position": i, "method_id": m} for i, m in enumerate(item.methods)
            ])
        if item.when:
            conn.execute(s.knowledge_conditions.insert(), [
                {"item_id": item.id, "position": i, "vocabulary": v, "term": t}
                for i, (v, t) in enumerate(item.when)
            ])


def delete_knowledge(conn: Connection, origin: str) -> None:
    chosen = select(s.knowledge.c.id).where(s.knowledge.c.origin == origin)
    for child in (s.knowledge_methods, s.knowledge_conditions):
        conn.execute(delete(child).where(child.c.item_id.in_(chosen)))
    conn.execute(delete(s.knowledge).where(s.knowledge.c.id.in_(chosen)))


def read_knowledge(conn: Connection) -> list[KnowledgeItem]:
    methods = _grouped(conn, s.knowledge_methods, "item_id")
    conditions = _grouped(conn, s.knowledge_conditions, "item_id")
    return [
        KnowledgeItem(
            id=r.id, kind=r.kind, title=r.title, section=r.section, text=r.text,
            methods=tuple(x["method_id"] for x in methods[r.id]),
            when=tuple((x["vocabulary"], x["term"]) for x in conditions[r.id]),
        )
        for r in conn.execute(select(s.knowledge).order_by(s.knowledge.c.position))
    ]
