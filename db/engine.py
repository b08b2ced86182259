"""Where the database lives and how a connection to it is set up.

By default a SQLite file in the user's data directory; a URL from the
command line or ``METHODEWIJZER_DATABASE_URL`` points elsewhere (PostgreSQL
for a shared catalogue) without code changes.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from platformdirs import user_data_dir
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

APP_NAME = "Methodewijzer"
ENV_URL = "METHODEWIJZER_DATABASE_URL"
BUSY_TIMEOUT_MS = 5000
NETWORK_FILESYSTEMS = {"nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "ceph"}


def data_dir() -> Path:
    return Path(user_data_dir(APP_NAME, appauthor=False))


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'methodewijzer.sqlite3'}"


def resolve_url(explicit: str | None = None) -> str:
    """The URL to use: an explicit one, else the environment's, else the default file."""
    return explicit or os.environ.get(ENV_URL) or default_url()


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for memory or other databases."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def is_on_local_disk(path: Path) -> bool:
    """False when *path* is on a network share, where SQLite's WAL mode is unsafe."""
    resolved = str(path.resolve())
    if sys.platform == "win32":
        return not resolved.startswith("\\\\")
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return True
    best, fstype = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) >= 3 and resolved.startswith(parts[1]) and len(parts[1]) > len(best):
            best, fstype = parts[1], parts[2]
    return fstype not in NETWORK_FILESYSTEMS


def make_engine(url: str) -> Engine:
    """An engine for *url*; SQLite gets foreign keys, a busy timeout and WAL on local disks."""
    path = sqlite_path(url)
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        use_wal = path is not None and is_on_local_disk(path)

        @event.listens_for(engine, "connect")
        def _configure(dbapi_connection, _record):  # noqa: ANN001 - DBAPI types
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if use_wal:
                cursor.execute("PRAGMA journal_mode = WAL")
            cursor.close()

    return engine
