"""Newer, foreign, damaged and truncated files: refused untouched, or for the default set aside and rebuilt."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest

from db import schema
from tests.faults.conftest import add_user_method, default_db, digest, run_cli, table_count

pytestmark = pytest.mark.faults


def _made(path) -> None:  # noqa: ANN001
    run = run_cli("--db", f"sqlite:///{path}", "list")
    assert run.code == 0, run.err


def _newer(path) -> None:  # noqa: ANN001
    _made(path)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("UPDATE meta SET value = ? WHERE key = 'schema_version'", (str(schema.SCHEMA_VERSION + 1),))
    conn.execute("PRAGMA journal_mode = DELETE")  # as a newer release might leave it: WAL must not come back
    conn.close()


def _foreign(path) -> None:  # noqa: ANN001
    with closing(sqlite3.connect(path)) as conn, conn:
        conn.execute("CREATE TABLE notities (id INTEGER PRIMARY KEY, tekst TEXT)")
        conn.execute("INSERT INTO notities (tekst) VALUES ('van een ander programma')")


def _damage_middle(path) -> None:  # noqa: ANN001
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle - 2048:middle + 2048] = b"\xa5" * 4096
    path.write_bytes(bytes(data))


def _truncate(path) -> None:  # noqa: ANN001
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _overwrite_header(path) -> None:  # noqa: ANN001
    data = path.read_bytes()
    path.write_bytes(b"\x00" * 100 + data[100:])


def _damaged(path, how) -> None:  # noqa: ANN001
    _made(path)
    how(path)


@pytest.mark.parametrize(("make", "said"), [
    (_newer, "nieuwere versie"),
    (_foreign, "geen Methodewijzer-database"),
])
@pytest.mark.parametrize("location", ["--db", "default"])
def test_newer_or_foreign_file_is_refused_byte_identical(tmp_path, data_home, make, said, location):
    path = default_db(data_home) if location == "default" else tmp_path / "ander.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    make(path)
    before = digest(path)
    args = ["--db", f"sqlite:///{path}"] if location == "--db" else []
    run = run_cli(*args, "list")
    run.assert_clean()
    assert run.code == 1
    assert said in run.err and ("niet aangeraakt" in run.err or "niets aan veranderd" in run.err)
    assert digest(path) == before
    assert sorted(p.name for p in path.parent.iterdir()) == [path.name]  # no WAL, no copy, no rename


@pytest.mark.parametrize("how", [_damage_middle, _truncate, _overwrite_header])
def test_damaged_file_given_with_db_is_refused_and_untouched(tmp_path, how):
    path = tmp_path / "eigen.sqlite3"
    _damaged(path, how)
    before = digest(path)
    run = run_cli("--db", f"sqlite:///{path}", "list")
    run.assert_clean()
    assert run.code == 1
    assert "beschadigd" in run.err or "geen SQLite-database" in run.err
    assert "reservekopie" in run.err
    assert digest(path) == before


@pytest.mark.parametrize("how", [_damage_middle, _truncate, _overwrite_header])
def test_damaged_default_database_is_set_aside_and_rebuilt(data_home, how):
    path = default_db(data_home)
    path.parent.mkdir(parents=True)
    _damaged(path, how)
    before = digest(path)
    run = run_cli("list")
    run.assert_clean()
    assert run.code == 0
    assert len(run.out.strip().splitlines()) == 19
    aside = [p for p in path.parent.iterdir() if ".damaged-" in p.name]
    assert [digest(p) for p in aside] == [before]  # kept, byte for byte
    assert str(aside[0]) in run.err and "opnieuw opgebouwd" in run.err
    assert table_count(path, "methods") == 19


def test_damage_only_found_while_reading_gives_a_message_not_a_traceback(tmp_path, user_method):
    path = tmp_path / "eigen.sqlite3"
    url = f"sqlite:///{path}"
    _made(path)
    add_user_method(url, user_method)
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'method_steps'").fetchone()[0]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size:(root - 1) * page_size + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    before = digest(path)
    run = run_cli("--db", url, "show", "abcd")
    run.assert_clean()
    assert run.code == 1 and "beschadigd" in run.err
    assert digest(path) == before


def test_empty_file_is_filled_as_a_new_database(tmp_path):
    path = tmp_path / "leeg.sqlite3"
    path.write_bytes(b"")
    run = run_cli("--db", f"sqlite:///{path}", "list")
    run.assert_clean()
    assert run.code == 0 and table_count(path, "methods") == 19
