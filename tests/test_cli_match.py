"""``methodewijzer-cli match`` as a user runs it."""

from __future__ import annotations

import json

import pytest

from app.cli import main

pytestmark = pytest.mark.both_databases


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_match_json_shape(capsys, db_url):
    code, out, _ = run(capsys, "--db", db_url, "match", "--setting", "village", "--target-group", "seniors",
                       "--goal", "local_facilities", "--budget", "5000", "--json")
    data = json.loads(out)
    assert code == 0
    assert set(data) == {"context", "weights", "results", "excluded", "what_if", "fit", "stability", "margin",
                         "clear_winner", "complement"}
    first = data["results"][0]
    assert first["id"] == "het-ondernemende-dorp" and first["rank"] == 1
    assert {"id", "name", "rank", "score", "confidence", "criteria", "caveats", "score_range", "rank_range",
            "strengths", "weaknesses"} <= set(first)
    assert {c["criterion"] for c in first["criteria"]} == {"setting", "target_group", "goal", "budget"}
    for c in first["criteria"]:
        assert {"criterion", "match", "weight", "contribution", "reason"} <= set(c)
        assert c["reason"]["code"] and c["reason"]["text"]
    assert len(data["results"]) + len(data["excluded"]) == 19


def test_match_must_and_weights(capsys, db_url):
    code, out, _ = run(capsys, "--db", db_url, "match", "--target-group", "women_with_children",
                       "--must", "target_group", "--weight", "goal=1", "--json")
    data = json.loads(out)
    assert code == 0
    assert data["weights"]["goal"] == 1
    assert data["excluded"] and all(e["reason"]["criterion"] == "target_group" for e in data["excluded"])


def test_match_text_is_dutch_with_reasons(capsys, db_url):
    code, out, _ = run(capsys, "--db", db_url, "match", "--target-group", "women_with_children")
    assert code == 0
    assert "Moedercentra" in out.splitlines()[1]
    assert "Richt zich op uw doelgroep: vrouwen met kinderen." in out


VILLAGE = ["match", "--setting", "village", "--target-group", "seniors", "--goal", "local_facilities",
           "--budget", "5000", "--require-research", "--weight", "goal=2.5"]


def top_two(capsys, db_url, *extra):
    data = json.loads(run(capsys, "--db", db_url, *VILLAGE, *extra, "--json")[1])
    return [r["id"] for r in data["results"][:2]]


def test_match_json_says_how_firm_the_advice_is(capsys, db_url):
    code, out, _ = run(capsys, "--db", db_url, *VILLAGE, "--json")
    data = json.loads(out)
    assert code == 0
    results = data["results"]
    for r in results:
        assert r["score_range"]["low"] <= r["score"] <= r["score_range"]["high"]
        assert r["rank_range"]["best"] <= r["rank"] <= r["rank_range"]["worst"]
    top = results[0]
    assert top["id"] == "het-ondernemende-dorp" and top["weaknesses"] == ["research"]
    assert "setting" in top["strengths"] and not set(top["strengths"]) & set(top["weaknesses"])
    assert data["margin"] == pytest.approx(top["score"] - results[1]["score"], abs=0.01)
    # unknown data could put IDOP first, so there is no clear winner
    assert data["clear_winner"] is False and top["rank_range"] == {"best": 1, "worst": 2}
    assert data["complement"]["id"] == "erkende-overleg-partners" != top["id"]
    assert data["complement"]["covers"] == ["research"] and "suggestie" in data["complement"]["text"]
    assert [s["criterion"] for s in data["stability"]] == ["setting", "target_group", "goal", "budget", "research"]
    for s in data["stability"]:
        assert s["min"] <= s["weight"] <= s["max"] and s["weight"] == data["weights"][s["criterion"]]
    research = next(s for s in data["stability"] if s["criterion"] == "research")
    assert (research["weight"], research["max"]) == (2, 4.49)


def test_decimal_weights_move_the_top_exactly_at_the_stability_bound(capsys, db_url):
    assert top_two(capsys, db_url, "--weight", "research=4.49") == ["het-ondernemende-dorp",
                                                                    "erkende-overleg-partners"]
    # just past the reported bound the two are level and the one with more known data goes first
    assert top_two(capsys, db_url, "--weight", "research=4,5") == ["erkende-overleg-partners",
                                                                   "het-ondernemende-dorp"]
    data = json.loads(run(capsys, "--db", db_url, *VILLAGE, "--weight", "research=1.25", "--json")[1])
    assert data["weights"]["research"] == 1.25 and data["weights"]["goal"] == 2.5


def test_margin_is_null_and_the_winner_clear_with_one_kept_method(capsys, db_url):
    data = json.loads(run(capsys, "--db", db_url, "match", "--target-group", "women_with_children",
                          "--must", "target_group", "--json")[1])
    assert len(data["results"]) == 1
    assert data["margin"] is None and data["clear_winner"] is True and data["what_if"] is None
    assert data["stability"] == [{"criterion": "target_group", "weight": 4, "min": 0, "max": 5}]


def test_match_text_shows_tier_rank_ranges_and_stability(capsys, db_url):
    code, out, _ = run(capsys, "--db", db_url, "match", "--setting", "neighbourhood", "--goal", "social_cohesion")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == ("Geen duidelijke winnaar: ABCD-methode, Burgers aan het stuur, Buurtcoach Kan wél! en "
                        "Dialoogmethode liggen dicht bij elkaar.")
    eigen_kracht = next(line for line in lines if "Eigen Kracht-conferentie" in line)
    assert eigen_kracht.endswith("[plaats 14 tot 19]")
    assert not any("[plaats" in line for line in lines if "ABCD-methode (§" in line)  # firm: no range
    assert "  Plaats mag tussen 0 en 5 wegen zonder dat de eerste plaats verandert." in lines
    assert "  Doelen mag tussen 0 en 5 wegen zonder dat de eerste plaats verandert." in lines


def test_match_text_what_if_and_complement_lines(capsys, db_url):
    code, out, _ = run(capsys, "--db", db_url, *VILLAGE)
    assert code == 0
    assert ("De eerste plaats houdt stand zolang doelen meetelt (nu 2,5); telt het niet mee, dan staat "
            "Erkende Overleg Partners (EOP's) bovenaan.") in out
    assert "  Onderzoek mag tussen 0 en 4,49 wegen zonder dat de eerste plaats verandert." in out
    assert out.splitlines()[0].startswith("Geen duidelijke winnaar: Het Ondernemende Dorp en IDOP")
    assert "methoden combineren is onze suggestie, niet die van het rapport." in out


@pytest.mark.parametrize("args, expected", [
    (["--setting", "dorpje"], "village"),
    (["--target-group", "kinderen"], "women_with_children"),
    (["--budget", "-10"], "0 euro of meer"),
    (["--budget", "veel"], "geheel getal"),
    (["--weight", "goal=9"], "tussen 0 en 5"),
    (["--weight", "goal=5.01"], "tussen 0 en 5"),
    (["--weight", "goal=1,2,3"], "getal van 0 tot 5"),
    (["--weight", "geluk=3"], "setting"),
    (["--must", "geluk"], "setting"),
    (["--production-power", "staat"], "citizen"),
])
def test_bad_input_exits_2_with_valid_values(capsys, db_url, args, expected):
    code, out, err = run(capsys, "--db", db_url, "match", *args)
    assert code == 2
    assert expected in err
    assert out == ""
