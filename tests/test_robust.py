"""How firm the advice is: ranges, stability intervals, tiers and complements agree with the real ranking."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from advisor import vocabulary as voc
from advisor.context import CRITERIA, Context
from advisor.matcher import advise, evaluate
from advisor.messages import (
    render_complement,
    render_points,
    render_rank_range,
    render_stability,
    render_tier,
    render_what_if,
)
from advisor.robust import robust_advice
from advisor.whatif import smallest_change
from tests.test_matcher import SETTINGS

HALF_STEPS = [x / 2 for x in range(11)]
contexts = st.builds(
    Context,
    settings=st.frozensets(st.sampled_from(list(voc.SETTINGS)), max_size=2),
    target_groups=st.frozensets(st.sampled_from(list(voc.TARGET_GROUPS)), max_size=2),
    goals=st.frozensets(st.sampled_from(list(voc.GOALS)), max_size=2),
    production_power=st.one_of(st.none(), st.sampled_from(list(voc.PRODUCTION_POWER))),
    budget_eur=st.one_of(st.none(), st.integers(0, 60_000)),
    months=st.one_of(st.none(), st.integers(1, 60)),
    require_handbook=st.booleans(),
    require_research=st.booleans(),
    weights=st.fixed_dictionaries({c: st.one_of(st.integers(0, 5), st.sampled_from(HALF_STEPS)) for c in CRITERIA}),
    must=st.frozensets(st.sampled_from(["setting", "goal", "budget"]), max_size=1),
)
catalogues = st.integers(0, 2**19 - 1)  # a bit mask choosing which of the 19 methods take part


def chosen(methods, mask):
    picked = [m for i, m in enumerate(methods) if mask >> i & 1]
    return picked if len(picked) >= 2 else list(methods)


def top_id(methods, context):
    results = advise(methods, context).results
    return results[0].method.id if results else None


@SETTINGS
@given(context=contexts, mask=catalogues)
def test_score_range_counts_unknown_as_no_match_and_as_full_match(methods, context, mask):
    advice = advise(chosen(methods, mask), context)
    for place, robust in zip(advice.results, robust_advice(advice).methods, strict=True):
        weights = [c.weight for c in place.criteria]
        total = sum(weights)
        assert robust.score_range.low <= place.score + 1e-9 and place.score <= robust.score_range.high + 1e-9
        if total:
            for unknown_as, bound in ((0.0, robust.score_range.low), (1.0, robust.score_range.high)):
                direct = 100 * sum(c.weight * (unknown_as if c.score.match is None else c.score.match)
                                   for c in place.criteria) / total
                assert bound == pytest.approx(direct)
        if not robust.unknown:
            assert robust.score_range.low == robust.score_range.high == place.score


@SETTINGS
@given(context=contexts, mask=catalogues)
def test_rank_range_brackets_the_rank_and_follows_its_definition(methods, context, mask):
    advice = advise(chosen(methods, mask), context)
    robust = robust_advice(advice).methods
    by_name = sorted(advice.results, key=lambda p: (p.method.name.casefold(), p.method.id))
    name_order = {p.method.id: -i for i, p in enumerate(by_name)}

    def key(value, place):  # "beats" as the matcher breaks ties: confidence, then name; equal within rounding
        return round(value, 6), round(place.confidence, 9), name_order[place.method.id]

    pairs = list(zip(advice.results, robust, strict=True))
    for place, r in pairs:
        assert r.rank_range.best <= place.rank <= r.rank_range.worst
        others = [(p, o) for p, o in pairs if o.method.id != r.method.id]
        assert r.rank_range.best - 1 == sum(
            key(o.score_range.low, p) > key(r.score_range.high, place) for p, o in others)
        assert r.rank_range.worst - 1 == sum(
            key(o.score_range.high, p) > key(r.score_range.low, place) for p, o in others)


@SETTINGS
@given(context=contexts, mask=catalogues)
def test_asking_whether_a_rank_range_is_wide_agrees_with_the_place_built_whole(methods, context, mask):
    """The list asks every row whether its range is wide without building the place; same answer."""
    places = robust_advice(advise(chosen(methods, mask), context)).methods
    assert [places.is_wide(i) for i in range(len(places))] == [p.rank_range.wide for p in places]


@SETTINGS
@given(context=contexts, mask=catalogues)
def test_a_wide_rank_range_read_alone_agrees_with_the_place_built_whole(methods, context, mask):
    """The list reads a row's wide range and unknown data without building the place's points; same answer."""
    places = robust_advice(advise(chosen(methods, mask), context)).methods
    alone = [places.wide_at(i) for i in range(len(places))]
    assert alone == [(p.method, p.rank_range, p.unknown) if p.rank_range.wide else None for p in places]
    assert [places.wide_at(i) for i in range(len(places))] == alone  # and again, once the places are built


@SETTINGS
@given(context=contexts, mask=catalogues)
def test_without_unknown_data_that_counts_the_rank_range_is_the_rank(methods, context, mask):
    picked = chosen(methods, mask)
    evaluations = evaluate(picked, context)
    unknown = {s.criterion for ev in evaluations for s in ev.scores if not s.known}
    for criterion in unknown:
        context = context.with_weight(criterion, 0)
    advice = advise(picked, context)
    for place, r in zip(advice.results, robust_advice(advice).methods, strict=True):
        assert (r.rank_range.best, r.rank_range.worst) == (place.rank, place.rank)


@SETTINGS
@given(context=contexts, mask=catalogues, inside=st.floats(0.001, 0.999))
def test_top_holds_inside_each_stability_interval_and_changes_just_outside(methods, context, mask, inside):
    picked = chosen(methods, mask)
    advice = advise(picked, context)
    if not advice.results:
        return
    top = advice.results[0].method.id
    for s in robust_advice(advice).stability:
        assert s.min <= s.weight <= s.max
        for weight in (s.min, s.min + inside * (s.max - s.min), s.max):  # the reported ends are inside too
            assert top_id(picked, context.with_weight(s.criterion, weight)) == top, (s, weight)
        if s.min > 0:
            assert top_id(picked, context.with_weight(s.criterion, max(0.0, round(s.min - 0.01, 2)))) != top, s
        if s.max < 5:
            assert top_id(picked, context.with_weight(s.criterion, min(5.0, round(s.max + 0.01, 2)))) != top, s


@SETTINGS
@given(context=contexts, mask=catalogues)
def test_what_if_is_the_nearest_end_of_the_nearest_interval(methods, context, mask):
    picked = chosen(methods, mask)
    advice = advise(picked, context)
    robust = robust_advice(advice)
    assert robust.what_if == smallest_change(evaluate(picked, context), context)
    if robust.what_if is None:
        assert all((s.min, s.max) == (0, 5) for s in robust.stability)
        return
    w = robust.what_if
    assert top_id(picked, context.with_weight(w.criterion, w.new_weight)) == w.method.id != w.current_top.id
    distance = abs(w.old_weight - w.bound)
    for s in robust.stability:
        if s.min > 0:
            assert s.weight - s.min >= distance - 0.01
        if s.max < 5:
            assert s.max - s.weight >= distance - 0.01
    assert "{" not in render_what_if(w) and "negeer" not in render_what_if(w)


@SETTINGS
@given(context=contexts, mask=catalogues)
def test_complement_is_never_the_top_and_is_strong_where_the_top_is_weak(methods, context, mask):
    advice = advise(chosen(methods, mask), context)
    robust = robust_advice(advice)
    if not advice.results:
        return
    top = robust.methods[0]
    weak = {p.criterion for p in top.weaknesses}
    if robust.complement is None:
        return
    assert robust.complement.method.id != top.method.id
    assert robust.complement.covers and set(robust.complement.covers) <= weak
    partner = next(r for r in robust.methods if r.method.id == robust.complement.method.id)
    assert set(robust.complement.covers) <= {p.criterion for p in partner.strengths}


@SETTINGS
@given(context=contexts, mask=catalogues)
def test_clear_winner_means_a_real_lead_and_a_firm_first_place(methods, context, mask):
    advice = advise(chosen(methods, mask), context)
    robust = robust_advice(advice)
    if len(advice.results) < 2:
        return
    assert robust.margin == pytest.approx(advice.results[0].score - advice.results[1].score)
    firm = robust.methods[0].rank_range.worst == 1
    assert robust.clear_winner == (robust.margin >= 5 and firm)
    assert (len(robust.tier) >= 2) == (not robust.clear_winner)
    assert robust.tier[0] == advice.results[0].method


def test_street_with_little_money_has_a_clear_winner_and_unknown_budget_widens_ranks(methods):
    context = Context(settings=frozenset({"street"}), goals=frozenset({"liveability"}), budget_eur=1000)
    robust = robust_advice(advise(methods, context))
    assert robust.methods[0].method.id == "mensen-maken-de-stad" and robust.clear_winner
    abcd = next(r for r in robust.methods if r.method.id == "abcd")
    assert abcd.unknown == ("budget",) and abcd.rank_range.wide
    assert abcd.score_range.low < abcd.score < abcd.score_range.high
    assert [p.criterion for p in robust.methods[0].strengths] == ["goal", "setting", "budget"]  # by weight


def test_village_seniors_top_is_weak_on_research_and_gets_a_complement(methods):
    context = Context(settings=frozenset({"village"}), target_groups=frozenset({"seniors"}),
                      goals=frozenset({"local_facilities"}), budget_eur=5000, require_research=True)
    robust = robust_advice(advise(methods, context))
    assert robust.methods[0].method.id == "het-ondernemende-dorp"
    assert [p.criterion for p in robust.methods[0].weaknesses] == ["research"]
    assert robust.complement.covers == ("research",)
    text = render_complement(robust.complement)
    assert text.startswith(robust.complement.method.name) and "onderzoek" in text and "suggestie" in text
    assert robust.complement.method.id == "erkende-overleg-partners"  # evaluated, so strong on research
    target = next(s for s in robust.stability if s.criterion == "target_group")
    assert (target.min, target.max) == (0, 5)  # no other method matches seniors better or worse enough
    assert render_stability(target) == "Doelgroep mag tussen 0 en 5 wegen zonder dat de eerste plaats verandert."
    goal = next(s for s in robust.stability if s.criterion == "goal")
    assert (goal.min, goal.max, goal.min_holds) == (0.01, 5, False)  # the goal is what keeps the top first
    assert top_id(methods, context.with_weight("goal", 0.01)) == "het-ondernemende-dorp"
    assert top_id(methods, context.with_weight("goal", 0)) == "erkende-overleg-partners"
    assert robust.what_if.criterion == "goal" and robust.what_if.method.id == "erkende-overleg-partners"


def test_many_level_methods_form_one_tier_without_a_clear_winner(methods):
    robust = robust_advice(advise(methods, Context(settings=frozenset({"neighbourhood"}),
                                                   goals=frozenset({"social_cohesion"}))))
    assert not robust.clear_winner and robust.margin == 0
    assert len(robust.tier) == 4
    assert render_tier(robust.tier) == ("Geen duidelijke winnaar: ABCD-methode, Burgers aan het stuur, "
                                        "Buurtcoach Kan wél! en Dialoogmethode liggen dicht bij elkaar.")


def test_no_weaknesses_no_complement(methods):
    robust = robust_advice(advise(methods, Context(target_groups=frozenset({"seniors"}))))
    assert robust.methods[0].weaknesses == () and robust.complement is None


@SETTINGS
@given(context=contexts, mask=catalogues)
def test_every_robust_line_reads_as_a_finished_dutch_sentence(methods, context, mask):
    robust = robust_advice(advise(chosen(methods, mask), context))
    lines = [render_stability(s) for s in robust.stability]
    lines += [render_tier(robust.tier)] if len(robust.tier) > 1 else []
    lines += [render_complement(robust.complement)] if robust.complement else []
    lines += [render_what_if(robust.what_if)] if robust.what_if else []
    for r in robust.methods[:3]:
        lines += [render_points("strengths", r.strengths)] if r.strengths else []
        lines += [render_points("weaknesses", r.weaknesses)] if r.weaknesses else []
        lines += [render_rank_range(r.rank_range, r.unknown, why=True)] if r.rank_range.wide else []
    for line in lines:
        assert line[0].isupper() and line.endswith(".") and "{" not in line and "_" not in line, line
