"""Opening the catalogue database and reading methods and knowledge from it.

Every way opening can fail that the user can act on becomes a
``CatalogueUnavailable`` with a Dutch ``what`` and ``action``; a damaged
default database is set aside and rebuilt, a read-only one is opened for
reading only. A shared catalogue on a PostgreSQL server is copied to a local
snapshot at each successful start; when the server cannot be reached, that
copy is opened read-only instead and the user is told its date. Addresses are
shown with their password masked. Anything else is a bug and propagates.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import resources
from advisor.catalogue_reader import CatalogueError
from advisor.method_document import apply_overrides
from advisor.model import KnowledgeItem, Method
from db import catalogue_release, quick_read
from db.engine import display_url, is_default_url, is_postgresql, read_only_reason, resolve_url, sqlite_path
from db.problems import UNTOUCHED, DamagedDatabase, DatabaseProblem, ServerUnreachable
from db.shipped_files import LazyIds, ShippedFiles, catalogue_version

# SQLAlchemy and the modules that use it are imported where a database is opened through it: a second
# start of a current local database reads it without them (``Catalogue.read_current``, ``db.quick_read``).

log = logging.getLogger(__name__)


class CatalogueUnavailable(RuntimeError):
    """The catalogue cannot be opened or changed: an environment problem the user can act on.

    ``what`` says what happened and ``action`` what to do, both in Dutch;
    ``problem`` is the underlying ``DatabaseProblem`` or ``CatalogueError``.
    """

    def __init__(self, what: str, action: str = "", problem: Exception | None = None):
        self.what, self.action, self.problem = what, action, problem
        super().__init__(f"{what} {action}".strip())

    @classmethod
    def of(cls, problem: Exception) -> CatalogueUnavailable:
        if isinstance(problem, DatabaseProblem):
            return cls(problem.what, problem.action, problem)
        return cls(str(problem), "Herstel het bestand of installeer Methodewijzer opnieuw.", problem)


class CatalogueReadOnly(CatalogueUnavailable):
    """An edit was refused because the database can only be read."""


CATALOGUE_DIR_ENV = "METHODEWIJZER_CATALOGUE_DIR"


def resolve_catalogue_dir(explicit: Path | str | None = None) -> Path:
    """The folder of method files: an explicit one, else the environment's, else the shipped one."""
    chosen = explicit or os.environ.get(CATALOGUE_DIR_ENV)
    return Path(chosen) if chosen else resources.CATALOGUE


@dataclass(frozen=True)
class _Records:
    methods: list[Method]
    hidden: list[Method]
    status: dict[str, dict]
    knowledge: list[KnowledgeItem]
    change_counter: int
    catalogue_version: str
    notices: list[str]


def _read_records(engine) -> _Records:  # noqa: ANN001 - an Engine
    """Shipped and own methods with the user's changes applied, hidden ones apart."""
    from db import record_log, setup, storage, user_store

    with engine.connect() as conn:
        stored = quick_read.StoredRecords(
            storage.read_methods(conn), storage.read_knowledge(conn), user_store.overrides(conn),
            user_store.hidden(conn), record_log.versions(conn, record_log.METHOD),
            record_log.versions(conn, record_log.HIDDEN), 0)
    return _records(stored, setup.change_counter(engine))


def _records(stored: quick_read.StoredRecords, change_counter: int) -> _Records:
    visible, hidden, status, notices = [], [], {}, []
    overrides, versions, hidden_versions = stored.overrides, stored.versions, stored.hidden_versions
    for method in stored.methods:
        status[method.id] = {"origin": "own" if method.is_own else "shipped"}
        if not method.is_own and method.id in overrides:
            try:
                variant = apply_overrides(method, overrides[method.id])
            except CatalogueError as error:
                notices.append(f"De lokale aanpassing van '{method.id}' past niet meer bij de meegeleverde "
                               f"catalogus ({error}); de meegeleverde tekst wordt getoond.")
            else:
                method = variant.method
                status[method.id] = {"origin": "variant", "overridden": list(variant.overridden),
                                     "upstream_changed": list(variant.upstream_changed)}
        status[method.id].update(version=versions.get(method.id, 0), hidden_version=hidden_versions.get(method.id, 0))
        (hidden if method.id in stored.hidden else visible).append(method)
    version = next((m.catalogue_version for m in stored.methods if not m.is_own), "")
    return _Records(visible, hidden, status, stored.knowledge, change_counter, version, notices)


