"""The matcher ranks, explains and stays consistent, whatever the context."""

from __future__ import annotations

import dataclasses
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor import vocabulary as voc
from advisor.context import CRITERIA, DEFAULT_WEIGHTS, Context, ContextError
from advisor.matcher import GOOD_FIT_THRESHOLD, advise, evaluate
from advisor.model import Basis, Budget, Duration, Method, TermSet
from advisor.whatif import smallest_change

contexts = st.builds(
    Context,
    settings=st.frozensets(st.sampled_from(list(voc.SETTINGS)), max_size=3),
    target_groups=st.frozensets(st.sampled_from(list(voc.TARGET_GROUPS)), max_size=3),
    goals=st.frozensets(st.sampled_from(list(voc.GOALS)), max_size=3),
    production_power=st.one_of(st.none(), st.sampled_from(list(voc.PRODUCTION_POWER))),
    budget_eur=st.one_of(st.none(), st.integers(0, 200_000)),
    months=st.one_of(st.none(), st.integers(1, 120)),
    require_handbook=st.booleans(),
    require_research=st.booleans(),
    weights=st.fixed_dictionaries({c: st.integers(0, 5) for c in CRITERIA}),
)
SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def top(methods, context, knowledge=()):
    return [r.method.id for r in advise(methods, context, knowledge).results]


@SETTINGS
@given(context=contexts)
def test_scores_and_confidence_stay_in_range(methods, context):
    for r in advise(methods, context).results:
        assert 0 <= r.score <= 100
        assert 0 <= r.confidence <= 1
        assert sum(c.contribution for c in r.criteria) == pytest.approx(r.score)


@SETTINGS
@given(context=contexts, seed=st.integers(0, 10_000))
def test_order_does_not_depend_on_catalogue_order(methods, context, seed):
    shuffled = list(methods)
    random.Random(seed).shuffle(shuffled)
    assert top(shuffled, context) == top(methods, context)


@SETTINGS
@given(context=contexts, criterion=st.sampled_from(CRITERIA))
def test_zero_weight_removes_a_criterion(methods, context, criterion):
    zero = context.with_weight(criterion, 0)
    other = dataclasses.replace(zero, **_neutral_change(criterion, context))
    assert [(r.method.id, round(r.score, 9)) for r in advise(methods, zero).results] == \
        [(r.method.id, round(r.score, 9)) for r in advise(methods, other).results]


def _neutral_change(criterion: str, context: Context) -> dict:
    """A different answer on *criterion* that keeps it asked or not asked."""
    return {
        "setting": {"settings": frozenset({"village"}) if context.settings else frozenset()},
        "target_group": {"target_groups": frozenset({"youth"}) if context.target_groups else frozenset()},
        "goal": {"goals": frozenset({"emancipation"}) if context.goals else frozenset()},
        "production_power": {"production_power": None if context.production_power is None else
                             ("shared" if context.production_power == "citizen" else "citizen")},
        "budget": {"budget_eur": None if context.budget_eur is None else 7},
        "duration": {"months": None if context.months is None else 1},
        "handbook": {}, "research": {},
    }[criterion]


@SETTINGS
@given(context=contexts, data=st.data())
def test_raising_a_weight_where_a_matches_better_never_moves_a_below_b(methods, context, data):
    results = advise(methods, context).results
    if len(results) < 2:
        return
    a, b = data.draw(st.sampled_from(results)), data.draw(st.sampled_from(results))
    if a.rank > b.rank:
        a, b = b, a
    better = [ca.criterion for ca, cb in zip(a.criteria, b.criteria, strict=True)
              if ca.score.value > cb.score.value]
    if not better:
        return
    criterion = data.draw(st.sampled_from(better))
    old = context.weights[criterion]
    raised = context.with_weight(criterion, data.draw(st.integers(old, 5)))
    order = top(methods, raised)
    assert order.index(a.method.id) < order.index(b.method.id)


@SETTINGS
@given(context=contexts)
def test_same_input_same_output(methods, knowledge, context):
    assert advise(methods, context, knowledge) == advise(methods, context, knowledge)


def perfect_method_for(context: Context) -> Method:
    return Method(
        id="perfect", name="Perfecte methode", section="4.1.99", category="facilitate_and_support",
        settings=TermSet(tuple(context.settings) or ("street",)),
        target_groups=TermSet(tuple(context.target_groups) or ("youth",)),
        goals=TermSet(tuple(context.goals) or ("liveability",)),
        production_power=context.production_power or "citizen",
        handbook="yes", evidence="multiple_studies",
        budget=Budget("low", Basis("assessment", "test")), duration=Duration(1),
    )


@SETTINGS
@given(context=contexts)
def test_a_method_matching_everything_scores_100(methods, context):
    if not any(context.asks(c) and context.weights[c] for c in CRITERIA):
        return
    results = advise([*methods, perfect_method_for(context)], context).results
    perfect = next(r for r in results if r.method.id == "perfect")
    assert perfect.score == pytest.approx(100)
    assert perfect.confidence == pytest.approx(1)
    assert all(r.score == pytest.approx(100) for r in results[:perfect.rank])


