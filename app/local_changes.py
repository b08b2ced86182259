"""Local changes as the window works with them: a changed field's three versions, the user's choice
between them, and copies of the records so every edit of the session can be undone and redone.

A field whose shipped text changed since the user's change shows the shipped
text *then* (when the change was made), the shipped text *now* and the
user's own. Whatever the user keeps is stored against today's shipped value,
so the "changed upstream" flag clears; keeping today's shipped text simply
drops the change. Undo and redo write back a ``RecordSnapshot`` taken before
and after an edit, in one transaction through ``UserRecords.write_all``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from advisor.method_document import FIELDS, get_field, method_to_document, set_field
from app.own_methods import RecordError, UserRecords, checked, now
from db import record_snapshot, user_store
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


def keep_version(records: UserRecords, method_id: str, field: str, value: Any) -> None:
    """Store the version the user chose for *field* after comparing; the upstream flag clears."""
    versions = field_versions(records, method_id)
    if field not in FIELDS or field not in versions:
        raise RecordError(f"'{method_id}' heeft geen lokale aanpassing van het veld '{field}'. "
                          "Er is niets veranderd.")
    shipped_now = versions[field].shipped_now
    if value == shipped_now:
        records.write_all([lambda conn: user_store.drop_overrides(conn, method_id, field)])
        return
    doc = method_to_document(records.catalogue.get(method_id, hidden=True))
    set_field(doc, field, value)
    checked(doc, method_id)
    when = now()
    records.write_all([lambda conn: user_store.put_override(conn, method_id, field, value, shipped_now, when)])


def take_snapshot(records: UserRecords, ids) -> RecordSnapshot:  # noqa: ANN001 - any collection of ids
    """What the database holds now about the user's records of *ids*."""
    return records.read(lambda conn: record_snapshot.take(conn, ids))


def put_snapshot(records: UserRecords, snapshot: RecordSnapshot) -> None:
    """Make those records what *snapshot* says, in one transaction that bumps the change counter."""
    records.write_all([lambda conn: record_snapshot.put(conn, snapshot)])
