"""Editing the catalogue through the command line on SQLite and on a real PostgreSQL server alike:
own methods, local changes to shipped ones, hiding, packages; and a reader role that may not edit."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from app.api import open_catalogue, open_user_records
from app.cli import main
from db import setup
from tests.test_own_methods import OWN

pytestmark = pytest.mark.both_databases


@pytest.fixture
def cli(db_url, capsys):
    def run(*args: str, db: str = db_url) -> tuple[int, str, str]:
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def _file(tmp_path, name: str, content: str) -> str:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    return str(path)


def _names(cli, db: str | None = None) -> list[str]:
    code, out, err = cli("list", "--json", **({"db": db} if db else {}))
    assert code == 0, err
    return [m["name"] for m in json.loads(out)]


def test_an_own_method_is_added_edited_hidden_shown_and_removed(cli, tmp_path):
    code, _out, err = cli("method", "add", _file(tmp_path, "eigen.toml", OWN.format(section="")))
    assert code == 0, err
    assert "Buurtkamer Plus" in _names(cli) and len(_names(cli)) == 20
    assert "Buurtkamer Plus" in cli("search", "kookavond")[1]
    assert "buurtkamer-plus" in cli("match", "--goal", "social_cohesion", "--json")[1]

    edit = _file(tmp_path, "naam.toml", OWN.format(section="").replace('"Buurtkamer Plus"', '"Buurtkamer Plus Plus"'))
    code, out, err = cli("method", "edit", "buurtkamer-plus", edit)
    assert code == 0 and "name" in out, err
    shown = json.loads(cli("show", "buurtkamer-plus", "--json")[1])
    assert shown["name"] == "Buurtkamer Plus Plus" and shown["origin"] == "own"

    assert cli("method", "hide", "buurtkamer-plus")[0] == 0
    assert "Buurtkamer Plus Plus" not in _names(cli)
    assert "Buurtkamer" not in cli("search", "kookavond")[1]
    assert cli("method", "unhide", "buurtkamer-plus")[0] == 0
    assert "Buurtkamer Plus Plus" in _names(cli)
    assert cli("method", "remove", "buurtkamer-plus")[0] == 0
    assert len(_names(cli)) == 19 and "Buurtkamer" not in cli("search", "kookavond")[1]


def test_a_local_change_to_a_shipped_method_is_shown_searched_and_restored(cli, tmp_path):
    edit = _file(tmp_path, "doel.toml", 'goal = "Bij ons: een zaal voor de zwemclub."\n')
    assert cli("method", "edit", "kern-met-pit", edit)[0] == 0
    shown = json.loads(cli("show", "kern-met-pit", "--json")[1])
    assert shown["origin"] == "variant" and shown["overridden"] == ["goal"]
    assert shown["goal"] == "Bij ons: een zaal voor de zwemclub."
    assert json.loads(cli("search", "zwemclub", "--json")[1])["results"][0]["id"] == "kern-met-pit"
    assert cli("method", "restore", "kern-met-pit")[0] == 0
    shown = json.loads(cli("show", "kern-met-pit", "--json")[1])
    assert shown["origin"] == "shipped" and "zwemclub" not in shown["goal"]
    assert json.loads(cli("search", "zwemclub", "--json")[1])["results"] == []


def test_a_shipped_method_is_hidden_never_removed_and_comes_back(cli):
    assert cli("method", "hide", "moedercentra")[0] == 0
    assert "moedercentra" not in cli("match", "--json")[1] and "Moedercentra" not in _names(cli)
    code, _out, err = cli("method", "remove", "moedercentra")
    assert code == 2 and "meegeleverde methode" in err
    assert cli("method", "unhide", "moedercentra")[0] == 0
    assert "Moedercentra" in _names(cli)


def test_a_package_from_another_desk_is_imported_whole(cli, tmp_path):
    desk = f"sqlite:///{tmp_path / 'andere-werkplek.sqlite3'}"
    cli("method", "add", _file(tmp_path, "eigen.toml", OWN.format(section="")), db=desk)
    cli("method", "edit", "kern-met-pit", _file(tmp_path, "doel.toml", 'goal = "Lokaal doel."\n'), db=desk)
    cli("method", "hide", "moedercentra", db=desk)
    package = tmp_path / "pakket.jsonl"
    assert cli("catalogue", "export", "--out", str(package), db=desk)[0] == 0
    code, out, err = cli("catalogue", "import", str(package))
    assert code == 0 and "2 is toegevoegd: kern-met-pit, buurtkamer-plus" in out, err
    assert _names(cli) == _names(cli, desk)
    assert json.loads(cli("show", "kern-met-pit", "--json")[1])["goal"] == "Lokaal doel."
    assert "buurtkamer-plus" in cli("match", "--goal", "social_cohesion", "--json")[1]
    again = tmp_path / "terug.jsonl"  # what the database under test now holds exports to the same lines
    assert cli("catalogue", "export", "--out", str(again))[0] == 0
    assert sorted(again.read_text(encoding="utf-8").splitlines()[1:]) == \
        sorted(package.read_text(encoding="utf-8").splitlines()[1:])


def test_a_desk_killed_during_an_import_leaves_the_old_catalogue_and_the_import_can_be_run_again(cli, db_url,
                                                                                                     tmp_path):
    desk = f"sqlite:///{tmp_path / 'andere-werkplek.sqlite3'}"
    cli("method", "add", _file(tmp_path, "eigen.toml", OWN.format(section="")), db=desk)
    cli("method", "edit", "kern-met-pit", _file(tmp_path, "doel.toml", 'goal = "Lokaal doel."\n'), db=desk)
    package = tmp_path / "pakket.jsonl"
    assert cli("catalogue", "export", "--out", str(package), db=desk)[0] == 0
    records = open_user_records(open_catalogue(db_url))
    before = records.digest()
    child = subprocess.Popen([sys.executable, "-m", "app.cli", "--db", db_url, "catalogue", "import", str(package)],
                             env={**os.environ, setup.PAUSE_ENV: "change"}, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    assert "pauze bij change" in child.stderr.readline()  # every row written, nothing committed
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stderr.close()
    assert records.digest() == before and "Buurtkamer Plus" not in _names(cli)
    code, out, err = cli("catalogue", "import", str(package))
    assert code == 0 and "2 is toegevoegd" in out, err
    assert _names(cli) == _names(cli, desk)


@pytest.fixture
def server_database(pg_server):
    name = pg_server.new_database()
    yield pg_server, name
    pg_server.drop_database(name)


def test_a_reader_role_is_refused_every_edit_and_nothing_changes(server_database, capsys, tmp_path):
    server, database = server_database
    owner = server.url(database)

    def cli(*args: str, db: str = owner) -> tuple[int, str, str]:
        code = main(["--db", db, *args])
        out, err = capsys.readouterr()
        return code, out, err

    assert cli("admin", "roles", "--apply")[0] == 0
    server.sql(f'CREATE ROLE "lezer_{database}" LOGIN IN ROLE methodewijzer_lezer')
    reader = server.url(database, user=f"lezer_{database}")
    cli("method", "add", _file(tmp_path, "eigen.toml", OWN.format(section="")))  # the owner may
    package = tmp_path / "pakket.jsonl"
    cli("catalogue", "export", "--out", str(package))
    records = open_user_records(open_catalogue(owner))
    before = records.digest()
    attempts = [
        ("method", "add", _file(tmp_path, "ander.toml", OWN.format(section="").replace("buurtkamer-plus", "x"))),
        ("method", "edit", "kern-met-pit", _file(tmp_path, "doel.toml", 'goal = "Lezer wil dit."\n')),
        ("method", "hide", "moedercentra"),
        ("method", "restore", "kern-met-pit"),
        ("method", "remove", "buurtkamer-plus"),
        ("catalogue", "import", str(package), "--policy", "always"),
    ]
    for attempt in attempts:
        code, _out, err = cli(*attempt, db=reader)
        assert code == 1, (attempt, err)
        assert "U hebt geen rechten om methoden te wijzigen" in err and "Traceback" not in err, (attempt, err)
    assert records.digest() == before
    assert len(_names(cli, reader)) == 20  # and reading still works
