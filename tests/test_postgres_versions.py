"""Setting up a shared catalogue and desks of different versions on one real PostgreSQL server.

`admin init` builds the schema through the Alembic revisions; the shipped
catalogue is upgraded once, by the first newer desk, while others wait on the
advisory lock; an older desk never puts its older catalogue back and says so.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time

import pytest
from sqlalchemy import select, text

import resources
from app.catalogue import Catalogue
from db import catalogue_release, migrate, schema, setup
from db.engine import make_engine
from tests import test_postgres
from tests.schema_shape import structure
from tests.test_postgres import run

shared = test_postgres.shared  # a fresh database on the session's server (a fixture)

NEWER = "is nieuwer dan deze versie"


def release_folder(tmp_path, release: int, abcd_name: str):
    """The shipped catalogue as release *release*, with ABCD renamed so it shows which one a database holds."""
    folder = tmp_path / f"release-{release}"
    shutil.copytree(resources.CATALOGUE, folder)
    (folder / catalogue_release.RELEASE_FILE).write_text(f"{release}\n")
    abcd = folder / "abcd.toml"
    abcd.write_text(abcd.read_text(encoding="utf-8").replace('name = "ABCD-methode"', f'name = "{abcd_name}"'),
                    encoding="utf-8")
    return folder


def held(url):
    """Names, release and change counter: what a downgrade or a second upgrade would change."""
    engine = make_engine(url)
    with engine.connect() as conn:
        names = sorted(conn.execute(select(schema.methods.c.name)).scalars())
        meta = dict(conn.execute(select(schema.meta.c.key, schema.meta.c.value)).all())
    engine.dispose()
    return names, meta.get(catalogue_release.META_KEY), int(meta["change_counter"]), meta["catalogue_version"]


def test_admin_init_builds_the_schema_by_the_migrations_and_a_second_run_changes_nothing(capsys, shared, tmp_path):
    _server, name, url = shared
    code, out, err = run(capsys, "--db", url, "admin", "init")
    assert code == 0, err
    assert f"schemarevisie {migrate.HEAD} (Alembic)" in out and "19 meegeleverde methoden" in out
    engine = make_engine(url)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT version_num FROM alembic_version")).scalars().all() == [migrate.HEAD]
    engine.dispose()
    first = held(url)
    assert len(first[0]) == 19 and first[2] == 1

    code, again, err = run(capsys, "--db", url, "admin", "init")
    assert code == 0 and again == out and not err
    assert held(url) == first  # nothing reloaded, nothing counted

    fresh = tmp_path / "eerste-start.sqlite3"
    Catalogue.open(f"sqlite:///{fresh}")
    assert structure(url) == structure(f"sqlite:///{fresh}")


def test_admin_init_wants_a_server_and_a_reachable_one(capsys, tmp_path):
    code, _, err = run(capsys, "--db", f"sqlite:///{tmp_path / 'bestand.sqlite3'}", "admin", "init")
    assert code == 2 and "alleen op een PostgreSQL-server" in err
    assert not (tmp_path / "bestand.sqlite3").exists()
    code, _, err = run(capsys, "--db", f"postgresql+psycopg://postgres@/x?host={tmp_path}", "admin", "init")
    assert code == 1 and "niet bereikbaar" in err


@pytest.mark.both_databases
def test_an_older_desk_reads_and_matches_a_newer_catalogue_and_never_puts_its_own_back(capsys, db_url, tmp_path):
    newer = release_folder(tmp_path, 3, "ABCD (release 3)")
    older = release_folder(tmp_path, 2, "ABCD (release 2)")
    assert run(capsys, "--db", db_url, "--catalogue-dir", str(newer), "list")[0] == 0
    before = held(db_url)
    assert "ABCD (release 3)" in before[0] and before[1] == "3"

    code, out, err = run(capsys, "--db", db_url, "--catalogue-dir", str(older), "list", "--json")
    assert code == 0 and "ABCD (release 3)" in [m["name"] for m in json.loads(out)]
    assert NEWER in err.lower()
    if "postgresql" in db_url:
        assert "de gedeelde catalogus is nieuwer dan deze versie" in err.lower()
    code, out, err = run(capsys, "--db", db_url, "--catalogue-dir", str(older), "match", "--goal", "participation",
                         "--json")
    assert code == 0 and json.loads(out)["results"]
    assert held(db_url) == before  # not downgraded, not even counted as a change

    code, _, err = run(capsys, "--db", db_url, "--catalogue-dir", str(newer), "list")
    assert code == 0 and "nieuwer" not in err  # the desk of the same release has nothing to say


def _waiting_on_the_lock(server, name) -> int:
    import psycopg

    with psycopg.connect(host=str(server.socket_dir), user="postgres", dbname=name, autocommit=True) as conn:
        return conn.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s AND wait_event_type = 'Lock' "
                            "AND wait_event = 'advisory'", (name,)).fetchone()[0]


def test_two_newer_desks_starting_at_once_upgrade_the_shared_catalogue_once(shared, tmp_path):
    server, name, url = shared
    Catalogue.open(url)  # the server holds this release's catalogue
    before = held(url)
    newer = release_folder(tmp_path, 7, "ABCD (release 7)")
    resume = tmp_path / "verder"
    command = [sys.executable, "-m", "app.cli", "--db", url, "--catalogue-dir", str(newer), "list", "--json"]
    first = subprocess.Popen(command, env={**os.environ, setup.PAUSE_ENV: "fill", setup.RESUME_ENV: str(resume)},
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        assert "pauze bij fill" in first.stderr.readline()  # halfway through the upgrade, holding the lock
        second = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        deadline = time.monotonic() + 60
        while _waiting_on_the_lock(server, name) < 1:
            assert time.monotonic() < deadline and second.poll() is None, "the second desk did not wait"
            time.sleep(0.1)
        assert held(url) == before  # the half-done upgrade is invisible to everyone else
    finally:
        resume.touch()
    outputs = [desk.communicate(timeout=120) for desk in (first, second)]
    assert [first.returncode, second.returncode] == [0, 0], [err for _out, err in outputs]
    for out, _err in outputs:
        assert "ABCD (release 7)" in [m["name"] for m in json.loads(out)]
    names, release, counter, _version = held(url)
    assert "ABCD (release 7)" in names and release == "7"
    assert counter == before[2] + 1  # upgraded once, not twice


def test_the_window_of_an_older_desk_says_the_shared_catalogue_is_newer(qtbot, qsettings, shared, tmp_path,
                                                                          monkeypatch):
    from PySide6.QtWidgets import QLabel

    from ui.main_window import MainWindow

    _server, _name, url = shared
    Catalogue.open(url, catalogue_dir=release_folder(tmp_path, 9, "ABCD (release 9)"))
    monkeypatch.setenv("METHODEWIJZER_CATALOGUE_DIR", str(release_folder(tmp_path, 8, "ABCD (release 8)")))
    window = MainWindow(url, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.search is not None, timeout=60_000)
    notice = window.findChild(QLabel, "catalogueNotice")
    assert notice is not None and notice.isVisible()
    assert notice.text().startswith("De gedeelde catalogus is nieuwer dan deze versie van Methodewijzer")
    assert window.table.model().rowCount() == 19 and window.catalogue.get("abcd").name == "ABCD (release 9)"
    window.tasks.wait()
    assert held(url)[1] == "9"
