"""``methodewijzer-cli list`` and ``show`` as a user runs them."""

from __future__ import annotations

import json

import pytest

from app.cli import main
from tests.test_catalogue import EXPECTED_SECTIONS


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_list_json_gives_the_nineteen_ids(capsys, db_url):
    code, out, _ = run(capsys, "--db", db_url, "list", "--json")
    assert code == 0
    assert [row["id"] for row in json.loads(out)] == list(EXPECTED_SECTIONS)


def test_list_is_readable_dutch(capsys, db_url):
    code, out, _ = run(capsys, "--db", db_url, "list")
    assert code == 0
    assert "4.1.10" in out and "Eigen Kracht" in out
    assert len(out.strip().splitlines()) == 19


def test_show_json_has_the_facts(capsys, db_url):
    code, out, _ = run(capsys, "--db", db_url, "show", "kern-met-pit", "--json")
    data = json.loads(out)
    assert code == 0
    for key in ("id", "name", "section", "category", "handbook", "evidence", "settings",
                "target_groups", "goals", "production_power", "summary", "approach", "goal"):
        assert key in data
    assert data["section"] == "4.1.2"
    assert data["production_power"] == "citizen"
    assert data["evidence"] == "none_known"
    assert {a["min_eur"] for a in data["budget"]["amounts"]} >= {500, 1000, 1500}


@pytest.mark.parametrize("method_id", list(EXPECTED_SECTIONS))
def test_show_text_has_every_heading(capsys, db_url, method_id):
    code, out, _ = run(capsys, "--db", db_url, "show", method_id)
    assert code == 0
    for heading in ("Korte beschrijving", "Doelgroep", "Doel", "Aanpak", "Ontwikkelaar", "Materiaal",
                    "Onderzoek", f"§ {EXPECTED_SECTIONS[method_id]}"):
        assert heading in out


def test_unknown_id_exits_2_and_names_the_closest(capsys, db_url):
    code, out, err = run(capsys, "--db", db_url, "show", "moedercentrum")
    assert code == 2
    assert "moedercentra" in err
    assert out == ""


def test_unusable_database_exits_1_with_a_message(capsys, tmp_path):
    bad = tmp_path / "x.sqlite3"
    bad.write_text("geen database")
    code, _, err = run(capsys, "--db", f"sqlite:///{bad}", "list")
    assert code == 1
    assert "niets aan veranderd" in err
