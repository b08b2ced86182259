"""A shared catalogue on a real PostgreSQL server: first fill, roles, sign-in, masking, offline copy."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest
from sqlalchemy import select, update

import resources
from app.api import explain_failure
from app.catalogue import Catalogue, CatalogueUnavailable
from app.cli import main
from db import schema, setup, snapshot, storage
from db.engine import display_url, make_engine
from tests.pg import PASSWORD_USER, server_of_its_own

SECRET = "Zeer-Geheim-Wachtwoord-42"
RIGHT = "Juist-Pw-7f3a9Qx"


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def shared(pg_server):
    """A fresh, empty database on the session's server and its superuser address."""
    name = pg_server.new_database()
    yield pg_server, name, pg_server.url(name)
    pg_server.drop_database(name)


def _counts(url):
    engine = make_engine(url)
    with engine.connect() as conn:
        rows = {t.name: len(conn.execute(select(t)).all()) for t in schema.metadata.sorted_tables}
        names = sorted(conn.execute(select(schema.methods.c.name)).scalars())
    engine.dispose()
    return rows, names


def _login(server, name, database, role):
    user = f"{role.split('_')[1]}_{database}"
    server.sql(f'CREATE ROLE "{user}" LOGIN IN ROLE {role}')
    return server.url(database, user=user)


def test_desks_starting_at_once_on_an_empty_server_fill_it_once(shared):
    _server, _name, url = shared
    command = [sys.executable, "-m", "app.cli", "--db", url, "list", "--json"]
    desks = [subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for _ in range(3)]
    results = [desk.communicate(timeout=120) + (desk.returncode,) for desk in desks]
    assert [code for _out, _err, code in results] == [0, 0, 0], [err for _o, err, _c in results]
    assert all(len(json.loads(out)) == 19 for out, _err, _code in results)
    engine = make_engine(url)
    assert setup.change_counter(engine) == 1  # one fill, not three
    engine.dispose()


def test_admin_roles_prints_the_sql_and_refuses_a_file(capsys, shared, db_url_sqlite):
    _server, name, url = shared
    code, out, _ = run(capsys, "--db", url, "admin", "roles")
    assert code == 0
    assert "CREATE ROLE methodewijzer_lezer NOLOGIN" in out and "CREATE ROLE methodewijzer_redacteur" in out
    assert f'GRANT CONNECT ON DATABASE "{name}" TO methodewijzer_lezer;' in out
    code, _, err = run(capsys, "--db", db_url_sqlite, "admin", "roles")
    assert code == 2 and "alleen op een PostgreSQL-server" in err


@pytest.fixture
def db_url_sqlite(tmp_path):
    return f"sqlite:///{tmp_path / 'bestand.sqlite3'}"


def test_a_reader_can_read_match_search_and_keep_cases_but_not_edit_methods(capsys, shared, methods):
    server, name, url = shared
    assert run(capsys, "--db", url, "admin", "roles", "--apply")[0] == 0
    reader = _login(server, name, name, "methodewijzer_lezer")
    code, out, err = run(capsys, "--db", reader, "list", "--json")
    assert code == 0 and len(json.loads(out)) == 19, err
    assert run(capsys, "--db", reader, "match", "--goal", "participation", "--json")[0] == 0
    code, out, _ = run(capsys, "--db", reader, "search", "moedercentra", "--json")
    assert code == 0 and json.loads(out)["results"][0]["id"] == "moedercentra"
    assert run(capsys, "--db", reader, "case", "save", "Eigen casus", "--goal", "participation")[0] == 0
    before = _counts(url)

    engine = make_engine(reader)
    with pytest.raises(Exception) as refused, engine.begin() as conn:
        conn.execute(update(schema.methods).where(schema.methods.c.id == "abcd").values(name="Gewijzigd"))
    failure = explain_failure(refused.value)
    assert "u hebt geen rechten om methoden te wijzigen" in failure.message.lower()
    assert not failure.is_bug
    with pytest.raises(Exception) as refused, engine.begin() as conn:
        storage.write_methods(conn, [dataclasses.replace(methods[0], id="nieuw", section="9")], "user", "")
    assert "geen rechten om methoden te wijzigen" in explain_failure(refused.value).message
    engine.dispose()
    assert _counts(url) == before