@dataclass
class Catalogue:
    """The methods and background knowledge of one database, held in memory."""

    url: str
    methods: list[Method]
    knowledge: list[KnowledgeItem]
    change_counter: int
    read_only: bool = False  # opened for reading only: show it, refuse edits
    notices: list[str] = field(default_factory=list)  # Dutch sentences the user should see once
    hidden: list[Method] = field(default_factory=list)  # shipped methods the user hid ("Verborgen")
    # per id: origin, overridden, upstream_changed, and the record versions as read (version, hidden_version)
    status: dict[str, dict] = field(default_factory=dict)
    catalogue_version: str = ""  # fingerprint of the shipped files the records came from
    offline: bool = False  # a local copy standing in for a shared catalogue that cannot be reached
    # where each id first stands, per list ("methods", "hidden") and for the very list it was made from (get)
    _places: dict[str, tuple[list[Method], dict[str, int]]] = field(default_factory=dict, init=False, repr=False,
                                                                      compare=False)

    @classmethod
    def open(cls, url: str | None = None, catalogue_dir: Path | None = None,
             knowledge_dir: Path = resources.KNOWLEDGE,
             progress: Callable[[str], None] = lambda _m: None) -> Catalogue:
        resolved = resolve_url(url)
        catalogue_dir = resolve_catalogue_dir(catalogue_dir)
        try:
            catalogue = cls._open(resolved, catalogue_dir, knowledge_dir, progress)
            catalogue.back_up()
            return catalogue
        except ServerUnreachable as unreachable:
            return cls._offline(resolved, unreachable, catalogue_dir, knowledge_dir)
        except DamagedDatabase as damage:
            path = sqlite_path(resolved)
            if path is None or not is_default_url(resolved) or read_only_reason(path):
                raise CatalogueUnavailable.of(damage) from damage
            return cls._rebuild(resolved, path, damage, catalogue_dir, knowledge_dir, progress)
        except (DatabaseProblem, CatalogueError) as problem:
            raise CatalogueUnavailable.of(problem) from problem

    @classmethod
    def read_current(cls, url: str | None = None, catalogue_dir: Path | None = None,
                     knowledge_dir: Path = resources.KNOWLEDGE) -> Catalogue | None:
        """The catalogue of a local SQLite file that is current, read without SQLAlchemy (a second start);
        None when ``open`` must create, update, repair or explain (see ``db.quick_read``). ``open`` also
        backs the file up: call ``back_up`` once the catalogue is shown."""
        resolved = quick_read.plain_address(url)
        path = quick_read.plain_path(resolved) if resolved else None
        if path is None or not path.is_file():  # a first start: the full open creates it
            return None
        catalogue_dir = resolve_catalogue_dir(catalogue_dir)
        stored = quick_read.read_if_current(path, catalogue_version(catalogue_dir, knowledge_dir),
                                            catalogue_release.read_release(catalogue_dir))
        if stored is None:
            return None
        records = _records(stored, stored.change_counter)
        notices = list(records.notices) + _withheld(records, LazyIds(ShippedFiles(catalogue_dir, knowledge_dir)))
        return cls(resolved, records.methods, records.knowledge, records.change_counter, notices=notices,
                   hidden=records.hidden, status=records.status, catalogue_version=records.catalogue_version)

    def back_up(self, older_than_s: float | None = None) -> Path | None:
        """Copy the default database beside it when the user's records changed since the newest copy
        and that copy is older than *older_than_s* (default a day); never fails (see ``db.backups``)."""
        from db import backups

        path = sqlite_path(self.url)
        if path is None or self.read_only or self.offline or not is_default_url(self.url) or not path.is_file():
            return None
        return backups.back_up_if_due(path, backups.DAY_S if older_than_s is None else older_than_s)

    @classmethod
    def _rebuild(cls, url: str, path: Path, damage: DamagedDatabase, catalogue_dir: Path, knowledge_dir: Path,
                 progress: Callable[[str], None]) -> Catalogue:
        from db import recovery
        from db.engine import make_engine

        try:
            aside = recovery.set_aside(path)
        except OSError as error:
            raise CatalogueUnavailable(damage.what, f"Apart zetten lukte niet ({error}). {damage.action}",
                                       damage) from error
        cls._open(url, catalogue_dir, knowledge_dir, progress)  # the shipped part, in a new file
        engine = make_engine(url)
        try:
            restored = recovery.restore_user_records(engine, aside, catalogue_dir, knowledge_dir)
        finally:
            engine.dispose()
        catalogue = cls._open(url, catalogue_dir, knowledge_dir, progress)
        catalogue.notices.append(
            f"{damage.what.replace(UNTOUCHED, '').strip()} Het beschadigde bestand is ongewijzigd bewaard als "
            f"'{aside}'; de catalogus is opnieuw "
            f"opgebouwd uit de meegeleverde bestanden. {restored.sentence()}")
        return catalogue

    @classmethod
    def _offline(cls, url: str, unreachable: ServerUnreachable, catalogue_dir: Path,
                 knowledge_dir: Path) -> Catalogue:
        from db import snapshot
        from db.engine import make_engine

        copy = snapshot.snapshot_path(url)
        if not copy.is_file():
            raise CatalogueUnavailable(
                unreachable.what, f"{unreachable.action} Er is op deze computer nog geen kopie om mee te werken.",
                unreachable) from unreachable
        local = snapshot.sqlite_url(copy)
        engine = make_engine(local, read_only=True)
        try:
            taken = snapshot.taken_at(engine)
        finally:
            engine.dispose()
        catalogue = cls._open(local, catalogue_dir, knowledge_dir, lambda _m: None, force_read_only=True)
        catalogue.offline = True
        catalogue.notices = [f"De gedeelde catalogus is niet bereikbaar; u werkt met een kopie van {taken} "
                             "(alleen lezen)."]
        return catalogue

    @classmethod
    def _open(cls, url: str, catalogue_dir: Path, knowledge_dir: Path,
              progress: Callable[[str], None], force_read_only: bool = False) -> Catalogue:
        from sqlalchemy.exc import DBAPIError

        from db import setup
        from db.engine import make_engine
        from db.problems import from_sqlite_error

        path = sqlite_path(url)
        read_only = read_only_reason(path) if path is not None else None
        read_only = read_only or ("een lokale kopie" if force_read_only else None)
        try:
            engine = make_engine(url, read_only=bool(read_only))
        except Exception as error:  # bad URL, missing driver, folder that cannot be made: the user's to fix
            raise CatalogueUnavailable(f"Databaseadres '{display_url(url)}' is niet bruikbaar: {_why(error)}.",
                                       "Geef met --db een ander adres op.") from None
        where = f"'{path}'" if path else f"'{display_url(url)}'"
        try:
            prepared = setup.prepare(engine, catalogue_dir, knowledge_dir, progress, path, bool(read_only))
            records = _read_records(engine)
            if is_postgresql(url):
                _refresh_snapshot(engine, url)
        except DBAPIError as error:
            raise from_sqlite_error(error, where) from error
        finally:
            engine.dispose()
        notices = list(records.notices) + _withheld(records, prepared.shipped_ids)
        if read_only:
            notices.append(f"Alleen-lezen: {read_only}. U kunt de catalogus bekijken, maar niets wijzigen.")
        if prepared.newer:  # an older desk: read and match what a newer one put there, never replace it
            which = "De gedeelde catalogus" if is_postgresql(url) else "De catalogus in deze database"
            notices.append(f"{which} is nieuwer dan deze versie van Methodewijzer; u werkt ermee zoals hij is, "
                           "zonder hem terug te zetten. Werk Methodewijzer bij om alles ervan te gebruiken.")
        elif prepared.stale and not read_only:  # a server role that may read but not replace the catalogue
            notices.append("De gedeelde catalogus verschilt van die van deze versie van Methodewijzer; bijwerken "
                           "kan alleen een redacteur of beheerder. U werkt met de catalogus zoals hij op de server "
                           "staat.")
        elif prepared.stale:
            notices.append("De catalogus in deze database is ouder dan die van deze versie van Methodewijzer; "
                           "bijwerken kan niet omdat de database alleen-lezen is.")
        return cls(url, records.methods, records.knowledge, records.change_counter, read_only=bool(read_only),
                   notices=notices, hidden=records.hidden, status=records.status,
                   catalogue_version=records.catalogue_version)

    def refresh(self) -> None:
        """Read the records again after a change (the shipped files are not read again)."""
        from db.engine import make_engine

        engine = make_engine(self.url, read_only=self.read_only)
        try:
            records = _read_records(engine)
        finally:
            engine.dispose()
        self.methods, self.hidden, self.status = records.methods, records.hidden, records.status
        self.knowledge, self.change_counter = records.knowledge, records.change_counter
        self.catalogue_version = records.catalogue_version  # another desk may have upgraded the shipped one

    def ensure_writable(self) -> None:
        """Raise ``CatalogueReadOnly`` before an edit when the database can only be read."""
        if self.offline:
            raise CatalogueReadOnly("De gedeelde catalogus is niet bereikbaar; u werkt met een kopie die alleen "
                                    "gelezen kan worden. Er is niets gewijzigd.",
                                    "Probeer het opnieuw zodra de verbinding met de server terug is.")
        if self.read_only:
            raise CatalogueReadOnly("Deze database is alleen-lezen; er is niets gewijzigd.",
                                    "Geef uzelf schrijfrechten op het bestand en de map, of kies een andere map.")

    def get(self, method_id: str, hidden: bool = False) -> Method | None:
        """The method with *method_id* as the user sees it; a hidden one only when *hidden*."""
        found = _by_id(self._places, "methods", self.methods, method_id)
        return found or (_by_id(self._places, "hidden", self.hidden, method_id) if hidden else None)

    def closest_ids(self, method_id: str, n: int = 3) -> list[str]:
        import difflib

        ids = [m.id for m in self.methods]
        close = difflib.get_close_matches(method_id.lower(), ids, n=n, cutoff=0.4)
        return close or [i for i in ids if method_id.lower() in i][:n]


