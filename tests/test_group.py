"""A workshop group's weights: mean weights, each participant's top, consensus and disagreement."""

from __future__ import annotations

import json

import pytest

from advisor.context import CRITERIA, DEFAULT_WEIGHTS, Context
from advisor.group import Participant, average_places, group_advice, kendall_w, mean_weights
from advisor.group_csv import GroupError, parse_participants
from app.cli import main

SITUATION = ["--setting", "village", "--target-group", "seniors", "--goal", "local_facilities",
             "--budget", "5000", "--require-research", "--require-handbook"]
CSV = (b"participant;goal;budget;research;handbook\n"
       b"Anna;5;1;2;0\n"
       b"Bram;2,5;4;0;5\n"
       b";4;3;5;1\n")


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def person(name, **weights):
    return Participant(name, {**DEFAULT_WEIGHTS, **weights})


def test_csv_semicolon_decimal_comma_anonymous_and_default_columns():
    people = parse_participants(CSV)
    assert [p.name for p in people] == ["Anna", "Bram", "Deelnemer 3"]
    assert people[1].weights["goal"] == 2.5
    assert people[0].weights["setting"] == DEFAULT_WEIGHTS["setting"]  # no column: the default weight
    comma = parse_participants(b'\xef\xbb\xbfparticipant,goal\r\nX,"3,5"\r\nY,1\r\n')
    assert [p.weights["goal"] for p in comma] == [3.5, 1]


def test_mean_weights_are_the_arithmetic_mean():
    w = mean_weights(parse_participants(CSV))
    assert w["goal"] == pytest.approx((5 + 2.5 + 4) / 3)
    assert w["budget"] == pytest.approx(8 / 3)
    assert w["setting"] == 3 and isinstance(w["setting"], int)


def test_kendall_w_is_one_for_identical_participants(methods):
    ctx = Context(settings=frozenset({"village"}), goals=frozenset({"local_facilities"}), budget_eur=5000,
                  require_research=True)
    same = [person(f"P{i}", goal=4, research=1) for i in range(5)]
    result = group_advice(methods, ctx, same)
    assert result.kendall_w == pytest.approx(1.0)
    assert result.top_agreement == 1.0
    assert all(s.spread == 0 for s in result.disagreement)


def test_kendall_w_hand_computed_example_with_ties():
    """Three participants rank four methods a–d; B ties b and c, C ties c and d.

    Places:      a    b    c    d
      A          1    2    3    4
      B          1   2.5  2.5   4
      C          2    1   3.5  3.5
    Sums R:      4   5.5   9  11.5        (total 30 = m·n(n+1)/2)
    Σ R² = 16 + 30.25 + 81 + 132.25 = 259.5
    numerator   = 12·259.5 − 3·3²·4·5² = 3114 − 2700 = 414
    ties T      = A 0, B 2³−2 = 6, C 6  → Σ T = 12
    denominator = 3²·4·(4²−1) − 3·12 = 540 − 36 = 504
    W = 414 / 504 = 23/28 ≈ 0.8214
    """
    rankings = [
        average_places({"a": 9.0, "b": 7.0, "c": 5.0, "d": 1.0}),
        average_places({"a": 9.0, "b": 6.0, "c": 6.0, "d": 1.0}),
        average_places({"a": 8.0, "b": 9.0, "c": 2.0, "d": 2.0}),
    ]
    assert rankings[1] == {"a": 1, "b": 2.5, "c": 2.5, "d": 4}
    assert rankings[2] == {"b": 1, "a": 2, "c": 3.5, "d": 3.5}
    assert kendall_w(rankings) == pytest.approx(23 / 28)


def test_opposite_rankings_have_no_consensus():
    assert kendall_w([{"a": 1, "b": 2}, {"a": 2, "b": 1}]) == pytest.approx(0.0)


def test_disagreement_sorted_by_spread(methods):
    people = parse_participants(CSV)
    spreads = group_advice(methods, Context(goals=frozenset({"local_facilities"})), people).disagreement
    assert [s.criterion for s in spreads[:3]] == ["handbook", "research", "budget"]
    assert (spreads[0].min, spreads[0].max, spreads[0].spread) == (0, 5, 5)
    assert [s.spread for s in spreads] == sorted((s.spread for s in spreads), reverse=True)


