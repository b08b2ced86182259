"""Saved cases: list, save, load, delete, export and import, one transaction per change.

Everything a case file or a name could do wrong is checked before the
database is opened for writing, so a refused change leaves the cases table
exactly as it was. Files are written next to their target and renamed into
place, so an interrupted export leaves the old file or the new one.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import replace
from importlib import metadata
from pathlib import Path

from sqlalchemy.exc import IntegrityError

from advisor.case import MAX_FILE_BYTES, Case, CaseError, case_from_file, case_to_file, check_name
from advisor.messages import did_you_mean
from app.advice import Advisor
from app.catalogue import Catalogue
from app.pdf_attachment import case_bytes_from_pdf
from db import case_store
from db.engine import make_engine


def app_version() -> str:
    try:
        return metadata.version("methodewijzer")
    except metadata.PackageNotFoundError:
        return "onbekend"


def write_atomically(path: Path, data: bytes) -> None:
    path = Path(path)
    fd, temp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise


def read_case_file(path: Path) -> Case:
    """A checked case from a case file or from a report PDF's attachment; CaseError otherwise."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(5)
            handle.seek(0)
            raw = handle.read() if head == b"%PDF-" else handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise CaseError(f"Het bestand kan niet worden gelezen: {error.strerror or error}.") from None
    if head == b"%PDF-":
        raw = case_bytes_from_pdf(raw)
    return case_from_file(raw)


class Cases:
    """The saved cases of one database, checked against one catalogue."""

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        self.engine = make_engine(catalogue.url, read_only=catalogue.read_only)

    def close(self) -> None:
        self.engine.dispose()

    @property
    def catalogue_version(self) -> str:
        return self.catalogue.methods[0].catalogue_version if self.catalogue.methods else ""

    def list(self) -> list[dict]:
        with self.engine.connect() as conn:
            return case_store.summaries(conn)

    def exists(self, name: str) -> bool:
        with self.engine.connect() as conn:
            return case_store.exists(conn, name)

    def load(self, name: str) -> Case:
        with self.engine.connect() as conn:
            case = case_store.read(conn, name)
        if case is None:
            raise CaseError(f"Er is geen casus met de naam ‘{name}’.")
        return case

    def top_method(self, case: Case) -> str | None:
        results = Advisor(self.catalogue.methods, self.catalogue.knowledge).advise(case.context).advice.results
        return results[0].method.id if results else None

    def _check(self, case: Case) -> None:
        check_name(case.name)
        if case.decision_id is not None and self.catalogue.get(case.decision_id) is None:
            hint = did_you_mean(self.catalogue.closest_ids(case.decision_id))
            raise CaseError(f"Onbekende methode ‘{case.decision_id}’ als besluit.{hint} Er is niets veranderd.")

    def _write(self, case: Case, replace_existing: bool) -> None:
        self.catalogue.ensure_writable()
        taken = CaseError(f"Er bestaat al een casus met de naam ‘{case.name}’. Kies een andere naam "
                          "of vervang de bestaande. Er is niets veranderd.")
        try:
            with self.engine.begin() as conn:
                # Without replacing, the name's unique index decides, not a check beforehand: SQLite's
                # driver starts the transaction only at the first write, so a check could be stale.
                (case_store.write if replace_existing else case_store.insert)(conn, case)
        except IntegrityError:
            raise taken from None

    def save(self, case: Case, replace_existing: bool = False) -> Case:
        """Store *case* stamped with now and this app's versions; returns what was stored."""
        self._check(case)
        if replace_existing:
            with self.engine.connect() as conn:
                old = case_store.read(conn, case.name)
            case = replace(case, created=old.created if old else case.created)
        stored = case.stamped(app_version=app_version(), catalogue_version=self.catalogue_version)
        stored = replace(stored, top_method=self.top_method(stored))
        self._write(stored, replace_existing)
        return stored

    def delete(self, name: str) -> Case:
        """Remove the case and return it, so the caller can offer to undo."""
        case = self.load(name)
        self.catalogue.ensure_writable()
        with self.engine.begin() as conn:
            case_store.remove(conn, name)
        return case

    def restore(self, case: Case) -> None:
        """Put back a deleted case exactly as it was (undo)."""
        self._check(case)
        self._write(case, replace_existing=False)

    def export(self, name: str, path: Path) -> None:
        self.export_case(self.load(name), path)

    @staticmethod
    def export_case(case: Case, path: Path) -> None:
        """Write *case* (saved or not) as a case file; the target is replaced whole or not at all."""
        check_name(case.name)
        write_atomically(Path(path), case_to_file(case))

    def read_file(self, path: Path) -> Case:
        """A checked case from a file, not stored; for asking the user before importing."""
        case = read_case_file(Path(path))
        self._check(case)
        return case

    def import_file(self, path: Path, as_name: str | None = None, replace_existing: bool = False) -> Case:
        case = read_case_file(Path(path))
        if as_name is not None:
            case = replace(case, name=check_name(as_name))
        self._check(case)
        self._write(case, replace_existing)
        return case

    def digest(self) -> str:
        with self.engine.connect() as conn:
            return case_store.digest(conn)

    def advice_changed(self, case: Case) -> tuple[str, str] | None:
        """(top method then, top method now) when a newer catalogue changed the case's advice."""
        now = self.top_method(case)
        if case.top_method and case.catalogue_version != self.catalogue_version and now != case.top_method:
            return case.top_method, now
        return None
