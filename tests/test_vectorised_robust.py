"""The array versions of robust advice (advisor.rank_ranges, advisor.rivals) must equal plain references.

Catalogues are random (drawn attributes, copies so that many methods tie on score, confidence and
even name); rank ranges are checked against their definition counted pair by pair, stability
intervals and the what-if against ``advisor.stability``'s plain computation over score patterns.
"""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor.matcher import (
    CONFIDENCE_TIE,
    SCORE_TIE,
    active_criteria,
    advise,
    evaluate,
    levels,
    pattern_quality,
    split_excluded,
    top_of,
)
from advisor.rivals import intervals as rival_intervals
from advisor.rivals import rivals
from advisor.robust import robust_advice
from advisor.stability import first_of_patterns, intervals, patterns_of
from advisor.whatif import smallest_change, what_if_of
from tests.test_vectorised_ranking import attributes, contexts

catalogues = st.lists(st.tuples(st.integers(0, 18), attributes, st.integers(1, 3)), min_size=1, max_size=40)
SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def build(methods, drawn):
    return [dataclasses.replace(methods[base], id=f"m{i}-{copy}", **changes)
            for i, (base, changes, copies) in enumerate(drawn) for copy in range(copies)]


def plain_rank_ranges(kept, quality, total):
    """(best, worst) by method id, by the definition: count, pair by pair, who beats whom."""
    span = {sig: 50.0 * (1.0 - conf) if total else 0.0 for sig, (_, conf) in quality.items()}
    low = {ev.method.id: quality[ev.signature][0] - span[ev.signature] for ev in kept}
    high = {ev.method.id: quality[ev.signature][0] + span[ev.signature] for ev in kept}
    level = levels([*low.values(), *high.values()], SCORE_TIE)
    sure = levels([conf for _, conf in quality.values()], CONFIDENCE_TIE)

    def key(value, ev):  # higher is better: score level, then confidence level, then the name first
        return -level[value], -sure[quality[ev.signature][1]], -ev.name_rank

    out = {}
    for ev in kept:
        others = [o for o in kept if o is not ev]
        out[ev.method.id] = (1 + sum(key(low[o.method.id], o) > key(high[ev.method.id], ev) for o in others),
                             1 + sum(key(high[o.method.id], o) > key(low[ev.method.id], ev) for o in others))
    return out, low, high


@SETTINGS
@given(context=contexts, drawn=catalogues)
def test_rank_and_score_ranges_equal_their_pairwise_definition(methods, context, drawn):
    catalogue = build(methods, drawn)
    evaluations = evaluate(catalogue, context)
    kept, _ = split_excluded(list(evaluations), context.must)
    total = sum(float(context.weights[c]) for c in active_criteria(context))
    expected, low, high = plain_rank_ranges(kept, pattern_quality(kept, context.weights) if kept else {}, total)
    robust = robust_advice(advise(catalogue, context, (), evaluations)).methods
    assert {r.method.id: (r.rank_range.best, r.rank_range.worst) for r in robust} == expected
    assert {r.method.id: (r.score_range.low, r.score_range.high) for r in robust} == \
        {i: (low[i], high[i]) for i in expected}


@SETTINGS
@given(context=contexts, drawn=catalogues)
def test_stability_intervals_from_arrays_equal_the_plain_ones(methods, context, drawn):
    catalogue = build(methods, drawn)
    evaluations = evaluate(catalogue, context)
    kept, _ = split_excluded(list(evaluations), context.must)
    if not kept:
        return
    criteria = active_criteria(context)
    total = sum(float(context.weights[c]) for c in criteria)
    quality = pattern_quality(kept, context.weights)
    plain = intervals(patterns_of(first_of_patterns(kept), quality, top_of(kept, context.weights), total),
                      criteria, context.weights)
    ranking = advise(catalogue, context, (), evaluations).results
    fast = rival_intervals(rivals(ranking.matrix, ranking.scores, ranking.confidences, ranking.row(0), total),
                           criteria, context.weights)
    assert fast == plain
    assert robust_advice(advise(catalogue, context, (), evaluations)).stability == plain
    assert what_if_of(advise(catalogue, context, (), evaluations)) == smallest_change(evaluations, context)
