"""Checking, creating and filling a database on start.

Check before change: the file's header, schema version, ownership and pages
are examined in a read transaction before anything is written, so a newer,
foreign or damaged file is refused byte-identical. Only a file known to be
ours is then changed: schema and shipped catalogue are created (or replaced
after a release) in one ``BEGIN IMMEDIATE`` transaction, so a kill -9, a
full disk or a second process starting at the same moment leaves either the
old database or the complete new one. The journal mode is settled last.
An older schema is brought up to date by the Alembic revisions in
``db/migrations`` (``db.migrate``) in that same transaction, after a backup
copy; user-owned records (own methods, overrides, hidden marks, cases) are
never touched by a catalogue refresh.
On PostgreSQL the same transaction first takes an advisory lock, so desks
starting at once on an empty server fill it once, and an empty server gets its
schema through the Alembic revisions (what ``admin init`` runs). A shipped
catalogue with a higher release number (``db.catalogue_release``) than this
client's is never replaced: an older desk reads it as it is.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, func, inspect, select, text, update
from sqlalchemy.exc import DBAPIError

from db import catalogue_release, migrate, schema, storage
from db.filesystems import is_on_local_disk
from db.pause_points import PAUSE_ENV, RESUME_ENV, pause
from db.problems import (
    UNTOUCHED,
    DamagedDatabase,
    DatabaseProblem,
    ForeignDatabase,
    MigrationFailed,
    NewerDatabase,
    ReadOnlyDatabase,
    from_sqlite_error,
    is_permission_error,
)
from db.quick_read import SQLITE_HEADER
from db.shipped_files import LazyIds, ShippedFiles, catalogue_version

__all__ = ["PAUSE_ENV", "RESUME_ENV", "DatabaseProblem", "Prepared", "bump_change_counter", "catalogue_version",
           "change_counter", "check_header", "pause", "prepare"]

SHIPPED = "catalogue"
FILL_LOCK_KEY = 0x4D57_0001  # the advisory lock filling a PostgreSQL catalogue holds ("MW", 1)


@dataclass(frozen=True)
class Prepared:
    loaded: bool  # the shipped catalogue was (re)written
    stale: bool  # a read-only database holds an older catalogue than this release ships
    shipped_ids: Collection[str] = frozenset()  # the ids this release ships (an own method may hold one)
    newer: bool = False  # the database holds a newer release of the shipped catalogue; left as it is


@dataclass(frozen=True)
class _State:
    version: int | None  # None: empty, or the remains of a first start that never committed
    catalogue_version: str | None
    leftover: bool = False
    release: str | None = None  # meta.catalogue_release: the numbered release it was filled from


@dataclass
class _Upgrade:
    """What an upgrade did before it could fail: the backup copy to put back."""

    copies: list[Path] = field(default_factory=list)


def _get_meta(conn: Connection, key: str) -> str | None:
    return conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == key)).scalar()


def _set_meta(conn: Connection, key: str, value: str) -> None:
    if _get_meta(conn, key) is None:
        conn.execute(schema.meta.insert().values(key=key, value=value))
    else:
        conn.execute(update(schema.meta).where(schema.meta.c.key == key).values(value=value))


def bump_change_counter(conn: Connection) -> int:
    """Count one change; call inside the transaction that makes the change."""
    value = int(_get_meta(conn, "change_counter") or 0) + 1
    _set_meta(conn, "change_counter", str(value))
    pause("change")  # the change is written, not yet committed
    return value


def change_counter(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(_get_meta(conn, "change_counter") or 0)


def check_header(path: Path | None, where: str) -> None:
    """Refuse, without opening it, a non-empty file that does not start as a SQLite database."""
    if path is None or not path.is_file():
        return
    with path.open("rb") as handle:
        header = handle.read(len(SQLITE_HEADER))
    if header and header != SQLITE_HEADER:
        raise DamagedDatabase(f"Het bestand {where} is geen SQLite-database (meer). {UNTOUCHED}",
                              "Kies een ander bestand met --db of herstel een reservekopie.")


def _all_empty(conn: Connection, names: set[str]) -> bool:
    tables = [t for t in schema.metadata.sorted_tables if t.name in names]
    return all(conn.execute(select(func.count()).select_from(t)).scalar() == 0 for t in tables)


def _read_state(conn: Connection, where: str) -> _State:
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return _State(None, None)
    ours = {*schema.metadata.tables, "alembic_version"}
    stored = _get_meta(conn, "schema_version") if "meta" in tables else None
    if stored is None and tables <= ours and _all_empty(conn, tables):
        return _State(None, None, leftover=True)  # an older release's interrupted first start
    if "meta" not in tables:
        raise ForeignDatabase(f"Het bestand {where} is geen Methodewijzer-database. {UNTOUCHED}",
                              "Kies een ander bestand met --db.")
    if stored is None or not stored.isdigit():
        raise ForeignDatabase(f"De database {where} heeft geen geldige schemaversie. {UNTOUCHED}",
                              "Kies een ander bestand met --db of herstel een reservekopie.")
    version = int(stored)
    if version > schema.SCHEMA_VERSION:
        raise NewerDatabase(
            f"Deze database is gemaakt door een nieuwere versie van Methodewijzer (schema {version}, "
            f"deze versie kent tot en met {schema.SCHEMA_VERSION}). De database is niet aangeraakt.",
            "Werk Methodewijzer bij naar de nieuwste versie.")
    if version < schema.SCHEMA_VERSION:
        try:
            migrate.revision_of(conn, version)
        except migrate.UnknownRevision as unknown:
            raise ForeignDatabase(
                f"De database {where} heeft een oudere schemaversie ({unknown}) die deze versie van "
                f"Methodewijzer niet kan bijwerken. {UNTOUCHED}",
                "Open hem eerst met de Methodewijzer-versie die hem maakte, of kies een ander bestand met --db."
            ) from None
    return _State(version, _get_meta(conn, "catalogue_version"), release=_get_meta(conn, catalogue_release.META_KEY))


def _check(conn: Connection, where: str) -> _State:
    state = _read_state(conn, where)
    if conn.dialect.name != "sqlite":
        return state  # a server checks its own pages; there is no file of ours to examine
    problems = [row[0] for row in conn.exec_driver_sql("PRAGMA quick_check(5)")]
    if problems != ["ok"]:
        first = problems[0].replace("*** ", "").splitlines()[0][:120]  # SQLite's own words, briefly
        raise DamagedDatabase(f"De database {where} is beschadigd ({first}). {UNTOUCHED}",
                              "Zet een reservekopie terug of kies een ander bestand met --db.")
    return state


def _fill(engine: Engine, methods, items, shipped: tuple[str, int | None], where: str,  # noqa: ANN001
          progress: Callable[[str], None], path: Path | None, upgrade: _Upgrade) -> str:
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as conn:
        if sqlite:  # rebuilding a table must not cascade into its lists; checked before commit instead
            conn.connection.driver_connection.execute("PRAGMA foreign_keys = OFF")
        try:
            with conn.execution_options(immediate=True).begin():
                return _fill_in(conn, methods, items, shipped, where, progress, path, upgrade)
        finally:
            if sqlite:
                conn.connection.driver_connection.execute("PRAGMA foreign_keys = ON")


def _fill_in(conn: Connection, methods, items, shipped: tuple[str, int | None], where: str,  # noqa: ANN001
             progress: Callable[[str], None], path: Path | None, upgrade: _Upgrade) -> str:
    """Create or update the schema, then load the shipped catalogue: 'loaded', 'current' or 'newer'."""
    version, release = shipped
    if conn.dialect.name == "postgresql":
        # Two desks starting at once on an empty server: the second waits here, then sees it filled.
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": FILL_LOCK_KEY})
    state = _read_state(conn, where)  # another process may have filled it while we waited
    if state.version is None:
        progress("Database aanmaken…")
        if state.leftover:
            schema.metadata.drop_all(conn)
        if conn.dialect.name == "postgresql":
            migrate.create(conn)  # a shared server's schema is the revisions' work, as `admin init` says
        else:
            schema.metadata.create_all(conn)
            migrate.stamp_head(conn)
        pause("schema")
    elif state.version < schema.SCHEMA_VERSION:
        progress("Database bijwerken…")
        revision = migrate.revision_of(conn, state.version)
        if path is not None:
            upgrade.copies.append(migrate.backup(path, revision))
        migrate.upgrade(conn, revision)
        pause("migrate")
    _set_meta(conn, "schema_version", str(schema.SCHEMA_VERSION))
    if state.catalogue_version == version and state.version == schema.SCHEMA_VERSION:
        return "current"
    if catalogue_release.is_newer(state.release, release):
        return "newer"  # a newer desk upgraded it (perhaps while we waited for the lock): never go back
    progress("Catalogus laden…")
    storage.delete_knowledge(conn, SHIPPED)
    storage.delete_methods(conn, SHIPPED)
    taken = storage.method_ids(conn)  # own methods keep their id; a shipped one with the same id waits
    storage.write_methods(conn, [m for m in methods if m.id not in taken], SHIPPED, version)
    pause("fill")
    storage.write_knowledge(conn, items, SHIPPED, version)
    _set_meta(conn, "catalogue_version", version)
    if release is None:
        conn.execute(schema.meta.delete().where(schema.meta.c.key == catalogue_release.META_KEY))
    else:
        _set_meta(conn, catalogue_release.META_KEY, str(release))
    bump_change_counter(conn)
    pause("commit")
    return "loaded"


def _settle_journal_mode(engine: Engine, path: Path) -> None:
    """WAL on a local disk; back to DELETE on a network share, where WAL corrupts."""
    wanted = "wal" if is_on_local_disk(path) else "delete"
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        if cursor.execute("PRAGMA journal_mode").fetchone()[0].lower() != wanted:
            pause("journal")
            cursor.execute(f"PRAGMA journal_mode = {wanted}")
        cursor.close()
    except sqlite3.OperationalError as error:
        # Another process has the file open (SQLite does not wait here); it, or the next start, switches.
        if "locked" not in str(error) and "busy" not in str(error):
            raise
    finally:
        raw.close()


def prepare(engine: Engine, catalogue: Path, knowledge: Path,
            progress: Callable[[str], None] = lambda _m: None,
            path: Path | None = None, read_only: bool = False) -> Prepared:
    """Make the database behind *engine* (the file *path*, if SQLite) ready to read.

    Raises a ``DatabaseProblem`` subclass saying what happened and what to do.
    """
    files = ShippedFiles(catalogue, knowledge)
    version = catalogue_version(catalogue, knowledge)
    release = catalogue_release.read_release(catalogue)
    where = f"'{path}'" if path is not None else f"'{engine.url.render_as_string(hide_password=True)}'"
    check_header(path, where)
    try:
        with engine.connect() as conn:
            state = _check(conn, where)
        newer = catalogue_release.is_newer(state.release, release)
        current = state.version == schema.SCHEMA_VERSION and (state.catalogue_version == version or newer)
        if read_only:
            if state.version != schema.SCHEMA_VERSION:
                raise ReadOnlyDatabase(
                    f"De database {where} is alleen-lezen en moet nog worden aangemaakt of bijgewerkt. {UNTOUCHED}",
                    "Geef uzelf schrijfrechten op het bestand en de map, of kies een andere map met --db.")
            return Prepared(loaded=False, stale=not current, newer=newer, shipped_ids=files.ids)
        upgrade = _Upgrade()
        try:
            outcome = "newer" if newer and current else "current" if current else \
                _fill(engine, files.methods, files.items, (version, release), where, progress, path, upgrade)
        except Exception as error:
            if not upgrade.copies:
                if isinstance(error, DBAPIError) and is_permission_error(error) \
                        and state.version == schema.SCHEMA_VERSION:
                    # a reader on a shared catalogue not yet updated
                    return Prepared(loaded=False, stale=True, shipped_ids=files.ids)
                raise
            engine.dispose()
            migrate.put_back(upgrade.copies[-1], path)
            raise MigrationFailed(
                f"Het bijwerken van de database {where} naar deze versie van Methodewijzer is mislukt "
                f"({error}). De reservekopie '{upgrade.copies[-1]}' is teruggezet; er is niets verloren.",
                "Start Methodewijzer opnieuw; lukt het weer niet, meld dit dan met het logbestand.") from error
        if path is not None and engine.dialect.name == "sqlite":
            _settle_journal_mode(engine, path)
        shipped_ids = LazyIds(files) if outcome == "current" else files.ids  # current: files need not be parsed
        return Prepared(loaded=outcome == "loaded", stale=False, newer=outcome == "newer", shipped_ids=shipped_ids)
    except (DBAPIError, sqlite3.Error) as error:
        raise from_sqlite_error(error, where) from error
