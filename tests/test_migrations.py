"""Alembic migrations: a first-release database upgrades to head with every row kept, the result
equals a fresh database, and a failing upgrade leaves the original file byte-identical."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine, inspect

from app.api import CatalogueUnavailable, open_catalogue
from db import migrate, schema

FIXTURE = Path(__file__).parent / "fixtures" / "first_release.sqlite3"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _rows(path: Path, query: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(query).fetchall()


@pytest.fixture
def first_release(tmp_path) -> Path:
    path = tmp_path / "oud.sqlite3"
    shutil.copyfile(FIXTURE, path)
    return path


def _structure(url: str) -> dict:
    engine = create_engine(url)
    ins = inspect(engine)
    result = {}
    for table in sorted(ins.get_table_names()):
        result[table] = {
            "columns": [(c["name"], str(c["type"]), c["nullable"], c["default"], c["primary_key"])
                        for c in ins.get_columns(table)],
            "unique": sorted(tuple(u["column_names"]) for u in ins.get_unique_constraints(table)),
            "foreign": sorted((tuple(f["constrained_columns"]), f["referred_table"], f["options"].get("ondelete"))
                              for f in ins.get_foreign_keys(table)),
            "indexes": sorted((tuple(i["column_names"]), bool(i["unique"])) for i in ins.get_indexes(table)),
        }
    engine.dispose()
    return result


def test_first_release_database_upgrades_to_head_with_every_row_kept(first_release):
    shipped = _rows(first_release, "SELECT id, name, section, summary FROM methods WHERE origin = 'catalogue'")
    own = _rows(first_release, "SELECT id, name, section, summary FROM methods WHERE origin = 'user'")
    steps = _rows(first_release, "SELECT * FROM method_steps ORDER BY method_id, position")
    assert len(shipped) == 19 and len(own) == 1 and steps
    catalogue = open_catalogue(f"sqlite:///{first_release}")
    assert _rows(first_release, "SELECT version_num FROM alembic_version") == [(migrate.HEAD,)]
    assert _rows(first_release, "SELECT value FROM meta WHERE key = 'schema_version'") == \
        [(str(schema.SCHEMA_VERSION),)]
    assert _rows(first_release, "SELECT id, name, section, summary FROM methods WHERE origin = 'user'") == own
    assert _rows(first_release, "SELECT * FROM method_steps WHERE method_id = 'eigen-buurtaanpak'") == \
        [r for r in steps if r[0] == "eigen-buurtaanpak"]
    assert {m.id for m in catalogue.methods} == {r[0] for r in shipped + own}
    backups = [p for p in first_release.parent.iterdir() if ".backup-0001-" in p.name]
    assert [_digest(p) for p in backups] == [_digest(FIXTURE)]  # the copy is the old file, byte for byte


def test_migrated_schema_equals_a_fresh_one(first_release, tmp_path):
    open_catalogue(f"sqlite:///{first_release}")
    fresh = tmp_path / "nieuw.sqlite3"
    open_catalogue(f"sqlite:///{fresh}")
    assert _structure(f"sqlite:///{first_release}") == _structure(f"sqlite:///{fresh}")


def test_failing_migration_leaves_the_original_byte_identical(first_release, monkeypatch):
    before = _digest(first_release)
    real = migrate.upgrade

    def failing(conn, revision):  # noqa: ANN001
        real(conn, revision)
        raise RuntimeError("proefstoring")

    monkeypatch.setattr(migrate, "upgrade", failing)
    with pytest.raises(CatalogueUnavailable) as caught:
        open_catalogue(f"sqlite:///{first_release}")
    assert "mislukt" in caught.value.what and "reservekopie" in caught.value.what
    assert _digest(first_release) == before
    monkeypatch.setattr(migrate, "upgrade", real)
    assert len(open_catalogue(f"sqlite:///{first_release}").methods) == 20  # the next start succeeds


def test_only_the_last_three_backups_are_kept(first_release):
    for _ in range(5):
        migrate.backup(first_release, "0001")
    assert len([p for p in first_release.parent.iterdir() if ".backup-" in p.name]) == 3


def test_unknown_older_version_gets_a_message_and_no_change(first_release):
    with closing(sqlite3.connect(first_release)) as conn, conn:
        conn.execute("UPDATE meta SET value = '0' WHERE key = 'schema_version'")
    before = _digest(first_release)
    with pytest.raises(CatalogueUnavailable) as caught:
        open_catalogue(f"sqlite:///{first_release}")
    assert "oudere schemaversie" in caught.value.what
    assert _digest(first_release) == before


def test_newer_alembic_revision_is_refused_untouched(tmp_path):
    path = tmp_path / "nieuwer.sqlite3"
    open_catalogue(f"sqlite:///{path}")
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(schema.SCHEMA_VERSION + 1),))
        conn.execute("UPDATE alembic_version SET version_num = '0099'")
        conn.execute("PRAGMA journal_mode = DELETE")
    before = _digest(path)
    with pytest.raises(CatalogueUnavailable) as caught:
        open_catalogue(f"sqlite:///{path}")
    assert "nieuwere versie" in caught.value.what
    assert _digest(path) == before
