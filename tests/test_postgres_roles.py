"""The reader and editor roles on a real PostgreSQL server: the server itself refuses a reader's writes
outside its own cases, a database set up by an older, looser ``admin roles`` is tightened by running it
again, a reader still keeps and shares cases, and an editor still edits methods."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import text
from sqlalchemy.exc import ProgrammingError

from app.cli import main
from db.engine import make_engine
from db.roles import EDITOR, READER
from tests.test_own_methods import OWN

# Every table a method edit, a hide or the change log writes; a reader may write none of them.
METHOD_RECORDS = {
    "methods": "id", "method_steps": "method_id", "method_overrides": "method_id",
    "hidden_methods": "method_id", "record_versions": "record_id", "change_log": "record_id", "meta": "key",
}
# Rights an earlier 'admin roles' gave the reader; re-running it must take them back.
LOOSE_GRANTS = (f"GRANT INSERT, UPDATE, DELETE ON method_overrides, hidden_methods, cases TO {READER}",
                f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {READER}")


class Desk:
    """A fresh server database with roles applied; ``cli(role, *args)`` runs the CLI as a login in *role*."""

    def __init__(self, server, capsys) -> None:
        self.server, self.capsys = server, capsys
        self.database = server.new_database()
        self.logins = {None: server.url(self.database)}

    def login(self, role: str | None = None) -> str:
        if role not in self.logins:
            user = f"{role.split('_')[1]}_{self.database}"
            self.server.sql(f'CREATE ROLE "{user}" LOGIN IN ROLE {role}')
            self.logins[role] = self.server.url(self.database, user=user)
        return self.logins[role]

    def cli(self, role: str | None, *args: str) -> tuple[int, str, str]:
        code = main(["--db", self.login(role), *args])
        out, err = self.capsys.readouterr()
        return code, out, err


@pytest.fixture
def desk(pg_server, capsys):
    made = Desk(pg_server, capsys)
    assert made.cli(None, "admin", "roles", "--apply")[0] == 0
    yield made
    pg_server.drop_database(made.database)


def _refused(url: str, statement: str) -> bool:
    """Whether the server refuses *statement* for want of a privilege (SQLSTATE 42501)."""
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            conn.execute(text(statement))
    except ProgrammingError as error:
        return getattr(error.orig, "sqlstate", None) == "42501"
    finally:
        engine.dispose()
    return False


def _writes(table: str, key: str) -> list[str]:
    return [f"INSERT INTO {table} ({key}) VALUES ('x')",
            f"UPDATE {table} SET {key} = {key} WHERE {key} = 'moedercentra'",
            f"DELETE FROM {table} WHERE {key} = 'moedercentra'"]


def test_the_server_refuses_a_reader_every_write_outside_cases_even_after_looser_grants(desk, pg_server):
    reader = desk.login(READER)
    for grant in LOOSE_GRANTS:  # a reader database set up by an earlier version
        pg_server.sql(grant, database=desk.database)
    assert desk.cli(None, "admin", "roles", "--apply")[0] == 0  # run again: tightened

    for table, key in METHOD_RECORDS.items():
        for statement in _writes(table, key):
            assert _refused(reader, statement), statement
    assert _refused(reader, "SELECT nextval('change_log_id_seq')")
    engine = make_engine(reader)
    with engine.connect() as conn:  # and reading everything still works
        for table in METHOD_RECORDS:
            conn.execute(text(f"SELECT count(*) FROM {table}")).scalar()
    engine.dispose()


def test_a_reader_saves_changes_shares_and_deletes_own_cases(desk):
    assert desk.cli(READER, "case", "save", "Buurthuis", "--goal", "participation")[0] == 0
    code, _out, err = desk.cli(READER, "case", "save", "Buurthuis", "--goal", "social_cohesion", "--replace")
    assert code == 0, err
    code, _out, err = desk.cli(READER, "case", "share", "Buurthuis")
    assert code == 0, err
    code, out, err = desk.cli(None, "case", "list", "--all", "--json")
    assert code == 0 and [c["name"] for c in json.loads(out)] == ["Buurthuis"], err
    assert desk.cli(READER, "case", "save", "Tijdelijk", "--goal", "participation")[0] == 0
    code, _out, err = desk.cli(READER, "case", "delete", "Tijdelijk")
    assert code == 0, err
    code, out, _err = desk.cli(READER, "case", "list", "--json")
    assert [c["name"] for c in json.loads(out)] == ["Buurthuis"]


def test_an_editor_adds_edits_and_hides_methods_and_the_log_names_them(desk, tmp_path):
    own = tmp_path / "eigen.toml"
    own.write_text(OWN.format(section=""), encoding="utf-8")
    goal = tmp_path / "doel.toml"
    goal.write_text('goal = "Een doel van de redacteur."\n', encoding="utf-8")
    for attempt in (("method", "add", str(own)), ("method", "edit", "kern-met-pit", str(goal)),
                    ("method", "hide", "moedercentra")):
        code, _out, err = desk.cli(EDITOR, *attempt)
        assert code == 0, (attempt, err)
    code, out, _err = desk.cli(READER, "show", "kern-met-pit", "--json")
    assert json.loads(out)["goal"] == "Een doel van de redacteur."
    names = [m["name"] for m in json.loads(desk.cli(READER, "list", "--json")[1])]
    assert "Buurtkamer Plus" in names and "Moedercentra" not in " ".join(names)
    engine = make_engine(desk.login())
    with engine.connect() as conn:
        who = set(conn.execute(text("SELECT who FROM change_log")).scalars())
    engine.dispose()
    assert who and all(name.startswith("redacteur_") for name in who)
