"""Moves cases between the ``cases`` table and ``advisor.case.Case``.

The situation is kept as the case file's JSON for context and weights, so a
case read back is checked by the same code that checks an imported file.
Callers own the transaction: each change is one ``engine.begin()`` block.
Each case has an owner (the database user, or the OS user on SQLite), a
``shared`` mark and a version; a replacement names the version it started
from and is refused (``VersionConflict``) when another desk saved in between.
"""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import Connection, delete, or_, select, update

from advisor.case import Case, case_from_dict, group_section
from db import schema as s
from db.record_log import CASE, VersionConflict


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


def info(conn: Connection, name: str) -> dict | None:
    """Owner, shared mark and version of the case called *name*."""
    c = s.cases.c
    row = conn.execute(select(c.owner, c.shared, c.version).where(c.name == name)).first()
    return None if row is None else {"owner": row.owner, "shared": bool(row.shared), "version": row.version}


def summaries(conn: Connection, viewer: str, shared_too: bool = False) -> list[dict]:
    """The viewer's cases (and with *shared_too* the shared ones of others), most recently changed first."""
    c = s.cases.c
    mine = c.owner == viewer
    query = select(c.name, c.modified, c.decision_id, c.owner, c.shared, c.version) \
        .where(or_(mine, c.shared != 0) if shared_too else mine).order_by(c.modified.desc(), c.name)
    return [{"name": r.name, "modified": r.modified, "decision": r.decision_id, "owner": r.owner,
             "shared": bool(r.shared), "version": r.version} for r in conn.execute(query)]


def insert(conn: Connection, case: Case, owner: str, shared: bool = False) -> None:
    """Insert *case* at version 1; an existing name raises IntegrityError (the name is unique)."""
    conn.execute(s.cases.insert().values(**_row(case), owner=owner, shared=int(shared), version=1))


def replace_stored(conn: Connection, case: Case, expected: int) -> int:
    """Overwrite the stored case of that name if it is still at *expected*; returns the new version."""
    c = s.cases.c
    done = conn.execute(update(s.cases).where(c.name == case.name, c.version == expected)
                        .values(**_row(case), version=expected + 1)).rowcount
    if done != 1:
        now = conn.execute(select(s.cases.c.version, s.cases.c.modified).where(s.cases.c.name == case.name)).first()
        raise VersionConflict(CASE, case.name, expected, now.version if now else 0, "", now.modified if now else "")
    return expected + 1


def set_shared(conn: Connection, name: str, shared: bool) -> None:
    conn.execute(update(s.cases).where(s.cases.c.name == name).values(shared=int(shared),
                                                                      version=s.cases.c.version + 1))


def remove(conn: Connection, name: str) -> bool:
    return conn.execute(delete(s.cases).where(s.cases.c.name == name)).rowcount > 0


def digest(conn: Connection) -> str:
    """A fingerprint of the whole cases table, to show that a refused change changed nothing."""
    h = hashlib.sha256()
    for row in conn.execute(select(s.cases).order_by(s.cases.c.id)):
        h.update(repr(tuple(row)).encode())
    return h.hexdigest()
