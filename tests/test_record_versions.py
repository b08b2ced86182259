"""Two desks editing one catalogue: a save that started from an older version is a conflict, never a silent
overwrite; the change log names both editors; the command line says who changed what when."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy.engine import make_url

from app.api import ConflictError, UserRecords, open_catalogue
from app.cli import main
from db.roles import EDITOR

pytestmark = pytest.mark.both_databases

ROOT = Path(__file__).resolve().parent.parent
ANNA_TEXT = "Anna's samenvatting: de buurt brengt zelf in kaart wat er al is."
BRAM_TEXT = "Bram's samenvatting: bewoners en professionals kijken samen naar kansen."


@dataclass
class Desk:
    url: str
    user: str


@pytest.fixture
def desks(db_url, capsys, request):
    """Two editors of one catalogue: two logins on PostgreSQL, two OS user names on SQLite."""
    open_catalogue(db_url)  # the owner creates and fills it
    if not db_url.startswith("postgresql"):
        return [Desk(db_url, "anna"), Desk(db_url, "bram")]
    server = request.getfixturevalue("pg_server")
    assert main(["--db", db_url, "admin", "roles", "--apply"]) == 0
    capsys.readouterr()
    database = make_url(db_url).database
    result = []
    for person in ("anna", "bram"):
        login = f"{person}_{database}"
        server.sql(f'CREATE ROLE "{login}" LOGIN IN ROLE {EDITOR}')
        result.append(Desk(server.url(database, user=login), login))
    return result


@contextmanager
def acting(desk: Desk):
    """On SQLite the editor is the OS user; on PostgreSQL the login already says who it is."""
    old = os.environ.get("LOGNAME")
    os.environ["LOGNAME"] = desk.user
    try:
        yield
    finally:
        if old is None:
            del os.environ["LOGNAME"]
        else:
            os.environ["LOGNAME"] = old


def test_the_second_save_of_the_same_method_is_a_conflict_and_nothing_is_lost(desks):
    anna, bram = desks
    anna_records = UserRecords(open_catalogue(anna.url))
    bram_records = UserRecords(open_catalogue(bram.url))  # both opened version 0 of abcd
    with acting(anna):
        anna_records.edit("abcd", {"summary": ANNA_TEXT})
    before = bram_records.digest()
    with acting(bram), pytest.raises(ConflictError) as caught:
        bram_records.edit("abcd", {"summary": BRAM_TEXT})
    conflict = caught.value.conflict
    assert (conflict.mine_version, conflict.their_version, conflict.by) == (0, 1, anna.user)
    assert f"gewijzigd door {anna.user}" in str(caught.value) and "ABCD" in str(caught.value)
    assert "niets veranderd" in str(caught.value)
    assert [(d.name, d.mine, d.theirs) for d in conflict.differences()] == [("summary", BRAM_TEXT, ANNA_TEXT)]
    assert bram_records.digest() == before  # the refused save changed nothing
    assert open_catalogue(bram.url).get("abcd").summary == ANNA_TEXT

    with acting(bram):  # Bram keeps his version knowingly, against the version he now has seen
        bram_records.edit("abcd", {"summary": BRAM_TEXT}, expected_version=conflict.their_version)
    assert open_catalogue(anna.url).get("abcd").summary == BRAM_TEXT
    log = anna_records.log("abcd")
    assert [(r["who"], r["version"], r["field"]) for r in log] == [(bram.user, 2, "summary"),
                                                                    (anna.user, 1, "summary")]
    assert log[0]["old"] == ANNA_TEXT and log[0]["new"] == BRAM_TEXT  # Anna's text is kept in the log
    assert log[1]["new"] == ANNA_TEXT and log[1]["old"].startswith("Asset-Based")


def _own(records: UserRecords, method_id: str) -> None:
    doc = records.document("abcd")
    doc.pop("section", None)
    records.add({**doc, "id": method_id, "name": "Onze wijkaanpak"}, author="anna")


def test_an_own_method_conflict_can_be_saved_as_a_new_own_method(desks):
    anna, bram = desks
    with acting(anna):
        _own(UserRecords(open_catalogue(anna.url)), "eigen-wijk")
    anna_records = UserRecords(open_catalogue(anna.url))
    bram_records = UserRecords(open_catalogue(bram.url))
    with acting(anna):
        anna_records.edit("eigen-wijk", {**anna_records.document("eigen-wijk"), "goal": "Anna's doel."})
    with acting(bram), pytest.raises(ConflictError) as caught:
        bram_records.edit("eigen-wijk", {**bram_records.document("eigen-wijk"), "goal": "Bram's doel."})
    mine = caught.value.conflict.mine
    assert caught.value.conflict.theirs["goal"] == "Anna's doel." and mine["goal"] == "Bram's doel."
    with acting(bram):
        bram_records.add({**mine, "id": "eigen-wijk-bram", "name": "Onze wijkaanpak (Bram)"})
    catalogue = open_catalogue(anna.url)
    assert catalogue.get("eigen-wijk").goal == "Anna's doel."
    assert catalogue.get("eigen-wijk-bram").goal == "Bram's doel."
    with acting(bram), pytest.raises(ConflictError):  # removing from the version he opened is refused too
        bram_records.remove("eigen-wijk", expected_version=1)
    assert open_catalogue(anna.url).get("eigen-wijk") is not None


def test_hiding_a_method_someone_else_just_showed_again_is_a_conflict(desks):
    anna, bram = desks
    anna_records = UserRecords(open_catalogue(anna.url))
    bram_records = UserRecords(open_catalogue(bram.url))
    with acting(anna):
        anna_records.hide("twexx")
    with acting(bram), pytest.raises(ConflictError) as caught:
        bram_records.hide("twexx", False)
    assert caught.value.conflict.by == anna.user
    assert "twexx" in {m.id for m in open_catalogue(bram.url).hidden}
    assert [(r["who"], r["field"], r["old"], r["new"]) for r in bram_records.log("twexx")] == \
        [(anna.user, "verborgen", False, True)]


def run(capsys, desk: Desk, *args: str) -> tuple[int, str, str]:
    with acting(desk):
        code = main(["--db", desk.url, *args])
    out, err = capsys.readouterr()
    return code, out, err



def test_undo_and_redo_are_logged_changes_that_never_overwrite_another_desks_newer_save(desks):
    from app.api import put_snapshot, take_snapshot

    anna, bram = desks
    with acting(anna):
        records = UserRecords(open_catalogue(anna.url))
        before = take_snapshot(records, ["abcd"])
        records.edit("abcd", {"summary": ANNA_TEXT})
        after = take_snapshot(records, ["abcd"])
        shipped = records.shipped("abcd").summary
        undone = put_snapshot(records, before, after)
        assert records.version("abcd") == 2 and open_catalogue(anna.url).get("abcd").summary == shipped
        last = records.log("abcd")[0]
        assert (last["who"], last["field"], last["old"], last["new"], last["version"]) == (
            anna.user, "summary", ANNA_TEXT, shipped, 2)
        redone = put_snapshot(records, after, undone)
        assert records.version("abcd") == 3 and open_catalogue(anna.url).get("abcd").summary == ANNA_TEXT
    with acting(bram):
        UserRecords(open_catalogue(bram.url)).edit("abcd", {"summary": BRAM_TEXT})
    with acting(anna):
        stored = records.digest()
        with pytest.raises(ConflictError) as caught:  # anna's undo would throw bram's text away
            put_snapshot(records, undone, redone)
        assert bram.user in str(caught.value) and records.digest() == stored
        assert open_catalogue(anna.url).get("abcd").summary == BRAM_TEXT


def test_undoing_a_hide_after_another_desk_edited_the_method_keeps_their_text(desks):
    from app.api import put_snapshot, take_snapshot

    anna, bram = desks
    with acting(anna):
        records = UserRecords(open_catalogue(anna.url))
        before = take_snapshot(records, ["twexx"])
        records.hide("twexx")
        after = take_snapshot(records, ["twexx"])
        assert after.versions == {("hidden", "twexx"): 1}
    with acting(bram):
        UserRecords(open_catalogue(bram.url)).edit("twexx", {"goal": BRAM_TEXT})
    with acting(anna):
        stored = records.digest()
        with pytest.raises(ConflictError):
            put_snapshot(records, before, after)
        assert records.digest() == stored
        assert open_catalogue(anna.url).get("twexx", hidden=True).goal == BRAM_TEXT

def test_the_command_line_names_the_method_who_and_when_and_changes_nothing(desks, capsys, tmp_path):
    anna, bram = desks
    edit = tmp_path / "samenvatting.toml"
    edit.write_text(f'summary = "{ANNA_TEXT}"\n', encoding="utf-8")
    assert run(capsys, anna, "method", "edit", "abcd", str(edit), "--expected-version", "0")[0] == 0
    before = UserRecords(open_catalogue(bram.url)).digest()
    edit.write_text(f'summary = "{BRAM_TEXT}"\n', encoding="utf-8")
    code, out, err = run(capsys, bram, "method", "edit", "abcd", str(edit), "--expected-version", "0")
    assert code == 2 and out == ""
    assert "'ABCD-methode' (abcd) is gewijzigd door " + anna.user in err and "(UTC)" in err
    assert "er is niets veranderd" in err and "--expected-version 1" in err
    assert UserRecords(open_catalogue(bram.url)).digest() == before
    code, out, _ = run(capsys, bram, "method", "log", "abcd")
    assert code == 0 and out.count("\n") == 1 and anna.user in out and "summary" in out and "(versie 1)" in out


WAIT_AND_SAVE = """
import os, sys, time
from pathlib import Path
from app.api import ConflictError, UserRecords, open_catalogue
url, text, ready, go = sys.argv[1:5]
records = UserRecords(open_catalogue(url))
Path(ready).touch()
while not Path(go).exists():
    time.sleep(0.01)
