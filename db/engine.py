"""Where the database lives and how a connection to it is set up.

By default a SQLite file in the user's data directory; a URL from the
command line or ``METHODEWIJZER_DATABASE_URL`` points elsewhere (PostgreSQL
for a shared catalogue) without code changes.

SQLite connections set only per-connection options here (foreign keys, busy
timeout); nothing that changes the file happens until ``db.setup`` has checked
that the file is ours and current. Transactions start with our own ``BEGIN``
(SQLAlchemy's recipe for pysqlite), ``BEGIN IMMEDIATE`` when asked with
``execution_options(immediate=True)``, so schema and contents are created in
one transaction and a second process starting at the same moment waits.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote

from platformdirs import user_data_dir

from db.filesystems import is_on_local_disk

if TYPE_CHECKING:
    from sqlalchemy import Engine

# SQLAlchemy is imported where it is used: a second start reads the catalogue without it (db.quick_read).

__all__ = ["data_dir", "default_url", "display_url", "is_on_local_disk", "is_postgresql", "make_engine",
           "resolve_url", "sqlite_path", "is_default_url", "read_only_reason"]

APP_NAME = "Methodewijzer"
ENV_URL = "METHODEWIJZER_DATABASE_URL"
DATABASE_FILE = "methodewijzer.sqlite3"
BUSY_TIMEOUT_MS = 20_000
CONNECT_TIMEOUT_S = 5


def data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_url() -> str:
    """The default file as a URL; ``URL.create`` escapes '%', '?' and '#' in the folder's path."""
    from sqlalchemy.engine import URL

    return URL.create("sqlite", database=str(data_dir() / DATABASE_FILE)).render_as_string(hide_password=False)


def is_default_url(url: str) -> bool:
    return sqlite_path(url) == sqlite_path(default_url())


def resolve_url(explicit: str | None = None) -> str:
    """The URL to use: an explicit one, else the environment's, else the default file."""
    return explicit or os.environ.get(ENV_URL) or default_url()


def display_url(url: str) -> str:
    """*url* as it may be shown or logged: the password masked, never printed."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:  # not parseable: show nothing of it, it may still hold a password
        return "(onleesbaar databaseadres)"


def is_postgresql(url: str) -> bool:
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).get_backend_name() == "postgresql"
    except Exception:
        return False


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for memory or other databases."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def read_only_reason(path: Path) -> str | None:
    """Why *path* can only be read (a Dutch phrase), or None when it can be written."""
    if not path.exists():
        return None
    if not os.access(path, os.W_OK):
        return "het databasebestand is alleen-lezen"
    if not os.access(path.parent, os.W_OK | os.X_OK):
        return "de map van de database is alleen-lezen"
    return None


def _read_only_connection(path: Path):  # noqa: ANN202 - a DBAPI connection
    uri = f"file:{quote(str(path.resolve()))}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        # A WAL database in a folder we cannot write has no -shm file to share; nobody can write
        # there either, so reading it as an unchanging file is safe.
        conn = sqlite3.connect(uri + "&immutable=1", uri=True, check_same_thread=False)
    return conn


def make_engine(url: str, read_only: bool = False) -> Engine:
    """An engine for *url*; SQLite gets foreign keys, a busy timeout and explicit BEGIN handling.

    On PostgreSQL ``immediate=True`` means nothing: writers that must not overlap
    take an advisory lock in their transaction instead (``db.setup``).
    """
    from sqlalchemy import create_engine

    path = sqlite_path(url)
    if read_only and path is not None:
        engine = create_engine("sqlite://", creator=lambda: _read_only_connection(path))
    else:
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, **_server_options(url))
    if engine.dialect.name == "sqlite":
        _configure_sqlite(engine)
    return engine


def _server_options(url: str) -> dict:
    """A server that does not answer is given up on after a few seconds, so the offline copy can take over."""
    if not is_postgresql(url):
        return {}
    from sqlalchemy.engine import make_url

    query = make_url(url).query
    args = {} if "connect_timeout" in query else {"connect_timeout": CONNECT_TIMEOUT_S}
    if "application_name" not in query:
        args["application_name"] = APP_NAME.lower()
    return {"connect_args": args, "pool_pre_ping": True}


def _configure_sqlite(engine: Engine) -> None:
    from sqlalchemy import event

    @event.listens_for(engine, "connect")
    def _connect(dbapi_connection, _record):  # noqa: ANN001 - DBAPI types
        dbapi_connection.isolation_level = None  # pysqlite must not issue BEGIN itself
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn):  # noqa: ANN001
        immediate = conn.get_execution_options().get("immediate", False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")
