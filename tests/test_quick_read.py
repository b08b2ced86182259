"""The second start's read without SQLAlchemy (``Catalogue.read_current``) gives exactly the catalogue of the
full open, and steps aside (None) whenever the full open has something to create, update, repair or say."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import tomllib

from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from app.api import open_catalogue, open_user_records, read_current_catalogue, resolved_url
from db import quick_read
from tests.faults.conftest import child_env, without_write_rights
from tests.test_own_methods import OWN

SHIPPED_IDS = ["kern-met-pit", "abcd", "dialoogmethode", "moedercentra", "lusten-en-lasten"]
GOALS = ["Meer ontmoeting in de straat.", "Bewoners nemen zelf het initiatief.", "Een ander doel — met ‘tekens’."]


def _path(url: str):  # noqa: ANN202
    return quick_read.plain_path(url)


def test_a_current_database_reads_the_same_quickly_as_in_full(db_url):
    first = open_catalogue(db_url)  # creates and fills it
    quick = read_current_catalogue(db_url)
    assert quick is not None and quick == open_catalogue(db_url) == first


def test_own_methods_local_changes_and_hidden_methods_read_the_same(db_url):
    records = open_user_records(open_catalogue(db_url))
    records.add(tomllib.loads(OWN.format(section="")))
    records.edit("kern-met-pit", {"id": "kern-met-pit", "goal": "Een eigen doel, hier aangepast."})
    records.hide("dialoogmethode")
    full = open_catalogue(db_url)
    quick = read_current_catalogue(db_url)
    assert quick == full
    assert quick.status["kern-met-pit"]["origin"] == "variant" and quick.get("kern-met-pit").goal.startswith("Een")
    assert [m.id for m in quick.hidden] == ["dialoogmethode"] and quick.get("buurtkamer-plus") is not None
    assert quick.change_counter == full.change_counter > 1


@settings(max_examples=8, deadline=None, phases=[Phase.explicit, Phase.generate],  # each example is a database
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(hidden=st.sets(st.sampled_from(SHIPPED_IDS), max_size=3),
       changed=st.dictionaries(st.sampled_from(SHIPPED_IDS), st.sampled_from(GOALS), max_size=2))
def test_any_mix_of_hidden_and_changed_methods_reads_the_same(tmp_path_factory, hidden, changed):
    url = f"sqlite:///{tmp_path_factory.mktemp('quick') / 'catalogus.sqlite3'}"
    records = open_user_records(open_catalogue(url))
    for method_id, goal in changed.items():
        records.edit(method_id, {"id": method_id, "goal": goal})
    for method_id in hidden:
        records.hide(method_id)
    assert read_current_catalogue(url) == open_catalogue(url)


def test_the_default_address_is_spelled_as_the_full_open_spells_it(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "gegevens"))
    monkeypatch.delenv("METHODEWIJZER_DATABASE_URL", raising=False)
    assert quick_read.plain_address(None) == resolved_url(None)
    open_catalogue(None)
    assert read_current_catalogue(None) == open_catalogue(None)


def test_nothing_to_read_quickly_leaves_it_to_the_full_open(tmp_path):
    assert read_current_catalogue(f"sqlite:///{tmp_path / 'nog-niet.sqlite3'}") is None  # a first start
    assert read_current_catalogue("sqlite://") is None  # in memory
    assert read_current_catalogue("postgresql://gebruiker:geheim@server/catalogus") is None
    assert read_current_catalogue(f"sqlite:///{tmp_path / 'met%20teken.sqlite3'}") is None  # escaped


def test_an_older_catalogue_or_schema_is_left_to_the_full_open_which_updates_it(db_url):
    open_catalogue(db_url)
    with sqlite3.connect(_path(db_url)) as conn:
        conn.execute("UPDATE meta SET value = 'ouder' WHERE key = 'catalogue_version'")
    assert read_current_catalogue(db_url) is None
    assert open_catalogue(db_url).catalogue_version != "ouder"  # refreshed
    assert read_current_catalogue(db_url) is not None
    with sqlite3.connect(_path(db_url)) as conn:
        conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    assert read_current_catalogue(db_url) is None


def test_a_damaged_or_foreign_file_is_left_to_the_full_open_and_not_touched(tmp_path):
    damaged = tmp_path / "kapot.sqlite3"
    damaged.write_bytes(b"SQLite format 3\x00" + os.urandom(4096))
    foreign = tmp_path / "vreemd.sqlite3"
    foreign.write_bytes(b"geen database")
    before = damaged.read_bytes(), foreign.read_bytes()
    assert read_current_catalogue(f"sqlite:///{damaged}") is None
    assert read_current_catalogue(f"sqlite:///{foreign}") is None
    assert (damaged.read_bytes(), foreign.read_bytes()) == before


def test_a_read_only_file_is_left_to_the_full_open_which_says_so(db_url):
    open_catalogue(db_url)
    path = _path(db_url)
    preexec = without_write_rights(path)  # as root: the child runs without the right to ignore modes
    code = ("import sys\nfrom app.api import read_current_catalogue\nfrom app.catalogue import Catalogue\n"
            "print(read_current_catalogue(sys.argv[1]) is None, Catalogue.open(sys.argv[1]).read_only)")
    try:
        child = subprocess.run([sys.executable, "-c", code, db_url], preexec_fn=preexec, capture_output=True,
                               text=True, timeout=120, env=child_env())
    finally:
        path.chmod(0o644)
    assert child.returncode == 0, child.stderr
    assert child.stdout.split() == ["True", "True"]
