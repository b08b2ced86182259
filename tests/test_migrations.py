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
            "columns": [(c["name"], str(c["type"]), c["nullable"], c["default"], c.get("primary_key"))
                        for c in ins.get_columns(table)],
            "key": ins.get_pk_constraint(table)["constrained_columns"],
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


R0003 = Path(__file__).parent / "fixtures" / "r0003_user_data.sqlite3"
USER_ROWS = {  # every user record the r0003 fixture holds, as that release stored it
    "own": "SELECT id, name, summary, author, created FROM methods WHERE origin = 'user'",
    "overrides": "SELECT method_id, field, value_json, shipped_json, modified FROM method_overrides",
    "hidden": "SELECT method_id, modified FROM hidden_methods",
    "cases": "SELECT name, context_json, notes, created, modified FROM cases",
}


@pytest.fixture
def r0003(tmp_path) -> Path:
    path = tmp_path / "r0003.sqlite3"
    shutil.copyfile(R0003, path)
    return path


def test_a_revision_3_database_keeps_every_user_record_and_gets_versions_and_owners(r0003, tmp_path):
    before = {name: _rows(r0003, query) for name, query in USER_ROWS.items()}
    assert all(before.values())
    catalogue = open_catalogue(f"sqlite:///{r0003}")
    assert {name: _rows(r0003, query) for name, query in USER_ROWS.items()} == before
    assert _rows(r0003, "SELECT kind, record_id, version FROM record_versions ORDER BY kind, record_id") == \
        [("hidden", "twexx", 1), ("method", "dialoogmethode", 1), ("method", "eigen-wijkgesprek", 1)]
    assert _rows(r0003, "SELECT owner != '', shared, version FROM cases") == [(1, 0, 1)]
    assert catalogue.status["dialoogmethode"]["version"] == 1
    assert catalogue.get("dialoogmethode").summary == "Onze eigen samenvatting van de dialoogmethode."
    fresh = tmp_path / "nieuw.sqlite3"
    open_catalogue(f"sqlite:///{fresh}")
    assert _structure(f"sqlite:///{r0003}") == _structure(f"sqlite:///{fresh}")


def test_a_revision_3_database_on_postgresql_upgrades_keeping_every_record(pg_server):
    """The fixture's tables and rows, copied onto the server as they are, upgrade to head there.

    (A server database was never at a revision before 0003: PostgreSQL support came with it.)
    """
    from sqlalchemy import MetaData, text

    from db.engine import make_engine

    old_db, fresh_db = pg_server.new_database(), pg_server.new_database()
    url = pg_server.url(old_db)
    engine, source = make_engine(url), create_engine(f"sqlite:///{R0003}")
    old = MetaData()
    old.reflect(source)
    for role in ("methodewijzer_lezer", "methodewijzer_redacteur"):  # as an earlier 'admin roles' left them
        pg_server.sql(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
                      f"THEN CREATE ROLE {role} NOLOGIN; END IF; END $$")
    with engine.begin() as conn:
        old.create_all(conn)
        with source.connect() as reading:
            for table in old.sorted_tables:
                rows = [dict(r._mapping) for r in reading.execute(table.select())]
                if rows:
                    conn.execute(table.insert(), rows)
        conn.execute(text("SELECT setval('cases_id_seq', (SELECT max(id) FROM cases))"))
    source.dispose()
    queries = {**USER_ROWS, "own": USER_ROWS["own"].replace("author, created", "author, created, section")}
    with engine.connect() as conn:
        before = {name: conn.execute(text(query)).all() for name, query in queries.items()}
    catalogue = open_catalogue(url)
    with engine.connect() as conn:
        assert {name: conn.execute(text(query)).all() for name, query in queries.items()} == before
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == migrate.HEAD
        assert conn.execute(text("SELECT owner, shared FROM cases")).all() == [("postgres", 1)]
        rights = text("SELECT has_table_privilege('methodewijzer_lezer', 'change_log', 'SELECT'), "
                      "has_table_privilege('methodewijzer_lezer', 'record_versions', 'UPDATE'), "
                      "has_table_privilege('methodewijzer_redacteur', 'record_versions', 'UPDATE'), "
                      "has_table_privilege('methodewijzer_redacteur', 'change_log', 'INSERT')")
        assert tuple(conn.execute(rights).one()) == (True, False, True, True)  # readers read, editors write
    engine.dispose()
    assert catalogue.status["eigen-wijkgesprek"]["version"] == 1 and "twexx" in {m.id for m in catalogue.hidden}
    open_catalogue(pg_server.url(fresh_db))
    assert _structure(url) == _structure(pg_server.url(fresh_db))
    pg_server.drop_database(old_db)
    pg_server.drop_database(fresh_db)
