"""Moves cases between the ``cases`` table and ``advisor.case.Case``.

The situation is kept as the case file's JSON for context and weights, so a
case read back is checked by the same code that checks an imported file.
Callers own the transaction: each change is one ``engine.begin()`` block.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import Connection, delete, select

from advisor.case import Case, case_from_dict, group_section
from db import schema as s


def _row(case: Case) -> dict:
    return {
        "name": case.name,
        "context_json": json.dumps({"context": case.context.to_dict(), "weights": dict(case.context.weights),
                                    **({"group": group_section(case.group)} if case.group else {})},
                                   ensure_ascii=False),
        "notes": case.notes, "decision_id": case.decision_id, "decision_reason": case.decision_reason,
        "top_method": case.top_method, "created": case.created, "modified": case.modified,
        "app_version": case.app_version, "catalogue_version": case.catalogue_version,
    }


def _case(row) -> Case:  # noqa: ANN001 - a Row mapping
    situation = json.loads(row["context_json"])
    decision = None if row["decision_id"] is None else {"id": row["decision_id"], "reason": row["decision_reason"]}
    return case_from_dict({**dict(row), **situation, "decision": decision})


def exists(conn: Connection, name: str) -> bool:
    return conn.execute(select(s.cases.c.id).where(s.cases.c.name == name)).first() is not None


def read(conn: Connection, name: str) -> Case | None:
    row = conn.execute(select(s.cases).where(s.cases.c.name == name)).mappings().first()
    return None if row is None else _case(row)


def summaries(conn: Connection) -> list[dict]:
    """Name, modified time and decision of every case, most recently changed first."""
    query = select(s.cases.c.name, s.cases.c.modified, s.cases.c.decision_id) \
        .order_by(s.cases.c.modified.desc(), s.cases.c.name)
    return [{"name": r.name, "modified": r.modified, "decision": r.decision_id} for r in conn.execute(query)]


def insert(conn: Connection, case: Case) -> None:
    """Insert *case*; an existing name raises IntegrityError (the name is unique)."""
    conn.execute(s.cases.insert().values(**_row(case)))


def write(conn: Connection, case: Case) -> None:
    """Insert *case*, replacing one of the same name."""
    conn.execute(delete(s.cases).where(s.cases.c.name == case.name))
    insert(conn, case)


def remove(conn: Connection, name: str) -> bool:
    return conn.execute(delete(s.cases).where(s.cases.c.name == name)).rowcount > 0


def digest(conn: Connection) -> str:
    """A fingerprint of the whole cases table, to show that a refused change changed nothing."""
    h = hashlib.sha256()
    for row in conn.execute(select(s.cases).order_by(s.cases.c.id)):
        h.update(repr(tuple(row)).encode())
    return h.hexdigest()