def test_an_editor_may_change_methods(capsys, shared):
    server, name, url = shared
    assert run(capsys, "--db", url, "admin", "roles", "--apply")[0] == 0
    editor = make_engine(_login(server, name, name, "methodewijzer_redacteur"))
    with editor.begin() as conn:
        conn.execute(update(schema.methods).where(schema.methods.c.id == "abcd").values(name="ABCD (lokaal)"))
        setup.bump_change_counter(conn)
    editor.dispose()
    assert Catalogue.open(url).get("abcd").name == "ABCD (lokaal)"


def test_a_reader_on_a_catalogue_of_another_version_reads_it_and_changes_nothing(capsys, shared, tmp_path):
    server, name, url = shared
    assert run(capsys, "--db", url, "admin", "roles", "--apply")[0] == 0
    reader = _login(server, name, name, "methodewijzer_lezer")
    changed = tmp_path / "catalogue"
    changed.mkdir()
    for path in resources.CATALOGUE.glob("*.toml"):
        (changed / path.name).write_text(path.read_text(encoding="utf-8").replace("ABCD-methode", "ABCD nieuw"),
                                         encoding="utf-8")
    before = _counts(url)
    catalogue = Catalogue.open(reader, catalogue_dir=changed)
    assert catalogue.get("abcd").name == "ABCD-methode"
    assert any("alleen een redacteur of beheerder" in n for n in catalogue.notices)
    assert _counts(url) == before


def test_a_wrong_password_is_refused_in_dutch_and_never_shown(capsys, shared):
    server, name, _url = shared
    _password_role(server)
    wrong = server.url(name, user=PASSWORD_USER, password=SECRET)
    code, out, err = run(capsys, "--db", wrong, "list")
    assert code == 1 and "Aanmelden bij de gedeelde catalogus" in err
    assert SECRET not in out + err and "***" in err
    code, _, err = run(capsys, "--db", f"postgresql+psycopg://{PASSWORD_USER}:{SECRET}@[kapot/x", "list")
    assert code == 1 and SECRET not in err


def _password_role(server):
    """The login that must give the password RIGHT (pg_hba asks it of this user only); made once per server."""
    server.sql(f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{PASSWORD_USER}') "
               f"THEN CREATE ROLE {PASSWORD_USER} LOGIN PASSWORD '{RIGHT}'; END IF; END $$")


def test_the_right_password_works_and_reaches_neither_the_copy_nor_the_messages(capsys, shared):
    server, name, url = shared
    _password_role(server)
    server.sql(f'GRANT ALL ON DATABASE "{name}" TO {PASSWORD_USER}')
    server.sql(f"GRANT ALL ON SCHEMA public TO {PASSWORD_USER}", database=name)
    secret_url = server.url(name, user=PASSWORD_USER, password=RIGHT)
    code, out, err = run(capsys, "--db", secret_url, "list", "--json")
    assert code == 0 and len(json.loads(out)) == 19, err
    copy = snapshot.snapshot_path(secret_url)
    assert copy.is_file()
    home = copy.parents[3]  # the test's own HOME with its data, cache and settings folders
    written = [path for path in home.rglob("*") if path.is_file()]
    assert written and not [path for path in written if RIGHT.encode() in path.read_bytes()]
    shown = display_url(secret_url)
    assert RIGHT not in shown and f"{PASSWORD_USER}:***@" in shown and name in shown