def test_group_json_shape_and_group_equals_match_with_mean_weights(capsys, db_url, tmp_path):
    path = tmp_path / "deelnemers.csv"
    path.write_bytes(CSV)
    code, out, err = run(capsys, "--db", db_url, "group", str(path), *SITUATION, "--must", "goal", "--json")
    assert code == 0, err
    data = json.loads(out)
    assert set(data) == {"participants", "group", "consensus", "disagreement"}
    assert [set(p) for p in data["participants"]] == [{"name", "weights", "top", "ranking"}] * 3
    assert set(data["consensus"]) == {"kendall_w", "top_agreement"}
    assert 0 <= data["consensus"]["kendall_w"] <= 1
    mean = mean_weights(parse_participants(CSV))
    weights = [a for c in CRITERIA for a in ("--weight", f"{c}={mean[c]!r}")]
    code, match_out, _ = run(capsys, "--db", db_url, "match", *SITUATION, "--must", "goal", *weights, "--json")
    assert code == 0
    assert data["group"] == json.loads(match_out)
    group_top = data["group"]["results"][0]["id"]
    share = sum(p["top"] == group_top for p in data["participants"]) / 3
    assert data["consensus"]["top_agreement"] == pytest.approx(share, abs=1e-4)
    kept = {r["id"] for r in data["group"]["results"]}
    assert all(set(p["ranking"]) == kept for p in data["participants"])
    assert [d["spread"] for d in data["disagreement"]] == sorted((d["spread"] for d in data["disagreement"]),
                                                                 reverse=True)


def test_each_participant_top_is_their_own_match(capsys, db_url, tmp_path):
    path = tmp_path / "deelnemers.csv"
    path.write_bytes(CSV)
    data = json.loads(run(capsys, "--db", db_url, "group", str(path), *SITUATION, "--json")[1])
    anna = data["participants"][0]["weights"]
    args = [a for c in CRITERIA for a in ("--weight", f"{c}={anna[c]}")]
    own = json.loads(run(capsys, "--db", db_url, "match", *SITUATION, *args, "--json")[1])
    assert data["participants"][0]["ranking"] == [r["id"] for r in own["results"]]


BAD = {
    "geen deelnemers": b"participant;goal\n",
    "leeg": b"",
    "te veel": b"participant;goal\n" + b"".join(b"P%d;3\n" % i for i in range(201)),
    "buiten 0": b"participant;goal\nA;6\n",
    "negatief": b"participant;goal\nA;-1\n",
    "geen getal": b"participant;goal\nA;veel\n",
    "onbekende kolom": b"participant;goal;prijs\nA;3;4\n",
    "dubbele naam": b"participant;goal\nAnna;3\nanna ;4\n",
    "te groot": b"participant;goal\n" + b"A;3\n" * 300_000,
    "geen utf-8": "participant;goal\nJosé;3\n".encode("cp1252"),
    "geen kopregel": b"naam;goal\nA;3\n",
}


@pytest.mark.parametrize("what", list(BAD))
def test_bad_csv_is_refused_with_dutch_message_and_no_output(capsys, db_url, tmp_path, what):
    path = tmp_path / "deelnemers.csv"
    path.write_bytes(BAD[what])
    with pytest.raises(GroupError):
        parse_participants(BAD[what])
    code, out, err = run(capsys, "--db", db_url, "group", str(path), *SITUATION, "--json")
    assert (code, out) == (2, "")
    assert err.startswith("methodewijzer-cli: ") and len(err.strip()) > 30
    assert path.read_bytes() == BAD[what]


def test_two_hundred_participants_are_accepted():
    rows = b"".join(b"P%d;%d\n" % (i, i % 6) for i in range(200))
    assert len(parse_participants(b"participant;goal\n" + rows)) == 200


def test_weight_option_is_refused_for_a_group(capsys, db_url, tmp_path):
    path = tmp_path / "deelnemers.csv"
    path.write_bytes(CSV)
    code, out, err = run(capsys, "--db", db_url, "group", str(path), "--weight", "goal=3")
    assert (code, out) == (2, "") and "CSV" in err


def test_group_text_output_is_dutch(capsys, db_url, tmp_path):
    path = tmp_path / "deelnemers.csv"
    path.write_bytes(CSV)
    code, out, _ = run(capsys, "--db", db_url, "group", str(path), *SITUATION)
    assert code == 0
    assert "Kendalls W" in out and "Deelnemer 3:" in out and "uiteenlopen" in out
