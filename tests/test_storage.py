"""The catalogue survives the database, and bad databases are refused untouched."""

from __future__ import annotations

import dataclasses
import hashlib
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import insert

import resources
from app.catalogue import Catalogue, CatalogueUnavailable
from db import schema, setup
from db.engine import make_engine


def _plain(method):
    return dataclasses.replace(method, origin="catalogue", catalogue_version="")


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.mark.both_databases
def test_catalogue_reads_back_equal(db_url, methods, knowledge):
    catalogue = Catalogue.open(db_url)
    assert [_plain(m) for m in catalogue.methods] == methods
    assert catalogue.knowledge == knowledge
    assert all(m.catalogue_version for m in catalogue.methods)


@pytest.mark.both_databases
def test_second_start_does_not_reload(db_url):
    first = Catalogue.open(db_url)
    second = Catalogue.open(db_url)
    assert second.change_counter == first.change_counter


@pytest.mark.both_databases
def test_changed_catalogue_replaces_shipped_records_but_keeps_user_records(db_url, tmp_path, methods):
    Catalogue.open(db_url)
    engine = make_engine(db_url)
    own = dataclasses.replace(methods[0], id="eigen-methode", name="Onze buurtaanpak", section="4.2.99")
    from db import storage

    with engine.begin() as conn:
        storage.write_methods(conn, [own], "user", "")
        setup.bump_change_counter(conn)
    engine.dispose()
    changed = tmp_path / "catalogue"
    changed.mkdir()
    for path in resources.CATALOGUE.glob("*.toml"):
        text = path.read_text(encoding="utf-8")
        if path.stem == "abcd":
            text = text.replace('name = "ABCD-methode"', 'name = "ABCD-methode (bijgewerkt)"')
        (changed / path.name).write_text(text, encoding="utf-8")
    before = Catalogue.open(db_url).change_counter
    after = Catalogue.open(db_url, catalogue_dir=changed)
    assert after.change_counter == before + 1
    assert after.get("abcd").name == "ABCD-methode (bijgewerkt)"
    assert after.get("eigen-methode").name == "Onze buurtaanpak"
    assert after.get("eigen-methode").origin == "user"


def test_database_from_a_newer_version_is_refused_and_untouched(db_url, tmp_path):
    Catalogue.open(db_url)
    path = tmp_path / "catalogus.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(schema.SCHEMA_VERSION + 1),))
    before = _digest(path)
    with pytest.raises(CatalogueUnavailable, match="nieuwere versie"):
        Catalogue.open(db_url)
    assert _digest(path) == before


def test_a_file_that_is_no_database_is_refused_and_untouched(tmp_path):
    path = tmp_path / "kapot.sqlite3"
    path.write_bytes(b"dit is geen database" * 100)
    with pytest.raises(CatalogueUnavailable, match="niets aan veranderd"):
        Catalogue.open(f"sqlite:///{path}")
    assert path.read_bytes() == b"dit is geen database" * 100


def test_a_malformed_catalogue_loads_nothing(db_url, tmp_path):
    broken = tmp_path / "catalogue"
    broken.mkdir()
    for path in resources.CATALOGUE.glob("*.toml"):
        (broken / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    target = broken / "twexx.toml"
    target.write_text(target.read_text(encoding="utf-8").replace('evidence = "', 'evidence = "x'), encoding="utf-8")
    with pytest.raises(CatalogueUnavailable, match=r"twexx\.toml.*research\.evidence"):
        Catalogue.open(db_url, catalogue_dir=broken)
    assert not (tmp_path / "catalogus.sqlite3").exists() or not sqlite3.connect(
        tmp_path / "catalogus.sqlite3").execute("SELECT name FROM sqlite_master").fetchall()


def test_sqlite_connections_enforce_foreign_keys_and_use_wal(db_url):
    Catalogue.open(db_url)
    engine = make_engine(db_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
    with pytest.raises(Exception, match="FOREIGN KEY"), engine.begin() as conn:
        conn.execute(insert(schema.steps).values(method_id="bestaat-niet", position=0, text="x"))
    engine.dispose()


def test_environment_variable_points_at_another_database(tmp_path, monkeypatch):
    path = tmp_path / "gedeeld.sqlite3"
    monkeypatch.setenv("METHODEWIJZER_DATABASE_URL", f"sqlite:///{path}")
    Catalogue.open()
    assert path.exists()
