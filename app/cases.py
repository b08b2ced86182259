"""Saved cases: list, save, load, delete, export and import, one transaction per change.

Everything a case file or a name could do wrong is checked before the
database is opened for writing, so a refused change leaves the cases table
exactly as it was. Files are written next to their target and renamed into
place, so an interrupted export leaves the old file or the new one.

Cases are personal: each belongs to whoever saved it first (the database
user, or the OS user on SQLite) and others see it only once its owner shares
it. Replacing a case names the version that was opened; when another desk
saved it in between, the save is refused with a ``CaseConflict``.
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
from db import case_store, record_log
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


class CaseConflict(CaseError):
    """Another desk saved the case after this one opened it; nothing was changed."""

    def __init__(self, name: str, found: record_log.VersionConflict):
        self.name, self.mine_version, self.their_version = name, found.expected, found.current
        when = f" op {found.when.replace('T', ' ').removesuffix('+00:00')} (UTC)" if found.when else ""
        super().__init__(f"De casus ‘{name}’ is{when} door iemand anders opgeslagen nadat u hem opende "
                         f"(versie {found.current}, u opende versie {found.expected}). Er is niets veranderd. "
                         "Open de casus opnieuw, of sla uw versie op onder een andere naam.")


class Cases:
    """The saved cases of one database, checked against one catalogue."""

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        self.engine = make_engine(catalogue.url, read_only=catalogue.read_only)
        self._opened: dict[str, int] = {}  # name -> the version load() read, for the next replacement
        self._viewer: str | None = None

    @property
    def viewer(self) -> str:
        """Who is using the cases: the database user, or the OS user on SQLite."""
        if self._viewer is None:
            with self.engine.connect() as conn:
                self._viewer = record_log.who(conn)
        return self._viewer

    def close(self) -> None:
        self.engine.dispose()

    @property
    def catalogue_version(self) -> str:
        return self.catalogue.methods[0].catalogue_version if self.catalogue.methods else ""

    def list(self, shared_too: bool = False) -> list[dict]:
        """One's own cases; with *shared_too* also those others shared. Each with owner, shared, version."""
        viewer = self.viewer
        with self.engine.connect() as conn:
            return case_store.summaries(conn, viewer, shared_too)

    def _visible(self, conn, name: str) -> dict | None:  # noqa: ANN001 - a Connection
        found = case_store.info(conn, name)
        return found if found and (found["owner"] == self.viewer or found["shared"]) else None

    def exists(self, name: str) -> bool:
        with self.engine.connect() as conn:
            return case_store.exists(conn, name)

    def load(self, name: str) -> Case:
        """The case (one's own or a shared one); its version is remembered for the next save."""
        self.viewer  # noqa: B018 - asked before the connection below is opened
        with self.engine.connect() as conn:
            found = self._visible(conn, name)
            case = case_store.read(conn, name) if found else None
        if case is None:
            raise CaseError(f"Er is geen casus met de naam ‘{name}’.")
        self._opened[name] = found["version"]
        return case

    def sharing(self, name: str) -> dict | None:
        """Owner, shared mark and version of a case one may see; None otherwise."""
        self.viewer  # noqa: B018 - asked before the connection below is opened
        with self.engine.connect() as conn:
            return self._visible(conn, name)

    def share(self, name: str, shared: bool = True) -> None:
        """Let colleagues see (and open) the case, or stop that; only its owner may."""
        self.catalogue.ensure_writable()
        viewer = self.viewer
        with self.engine.begin() as conn:
            found = case_store.info(conn, name)
            if found is None or not (found["owner"] == viewer or found["shared"]):
                raise CaseError(f"Er is geen casus met de naam ‘{name}’. Er is niets veranderd.")
            if found["owner"] != viewer:
                raise CaseError(f"Alleen de eigenaar ({found['owner']}) kan het delen van ‘{name}’ veranderen. "
                                "Er is niets veranderd.")
            case_store.set_shared(conn, name, shared)

    def top_method(self, case: Case) -> str | None:
        results = Advisor(self.catalogue.methods, self.catalogue.knowledge).advise(case.context).advice.results
        return results[0].method.id if results else None

    def _check(self, case: Case) -> None:
        check_name(case.name)
        if case.decision_id is not None and self.catalogue.get(case.decision_id) is None:
            hint = did_you_mean(self.catalogue.closest_ids(case.decision_id))
            raise CaseError(f"Onbekende methode ‘{case.decision_id}’ als besluit.{hint} Er is niets veranderd.")

    def _write(self, case: Case, replace_existing: bool, expected: int | None = None) -> None:
        self.catalogue.ensure_writable()
        taken = CaseError(f"Er bestaat al een casus met de naam ‘{case.name}’. Kies een andere naam "
                          "of vervang de bestaande. Er is niets veranderd.")
        viewer = self.viewer
        try:
            with self.engine.execution_options(immediate=True).begin() as conn:
                found = case_store.info(conn, case.name) if replace_existing else None
                if found is None:
                    # The name's unique index decides, not the check above: on PostgreSQL another desk may
                    # insert the same name between them.
                    case_store.insert(conn, case, viewer)
                    self._opened[case.name] = 1
                    return
                if found["owner"] != viewer and not found["shared"]:
                    raise taken
                start = expected if expected is not None else self._opened.get(case.name, found["version"])
                self._opened[case.name] = case_store.replace_stored(conn, case, start)
        except IntegrityError:
            raise taken from None
        except record_log.VersionConflict as found:
            raise CaseConflict(case.name, found) from None

    def save(self, case: Case, replace_existing: bool = False, expected_version: int | None = None) -> Case:
        """Store *case* stamped with now and this app's versions; returns what was stored.

        Replacing: *expected_version* is the version that was opened (default: the one ``load`` read).
        """
        self._check(case)
        if replace_existing:
            with self.engine.connect() as conn:
                old = case_store.read(conn, case.name)
            case = replace(case, created=old.created if old else case.created)
        stored = case.stamped(app_version=app_version(), catalogue_version=self.catalogue_version)
        stored = replace(stored, top_method=self.top_method(stored))
        self._write(stored, replace_existing, expected_version)
        return stored

    def delete(self, name: str) -> Case:
        """Remove one's own case and return it, so the caller can offer to undo."""
        case = self.load(name)
        self.catalogue.ensure_writable()
        with self.engine.begin() as conn:
            owner = case_store.info(conn, name)["owner"]
            if owner != self.viewer:
                raise CaseError(f"Alleen de eigenaar ({owner}) kan ‘{name}’ verwijderen. Er is niets veranderd.")
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
