"""Records the user owns: own methods, local variants of shipped ones, hidden methods.

Every change is checked first (the catalogue reader's rules and Dutch
messages), then written in one transaction that also bumps the change
counter, so search and advice notice it; the catalogue is read again after.
Catalogue updates never touch these records (see ``db.setup``).

Each save names the record version it started from (``expected_version``;
by default the one this desk's catalogue read last) and raises it by one in
the same transaction, logging every changed field; a save that started from
an older version is refused with a ``ConflictError`` (``app.conflicts``).
"""

from __future__ import annotations

import copy
import getpass
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Any

from advisor.catalogue_reader import MAX_FILE_BYTES, CatalogueError
from advisor.messages import did_you_mean
from advisor.method_document import FIELDS, get_field, given_fields, method_to_document, read_document, set_field
from advisor.model import Method
from app.catalogue import Catalogue
from app.change_log import fields_changed, now, restored_fields, stored_conflict, stored_document
from app.conflicts import RecordError
from db import record_log, setup, storage, user_store
from db.engine import make_engine


def default_author() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return ""


def read_toml_file(path: Path) -> dict[str, Any]:
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise RecordError(f"{path.name} is groter dan 1 MB. Er is niets veranderd.")
        return tomllib.loads(data.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        raise RecordError(f"{Path(path).name} is niet leesbaar als TOML: {error}. Er is niets veranderd.") from None


def checked(doc: dict, where: str) -> Method:
    try:
        return read_document(doc, where)
    except CatalogueError as error:
        raise RecordError(f"{error}. Er is niets veranderd.") from None


class UserRecords:
    """Changes to the catalogue of one database."""

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue

    def _write(self, change) -> None:  # noqa: ANN001 - a function of one Connection
        self.catalogue.ensure_writable()
        engine = make_engine(self.catalogue.url)
        try:
            with engine.execution_options(immediate=True).begin() as conn:
                change(conn)
                setup.bump_change_counter(conn)
        finally:
            engine.dispose()
        self.catalogue.refresh()

    def _versioned(self, kind: str, method_id: str, expected: int | None, changes, mine: dict | None = None,
                   write=None) -> int:  # noqa: ANN001 - changes: a function of the Connection; write: its writer
        """Claim the next version of the record, run *write*, log what *changes* returns; the new version."""
        if expected is None:
            expected = self.catalogue.status.get(method_id, {}).get("hidden_version" if kind == record_log.HIDDEN
                                                                    else "version", 0)
        when, done = now(), []

        def change(conn) -> None:  # noqa: ANN001
            by = record_log.who(conn)
            try:
                version = record_log.claim(conn, kind, method_id, expected, by, when)
            except record_log.VersionConflict as found:
                raise stored_conflict(conn, found, mine) from None
            fields = changes(conn)
            if write is not None:
                write(conn)
            record_log.log(conn, kind, method_id, version, by, when, fields)
            done.append(version)

        self._write(change)
        return done[0]

    def version(self, method_id: str) -> int:
        """The method's record version in the database now (0: never changed here)."""
        return self.read(lambda conn: record_log.version(conn, record_log.METHOD, method_id))

    def log(self, method_id: str | None = None, limit: int = 1000) -> list[dict]:
        """The change log of methods (own, variants, hidden marks), newest first; one method with *method_id*."""
        rows = self.read(lambda conn: record_log.entries(conn, method_id, limit))
        return [r for r in rows if r["kind"] in (record_log.METHOD, record_log.HIDDEN)]

    def read(self, query):  # noqa: ANN001, ANN201 - a function of one Connection, and what it returns
        """Run *query* on a connection of its own (nothing is written)."""
        engine = make_engine(self.catalogue.url, read_only=self.catalogue.read_only)
        try:
            with engine.connect() as conn:
                return query(conn)
        finally:
            engine.dispose()

    def write_all(self, changes: list) -> None:
        """Several changes (functions of one Connection) in one transaction: all or nothing."""
        self._write(lambda conn: [change(conn) for change in changes])

    def shipped(self, method_id: str) -> Method | None:
        return next((m for m in self._stored() if m.id == method_id and not m.is_own), None)

    def _stored(self) -> list[Method]:
        return self.read(storage.read_methods)

    def origin(self, method_id: str) -> str | None:
        status = self.catalogue.status.get(method_id)
        return status["origin"] if status else None

    def _known(self, method_id: str) -> str:
        origin = self.origin(method_id)
        if origin is None:
            hint = did_you_mean(self.catalogue.closest_ids(method_id))
            raise RecordError(f"Onbekende methode '{method_id}'.{hint} Er is niets veranderd.")
        return origin

    def add(self, doc: dict, author: str | None = None, where: str = "methode") -> Method:
        """Store a new own method from a catalogue document (no section needed).

        Two desks adding the same id at once: the record version decides, the second gets a conflict.
        """
        method = checked(doc, where)
        if self.origin(method.id) is not None:
            raise RecordError(f"Er bestaat al een methode met id '{method.id}'. Kies een ander id. "
                              "Er is niets veranderd.")
        when = now()
        method = replace(method, origin=user_store.OWN, author=author if author is not None else default_author(),
                         created=when, modified=when)
        new = method_to_document(method)
        self._versioned(record_log.METHOD, method.id, self.version(method.id), lambda _conn: fields_changed(None, new),
                        new, lambda conn: user_store.put_own(conn, method))
        return method

    def edit(self, method_id: str, doc: dict, where: str = "methode", expected_version: int | None = None) -> list[str]:
        """Own method: replace it. Shipped method: the fields *doc* gives become overrides. Returns fields.

        *expected_version*: the record version the editor opened (default: the one this catalogue read);
        when another desk saved since, ``ConflictError`` and nothing changes.
        """
        origin = self._known(method_id)
        if doc.get("id", method_id) != method_id:
            raise RecordError(f"Het bestand gaat over '{doc.get('id')}', niet over '{method_id}'. "
                              "Er is niets veranderd.")
        if origin == "own":
            old = self.catalogue.get(method_id, hidden=True)
            method = replace(checked({**doc, "id": method_id}, where), origin=user_store.OWN, author=old.author,
                             created=old.created, modified=now())
            new = method_to_document(method)
            self._versioned(record_log.METHOD, method_id, expected_version,
                            lambda conn: fields_changed(stored_document(conn, method_id), new), new,
                            lambda conn: user_store.put_own(conn, method))
            return sorted(given_fields(doc))
        shipped = self.shipped(method_id)
        base = method_to_document(shipped)
        current = method_to_document(self.catalogue.get(method_id, hidden=True))
        merged = copy.deepcopy(current)
        for name, value in given_fields(doc).items():
            set_field(merged, name, value)
        checked(merged, where)
        changes = {n: get_field(merged, n) for n in FIELDS if get_field(merged, n) != get_field(base, n)}
        dropped = [n for n in given_fields(doc) if n not in changes]  # set back to the shipped value
        when = now()

        def change(conn) -> None:  # noqa: ANN001
            old = user_store.overrides(conn).get(method_id, {})
            for name, value in changes.items():
                keep = old[name].shipped if name in old and old[name].value == value else get_field(base, name)
                user_store.put_override(conn, method_id, name, value, keep, when)
            for name in dropped:
                user_store.drop_overrides(conn, method_id, name)

        self._versioned(record_log.METHOD, method_id, expected_version,
                        lambda conn: fields_changed(stored_document(conn, method_id), merged), merged, change)
        return sorted(changes)

    def restore(self, method_id: str, field: str | None = None, expected_version: int | None = None) -> None:
        """Drop the user's change to one field (or all) of a shipped method."""
        if self._known(method_id) == "own":
            raise RecordError(f"'{method_id}' is een eigen methode; er is geen meegeleverde tekst om "
                              "naar terug te gaan. Er is niets veranderd.")
        if field is not None and field not in FIELDS:
            raise RecordError(f"Onbekend veld '{field}'; velden zijn {', '.join(FIELDS)}. Er is niets veranderd.")
        shipped = method_to_document(self.shipped(method_id))
        kept = {n: v for n, v in given_fields(shipped).items() if field in (None, n)}
        self._versioned(record_log.METHOD, method_id, expected_version,
                        lambda conn: restored_fields(stored_document(conn, method_id), shipped, field),
                        {**self.document(method_id), **kept},
                        lambda conn: user_store.drop_overrides(conn, method_id, field))

    def save_method(self, method_id: str, doc: dict, write, expected_version: int | None = None) -> int:  # noqa: ANN001
        """*write* (a function of one Connection) that makes the method *doc*, as one versioned, logged save;
        the new version. For changes of a method's records other than ``edit`` (a choice after comparing)."""
        return self._versioned(record_log.METHOD, method_id, expected_version,
                               lambda conn: fields_changed(stored_document(conn, method_id), doc), doc, write)

    def hide(self, method_id: str, hide: bool = True, expected_version: int | None = None) -> None:
        self._known(method_id)

        def was(conn) -> dict:  # noqa: ANN001
            before = method_id in user_store.hidden(conn)
            return {} if before == hide else {"verborgen": (before, hide)}

        self._versioned(record_log.HIDDEN, method_id, expected_version, was, self.document(method_id),
                        lambda conn: user_store.set_hidden(conn, method_id, hide, now()))

    def document(self, method_id: str) -> dict:
        """The method as this desk sees it, as a catalogue document ({} when unknown)."""
        method = self.catalogue.get(method_id, hidden=True)
        return method_to_document(method) if method else {}

    def remove(self, method_id: str, expected_version: int | None = None) -> Method:
        """Delete an own method and return it (for undo); shipped methods can only be hidden."""
        if self._known(method_id) != "own":
            raise RecordError(f"'{method_id}' is een meegeleverde methode en kan niet worden verwijderd; "
                              "u kunt hem verbergen. Er is niets veranderd.")
        method = self.catalogue.get(method_id, hidden=True)
        self._versioned(record_log.METHOD, method_id, expected_version,
                        lambda conn: fields_changed(stored_document(conn, method_id), None), None,
                        lambda conn: user_store.remove_own(conn, method_id))
        return method

    def digest(self) -> str:
        return self.read(user_store.digest)
