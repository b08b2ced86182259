"""Records the user owns: own methods, local variants of shipped ones, hidden methods.

Every change is checked first (the catalogue reader's rules and Dutch
messages), then written in one transaction that also bumps the change
counter, so search and advice notice it; the catalogue is read again after.
Catalogue updates never touch these records (see ``db.setup``).
"""

from __future__ import annotations

import copy
import getpass
import tomllib
from dataclasses import replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from advisor.catalogue_reader import MAX_FILE_BYTES, CatalogueError
from advisor.messages import did_you_mean
from advisor.method_document import FIELDS, get_field, given_fields, method_to_document, read_document, set_field
from advisor.model import Method
from app.catalogue import Catalogue
from db import setup, storage, user_store
from db.engine import make_engine


class RecordError(ValueError):
    """A change that was refused; the message is Dutch and says that nothing changed."""


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


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

    def write_all(self, changes: list) -> None:
        """Several changes (functions of one Connection) in one transaction: all or nothing."""
        self._write(lambda conn: [change(conn) for change in changes])

    def shipped(self, method_id: str) -> Method | None:
        return next((m for m in self._stored() if m.id == method_id and not m.is_own), None)

    def _stored(self) -> list[Method]:
        return self.read(storage.read_methods)

    def read(self, query):  # noqa: ANN001, ANN201 - a function of one Connection, and what it returns
        """Run *query* on a connection of its own (nothing is written)."""
        engine = make_engine(self.catalogue.url, read_only=self.catalogue.read_only)
        try:
            with engine.connect() as conn:
                return query(conn)
        finally:
            engine.dispose()

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
        """Store a new own method from a catalogue document (no section needed)."""
        method = checked(doc, where)
        if self.origin(method.id) is not None:
            raise RecordError(f"Er bestaat al een methode met id '{method.id}'. Kies een ander id. "
                              "Er is niets veranderd.")
        when = now()
        method = replace(method, origin=user_store.OWN, author=author if author is not None else default_author(),
                         created=when, modified=when)
        self._write(lambda conn: user_store.put_own(conn, method))
        return method

    def edit(self, method_id: str, doc: dict, where: str = "methode") -> list[str]:
        """Own method: replace it. Shipped method: the fields *doc* gives become overrides. Returns fields."""
        origin = self._known(method_id)
        if doc.get("id", method_id) != method_id:
            raise RecordError(f"Het bestand gaat over '{doc.get('id')}', niet over '{method_id}'. "
                              "Er is niets veranderd.")
        if origin == "own":
            old = self.catalogue.get(method_id, hidden=True)
            method = replace(checked({**doc, "id": method_id}, where), origin=user_store.OWN, author=old.author,
                             created=old.created, modified=now())
            self._write(lambda conn: user_store.put_own(conn, method))
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

        self._write(change)
        return sorted(changes)

    def restore(self, method_id: str, field: str | None = None) -> None:
        """Drop the user's change to one field (or all) of a shipped method."""
        if self._known(method_id) == "own":
            raise RecordError(f"'{method_id}' is een eigen methode; er is geen meegeleverde tekst om "
                              "naar terug te gaan. Er is niets veranderd.")
        if field is not None and field not in FIELDS:
            raise RecordError(f"Onbekend veld '{field}'; velden zijn {', '.join(FIELDS)}. Er is niets veranderd.")
        self._write(lambda conn: user_store.drop_overrides(conn, method_id, field))

    def hide(self, method_id: str, hide: bool = True) -> None:
        self._known(method_id)
        self._write(lambda conn: user_store.set_hidden(conn, method_id, hide, now()))

    def remove(self, method_id: str) -> Method:
        """Delete an own method and return it (for undo); shipped methods can only be hidden."""
        if self._known(method_id) != "own":
            raise RecordError(f"'{method_id}' is een meegeleverde methode en kan niet worden verwijderd; "
                              "u kunt hem verbergen. Er is niets veranderd.")
        method = self.catalogue.get(method_id, hidden=True)
        self._write(lambda conn: user_store.remove_own(conn, method_id))
        return method

    def put_back(self, method: Method) -> None:
        """Undo a removal: the own method exactly as it was."""
        self._write(lambda conn: user_store.put_own(conn, method))

    def digest(self) -> str:
        return self.read(user_store.digest)
