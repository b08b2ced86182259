"""A local SQLite copy of a shared catalogue, for when the server cannot be reached.

Each successful start against a server copies every table (shipped methods,
own methods, knowledge, cases) into a SQLite file in the user's cache folder.
The copy is written beside its target and renamed into place, so a client
killed while copying leaves the previous copy. When the server does not
answer, the application opens this copy read-only and says how old it is.
The file is named after the address without its password, so a changed
password finds the same copy and no password ever reaches the disk.
Cases are personal: the copy holds only the signed-in user's own cases and
the shared ones, and remembers that user, so the copy shows the same list.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from datetime import datetime
from pathlib import Path

from platformdirs import user_cache_dir
from sqlalchemy import URL, Engine, create_engine, select
from sqlalchemy.engine import make_url

from db import record_log, schema

__all__ = ["snapshot_path", "sqlite_url", "taken_at", "write_snapshot"]

APP_NAME = "Methodewijzer"
TAKEN_KEY = "snapshot_taken"
USER_KEY = record_log.SNAPSHOT_USER_KEY


def snapshot_path(url: str) -> Path:
    parsed = make_url(url).set(password=None)
    key = hashlib.sha256(parsed.render_as_string(hide_password=True).encode()).hexdigest()[:16]
    return Path(user_cache_dir(APP_NAME, appauthor=False)) / "snapshots" / f"catalogus-{key}.sqlite3"


def sqlite_url(path: Path) -> str:
    return URL.create("sqlite", database=str(path)).render_as_string(hide_password=False)


def write_snapshot(source: Engine, target: Path) -> None:
    """Copy every table of *source* into *target*, replacing it whole or not at all."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".sqlite3")
    os.close(fd)
    copy = create_engine(sqlite_url(Path(temp)))
    try:
        with source.connect() as reading, copy.begin() as writing:
            schema.metadata.create_all(writing)
            user = record_log.who(reading)
            for table in schema.metadata.sorted_tables:  # parents before children
                query = select(table)
                if table is schema.cases:
                    query = query.where((table.c.owner == user) | (table.c.shared != 0))
                rows = [dict(r) for r in reading.execute(query).mappings()]
                if rows:
                    writing.execute(table.insert(), rows)
            writing.execute(schema.meta.insert().values(key=TAKEN_KEY, value=datetime.now().isoformat(" ", "minutes")))
            writing.execute(schema.meta.insert().values(key=USER_KEY, value=user))
        copy.dispose()
        os.replace(temp, target)
    except BaseException:
        copy.dispose()
        Path(temp).unlink(missing_ok=True)
        raise


def taken_at(engine: Engine) -> str:
    """When the copy behind *engine* was taken, as written in it ('jjjj-mm-dd uu:mm')."""
    with engine.connect() as conn:
        value = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == TAKEN_KEY)).scalar()
    if not value:
        return "onbekende datum"
    return datetime.fromisoformat(value).strftime("%d-%m-%Y %H:%M")
