"""Periodic copies of a database that holds the user's own records.

Migration backups (``db.migrate``) exist only from before an upgrade; the
records a user makes afterwards need copies of their own, so a damaged
database can be rebuilt without losing them. A copy is made at most once a
day when the program starts, and when the window closes cleanly, and only
when the user's records differ from the newest copy (a fingerprint of them
ends the copy's name). SQLite's online backup makes a consistent copy even of
a WAL database in use; a copy that fails ``quick_check`` is not kept. The
newest three are kept. A copy that cannot be made is logged and never stops
the program.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sqlite3
import time
from contextlib import closing
from pathlib import Path

from db import schema as s
from db.migrate import BACKUP_MARK

log = logging.getLogger(__name__)
DAILY_MARK = ".daily-"
KEPT = 3
DAY_S = 24 * 3600.0
OWN = "user"


def user_fingerprint(conn: sqlite3.Connection) -> str:
    """A short digest of every record the user owns; '' when there are none."""
    rows = [("methods", *r) for r in conn.execute("SELECT id, modified FROM methods WHERE origin = ?", (OWN,))]
    for table in s.USER_TABLES:
        rows += [(table.name, *map(str, r)) for r in conn.execute(f"SELECT * FROM {table.name}")]  # noqa: S608
    if not rows:
        return ""
    return hashlib.sha256(repr(sorted(rows)).encode()).hexdigest()[:12]


def copies(path: Path) -> list[Path]:
    """Every backup of *path* beside it (daily and before-upgrade copies), newest first."""
    found = [p for mark in (DAILY_MARK, BACKUP_MARK) for p in path.parent.glob(f"{path.name}{mark}*")
             if not p.name.endswith(("-wal", "-shm", ".part"))]
    return sorted(found, key=lambda p: p.stat().st_mtime_ns, reverse=True)


def back_up_if_due(path: Path, older_than_s: float = DAY_S) -> Path | None:
    """Copy *path* when the user's records changed since the newest daily copy and that copy is older
    than *older_than_s* (0: whenever they changed). Returns the new copy, or None."""
    try:
        with closing(sqlite3.connect(path)) as conn:
            fingerprint = user_fingerprint(conn)
        daily = [p for p in copies(path) if DAILY_MARK in p.name]
        if not fingerprint or (daily and (daily[0].name.endswith(fingerprint)
                                          or time.time() - daily[0].stat().st_mtime < older_than_s)):
            return None
        target = path.with_name(f"{path.name}{DAILY_MARK}{time.strftime('%Y%m%d-%H%M%S')}-{fingerprint}")
        _copy(path, target)
        for old in [p for p in copies(path) if DAILY_MARK in p.name][KEPT:]:
            old.unlink(missing_ok=True)
        return target
    except (OSError, sqlite3.Error) as error:
        log.warning("Reservekopie van %s niet gemaakt: %s", path, error)
        return None


def _copy(path: Path, target: Path) -> None:
    part = target.with_name(target.name + ".part")
    try:
        with closing(sqlite3.connect(path)) as source, \
                closing(sqlite3.connect(part)) as copy:
            source.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")
            verdict = copy.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise sqlite3.DatabaseError(f"kopie niet in orde: {verdict}")
        os.replace(part, target)
    finally:
        part.unlink(missing_ok=True)