def test_an_unknown_database_and_an_absent_server_say_so(capsys, shared, tmp_path):
    server, name, _url = shared
    code, _, err = run(capsys, "--db", server.url(name + "_bestaat_niet"), "list")
    assert code == 1 and "bestaat niet op de server" in err
    absent = f"postgresql+psycopg://postgres@/x?host={tmp_path}"
    code, _, err = run(capsys, "--db", absent, "list")
    assert code == 1 and "niet bereikbaar" in err and "nog geen kopie" in err


def test_a_newer_schema_on_the_server_is_refused_and_untouched(shared):
    _server, _name, url = shared
    Catalogue.open(url)
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(update(schema.meta).where(schema.meta.c.key == "schema_version")
                     .values(value=str(schema.SCHEMA_VERSION + 1)))
    engine.dispose()
    before = _counts(url)
    with pytest.raises(CatalogueUnavailable, match="nieuwere versie"):
        Catalogue.open(url)
    assert _counts(url) == before


def test_server_gone_means_the_local_copy_read_only_and_nothing_lost(capsys):
    with server_of_its_own() as server:
        name = server.new_database()
        url = server.url(name)
        assert run(capsys, "--db", url, "case", "save", "Buurthuis", "--goal", "participation")[0] == 0
        _, online, _ = run(capsys, "--db", url, "search", "moedercentra", "--json")
        server.stop()

        code, out, err = run(capsys, "--db", url, "list", "--json")
        assert code == 0 and len(json.loads(out)) == 19
        assert "De gedeelde catalogus is niet bereikbaar; u werkt met een kopie van " in err
        assert "(alleen lezen)" in err
        assert run(capsys, "--db", url, "search", "moedercentra", "--json")[1] == online
        code, out, _ = run(capsys, "--db", url, "case", "list", "--json")
        assert [c["name"] for c in json.loads(out)] == ["Buurthuis"]
        code, _, err = run(capsys, "--db", url, "case", "save", "Tweede", "--goal", "participation")
        assert code == 1 and "niet bereikbaar" in err and "niets gewijzigd" in err

        server.start()
        catalogue = Catalogue.open(url)
        assert not catalogue.offline and not catalogue.read_only and not catalogue.notices
        code, out, _ = run(capsys, "--db", url, "case", "list", "--json")
        assert [c["name"] for c in json.loads(out)] == ["Buurthuis"]


def test_ci_turns_a_missing_server_into_a_failure_not_a_skip(monkeypatch):
    from tests.pg import REQUIRE_ENV, skip_or_fail

    monkeypatch.delenv(REQUIRE_ENV, raising=False)
    with pytest.raises(pytest.skip.Exception, match="niet gevonden"):
        skip_or_fail("PostgreSQL-serverprogramma's niet gevonden")
    monkeypatch.setenv(REQUIRE_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match=f"{REQUIRE_ENV}=1 eist"):
        skip_or_fail("PostgreSQL-serverprogramma's niet gevonden")


def test_a_login_without_a_role_is_told_it_may_not_read(capsys, shared):
    server, name, url = shared
    assert run(capsys, "--db", url, "admin", "roles", "--apply")[0] == 0
    server.sql(f'CREATE ROLE "buiten_{name}" LOGIN')
    code, _, err = run(capsys, "--db", server.url(name, user=f"buiten_{name}"), "list")
    assert code == 1 and "geen rechten om de gedeelde catalogus" in err and "methodewijzer_lezer" in err


def test_libpq_finds_the_password_in_pgpass_and_the_address_in_a_service_file(capsys, shared, tmp_path,
                                                                             monkeypatch):
    server, name, url = shared
    _password_role(server)
    server.sql(f'GRANT ALL ON DATABASE "{name}" TO {PASSWORD_USER}')
    server.sql(f"GRANT ALL ON SCHEMA public TO {PASSWORD_USER}", database=name)
    passfile = tmp_path / "pgpass"
    passfile.write_text(f"*:*:{name}:{PASSWORD_USER}:{RIGHT}\n")
    passfile.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(passfile))
    code, out, err = run(capsys, "--db", server.url(name, user=PASSWORD_USER), "list", "--json")
    assert code == 0 and len(json.loads(out)) == 19, err
    services = tmp_path / "pg_service.conf"
    services.write_text(f"[methodewijzer]\nhost={server.socket_dir}\ndbname={name}\nuser={PASSWORD_USER}\n")
    monkeypatch.setenv("PGSERVICEFILE", str(services))
    code, out, err = run(capsys, "--db", "postgresql+psycopg:///?service=methodewijzer", "list", "--json")
    assert code == 0 and len(json.loads(out)) == 19, err


