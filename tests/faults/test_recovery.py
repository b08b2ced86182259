"""A damaged default database is rebuilt *with* the user's records, from the newest usable backup.

The records are made through the application, a real start makes the daily
backup, the database is damaged in several ways, and the next real start must
bring every own method, changed field, hidden mark and case (with its group)
back, say from which copy, and keep the damaged file byte for byte.
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from app.api import open_cases, open_catalogue, open_user_records
from tests.faults.conftest import add_user_method, default_db, digest, run_cli
from tests.test_group_case import workshop_case

pytestmark = pytest.mark.faults
FIXTURE = Path(__file__).parents[1] / "fixtures" / "first_release.sqlite3"
USER_QUERIES = {
    "own": "SELECT * FROM methods WHERE origin = 'user' ORDER BY id",
    "steps": "SELECT * FROM method_steps WHERE method_id IN (SELECT id FROM methods WHERE origin = 'user') "
             "ORDER BY method_id, position",
    "overrides": "SELECT * FROM method_overrides ORDER BY method_id, field",
    "hidden": "SELECT * FROM hidden_methods ORDER BY method_id",
    "cases": "SELECT * FROM cases ORDER BY id",
}


def user_records(path: Path) -> dict[str, list[tuple]]:
    with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
        return {name: conn.execute(query).fetchall() for name, query in USER_QUERIES.items()}


def _make_records(path: Path, user_method, *, with_case: bool = True) -> None:  # noqa: ANN001
    add_user_method(f"sqlite:///{path}", user_method)
    catalogue = open_catalogue()
    records = open_user_records(catalogue)
    records.edit("abcd", {"summary": "Onze eigen samenvatting van ABCD."})
    records.hide("twexx")
    if with_case:
        cases = open_cases(catalogue)
        try:
            cases.save(workshop_case())
        finally:
            cases.close()


def _in_delete_mode(path: Path) -> None:
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA journal_mode = DELETE")


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 3])


def _garbage_header(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(b"dit is geen database" * 5 + data[100:])


def _wrong_page(path: Path) -> None:
    """A table's first page holds bytes of no page at all, as after a torn or misplaced write."""
    with closing(sqlite3.connect(path)) as conn:
        root = conn.execute("SELECT rootpage FROM sqlite_master WHERE name = 'methods'").fetchone()[0]
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[(root - 1) * size:root * size] = bytes(range(256)) * (size // 256)
    path.write_bytes(bytes(data))


def _damage(path: Path, how) -> str:  # noqa: ANN001
    _in_delete_mode(path)
    how(path)
    return digest(path)


def _aside(path: Path) -> list[Path]:
    return [p for p in path.parent.iterdir() if ".damaged-" in p.name]


def _daily(path: Path) -> list[Path]:
    return sorted((p for p in path.parent.iterdir() if ".daily-" in p.name), key=lambda p: p.stat().st_mtime_ns)


@pytest.mark.parametrize("how", [_truncate, _garbage_header, _wrong_page])
def test_records_come_back_from_the_daily_backup_after_damage(data_home, user_method, how):
    path = default_db(data_home)
    assert run_cli("list").code == 0
    _make_records(path, user_method)
    made = user_records(path)
    assert all(made[kind] for kind in ("own", "overrides", "hidden", "cases"))
    start = run_cli("list")  # a real command's clean end: the records changed since the last copy
    assert start.code == 0 and _daily(path)
    newest = _daily(path)[-1]
    damaged = _damage(path, how)

    run = run_cli("list")
    run.assert_clean()
    assert run.code == 0, run.err
    assert user_records(path) == made
    assert "Onze buurtaanpak" in run.out
    assert "TWEXX" not in run.out  # still hidden
    aside = _aside(path)
    assert [digest(p) for p in aside] == [damaged]  # the damaged copy, byte for byte
    assert str(aside[0]) in run.err and str(newest) in run.err
    assert "1 eigen methode" in run.err and "1 aangepast veld" in run.err and "1 verborgen methode" in run.err
    assert "1 casus" in run.err and "1 groepsweging" in run.err


def test_a_damaged_newest_backup_is_passed_over_for_an_older_one(data_home, user_method):
    path = default_db(data_home)
    assert run_cli("list").code == 0
    _make_records(path, user_method, with_case=False)
    older = open_catalogue().back_up(older_than_s=0)
    assert older is not None
    first = user_records(path)
    cases = open_cases(open_catalogue())
    try:
        cases.save(workshop_case())
    finally:
        cases.close()
    newer = open_catalogue().back_up(older_than_s=0)
    assert newer is not None and newer != older
    _truncate(newer)
    damaged = _damage(path, _garbage_header)

    run = run_cli("list")
    run.assert_clean()
    assert run.code == 0
    assert user_records(path) == first  # the case came after the usable copy: it is not invented
    assert f"Uit de reservekopie '{older}' zijn teruggezet" in run.err
    assert f"De reservekopie '{newer}' was zelf niet bruikbaar" in run.err
    assert [digest(p) for p in _aside(path)] == [damaged]


def test_records_come_back_from_the_copy_made_before_an_upgrade(data_home):
    path = default_db(data_home)
    path.parent.mkdir(parents=True)
    shutil.copyfile(FIXTURE, path)
    assert run_cli("list").code == 0  # upgrades, keeping a copy of the first-release file
    upgraded = user_records(path)
    assert upgraded["own"]
    assert [p for p in path.parent.iterdir() if ".backup-" in p.name]
    for copy in _daily(path):  # leave only the copy from before the upgrade
        copy.unlink()
    damaged = _damage(path, _truncate)

    run = run_cli("list")
    run.assert_clean()
    assert run.code == 0
    assert user_records(path)["own"] == upgraded["own"]
    assert ".backup-" in run.err and "teruggezet" in run.err
    assert [digest(p) for p in _aside(path)] == [damaged]


def test_without_a_backup_the_user_is_told_nothing_could_be_restored(data_home):
    path = default_db(data_home)
    assert run_cli("list").code == 0
    _damage(path, _truncate)
    run = run_cli("list")
    run.assert_clean()
    assert run.code == 0 and "geen bruikbare reservekopie" in run.err


def test_a_daily_copy_is_made_only_when_records_changed_and_three_are_kept(data_home, user_method):
    path = default_db(data_home)
    assert run_cli("list").code == 0
    assert open_catalogue().back_up(older_than_s=0) is None  # nothing of the user's to keep
    _make_records(path, user_method, with_case=False)
    made = []
    for number in range(5):
        copy = open_catalogue().back_up(older_than_s=0)
        assert copy is not None
        assert open_catalogue().back_up(older_than_s=0) is None  # unchanged since: no new copy
        made.append(copy)
        records = open_user_records(open_catalogue())
        records.edit("abcd", {"summary": f"Samenvatting nummer {number}."})
    assert _daily(path) == made[-3:]
    assert run_cli("list").code == 0  # a command's clean end copies the last change
    assert _daily(path)[:2] == made[-2:]
    kept = _daily(path)
    assert run_cli("list").code == 0 and _daily(path) == kept  # nothing changed: no new copy
