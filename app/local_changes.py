"""Local changes as the window works with them: a changed field's three versions, the user's choice
between them, and copies of the records so every edit of the session can be undone and redone.

A field whose shipped text changed since the user's change shows the shipped
text *then* (when the change was made), the shipped text *now* and the
user's own. Whatever the user keeps is stored against today's shipped value,
so the "changed upstream" flag clears; keeping today's shipped text simply
drops the change. Undo and redo write back a ``RecordSnapshot`` taken before
and after an edit, in one transaction through ``UserRecords.write_all``, as a
change like any other: the record versions rise and the change log says who
changed what; a record another desk saved since is not written over
(``ConflictError``, nothing changes).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from advisor.method_document import FIELDS, get_field, method_to_document, set_field
from app.change_log import fields_changed, stored_conflict, stored_document
from app.own_methods import RecordError, UserRecords, checked, now
from db import record_log, record_snapshot, user_store
from db.record_snapshot import RecordSnapshot


@dataclass(frozen=True)
class FieldVersions:
    """One locally changed field of a shipped method."""

    field: str
    shipped_then: Any  # the shipped value when the user made the change
    shipped_now: Any
    yours: Any

    @property
    def upstream_changed(self) -> bool:
        return self.shipped_then != self.shipped_now


def field_versions(records: UserRecords, method_id: str) -> dict[str, FieldVersions]:
    """The user's changed fields of the shipped method *method_id*, by field name (empty for any other)."""
    shipped = records.shipped(method_id)
    if shipped is None:
        return {}
    base = method_to_document(shipped)
    mine = records.read(user_store.overrides).get(method_id, {})
    return {name: FieldVersions(name, change.shipped, get_field(base, name), change.value)
            for name, change in sorted(mine.items())}


def keep_version(records: UserRecords, method_id: str, field: str, value: Any,
                 expected_version: int | None = None) -> None:
    """Store the version the user chose for *field* after comparing; the upstream flag clears.

    A versioned, logged save like any edit (``UserRecords.save_method``)."""
    versions = field_versions(records, method_id)
    if field not in FIELDS or field not in versions:
        raise RecordError(f"'{method_id}' heeft geen lokale aanpassing van het veld '{field}'. "
                          "Er is niets veranderd.")
    shipped_now = versions[field].shipped_now
    doc = method_to_document(records.catalogue.get(method_id, hidden=True))
    set_field(doc, field, value)
    checked(doc, method_id)
    when = now()

    def write(conn) -> None:  # noqa: ANN001 - a Connection
        if value == shipped_now:
            user_store.drop_overrides(conn, method_id, field)
        else:
            user_store.put_override(conn, method_id, field, value, shipped_now, when)

    records.save_method(method_id, doc, write, expected_version)


def take_snapshot(records: UserRecords, ids) -> RecordSnapshot:  # noqa: ANN001 - any collection of ids
    """What the database holds now about the user's records of *ids*."""
    return records.read(lambda conn: record_snapshot.take(conn, ids))


def _state(conn, method_id: str) -> tuple[dict | None, bool]:  # noqa: ANN001 - a Connection
    return stored_document(conn, method_id), method_id in user_store.hidden(conn)


def put_snapshot(records: UserRecords, snapshot: RecordSnapshot, current: RecordSnapshot) -> RecordSnapshot:
    """Make those records what *snapshot* says, in one transaction that bumps the change counter.

    *current* is what this desk expects stored now (for an undo, the state right after the edit). When
    the records differ from it, another desk saved them since: ``ConflictError``, nothing changes.
    Otherwise each record that changes rises one version and logs its fields, like any edit. Returns
    *snapshot* as stored, with the new versions."""
    when, done = now(), []

    def change(conn) -> None:  # noqa: ANN001 - a Connection
        by, stored = record_log.who(conn), record_snapshot.take(conn, snapshot.ids)
        if stored != current:
            raise _changed_since(conn, stored, current)
        before = {i: _state(conn, i) for i in snapshot.ids}
        record_snapshot.put(conn, snapshot)
        for method_id in sorted(snapshot.ids):
            (old_doc, was_hidden), (new_doc, hidden) = before[method_id], _state(conn, method_id)
            for kind, changed in ((record_log.METHOD, fields_changed(old_doc, new_doc)),
                                  (record_log.HIDDEN, {"verborgen": (was_hidden, hidden)} if was_hidden != hidden
                                   else {})):
                if not changed:
                    continue
                try:
                    version = record_log.claim(conn, kind, method_id, stored.versions.get((kind, method_id), 0),
                                               by, when)
                except record_log.VersionConflict as found:  # another desk's save this very moment
                    raise stored_conflict(conn, found, new_doc) from None
                record_log.log(conn, kind, method_id, version, by, when, changed)
        done.append(record_snapshot.take(conn, snapshot.ids))

    records.write_all([change])
    return done[0]


def _changed_since(conn, stored: RecordSnapshot, current: RecordSnapshot) -> RecordError:  # noqa: ANN001
    """Name the record another desk saved: the one whose version moved on, the newest save first."""
    moved = [key for key in sorted(stored.versions) if stored.versions[key] != current.versions.get(key, 0)]
    if not moved:
        return RecordError("De methode is intussen elders gewijzigd. Er is niets veranderd.")
    kind, method_id = moved[0]
    found = record_log.conflict(conn, kind, method_id, current.versions.get((kind, method_id), 0))
    return stored_conflict(conn, found, stored_document(conn, method_id))
