"""``methodewijzer-cli match`` as a user runs it."""

from __future__ import annotations

import json

import pytest

from app.cli import main


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_match_json_shape(capsys, db_url):
    code, out, _ = run(capsys, "--db", db_url, "match", "--setting", "village", "--target-group", "seniors",
                       "--goal", "local_facilities", "--budget", "5000", "--json")
    data = json.loads(out)
    assert code == 0
    assert set(data) == {"context", "weights", "results", "excluded", "what_if", "fit"}
    first = data["results"][0]
    assert first["id"] == "het-ondernemende-dorp" and first["rank"] == 1
    assert {"id", "name", "rank", "score", "confidence", "criteria", "caveats"} <= set(first)
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


@pytest.mark.parametrize("args, expected", [
    (["--setting", "dorpje"], "village"),
    (["--target-group", "kinderen"], "women_with_children"),
    (["--budget", "-10"], "0 euro of meer"),
    (["--budget", "veel"], "geheel getal"),
    (["--weight", "goal=9"], "tussen 0 en 5"),
    (["--weight", "geluk=3"], "setting"),
    (["--must", "geluk"], "setting"),
    (["--production-power", "staat"], "citizen"),
])
def test_bad_input_exits_2_with_valid_values(capsys, db_url, args, expected):
    code, out, err = run(capsys, "--db", db_url, "match", *args)
    assert code == 2
    assert expected in err
    assert out == ""
