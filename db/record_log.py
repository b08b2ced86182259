"""Record versions and the change log: how two desks editing one record find out, and what was done.

A save names the version it started from. ``claim`` raises that version by one
in the caller's transaction with a compare-and-set UPDATE (or the first INSERT),
so of two saves that started from the same version exactly one wins, on SQLite
(whose writers queue) and on PostgreSQL (where the second UPDATE waits for the
first's row lock and then finds the version moved on). The loser gets a
``VersionConflict`` and its transaction is rolled back whole. ``log`` writes one
change-log row per changed field in that same transaction.
"""

from __future__ import annotations

import getpass
import json
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, and_, select, text, update
from sqlalchemy.exc import IntegrityError

from db import schema as s

METHOD = "method"  # an own method, or a shipped method's local variant
HIDDEN = "hidden"  # a hidden mark
CASE = "case"  # a saved case (its version lives in ``cases.version``)
SNAPSHOT_USER_KEY = "snapshot_user"  # in a local copy of a server catalogue: who signed in when it was taken


@dataclass
class VersionConflict(Exception):
    """Someone saved *record_id* after the version this save started from."""

    kind: str
    record_id: str
    expected: int
    current: int
    by: str
    when: str


def who(conn: Connection) -> str:
    """The database user on a server (also in its local copy); the operating-system user on SQLite."""
    if conn.dialect.name == "postgresql":
        return conn.execute(text("SELECT current_user")).scalar() or ""
    copied = conn.execute(select(s.meta.c.value).where(s.meta.c.key == SNAPSHOT_USER_KEY)).scalar()
    if copied:
        return copied
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return ""


def _row(conn: Connection, kind: str, record_id: str):  # noqa: ANN202 - a Row or None
    v = s.record_versions
    return conn.execute(select(v).where(v.c.kind == kind, v.c.record_id == record_id)).first()


def version(conn: Connection, kind: str, record_id: str) -> int:
    """The record's version; 0 when nobody has changed it yet."""
    row = _row(conn, kind, record_id)
    return row.version if row else 0


def versions(conn: Connection, kind: str) -> dict[str, int]:
    v = s.record_versions
    return {r.record_id: r.version for r in conn.execute(select(v.c.record_id, v.c.version).where(v.c.kind == kind))}


def claim(conn: Connection, kind: str, record_id: str, expected: int | None, by: str, when: str) -> int:
    """Raise the record's version from *expected* (None: whatever it is) by one; returns the new version."""
    v = s.record_versions
    where = and_(v.c.kind == kind, v.c.record_id == record_id)
    current = version(conn, kind, record_id)
    start = current if expected is None else expected
    if start > 0:
        done = conn.execute(update(v).where(where, v.c.version == start)
                            .values(version=start + 1, modified=when, modified_by=by)).rowcount
    else:
        try:
            with conn.begin_nested():
                conn.execute(v.insert().values(kind=kind, record_id=record_id, version=1, modified=when,
                                               modified_by=by))
            done = 1
        except IntegrityError:  # another desk's first save won the race
            done = 0
    if done != 1:
        raise conflict(conn, kind, record_id, start)
    return start + 1


def conflict(conn: Connection, kind: str, record_id: str, expected: int) -> VersionConflict:
    """The conflict to report for a save that started from *expected*."""
    row = _row(conn, kind, record_id)
    if row is None:
        return VersionConflict(kind, record_id, expected, 0, "", "")
    return VersionConflict(kind, record_id, expected, row.version, row.modified_by, row.modified)


def _json(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True)


def log(conn: Connection, kind: str, record_id: str, new_version: int, by: str, when: str,
        changes: dict[str, tuple[Any, Any]]) -> None:
    """One row per changed field: (old value, new value); None stands for "not there"."""
    rows = [{"at": when, "who": by, "kind": kind, "record_id": record_id, "version": new_version, "field": name,
             "old_json": _json(old), "new_json": _json(new)} for name, (old, new) in changes.items()]
    if rows:
        conn.execute(s.change_log.insert(), rows)


def entries(conn: Connection, record_id: str | None = None, limit: int = 1000) -> list[dict]:
    """Change-log rows, newest first; old and new values decoded (None: absent)."""
    c = s.change_log.c
    query = select(s.change_log).order_by(c.id.desc()).limit(limit)
    if record_id is not None:
        query = query.where(c.record_id == record_id)
    return [{"at": r.at, "who": r.who, "kind": r.kind, "record_id": r.record_id, "version": r.version,
             "field": r.field, "old": None if r.old_json is None else json.loads(r.old_json),
             "new": None if r.new_json is None else json.loads(r.new_json)} for r in conn.execute(query)]
