"""Saved cases from the command line: round trips, hostile input, refused files, catalogue reloads."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import update

from app.catalogue import Catalogue
from app.cli import main
from db import schema, setup
from db.engine import make_engine

pytestmark = pytest.mark.both_databases

SITUATION = ["--setting", "village", "--target-group", "seniors", "--goal", "local_facilities", "--budget", "5000",
             "--weight", "duration=4", "--must", "goal"]
HOSTILE = {
    "html": "<b>vet</b> & <script>alert(1)</script> &amp;",
    "path": "../../etc/passwd",
    "long": "x" * 10_000,
    "control": "bel\x07 esc\x1b[31m tab\t nl\n einde",
}


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def show(capsys, db_url, name):
    code, out, err = run(capsys, "--db", db_url, "case", "show", name, "--json")
    assert code == 0, err
    return json.loads(out)


def digest(db_url):
    from db import case_store

    engine = make_engine(db_url)
    with engine.connect() as conn:
        value = case_store.digest(conn)
    engine.dispose()
    return value


def test_save_list_show_round_trip(capsys, db_url):
    code, _, err = run(capsys, "--db", db_url, "case", "save", "Dorpshuis", *SITUATION, "--notes", "Eerste gesprek",
                       "--decision", "moedercentra", "--decision-reason", "Past bij de vrijwilligers")
    assert code == 0, err
    _, out, _ = run(capsys, "--db", db_url, "case", "list", "--json")
    listed = json.loads(out)
    assert [(c["name"], c["decision"]) for c in listed] == [("Dorpshuis", "moedercentra")]
    case = show(capsys, db_url, "Dorpshuis")
    assert set(case) == {"name", "context", "weights", "notes", "decision", "created", "modified", "app_version",
                         "catalogue_version"}
    _, out, _ = run(capsys, "--db", db_url, "match", *SITUATION, "--json")
    advice = json.loads(out)
    assert case["context"] == advice["context"] and case["weights"] == advice["weights"]
    assert case["decision"] == {"id": "moedercentra", "reason": "Past bij de vrijwilligers"}
    assert case["notes"] == "Eerste gesprek" and case["modified"] == listed[0]["modified"]
    assert case["app_version"] and len(case["catalogue_version"]) == 16


def test_existing_name_needs_replace_and_keeps_created(capsys, db_url):
    assert run(capsys, "--db", db_url, "case", "save", "A", "--goal", "liveability")[0] == 0
    first = show(capsys, db_url, "A")
    before = digest(db_url)
    code, _, err = run(capsys, "--db", db_url, "case", "save", "A", "--goal", "participation")
    assert code == 2 and "bestaat al" in err and digest(db_url) == before
    assert run(capsys, "--db", db_url, "case", "save", "A", "--goal", "participation", "--replace")[0] == 0
    second = show(capsys, db_url, "A")
    assert second["context"]["goals"] == ["participation"] and second["created"] == first["created"]


def test_list_is_sorted_by_last_change_and_delete_removes(capsys, db_url):
    for name in ("oud", "nieuw"):
        assert run(capsys, "--db", db_url, "case", "save", name)[0] == 0
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(update(schema.cases).where(schema.cases.c.name == "oud").values(modified="2020-01-01T00:00:00"))
    engine.dispose()
    _, out, _ = run(capsys, "--db", db_url, "case", "list", "--json")
    assert [c["name"] for c in json.loads(out)] == ["nieuw", "oud"]
    assert run(capsys, "--db", db_url, "case", "delete", "nieuw")[0] == 0
    code, _, err = run(capsys, "--db", db_url, "case", "show", "nieuw")
    assert code == 2 and "geen casus" in err


def test_export_import_on_fresh_database_gives_equal_case(capsys, db_url, tmp_path):
    run(capsys, "--db", db_url, "case", "save", "Wijk", *SITUATION, "--notes", "n", "--decision", "abcd")
    assert show(capsys, db_url, "Wijk")["decision"]["id"] == "abcd"
    target = tmp_path / "wijk.methodewijzer.json"
    assert run(capsys, "--db", db_url, "case", "export", "Wijk", "--out", str(target))[0] == 0
    fresh = f"sqlite:///{tmp_path / 'elders' / 'fresh.sqlite3'}"
    code, _, err = run(capsys, "--db", fresh, "case", "import", str(target))
    assert code == 0, err
    assert show(capsys, fresh, "Wijk") == show(capsys, db_url, "Wijk")
    code, _, err = run(capsys, "--db", fresh, "case", "import", str(target))
    assert code == 2 and "bestaat al" in err
    assert run(capsys, "--db", fresh, "case", "import", str(target), "--as", "Wijk 2")[0] == 0
    assert show(capsys, fresh, "Wijk 2")["context"] == show(capsys, db_url, "Wijk")["context"]


@pytest.mark.parametrize("kind", sorted(HOSTILE))
def test_hostile_names_and_notes_are_kept_literally(capsys, db_url, tmp_path, kind):
    text = HOSTILE[kind]
    code, _, err = run(capsys, "--db", db_url, "case", "save", text, "--notes", text)
    assert code == 0, err
    _, out, _ = run(capsys, "--db", db_url, "case", "list", "--json")
    assert json.loads(out)[0]["name"] == text
    case = show(capsys, db_url, text)
    assert case["name"] == text and case["notes"] == text
    _, out, _ = run(capsys, "--db", db_url, "case", "show", text)
    assert text in out
    target = tmp_path / "out.methodewijzer.json"
    assert run(capsys, "--db", db_url, "case", "export", text, "--out", str(target))[0] == 0
    assert json.loads(target.read_text("utf-8"))["name"] == text
    assert [p.name for p in tmp_path.iterdir() if p.suffix == ".json"] == ["out.methodewijzer.json"]


def _file(tmp_path, **changes) -> bytes:
    data = {"format": "methodewijzer-case", "format_version": 1, "name": "Goed",
            "context": {"settings": ["village"], "target_groups": [], "goals": [], "production_power": None,
                        "budget_eur": None, "months": None, "require_handbook": False,
                        "require_research": False, "must": []},
            "weights": {"goal": 5}, "notes": "", "decision": None}
    for key, value in changes.items():
        if key.startswith("context_"):
            data["context"][key[8:]] = value
        else:
            data[key] = value
    return json.dumps(data).encode()


BAD_FILES = {
    "not json": (b"{niet: json", "JSON"),
    "not a case": (b'{"hallo": 1}', "geen casusbestand"),
    "newer version": ("newer", "nieuwere"),
    "unknown setting": ("setting", "Onbekende plaats 'planeet'"),
    "wrong type": ("type", "verkeerd type"),
    "bad weight": ("weight", "tussen 0 en 5"),
    "unknown decision": ("decision", "Onbekende methode"),
    "duplicate name": ("duplicate", "bestaat al"),
    "too large": ("large", "te groot"),
}


@pytest.mark.parametrize("label", sorted(BAD_FILES))
def test_bad_case_files_are_refused_and_change_nothing(capsys, db_url, tmp_path, label):
    raw, expected = BAD_FILES[label]
    raw = {
        "newer": lambda: _file(tmp_path, format_version=3),
        "setting": lambda: _file(tmp_path, context_settings=["planeet"]),
        "type": lambda: _file(tmp_path, context_budget_eur="veel"),
        "weight": lambda: _file(tmp_path, weights={"goal": 9}),
        "decision": lambda: _file(tmp_path, decision={"id": "toverstaf", "reason": ""}),
        "duplicate": lambda: _file(tmp_path, name="Bestaand"),
        "large": lambda: _file(tmp_path, notes="x" * 1_000_001),
    }.get(raw, lambda: raw)()
    assert run(capsys, "--db", db_url, "case", "save", "Bestaand", "--goal", "liveability")[0] == 0
    path = tmp_path / "in.methodewijzer.json"
    path.write_bytes(raw)
    before = digest(db_url)
    code, out, err = run(capsys, "--db", db_url, "case", "import", str(path))
    assert code == 2 and expected in err and "Traceback" not in err and not out
    assert digest(db_url) == before and path.read_bytes() == raw


def test_catalogue_reload_keeps_cases(capsys, db_url):
    run(capsys, "--db", db_url, "case", "save", "Blijft", *SITUATION)
    before = digest(db_url)
    engine = make_engine(db_url)
    with engine.begin() as conn:  # pretend the shipped catalogue changed since the last start
        conn.execute(update(schema.meta).where(schema.meta.c.key == "catalogue_version").values(value="ouder"))
    import resources

    assert setup.prepare(engine, resources.CATALOGUE, resources.KNOWLEDGE).loaded
    engine.dispose()
    assert digest(db_url) == before
    assert show(capsys, db_url, "Blijft")["context"]["settings"] == ["village"]


def test_older_catalogue_with_other_advice_is_reported(capsys, db_url):
    run(capsys, "--db", db_url, "case", "save", "Toen", *SITUATION)
    engine = make_engine(db_url)
    with engine.begin() as conn:
        conn.execute(update(schema.cases).values(catalogue_version="ouder", top_method="moedercentra"))
    engine.dispose()
    from app.cases import Cases

    cases = Cases(Catalogue.open(db_url))
    assert cases.advice_changed(cases.load("Toen")) == ("moedercentra", "het-ondernemende-dorp")
    cases.close()
    _, out, _ = run(capsys, "--db", db_url, "case", "show", "Toen")
    assert "advies veranderd" in out and "moedercentra" in out and "het-ondernemende-dorp" in out


def test_two_processes_saving_one_name_leave_one_whole_case(db_url, tmp_path):
    import subprocess
    import sys

    assert main(["--db", db_url, "list"]) == 0  # the database exists before both start
    procs = [subprocess.Popen([sys.executable, "-m", "app.cli", "--db", db_url, "case", "save", "Samen", "--goal",
                               goal], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for goal in ("liveability", "participation")]
    results = [(p.wait(timeout=120), p.stderr.read()) for p in procs]
    assert sorted(code for code, _ in results) == [0, 2], results
    assert all("Traceback" not in err for _, err in results)
    from app.cases import Cases

    cases = Cases(Catalogue.open(db_url))
    assert [c["name"] for c in cases.list()] == ["Samen"]
    assert len(cases.load("Samen").context.goals) == 1
    cases.close()


def test_refused_export_leaves_the_target_untouched(capsys, db_url, tmp_path):
    target = tmp_path / "bestaand.methodewijzer.json"
    target.write_bytes(b"oude inhoud")
    code, _, err = run(capsys, "--db", db_url, "case", "export", "bestaat niet", "--out", str(target))
    assert code == 2 and "geen casus" in err and target.read_bytes() == b"oude inhoud"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".tmp-")]


def test_a_killed_writer_leaves_only_whole_cases(db_url, tmp_path):
    import signal
    import subprocess
    import sys
    import time

    assert main(["--db", db_url, "list"]) == 0
    script = ("import sys\nfrom advisor.case import Case\nfrom advisor.context import Context\n"
              "from app.cases import Cases\nfrom app.catalogue import Catalogue\n"
              "cases = Cases(Catalogue.open(sys.argv[1]))\nprint('klaar', flush=True)\ni = 0\n"
              "while True:\n    i += 1\n"
              "    cases.save(Case(name=f'c{i % 7}', context=Context(goals=frozenset({'liveability'})),"
              " notes='n' * 5000 * (i % 3)), replace_existing=True)\n")
    proc = subprocess.Popen([sys.executable, "-c", script, db_url], stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "klaar"
    time.sleep(1.0)
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    from app.cases import Cases

    cases = Cases(Catalogue.open(db_url))
    names = [c["name"] for c in cases.list()]
    assert names and len(names) == len(set(names)) <= 7
    for name in names:  # every stored case reads back whole and checks out
        case = cases.load(name)
        assert case.context.goals == frozenset({"liveability"}) and set(case.notes) <= {"n"}
    cases.close()
