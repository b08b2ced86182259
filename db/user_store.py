"""Moves the user's own catalogue records between their tables and plain values.

Own methods live in ``methods`` with origin 'user' (as since the first
release); local changes to shipped methods in ``method_overrides``, one row
per field with the shipped value at the time; hidden marks in
``hidden_methods``. None of these is touched by a catalogue load. Callers own
the transaction and bump the change counter in it.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import Connection, delete, select

from advisor.method_document import Override
from advisor.model import Method
from db import schema as s
from db import storage

OWN = "user"


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def overrides(conn: Connection) -> dict[str, dict[str, Override]]:
    result: dict[str, dict[str, Override]] = {}
    for row in conn.execute(select(s.overrides)):
        result.setdefault(row.method_id, {})[row.field] = Override(json.loads(row.value_json),
                                                                   json.loads(row.shipped_json))
    return result


def hidden(conn: Connection) -> set[str]:
    return set(conn.execute(select(s.hidden.c.method_id)).scalars())


def put_override(conn: Connection, method_id: str, field: str, value: Any, shipped: Any, when: str) -> None:
    drop_overrides(conn, method_id, field)
    conn.execute(s.overrides.insert().values(method_id=method_id, field=field, value_json=_json(value),
                                             shipped_json=_json(shipped), modified=when))


def drop_overrides(conn: Connection, method_id: str, field: str | None = None) -> int:
    query = delete(s.overrides).where(s.overrides.c.method_id == method_id)
    if field is not None:
        query = query.where(s.overrides.c.field == field)
    return conn.execute(query).rowcount


def set_hidden(conn: Connection, method_id: str, hide: bool, when: str) -> None:
    conn.execute(delete(s.hidden).where(s.hidden.c.method_id == method_id))
    if hide:
        conn.execute(s.hidden.insert().values(method_id=method_id, modified=when))


def put_own(conn: Connection, method: Method) -> None:
    """Insert or replace an own method."""
    storage.delete_methods(conn, OWN, method.id)
    storage.write_methods(conn, [method], OWN, "")


def remove_own(conn: Connection, method_id: str) -> None:
    storage.delete_methods(conn, OWN, method_id)
    set_hidden(conn, method_id, False, "")


def digest(conn: Connection) -> str:
    """A fingerprint of every catalogue table, to show that a refused change changed nothing."""
    h = hashlib.sha256()
    for table in (s.meta, s.methods, *storage.METHOD_CHILDREN, s.overrides, s.hidden):
        for row in conn.execute(select(table).order_by(*table.primary_key.columns)):
            h.update(repr(tuple(row)).encode())
    return h.hexdigest()
