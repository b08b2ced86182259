"""Creating, checking and filling a database on start.

A database written by a newer Methodewijzer is refused and left untouched;
a file that is not a database gets a clear message instead of a traceback.
On every start the shipped catalogue is compared with what the database holds
and, when it changed, replaced in one transaction, leaving user records (and the
user-owned tables such as ``cases``) alone.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import Connection, Engine, inspect, select, update
from sqlalchemy.exc import DatabaseError as SQLAlchemyDatabaseError
from sqlalchemy.exc import OperationalError

from advisor.catalogue_reader import read_catalogue, read_knowledge
from db import schema, storage

SHIPPED = "catalogue"

# Migrations from version N to N+1, by N. Empty until the schema changes.
MIGRATIONS: dict[int, Callable[[Connection], None]] = {}


class DatabaseProblem(RuntimeError):
    """A database that cannot be used; the message is for the user, in Dutch."""


def catalogue_version(*folders: Path) -> str:
    """A fingerprint of the shipped files, so a changed release is noticed."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(folder.glob("*.toml")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


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
    return value


def change_counter(engine: Engine) -> int:
    with engine.connect() as conn:
        return int(_get_meta(conn, "change_counter") or 0)


def _check_schema(conn: Connection) -> int | None:
    """The stored schema version, or None for an empty database."""
    tables = set(inspect(conn).get_table_names())
    if not tables:
        return None
    if "meta" not in tables:
        raise DatabaseProblem("Deze database is niet van Methodewijzer; er is niets aan veranderd.")
    stored = _get_meta(conn, "schema_version")
    if stored is None or not stored.isdigit():
        raise DatabaseProblem("De database heeft geen geldige schemaversie; er is niets aan veranderd.")
    version = int(stored)
    if version > schema.SCHEMA_VERSION:
        raise DatabaseProblem(
            f"Deze database is gemaakt door een nieuwere versie van Methodewijzer (schema {version}, "
            f"deze versie kent tot en met {schema.SCHEMA_VERSION}). Werk Methodewijzer bij; "
            "de database is niet aangeraakt."
        )
    return version


def prepare(engine: Engine, catalogue: Path, knowledge: Path,
            progress: Callable[[str], None] = lambda _m: None) -> bool:
    """Make *engine*'s database ready; returns True when the shipped catalogue was (re)loaded."""
    methods = read_catalogue(catalogue)
    items = read_knowledge(knowledge)
    version = catalogue_version(catalogue, knowledge)
    try:
        with engine.begin() as conn:
            stored = _check_schema(conn)
            if stored is None:
                progress("Database aanmaken…")
                schema.metadata.create_all(conn)
                _set_meta(conn, "schema_version", str(schema.SCHEMA_VERSION))
            else:
                for step in range(stored, schema.SCHEMA_VERSION):
                    MIGRATIONS[step](conn)
                _set_meta(conn, "schema_version", str(schema.SCHEMA_VERSION))
            schema.metadata.create_all(conn, tables=list(schema.USER_TABLES), checkfirst=True)
            if _get_meta(conn, "catalogue_version") == version:
                return False
            progress("Catalogus laden…")
            storage.delete_knowledge(conn, SHIPPED)
            storage.delete_methods(conn, SHIPPED)
            storage.write_methods(conn, methods, SHIPPED, version)
            storage.write_knowledge(conn, items, SHIPPED, version)
            _set_meta(conn, "catalogue_version", version)
            bump_change_counter(conn)
            return True
    except (OperationalError, SQLAlchemyDatabaseError) as error:
        raise DatabaseProblem(
            f"De database kan niet worden gebruikt ({error.orig or error}). "
            "Er is niets aan veranderd; kies een ander bestand met --db of herstel een reservekopie."
        ) from error