def test_unknown_data_is_neutral_and_lowers_confidence(methods):
    context = Context(require_handbook=True)
    by_id = {r.method.id: r for r in advise(methods, context).results}
    unknown = by_id["erkende-overleg-partners"]  # the report does not know whether there is a handbook
    assert unknown.criteria[0].score.match is None
    assert unknown.score == pytest.approx(50)
    assert unknown.confidence == 0
    assert by_id["vouchersysteem"].score == pytest.approx(100)


def test_village_seniors_facility_puts_het_ondernemende_dorp_on_top(methods):
    context = Context(settings=frozenset({"village"}), target_groups=frozenset({"seniors"}),
                      goals=frozenset({"local_facilities"}))
    assert top(methods, context)[0] == "het-ondernemende-dorp"


def test_women_with_children_puts_moedercentra_first(methods):
    assert top(methods, Context(target_groups=frozenset({"women_with_children"})))[0] == "moedercentra"


def test_street_with_little_money_favours_mensen_maken_de_stad(methods):
    context = Context(settings=frozenset({"street"}), budget_eur=1000)
    assert top(methods, context)[0] == "mensen-maken-de-stad"


def test_budget_tells_short_of_money_from_outside_money(methods):
    context = Context(budget_eur=2000)
    by_id = {r.method.id: r.criteria[0].score for r in advise(methods, context).results}
    assert by_id["erkende-overleg-partners"].reason == "budget.short"
    assert by_id["erkende-overleg-partners"].match == pytest.approx(2000 / 10_000)
    assert by_id["kern-met-pit"].reason == "budget.outside"


def test_must_excludes_with_a_reason(methods):
    context = Context(target_groups=frozenset({"women_with_children"}), must=frozenset({"target_group"}))
    advice = advise(methods, context)
    kept = {r.method.id for r in advice.results}
    excluded = {e.method.id: e for e in advice.excluded}
    assert "moedercentra" in kept
    assert kept | set(excluded) == {m.id for m in methods} and not kept & set(excluded)
    assert excluded["lusten-en-lasten"].criterion == "target_group"
    assert excluded["lusten-en-lasten"].score.reason == "target_group.broad"  # for everyone, not aimed at them
    assert "moedercentra" not in top(methods, dataclasses.replace(context, target_groups=frozenset({"seniors"})))


def test_caveats_cite_their_sections(methods, knowledge):
    advice = advise(methods, Context(goals=frozenset({"liveability"})), knowledge)
    vouchers = next(r for r in advice.results if r.method.id == "vouchersysteem")
    support = next(k for k in vouchers.caveats if "ondersteuning" in (k.title + k.text).lower())
    assert support.section == "4.1.1"
    kern = next(r for r in advice.results if r.method.id == "kern-met-pit")
    assert support not in kern.caveats


def test_nothing_fits_well_is_signalled_with_the_unmet_criteria(methods):
    impossible = Context(target_groups=frozenset({"professionals"}), goals=frozenset({"emancipation"}),
                         settings=frozenset({"municipality"}), months=1, require_handbook=True,
                         weights={"handbook": 0, "research": 0})
    advice = advise(methods, impossible)
    assert not advice.fit.good
    assert advice.fit.best_score < GOOD_FIT_THRESHOLD
    assert "duration" in advice.fit.unmet  # no method the report times takes a single month
    assert advise(methods, Context(target_groups=frozenset({"seniors"}), settings=frozenset({"village"}),
                                   goals=frozenset({"local_facilities"}))).fit.good


def test_what_if_names_the_smallest_weight_change(methods):
    context = Context(settings=frozenset({"street"}), goals=frozenset({"liveability"}), budget_eur=1000)
    evaluations = evaluate(methods, context)
    change = smallest_change(evaluations, context)
    assert change is not None
    assert change.current_top.id == top(methods, context)[0]
    changed = context.with_weight(change.criterion, change.new_weight)
    assert top(methods, changed)[0] == change.method.id
    for criterion in CRITERIA:  # no smaller single change would do it
        for weight in range(6):
            if abs(weight - context.weights[criterion]) < abs(change.new_weight - change.old_weight):
                assert top(methods, context.with_weight(criterion, weight))[0] == change.current_top.id


@pytest.mark.parametrize("kwargs", [
    {"settings": frozenset({"dorpje"})}, {"budget_eur": -1}, {"weights": {"goal": 6}},
    {"weights": {"goal": -1}}, {"must": frozenset({"geluk"})}, {"months": 0},
])
def test_impossible_context_is_refused_with_valid_values(kwargs):
    with pytest.raises(ContextError):
        Context(**kwargs)


def test_default_weights_cover_every_criterion():
    assert set(DEFAULT_WEIGHTS) == set(CRITERIA)


@SETTINGS
@given(context=contexts)
def test_every_reason_reads_as_a_finished_dutch_sentence(methods, context):
    from advisor.messages import render

    for r in advise(methods, context).results:
        for c in r.criteria:
            text = render(c.score)
            assert text.endswith(".") and "{" not in text and "—" not in text and "_" not in text, text
