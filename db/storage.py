"""Moves methods and knowledge between the domain objects and the tables.

Reading fetches each table once and groups rows by method, so loading the
whole catalogue costs a fixed number of queries however large it grows.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import Connection, delete, select

from advisor.model import Basis, KnowledgeItem, Method
from db import schema as s
from db.method_rows import grouped, knowledge_from_rows, methods_from_rows

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
    return grouped(conn.execute(select(table).order_by(table.c[key], table.c.position)).mappings(), key)


def read_methods(conn: Connection) -> list[Method]:
    """Every stored method, in report order."""
    lists = {table.name: _grouped(conn, table) for table in (s.steps, s.organisations, s.web_addresses, s.involved,
                                                              s.publications, s.studies, s.amounts)}
    terms = conn.execute(select(s.terms).order_by(s.terms.c.method_id, s.terms.c.attribute,
                                                  s.terms.c.position)).mappings()
    return methods_from_rows(conn.execute(select(s.methods)).mappings(), lists, terms,
                             conn.execute(select(s.bases)).mappings())


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
    return knowledge_from_rows(conn.execute(select(s.knowledge).order_by(s.knowledge.c.position)).mappings(),
                               _grouped(conn, s.knowledge_methods, "item_id"),
                               _grouped(conn, s.knowledge_conditions, "item_id"))
