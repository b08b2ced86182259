"""The vectorised ranking (advisor.score_matrix) must rank exactly as the plain Python one does.

Random catalogues are made of the real methods with drawn attributes, with copies so that many
methods tie on score and confidence; the order, the scores and the tie-break by name must match
``matcher.plain_order`` bit for bit, in the partially sorted head and in the rest.
"""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor import score_matrix
from advisor import vocabulary as voc
from advisor.context import CRITERIA
from advisor.criteria import RULES
from advisor.matcher import active_criteria, advise, evaluate, plain_order, split_excluded
from advisor.method_table import MethodTable
from advisor.model import Budget, Duration, TermSet
from advisor.whatif import smallest_change, what_if_of
from tests.test_matcher import contexts as matcher_contexts

# The matcher tests' situations, each with up to two criteria marked as a must.
contexts = st.tuples(matcher_contexts, st.frozensets(st.sampled_from(CRITERIA), max_size=2)).map(
    lambda drawn: dataclasses.replace(drawn[0], must=drawn[1]))

attributes = st.fixed_dictionaries({
    "settings": st.lists(st.sampled_from(list(voc.SETTINGS)), max_size=2, unique=True).map(tuple).map(TermSet),
    "target_groups": st.lists(st.sampled_from(list(voc.TARGET_GROUPS)), max_size=3, unique=True)
    .map(tuple).map(TermSet),
    "goals": st.lists(st.sampled_from(list(voc.GOALS)), max_size=3, unique=True).map(tuple).map(TermSet),
    "production_power": st.sampled_from([None, *voc.PRODUCTION_POWER]),
    "handbook": st.sampled_from(list(voc.HANDBOOK)),
    "evidence": st.sampled_from(list(voc.EVIDENCE)),
    "budget": st.sampled_from(list(voc.BUDGET_CLASSES)).map(lambda c: Budget(c)),
    "duration": st.sampled_from([None, 3, 12, 24, 48]).map(Duration),
    # Few distinct names, differing only in case: the tie-break by name, then id, is exercised too.
    "name": st.sampled_from(["Alfa", "alfa", "Beta", "Gamma"]),
})


@pytest.fixture(params=[4, 10_000], ids=["head-4", "whole-order"])
def head(request, monkeypatch):
    monkeypatch.setattr(score_matrix, "HEAD", request.param)
    return request.param


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(context=contexts, drawn=st.lists(st.tuples(st.integers(0, 18), attributes, st.integers(1, 3)),
                                        min_size=1, max_size=40))
def test_vectorised_ranking_equals_the_plain_one(methods, head, context, drawn):
    catalogue = [dataclasses.replace(methods[base], id=f"m{i}-{copy}", **changes)
                 for i, (base, changes, copies) in enumerate(drawn) for copy in range(copies)]
    evaluations = evaluate(catalogue, context)
    # Rules run once per distinct value they read: every method still gets its own rule's answer.
    assert [ev.scores for ev in evaluations] == \
        [tuple(RULES[c](m, context) for c in active_criteria(context)) for m in catalogue]
    kept, excluded = split_excluded(list(evaluations), context.must)
    expected, quality = plain_order(kept, context.weights)
    advice = advise(catalogue, context, (), evaluations)
    ranking = advice.results
    # The array split by *must* excludes the same methods for the same first missed criterion.
    assert sorted((e.method.id, e.criterion, e.score) for e in advice.excluded) == \
        sorted((e.method.id, e.criterion, e.score) for e in excluded)
    assert advice.fit.unmet == tuple(c for i, c in enumerate(active_criteria(context))
                                     if not any(ev.scores[i].known and ev.scores[i].passes for ev in kept))
    assert [ranking[i].method.id for i in range(len(ranking))] == [ev.method.id for ev in expected]
    assert [(r.score, r.confidence) for r in ranking] == [quality[ev.signature] for ev in expected]
    assert [ev.method.id for ev in ranking.evaluations] == [ev.method.id for ev in expected]
    assert dict(ranking.quality) == quality
    # A search filter reads every row's id at once: the same ids, without making evaluations.
    rows = list(range(len(ranking)))[::-1]
    assert ranking.ids_at_rows(rows) == [ranking.method_at_row(row).id for row in rows]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(context=contexts)
def test_the_what_if_from_the_ranking_equals_the_one_from_scratch(methods, context):
    evaluations = evaluate(methods, context)
    assert what_if_of(advise(methods, context, (), evaluations)) == smallest_change(evaluations, context)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(first=contexts, second=contexts, drawn=st.lists(st.tuples(st.integers(0, 18), attributes), min_size=1,
                                                      max_size=20))
def test_a_table_kept_across_situations_scores_as_a_fresh_one(methods, first, second, drawn):
    """The table keeps each rule's answers until the part of the context it reads changes; one part at a time."""
    catalogue = [dataclasses.replace(methods[base], id=f"m{i}", **changes) for i, (base, changes) in enumerate(drawn)]
    table = MethodTable(catalogue)
    steps = [first] + [dataclasses.replace(first, **{name: getattr(second, name)}) for name in
                       ("settings", "target_groups", "goals", "production_power", "budget_eur", "months",
                        "require_handbook", "require_research")] + [second, first]
    for context in steps:
        assert [ev.scores for ev in evaluate(table, context)] == \
            [tuple(RULES[c](m, context) for c in active_criteria(context)) for m in catalogue]
