"""The user's records about a few methods, copied so they can be put back exactly (undo and redo).

An edit in the window is undone by writing back what the database held
before it: the own method as it was, every override row (with the shipped
value it was made against, so a pending "changed upstream" flag comes back
too) and the hidden mark. Rows are copied column by column, so a column a
later revision adds travels along. Shipped rows are never touched. The
record versions at the time of the copy travel along too, so putting a copy
back can check that nobody else saved those records since (``app.local_changes``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, select

from advisor.model import Method
from db import record_log, storage, user_store
from db import schema as s


@dataclass(frozen=True)
class RecordSnapshot:
    ids: frozenset[str]
    own: tuple[Method, ...]  # own methods among the ids, whole
    overrides: tuple[dict, ...]  # rows of method_overrides
    hidden: tuple[dict, ...]  # rows of hidden_methods
    versions: dict[tuple[str, str], int] = field(default_factory=dict, compare=False)  # (kind, id): version


def take(conn: Connection, ids) -> RecordSnapshot:  # noqa: ANN001 - any collection of ids
    ids = frozenset(ids)
    own = tuple(m for m in storage.read_methods(conn) if m.is_own and m.id in ids)
    rows = {table.name: tuple(dict(row._mapping) for row in conn.execute(
        select(table).where(table.c.method_id.in_(sorted(ids))).order_by(*table.primary_key.columns)))
        for table in (s.overrides, s.hidden)}
    v = s.record_versions
    versions = {(r.kind, r.record_id): r.version for r in conn.execute(
        select(v.c.kind, v.c.record_id, v.c.version).where(v.c.record_id.in_(sorted(ids)),
                                                           v.c.kind.in_((record_log.METHOD, record_log.HIDDEN))))}
    return RecordSnapshot(ids, own, rows[s.overrides.name], rows[s.hidden.name], versions)


def put(conn: Connection, snapshot: RecordSnapshot) -> None:
    """Make the records of the snapshot's ids what they were when it was taken; the caller owns the transaction."""
    for method_id in sorted(snapshot.ids):
        storage.delete_methods(conn, user_store.OWN, method_id)
        for table in (s.overrides, s.hidden):
            conn.execute(delete(table).where(table.c.method_id == method_id))
    for method in snapshot.own:
        user_store.put_own(conn, method)
    for table, rows in ((s.overrides, snapshot.overrides), (s.hidden, snapshot.hidden)):
        if rows:
            conn.execute(table.insert(), list(rows))
