"""Reading a current local catalogue with the standard library's sqlite3, before SQLAlchemy is loaded.

On a second start the database is mostly a local SQLite file that is already
current: schema at this release's version, the shipped catalogue the one this
release ships, journal mode settled, pages sound. Opening it through
SQLAlchemy (importing it costs about 0.3 s) then prepares nothing and only
reads. This module checks those same conditions, read-only, and reads the same
rows; ``db.method_rows`` builds the methods for both reads. Anything else (no
file, another kind of address, a read-only file, an older or newer schema or
catalogue, a damaged page, a lock) gives None, and the full open
(``app.catalogue``) creates, migrates, rebuilds or explains as it always did.
Nothing here writes.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from advisor.method_document import Override
from advisor.model import KnowledgeItem, Method
from db import catalogue_release
from db.engine import DATABASE_FILE, ENV_URL, data_dir, is_on_local_disk, read_only_reason
from db.method_rows import LIST_TABLES, grouped, knowledge_from_rows, methods_from_rows
from db.schema_version import SCHEMA_VERSION

log = logging.getLogger(__name__)
PREFIX = "sqlite:///"
METHOD_KIND, HIDDEN_KIND = "method", "hidden"  # db.record_log.METHOD and HIDDEN
SQLITE_HEADER = b"SQLite format 3\x00"


@dataclass(frozen=True)
class StoredRecords:
    """Everything a catalogue is made of, as stored; both reads hand this to ``app.catalogue``."""

    methods: list[Method]
    knowledge: list[KnowledgeItem]
    overrides: dict[str, dict[str, Override]]
    hidden: set[str]
    versions: dict[str, int]
    hidden_versions: dict[str, int]
    change_counter: int


def plain_address(explicit: str | None = None) -> str | None:
    """The database address in use when it is a plain ``sqlite:///`` file address (no query, nothing escaped),
    spelled as ``db.engine.resolve_url`` spells it; None for anything else."""
    url = explicit or os.environ.get(ENV_URL)
    if url is None:
        url = PREFIX + str(data_dir() / DATABASE_FILE)
    return url if url.startswith(PREFIX) and not any(c in url for c in "?%#") else None


def plain_path(url: str) -> Path | None:
    rest = url[len(PREFIX):]
    return Path(rest) if rest and rest != ":memory:" else None


def read_if_current(path: Path, shipped_version: str, release: int | None) -> StoredRecords | None:
    """The records of *path* when it is a writable, sound database holding this release's schema and
    shipped catalogue (*shipped_version*, *release*); None when the full open must look at it."""
    try:
        if not path.is_file() or read_only_reason(path):
            return None
        with path.open("rb") as handle:
            if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
                return None
        with closing(sqlite3.connect(f"file:{quote(str(path.resolve()))}?mode=ro", uri=True,
                                     isolation_level=None)) as conn:
            conn.row_factory = sqlite3.Row
            conn.execute("BEGIN")  # one snapshot for every read, as the full open's connection has
            if not _current(conn, path, shipped_version, release):
                return None
            return _read(conn)
    except (OSError, sqlite3.Error, KeyError, TypeError, ValueError) as error:
        log.info("Catalogus niet snel gelezen, de volledige weg volgt: %s", error)
        return None


def _current(conn: sqlite3.Connection, path: Path, shipped_version: str, release: int | None) -> bool:
    if [tuple(r) for r in conn.execute("PRAGMA quick_check(5)")] != [("ok",)]:
        return False
    wanted = "wal" if is_on_local_disk(path) else "delete"
    if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != wanted:
        return False
    meta = {r["key"]: r["value"] for r in conn.execute("SELECT key, value FROM meta")}
    return (meta.get("schema_version") == str(SCHEMA_VERSION) and meta.get("catalogue_version") == shipped_version
            and not catalogue_release.is_newer(meta.get(catalogue_release.META_KEY), release))


def _ordered(conn: sqlite3.Connection, table: str, key: str = "method_id") -> dict[str, list[dict]]:
    return grouped(conn.execute(f"SELECT * FROM {table} ORDER BY {key}, position"), key)  # noqa: S608 - our names


def _read(conn: sqlite3.Connection) -> StoredRecords:
    lists = {table: _ordered(conn, table) for table in LIST_TABLES}
    terms = conn.execute("SELECT * FROM method_terms ORDER BY method_id, attribute, position")
    methods = methods_from_rows(conn.execute("SELECT * FROM methods"), lists, terms,
                                conn.execute("SELECT * FROM method_attribute_bases"))
    knowledge = knowledge_from_rows(conn.execute("SELECT * FROM knowledge_items ORDER BY position"),
                                    _ordered(conn, "knowledge_methods", "item_id"),
                                    _ordered(conn, "knowledge_conditions", "item_id"))
    overrides: dict[str, dict[str, Override]] = {}
    for row in conn.execute("SELECT method_id, field, value_json, shipped_json FROM method_overrides"):
        overrides.setdefault(row["method_id"], {})[row["field"]] = Override(json.loads(row["value_json"]),
                                                                             json.loads(row["shipped_json"]))
    hidden = {r[0] for r in conn.execute("SELECT method_id FROM hidden_methods")}
    versions = {kind: {r[0]: r[1] for r in conn.execute(
        "SELECT record_id, version FROM record_versions WHERE kind = ?", (kind,))}
        for kind in (METHOD_KIND, HIDDEN_KIND)}
    counter = conn.execute("SELECT value FROM meta WHERE key = 'change_counter'").fetchone()
    return StoredRecords(methods, knowledge, overrides, hidden, versions[METHOD_KIND], versions[HIDDEN_KIND],
                         int(counter[0]) if counter and counter[0] else 0)
