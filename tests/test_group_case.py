"""A workshop group saved with its case, and the report sections on firmness and on the group."""

from __future__ import annotations

import json

import pytest

from advisor.case import Case, CaseError, case_from_file, case_to_file
from advisor.context import Context
from advisor.group_csv import parse_participants
from advisor.messages import render_stability
from app.api import Advisor, case_report_html, open_cases, open_catalogue
from tests.test_group import CSV

CONTEXT = Context(settings=frozenset({"village"}), target_groups=frozenset({"seniors"}),
                  goals=frozenset({"local_facilities"}), budget_eur=5000)


def workshop_case(**changes) -> Case:
    return Case(name="Workshop Oost", context=CONTEXT, group=parse_participants(CSV), **changes)


def test_case_file_keeps_the_group_and_bumps_the_version_only_when_there_is_one():
    data = json.loads(case_to_file(workshop_case()))
    assert data["format_version"] == 2
    assert [p["name"] for p in data["group"]["participants"]] == ["Anna", "Bram", "Deelnemer 3"]
    assert case_from_file(case_to_file(workshop_case())) == workshop_case()
    plain = json.loads(case_to_file(Case(name="Zonder groep", context=CONTEXT)))
    assert plain["format_version"] == 1 and "group" not in plain


def test_database_round_trip_keeps_the_group(db_url):
    catalogue = open_catalogue(db_url)
    cases = open_cases(catalogue)
    try:
        cases.save(workshop_case())
        loaded = cases.load("Workshop Oost")
    finally:
        cases.close()
    assert loaded.group == workshop_case().group


@pytest.mark.parametrize("participants, words", [
    ([{"name": "A", "weights": {"goal": 7}}], "buiten 0–5"),
    ([{"name": "A", "weights": {"goal": 1}}, {"name": "a", "weights": {}}], "meer dan eens"),
    ([{"name": "A", "weights": {"prijs": 1}}], "Onbekend criterium"),
    ([], "geen deelnemers"),
    (["A"], "geen object"),
])
def test_bad_group_section_is_refused(participants, words):
    data = json.loads(case_to_file(workshop_case()))
    data["group"] = {"participants": participants}
    with pytest.raises(CaseError, match=words):
        case_from_file(json.dumps(data).encode())


def test_report_says_how_firm_the_advice_is(db_url):
    catalogue = open_catalogue(db_url)
    case = Case(name="Oost", context=CONTEXT)
    html = case_report_html(catalogue, case)
    robust = Advisor(catalogue.methods, catalogue.knowledge).advise(CONTEXT).robust
    assert "Hoe vast het advies staat" in html
    margin = f"{robust.margin:.2f}".rstrip("0").rstrip(".").replace(".", ",")
    assert f"Voorsprong van de eerste op de tweede: {margin} punten." in html
    assert ("Duidelijke winnaar" in html) == robust.clear_winner
    assert ("Geen duidelijke winnaar" in html) == (not robust.clear_winner)
    for s in robust.stability:
        assert render_stability(s) in html
    assert "Groepsweging" not in html
    assert html.index("Hoe vast het advies staat") < html.index("Bronnen")


def test_report_has_the_group_section_when_the_case_has_a_group(db_url):
    html = case_report_html(open_catalogue(db_url), workshop_case())
    assert "Groepsweging" in html and "3 deelnemers" in html and "Kendalls W" in html
    assert "Deelnemer 3" in html and "Anna" in html
    assert html.index("Groepsweging") < html.index("Bronnen")


def test_report_puts_compared_methods_side_by_side_only_when_two_or_more(db_url):
    catalogue = open_catalogue(db_url)
    results = Advisor(catalogue.methods, catalogue.knowledge).advise(CONTEXT).advice.results
    a, b = results[0], results[3]
    html = case_report_html(catalogue, Case(name="Oost", context=CONTEXT), compared=[a.method.id, b.method.id])
    section = html[html.index("Methoden naast elkaar"):html.index("Bronnen")]
    assert a.method.name in section and b.method.name in section
    assert f"{a.score:.0f}" in section and f"{b.score:.0f}" in section
    assert "scoort vooral hoger op" in section
    one = case_report_html(catalogue, Case(name="Oost", context=CONTEXT), compared=[a.method.id, "bestaat-niet"])
    assert "Methoden naast elkaar" not in one


def test_compared_methods_follow_the_group_weights_when_the_window_ranks_by_the_group(db_url):
    from app.api import advise_group

    catalogue = open_catalogue(db_url)
    case = workshop_case()
    advisor = Advisor(catalogue.methods, catalogue.knowledge)
    own = {r.method.id: r for r in advisor.advise(CONTEXT).advice.results}
    grouped = {r.method.id: r for r in advise_group(advisor, CONTEXT, case.group).group.advice.results}
    ids = [i for i in own if f"{own[i].score:.0f}" != f"{grouped[i].score:.0f}"][:2]
    assert len(ids) == 2  # two methods whose score moves with the group's weights

    def section(by_group: bool) -> str:
        html = case_report_html(catalogue, case, compared=ids, compared_by_group=by_group)
        return html[html.index("Methoden naast elkaar"):html.index("Groepsweging")]

    with_group, without = section(True), section(False)
    assert "Met de gewichten van de groep" in with_group and "Met de gewichten van de groep" not in without
    for i in ids:
        assert f"<b>{grouped[i].score:.0f}</b>" in with_group and f"<b>{own[i].score:.0f}</b>" in without
