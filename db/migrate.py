"""Running the Alembic revisions in ``db/migrations`` on the caller's open transaction.

``db.setup`` decides when: it checks the file first, then calls ``upgrade``
inside its ``BEGIN IMMEDIATE`` transaction, so all revisions up to head commit
together or not at all. A database from before Alembic has no
``alembic_version`` table; its revision is read from what it holds (the first
release: schema 1 without cases; later: schema 1 with cases). Before an
upgrade a byte copy of the file is kept beside it (the last three), and a
failed upgrade puts that copy back.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, inspect, text

from db import schema

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (about 0.2 s to import) loads only when a revision runs: a second start of a current database
# never needs it.

HEAD = f"{schema.SCHEMA_VERSION:04d}"
BACKUPS_KEPT = 3
BACKUP_MARK = ".backup-"


class UnknownRevision(LookupError):
    """The database names a revision this release does not ship."""


def _config(conn: Connection) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "db:migrations")
    config.attributes["connection"] = conn
    return config


def known_revisions() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config(None))  # type: ignore[arg-type]
    return [r.revision for r in script.walk_revisions()]


def revision_of(conn: Connection, stored_version: int) -> str:
    """The Alembic revision of a database at *stored_version* (meta.schema_version)."""
    tables = set(inspect(conn).get_table_names())
    if "alembic_version" in tables:
        revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        if revision not in known_revisions():
            raise UnknownRevision(revision)
        return revision
    if stored_version == 1:
        return "0002" if "cases" in tables else "0001"
    raise UnknownRevision(str(stored_version))


def create(conn: Connection) -> None:
    """Build the schema of an empty database by running every revision from the first (a shared server)."""
    from alembic import command

    command.upgrade(_config(conn), "head")


def current_revision(conn: Connection) -> str | None:
    """The revision in the Alembic version table, or None when there is none."""
    if not inspect(conn).has_table("alembic_version"):
        return None
    return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def stamp_head(conn: Connection) -> None:
    """Mark a database made from ``db.schema`` as being at the newest revision."""
    from alembic import command

    command.stamp(_config(conn), "head")


def upgrade(conn: Connection, revision: str) -> None:
    """Bring a database at *revision* to head; the caller owns the transaction (foreign keys off)."""
    from alembic import command

    config = _config(conn)
    if not inspect(conn).has_table("alembic_version"):
        command.stamp(config, revision)
    command.upgrade(config, "head")
    broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall() if conn.dialect.name == "sqlite" else []
    if broken:
        raise RuntimeError(f"verwijzingen kloppen niet meer na het bijwerken: {broken[:3]}")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def backup(path: Path, revision: str) -> Path:
    """Copy *path* (and its write-ahead log) beside it; keep the newest three copies."""
    target = path.with_name(f"{path.name}{BACKUP_MARK}{revision}-{time.strftime('%Y%m%d-%H%M%S')}")
    count = 1
    while target.exists():
        count += 1
        target = target.with_name(f"{target.name.split('~')[0]}~{count}")
    shutil.copyfile(path, target)
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size:
        shutil.copyfile(wal, f"{target}-wal")
    copies = sorted((p for p in path.parent.glob(f"{path.name}{BACKUP_MARK}*") if not p.name.endswith("-wal")),
                    key=lambda p: p.stat().st_mtime_ns)
    for old in copies[:-BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
        Path(f"{old}-wal").unlink(missing_ok=True)
    return target


def put_back(copy: Path, path: Path) -> None:
    """Restore *path* from *copy* when the rolled-back upgrade left it different."""
    if path.exists() and _digest(path) == _digest(copy):
        return
    temp = path.with_name(f".{path.name}.restore")
    shutil.copyfile(copy, temp)
    os.replace(temp, path)