def _by_id(tables: dict, name: str, methods: list[Method], method_id: str) -> Method | None:
    """The first of *methods* with *method_id*, found through a table of places kept in *tables* under *name*
    (the method page asks on every change of the current method: a scan took ~1.5 ms at 10,000). A table made
    for another list (the attribute was given a new one), a place that no longer holds that id, or an id not in
    the table is looked up by a scan (the list may have been changed in place; the table is then made anew).
    Ids are unique within a list (the database's key)."""
    kept = tables.get(name)
    if kept is None or kept[0] is not methods:
        places: dict[str, int] = {}
        for place, method in enumerate(methods):
            places.setdefault(method.id, place)
        kept = tables[name] = (methods, places)
    place = kept[1].get(method_id)
    if place is not None and place < len(methods) and methods[place].id == method_id:
        return methods[place]
    found = next((m for m in methods if m.id == method_id), None)
    if found is not None:  # the list was changed in place since its table was made
        del tables[name]
    return found


def _withheld(records: _Records, shipped_ids: frozenset[str]) -> list[str]:
    """A shipped method whose id an own method already has waits (``db.setup``); the user is told which."""
    return [f"De meegeleverde catalogus bevat nu ook een methode met het id '{m.id}', maar dat id is van uw eigen "
            f"methode '{m.name}'. Uw eigen methode blijft; de meegeleverde wordt niet getoond zolang u het id "
            "van uw eigen methode niet verandert." for m in (*records.methods, *records.hidden)
            if m.is_own and m.id in shipped_ids]


def _why(error: Exception) -> str:
    """What is wrong with an address, without repeating it (it may hold a password)."""
    from sqlalchemy.exc import ArgumentError, NoSuchModuleError

    if isinstance(error, ArgumentError):
        return "dit is geen geldig databaseadres"
    if isinstance(error, NoSuchModuleError):
        return "dit soort database kent Methodewijzer niet"
    if isinstance(error, ImportError):
        return f"het stuurprogramma ontbreekt ({error.name}); installeer het met pip install -e '.[postgres]'"
    return type(error).__name__ if "://" in str(error) else str(error)


def _refresh_snapshot(engine, url: str) -> None:  # noqa: ANN001 - an Engine
    """Refresh the local copy used when the server cannot be reached; a failure only costs the copy."""
    from sqlalchemy.exc import DBAPIError

    from db import snapshot

    try:
        snapshot.write_snapshot(engine, snapshot.snapshot_path(url))
    except (OSError, DBAPIError) as error:
        log.warning("Lokale kopie van %s niet bijgewerkt: %s", display_url(url), error)
