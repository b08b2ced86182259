"""Setting a damaged database aside, never deleting it, so the shipped part can be rebuilt.

Like Zotero, Anki and Firefox: the damaged file (with its journal files) is
renamed to ``<name>.damaged-<time>`` beside the original, the user is told
where it is, and a new database is built from the shipped catalogue. Records
the user made (own methods, changed fields, hidden marks, cases with their
group weighting) are copied back from the newest usable backup
(``db.backups``: daily copies and the copies made before an upgrade).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import sqlite3
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, Engine, select
from sqlalchemy.exc import DBAPIError

from db import backups, setup, storage
from db import schema as s
from db.engine import make_engine
from db.problems import DatabaseProblem

log = logging.getLogger(__name__)

COMPANIONS = ("-wal", "-shm", "-journal")


def set_aside(path: Path) -> Path:
    """Rename *path* and its journal files to a free ``.damaged-<time>`` name; returns the new path."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    count = 1
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", *COMPANIONS)):
        count += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{count}")
    # Journal files first: a WAL left beside a new, empty database would be replayed into it.
    for suffix in COMPANIONS:
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, f"{target}{suffix}")
    os.replace(path, target)
    return target


@dataclass
class Restored:
    """What was put back from which backup; *backup* None when no usable backup was found."""

    backup: Path | None = None
    counts: dict[str, int] = field(default_factory=dict)
    unusable: list[Path] = field(default_factory=list)  # newer copies that were damaged themselves

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def sentence(self) -> str:
        """Dutch sentences for the user."""
        passed = "".join(f" De reservekopie '{p}' was zelf niet bruikbaar." for p in self.unusable)
        return self._restored() + passed

    def _restored(self) -> str:
        if self.backup is None:
            return ("Er was geen bruikbare reservekopie: eigen methoden, aanpassingen en casussen konden niet "
                    "worden teruggezet en staan alleen nog in het beschadigde bestand.")
        if not self.total:
            return f"De nieuwste bruikbare reservekopie '{self.backup}' bevatte geen eigen gegevens."
        parts = ", ".join(f"{n} {_NOUNS[kind][n != 1]}" for kind, n in self.counts.items() if n)
        return (f"Uit de reservekopie '{self.backup}' zijn teruggezet: {parts}. Wat na die kopie is veranderd, "
                "staat alleen nog in het beschadigde bestand.")


_NOUNS = {"methods": ("eigen methode", "eigen methoden"), "method_overrides": ("aangepast veld", "aangepaste velden"),
          "hidden_methods": ("verborgen methode", "verborgen methoden"), "cases": ("casus", "casussen"),
          "groups": ("groepsweging", "groepswegingen")}


def restore_user_records(engine: Engine, damaged: Path, catalogue: Path, knowledge: Path) -> Restored:
    """Copy the user's own records into the rebuilt database behind *engine* from the newest usable backup.

    The backups beside the original of *damaged* are tried newest first; each is copied to a temporary
    folder and brought to this version there (so a copy from before an upgrade works too), never read
    in place and never the damaged file itself. Returns what was restored, from which copy.
    """
    original = damaged.with_name(damaged.name.split(".damaged-")[0])
    unusable = []
    for copy in backups.copies(original):
        try:
            counts = _restore_from(copy, engine, catalogue, knowledge)
        except (DatabaseProblem, DBAPIError, sqlite3.Error, OSError) as problem:
            log.info("Reservekopie %s niet bruikbaar: %s", copy, problem)
            unusable.append(copy)
            continue
        return Restored(copy, counts, unusable)
    return Restored(unusable=unusable)


def _restore_from(copy: Path, engine: Engine, catalogue: Path, knowledge: Path) -> dict[str, int]:
    with tempfile.TemporaryDirectory(prefix="methodewijzer-herstel-") as folder:
        work = Path(folder) / "kopie.sqlite3"
        shutil.copyfile(copy, work)
        if Path(f"{copy}-wal").exists():
            shutil.copyfile(f"{copy}-wal", f"{work}-wal")
        source = make_engine(f"sqlite:///{work}")
        try:
            setup.prepare(source, catalogue, knowledge, path=work)
            with source.connect() as old, engine.begin() as new:
                counts = _copy_user_rows(old, new)
                setup.bump_change_counter(new)
        finally:
            source.dispose()
    return counts


def _rows(conn: Connection, query) -> list[dict]:  # noqa: ANN001 - a select
    return [dict(row) for row in conn.execute(query).mappings()]


def _copy_user_rows(old: Connection, new: Connection) -> dict[str, int]:
    shipped = set(new.execute(select(s.methods.c.id)).scalars())
    own = [r for r in _rows(old, select(s.methods).where(s.methods.c.origin == "user")) if r["id"] not in shipped]
    ids = [r["id"] for r in own]
    counts = {"methods": len(own)}
    for table, rows in [(s.methods, own)] + [(child, _rows(old, select(child).where(child.c.method_id.in_(ids))))
                                            for child in storage.METHOD_CHILDREN]:
        if rows:
            new.execute(table.insert(), rows)
    for table in s.USER_TABLES:
        rows = _rows(old, select(table))
        if rows:
            new.execute(table.insert(), rows)
        counts[table.name] = len(rows)
    counts["groups"] = sum(bool(json.loads(r["context_json"]).get("group")) for r in _rows(old, select(s.cases)))
    return counts
