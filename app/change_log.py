"""What a change to a method did, field by field, for the change log; and logged writes for imports.

``UserRecords`` (``app.own_methods``) compares the stored document before a
save with the one it saves; ``logged`` wraps a write whose result is only known
afterwards (a package import), comparing before and after in its transaction.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from advisor.method_document import FIELDS, get_field, method_to_document, set_field
from app.conflicts import ConflictError, RecordError, conflict_error
from db import record_log, storage, user_store


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def stored_document(conn, method_id: str) -> dict | None:  # noqa: ANN001 - a Connection
    """The method as stored now (own method, or shipped with its overrides applied), as a document."""
    method = next((m for m in storage.read_methods(conn) if m.id == method_id), None)
    if method is None:
        return None
    doc = method_to_document(method)
    for name, override in user_store.overrides(conn).get(method_id, {}).items():
        if not method.is_own:
            set_field(doc, name, override.value)
    return doc


def stored_conflict(conn, found: record_log.VersionConflict, mine: dict | None) -> ConflictError:  # noqa: ANN001
    """The conflict to show for *found*: this desk's document against the one stored now."""
    theirs = stored_document(conn, found.record_id)
    return conflict_error(found, (theirs or mine or {}).get("name", found.record_id), mine or {}, theirs or {})


def logged(method_id: str, write, hidden: bool = False):  # noqa: ANN001, ANN201 - functions of a Connection
    """*write* (a function of one Connection) that also raises the record's version, whatever it is, and logs
    the fields it changed; for deliberate overwrites such as a package import."""
    kind = record_log.HIDDEN if hidden else record_log.METHOD

    def state(conn) -> dict | None:  # noqa: ANN001
        return {"verborgen": method_id in user_store.hidden(conn)} if hidden else stored_document(conn, method_id)

    def change(conn) -> None:  # noqa: ANN001
        by, when, before = record_log.who(conn), now(), state(conn)
        write(conn)
        after = state(conn)
        changed = {"verborgen": (before["verborgen"], after["verborgen"])} if hidden else fields_changed(before, after)
        if changed and not (hidden and before == after):
            try:
                version = record_log.claim(conn, kind, method_id, None, by, when)
            except record_log.VersionConflict:  # another desk saved it this very moment
                raise RecordError(f"'{method_id}' werd tegelijk door iemand anders opgeslagen; probeer het "
                                  "opnieuw. Er is niets veranderd.") from None
            record_log.log(conn, kind, method_id, version, by, when, changed)

    return change


def fields_changed(old: dict | None, new: dict | None) -> dict[str, tuple[Any, Any]]:
    """The fields that differ between two documents, as (old, new); None for a document that is not there."""
    pairs = {n: (get_field(old, n) if old else None, get_field(new, n) if new else None) for n in FIELDS}
    return {n: pair for n, pair in pairs.items() if pair[0] != pair[1]}


def restored_fields(old: dict | None, shipped: dict, field: str | None) -> dict[str, tuple[Any, Any]]:
    return {n: pair for n, pair in fields_changed(old, shipped).items() if field in (None, n)}