try:
    records.edit("abcd", {"summary": text})
    print("opgeslagen")
except ConflictError as error:
    print("conflict", error.conflict.by)
"""


def test_two_processes_saving_at_once_one_wins_one_is_told(desks, tmp_path):
    go = tmp_path / "go"
    desks_running = []
    for desk, text in zip(desks, (ANNA_TEXT, BRAM_TEXT), strict=True):
        ready = tmp_path / f"ready-{desk.user}"
        env = dict(os.environ, LOGNAME=desk.user, PYTHONPATH=str(ROOT))
        desks_running.append((ready, subprocess.Popen([sys.executable, "-c", WAIT_AND_SAVE, desk.url, text,
                                                       str(ready), str(go)], env=env, text=True,
                                                      stdout=subprocess.PIPE, stderr=subprocess.PIPE)))
    deadline = time.monotonic() + 120
    while not all(ready.exists() for ready, _ in desks_running):
        assert time.monotonic() < deadline, [p.stderr.read() for _, p in desks_running if p.poll() is not None]
        time.sleep(0.05)
    go.touch()
    outcomes = [p.communicate(timeout=120) for _, p in desks_running]
    said = sorted(out.split()[0] for out, _err in outcomes)
    assert said == ["conflict", "opgeslagen"], outcomes
    winner = [d for d, (out, _) in zip(desks, outcomes, strict=True) if out.startswith("opgeslagen")][0]
    loser_heard = [out.split()[1] for out, _ in outcomes if out.startswith("conflict")][0]
    assert loser_heard == winner.user
    records = UserRecords(open_catalogue(desks[0].url))
    assert records.catalogue.get("abcd").summary == (ANNA_TEXT if winner is desks[0] else BRAM_TEXT)
    assert [(r["who"], r["version"]) for r in records.log("abcd")] == [(winner.user, 1)]


def test_cases_stay_personal_until_their_owner_shares_them(desks, capsys):
    anna, bram = desks
    situation = ["--goal", "participation", "--setting", "village"]
    assert run(capsys, anna, "case", "save", "Wijk Noord", *situation)[0] == 0
    assert run(capsys, bram, "case", "save", "Eigen van Bram", *situation)[0] == 0
    assert "Wijk Noord" not in run(capsys, bram, "case", "list")[1]
    assert "Wijk Noord" not in run(capsys, bram, "case", "list", "--all")[1]
    code, _, err = run(capsys, bram, "case", "show", "Wijk Noord")
    assert code == 2 and "Er is geen casus met de naam ‘Wijk Noord’" in err
    assert run(capsys, bram, "case", "share", "Wijk Noord")[0] == 2  # not his to share

    assert run(capsys, anna, "case", "share", "Wijk Noord")[0] == 0
    assert "Wijk Noord" not in run(capsys, bram, "case", "list")[1]  # his own list stays his own
    listed = run(capsys, bram, "case", "list", "--all")[1]
    assert f"Wijk Noord  [van {anna.user}, gedeeld]" in listed and "Eigen van Bram" in listed
    assert run(capsys, bram, "case", "show", "Wijk Noord")[0] == 0
    code, _, err = run(capsys, bram, "case", "delete", "Wijk Noord")
    assert code == 2 and f"Alleen de eigenaar ({anna.user})" in err
    assert "Wijk Noord  [gedeeld]" in run(capsys, anna, "case", "list")[1]
    assert run(capsys, anna, "case", "share", "Wijk Noord", "--stop")[0] == 0
    assert "Wijk Noord" not in run(capsys, bram, "case", "list", "--all")[1]


def test_a_shared_case_saved_by_two_desks_is_a_conflict_for_the_second(desks):
    from dataclasses import replace

    from advisor.context import Context
    from app.api import Case, CaseConflict, Cases

    anna, bram = desks
    with acting(anna):
        anna_cases = Cases(open_catalogue(anna.url))
        anna_cases.save(Case(name="Samen", context=Context(), notes="begin"))
        anna_cases.share("Samen")
    with acting(bram):
        bram_cases = Cases(open_catalogue(bram.url))
        bram_case = bram_cases.load("Samen")
    with acting(anna):
        anna_cases.save(replace(anna_cases.load("Samen"), notes="Anna's aantekening"), replace_existing=True)
    with acting(bram), pytest.raises(CaseConflict) as caught:
        bram_cases.save(replace(bram_case, notes="Bram's aantekening"), replace_existing=True)
    assert (caught.value.mine_version, caught.value.their_version) == (2, 3)  # sharing counted as a change
    assert "niets veranderd" in str(caught.value)
    assert bram_cases.load("Samen").notes == "Anna's aantekening"
    with acting(bram):  # having seen Anna's version, his save goes through
        bram_cases.save(replace(bram_cases.load("Samen"), notes="Bram's aantekening"), replace_existing=True)
    assert anna_cases.load("Samen").notes == "Bram's aantekening"
    anna_cases.close()
    bram_cases.close()


def test_a_reader_who_edits_a_method_is_refused_in_dutch_and_nothing_changes(pg_server, capsys, tmp_path):
    """Roles exist only on a server: every method edit writes the record versions, which only editors may."""
    from db.roles import READER

    server = pg_server
    database = server.new_database()
    db_url = server.url(database)
    open_catalogue(db_url)
    assert main(["--db", db_url, "admin", "roles", "--apply"]) == 0
    server.sql(f'CREATE ROLE "lezer_{database}" LOGIN IN ROLE {READER}')
    reader = Desk(server.url(database, user=f"lezer_{database}"), f"lezer_{database}")
    capsys.readouterr()
    before = UserRecords(open_catalogue(db_url)).digest()
    edit = tmp_path / "doel.toml"
    edit.write_text('goal = "Een doel van de lezer."\n', encoding="utf-8")
    for args in (("method", "edit", "abcd", str(edit)), ("method", "hide", "abcd")):
        code, _out, err = run(capsys, reader, *args)
        assert code != 0 and "u hebt geen rechten om methoden te wijzigen" in err.lower(), err
        assert "Traceback" not in err
    assert UserRecords(open_catalogue(db_url)).digest() == before
    assert run(capsys, reader, "method", "log")[1] == "Nog geen wijzigingen.\n"
    server.drop_database(database)


def test_the_local_copy_of_a_server_holds_ones_own_and_the_shared_cases_only(pg_server, capsys):
    import sqlite3
    from contextlib import closing

    from db import snapshot

    database = pg_server.new_database()
    owner = pg_server.url(database)
    open_catalogue(owner)
    assert main(["--db", owner, "admin", "roles", "--apply"]) == 0
    desks = []
    for person in ("anna", "bram"):
        pg_server.sql(f'CREATE ROLE "{person}_{database}" LOGIN IN ROLE {EDITOR}')
        desks.append(Desk(pg_server.url(database, user=f"{person}_{database}"), f"{person}_{database}"))
    anna, bram = desks
    for desk, name in ((anna, "Anna privé"), (anna, "Anna gedeeld"), (bram, "Bram privé")):
        assert run(capsys, desk, "case", "save", name, "--goal", "participation")[0] == 0
    assert run(capsys, anna, "case", "share", "Anna gedeeld")[0] == 0
    open_catalogue(bram.url)  # a successful start refreshes bram's copy
    with closing(sqlite3.connect(snapshot.snapshot_path(bram.url))) as copy:
        assert sorted(r[0] for r in copy.execute("SELECT name FROM cases")) == ["Anna gedeeld", "Bram privé"]
    pg_server.drop_database(database)
