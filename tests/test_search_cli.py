"""``methodewijzer-cli search`` as a user runs it."""

from __future__ import annotations

import json

import pytest

from app.cli import main

pytestmark = pytest.mark.both_databases


def run(capsys, *args):
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_json_has_ranked_hits_with_marks_into_the_snippet(capsys, db_url):
    code, out, _ = run(capsys, "--db", db_url, "search", "initiatief", "--json", "--limit", "19")
    data = json.loads(out)
    assert code == 0
    assert data["query"] == "initiatief"
    assert "twexx" in [r["id"] for r in data["results"]]
    for result in data["results"]:
        assert set(result) == {"id", "name", "score", "snippet", "marks"}
        assert result["marks"]
        for start, end in result["marks"]:
            assert "initiatie" in result["snippet"][start:end].lower()
    scores = [r["score"] for r in data["results"]]
    assert scores == sorted(scores, reverse=True)


def test_several_words_need_no_quotes_and_limit_is_kept(capsys, db_url):
    code, out, _ = run(capsys, "--db", db_url, "search", "dorp", "jongeren", "--json", "--limit", "1")
    data = json.loads(out)
    assert code == 0 and data["query"] == "dorp jongeren"
    assert [r["id"] for r in data["results"]] == ["idop"]


def test_as_you_type_makes_the_last_word_a_prefix(capsys, db_url):
    _, plain, _ = run(capsys, "--db", db_url, "search", "coop", "--json")
    code, typing, _ = run(capsys, "--db", db_url, "search", "coop", "--as-you-type", "--json")
    assert code == 0
    assert json.loads(plain)["results"] == []
    assert [r["id"] for r in json.loads(typing)["results"]] == ["het-ondernemende-dorp"]


def test_readable_output_names_the_method_and_brackets_the_match(capsys, db_url):
    code, out, _ = run(capsys, "--db", db_url, "search", "moedercentra")
    assert code == 0
    assert "gevonden voor 'moedercentra'" in out
    assert "1. Moedercentra (moedercentra, score " in out
    assert "[Moedercentra]" in out


def test_no_hits_is_a_friendly_line_and_success(capsys, db_url):
    code, out, err = run(capsys, "--db", db_url, "search", "xylofoonorkest")
    assert code == 0
    assert out.strip() == "Geen methoden gevonden voor 'xylofoonorkest'. Probeer minder woorden of een ander woord."


def test_broken_syntax_does_not_fail(capsys, db_url):
    code, out, err = run(capsys, "--db", db_url, "search", '"kern met pit', "--json")
    assert code == 0 and "Traceback" not in err
    assert json.loads(out)["results"][0]["id"] == "kern-met-pit"


@pytest.mark.parametrize("limit", ["0", "-3"])
def test_limit_below_one_is_a_usage_error(capsys, db_url, limit):
    code, out, err = run(capsys, "--db", db_url, "search", "buurt", "--limit", limit)
    assert code == 2
    assert "--limit" in err and out == ""