def test_the_window_keeps_read_only_in_view_when_it_works_from_the_local_copy(qtbot, qsettings, tmp_path):
    pytest.importorskip("psycopg", reason="zonder psycopg is een PostgreSQL-adres geen onbereikbare server")
    from PySide6.QtWidgets import QLabel

    from ui.main_window import MainWindow

    unreachable = f"postgresql+psycopg://postgres@/methodewijzer?host={tmp_path / 'geen-server'}"
    earlier = f"sqlite:///{tmp_path / 'eerder.sqlite3'}"  # what the server held at the last successful start
    Catalogue.open(earlier)
    engine = make_engine(earlier)
    snapshot.write_snapshot(engine, snapshot.snapshot_path(unreachable))
    engine.dispose()
    window = MainWindow(unreachable, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.search is not None, timeout=60_000)
    notice = window.findChild(QLabel, "catalogueNotice")
    assert notice is not None and notice.isVisible()
    assert notice.text().startswith("Alleen lezen: De gedeelde catalogus is niet bereikbaar; u werkt met een kopie")
    assert window.table.model().rowCount() == 19
    window.tasks.wait()


@pytest.mark.parametrize("address", [
    f"postgresql+psycopg://jansen:{SECRET}@127.0.0.1:1/methodewijzer?connect_timeout=2",  # nobody listens
    f"postgresql+psycopg://jansen:{SECRET}@/methodewijzer?host=/geen/map",  # no socket there
    f"postgresql+geendriver://jansen:{SECRET}@server/methodewijzer",  # unknown driver
    f"postgresql+psycopg://jansen:{SECRET}@[kapot/methodewijzer",  # not an address at all
])
def test_no_message_log_or_file_shows_the_password_of_a_failing_address(capsys, address):
    code, out, err = run(capsys, "--db", address, "list")
    assert code == 1 and err.strip() and SECRET not in out + err
    home = snapshot.snapshot_path(address.replace("[kapot", "kapot")).parents[3]
    written = [path for path in home.rglob("*") if path.is_file()]
    assert not [path for path in written if SECRET.encode() in path.read_bytes()]


def test_a_shown_address_masks_its_password_and_keeps_the_rest():
    shown = display_url(f"postgresql+psycopg://jansen:{SECRET}@dbserver:5433/methodewijzer?sslmode=require")
    assert shown == "postgresql+psycopg://jansen:***@dbserver:5433/methodewijzer?sslmode=require"
    assert display_url(f"nergens-een-adres {SECRET}") == "(onleesbaar databaseadres)"


@pytest.mark.parametrize("point", ["schema", "fill", "commit"])
def test_a_desk_killed_while_filling_leaves_nothing_and_the_next_start_fills(shared, point):
    import os
    import signal

    from sqlalchemy import inspect

    _server, _name, url = shared
    env = {**os.environ, "METHODEWIJZER_PAUSE_AT": point}
    child = subprocess.Popen([sys.executable, "-m", "app.cli", "--db", url, "list"], env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    assert f"pauze bij {point}" in child.stderr.readline()
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stderr.close()
    engine = make_engine(url)
    with engine.connect() as conn:
        assert inspect(conn).get_table_names() == []  # the server rolled the whole first fill back
    engine.dispose()
    catalogue = Catalogue.open(url)
    assert len(catalogue.methods) == 19 and catalogue.change_counter == 1
