"""The array answers of the scoring rules (advisor.answer_columns) must be the rules' own, bit for bit.

Methods draw every attribute a rule reads, wider than the catalogue's: budgets with amounts of every
flow (outside money, missing amounts, zero), durations from 0 to far beyond any horizon, term sets
with "all residents" next to resident groups. Each kernel's match, known flag and pass must equal what
the rule says for every method, in every situation, also when one table is kept across situations.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor import vocabulary as voc
from advisor.criteria import NEUTRAL, RULES
from advisor.matcher import active_criteria, advise, evaluate
from advisor.method_table import MethodTable, pattern_numbers
from advisor.model import Amount, Budget, Duration, TermSet
from tests.test_matcher import contexts

amounts = st.builds(Amount, what=st.just("x"), flow=st.sampled_from(list(voc.MONEY_FLOWS)),
                    min_eur=st.one_of(st.none(), st.integers(0, 300_000)),
                    max_eur=st.one_of(st.none(), st.integers(0, 300_000)))
attributes = st.fixed_dictionaries({
    "settings": st.lists(st.sampled_from(list(voc.SETTINGS)), max_size=3, unique=True).map(tuple).map(TermSet),
    "target_groups": st.lists(st.sampled_from(list(voc.TARGET_GROUPS)), max_size=4, unique=True)
    .map(tuple).map(TermSet),
    "goals": st.lists(st.sampled_from(list(voc.GOALS)), max_size=4, unique=True).map(tuple).map(TermSet),
    "production_power": st.sampled_from([None, "", *voc.PRODUCTION_POWER]),
    "handbook": st.sampled_from(list(voc.HANDBOOK)),
    "evidence": st.sampled_from(list(voc.EVIDENCE)),
    "budget": st.builds(Budget, budget_class=st.sampled_from(list(voc.BUDGET_CLASSES)),
                        amounts=st.lists(amounts, max_size=3).map(tuple)),
    "duration": st.one_of(st.none(), st.integers(0, 700)).map(Duration),
})
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])


def _same(a: float, b: float) -> bool:
    return a == b and math.copysign(1.0, a) == math.copysign(1.0, b)


@SETTINGS
@given(situations=st.lists(contexts, min_size=1, max_size=4),
       drawn=st.lists(st.tuples(st.integers(0, 18), attributes), min_size=1, max_size=30))
def test_array_answers_equal_the_rules_for_every_method(methods, situations, drawn):
    catalogue = [dataclasses.replace(methods[base], id=f"m{i}", **changes) for i, (base, changes) in enumerate(drawn)]
    table = MethodTable(catalogue)  # kept across the situations, as the window keeps it
    for context in situations:
        for criterion in active_criteria(context):  # a rule answers only what the user asked about
            answers = table.answers(criterion, context)
            numbers = table.numbers(criterion)
            for method, number in zip(catalogue, numbers.tolist(), strict=True):
                rule = RULES[criterion](method, context)
                assert _same(float(answers.values[number]), rule.value)
                assert float(answers.known[number]) == (1.0 if rule.known else 0.0)
                assert bool(answers.passes[number]) == rule.passes
                assert answers[number] == rule


@SETTINGS
@given(context=contexts, drawn=st.lists(st.tuples(st.integers(0, 18), attributes), min_size=1, max_size=30))
def test_the_score_matrix_holds_each_methods_rule_answers(methods, context, drawn):
    catalogue = [dataclasses.replace(methods[base], id=f"m{i}", **changes) for i, (base, changes) in enumerate(drawn)]
    evaluations = evaluate(catalogue, context)
    criteria = active_criteria(context)
    for row, method in enumerate(catalogue):
        rules = [RULES[c](method, context) for c in criteria]
        assert evaluations.matrix.values[row].tolist() == [NEUTRAL if s.match is None else s.match for s in rules]
        assert evaluations.matrix.known[row].tolist() == [1.0 if s.known else 0.0 for s in rules]
    # Methods in one pattern share every rule's answer.
    by_pattern = {}
    for row, ev in enumerate(evaluations):
        assert by_pattern.setdefault(int(evaluations.matrix.signature[row]), ev.scores) == ev.scores


@SETTINGS
@given(context=contexts, must=st.frozensets(st.sampled_from(["setting", "target_group", "goal", "budget",
                                                              "duration", "handbook"]), max_size=3),
       drawn=st.lists(st.tuples(st.integers(0, 18), attributes, st.sampled_from(["Alfa", "alfa", "Beta"])),
                      min_size=1, max_size=30))
def test_the_excluded_come_by_name_each_with_its_first_missed_rule(methods, context, must, drawn):
    catalogue = [dataclasses.replace(methods[base], id=f"m{i}", name=name, **changes)
                 for i, (base, changes, name) in enumerate(drawn)]
    context = dataclasses.replace(context, must=must)
    criteria = active_criteria(context)
    expected = []
    for method in catalogue:
        missed = next((s for s in (RULES[c](method, context) for c in criteria) if s.criterion in must
                       and not s.passes), None)
        if missed is not None:
            expected.append((method.name.casefold(), method.id, missed))
    excluded = advise(catalogue, context).excluded
    assert [(e.method.name.casefold(), e.method.id, e.score) for e in excluded] == sorted(expected, key=lambda x: x[:2])
    assert all(e.criterion == e.score.criterion for e in excluded)


@settings(max_examples=200, deadline=None)
@given(rows=st.lists(st.tuples(st.integers(0, 3), st.integers(0, 2), st.integers(0, 4)), max_size=40),
       huge=st.booleans())
def test_methods_share_a_pattern_exactly_when_they_share_every_value(rows, huge):
    """Both ways of numbering patterns: one mixed-radix number, or (too many combinations) sorted rows."""
    columns = [np.array([r[j] for r in rows], dtype=np.int64) for j in range(3)]
    sizes = [2 ** 31, 2 ** 31, 5] if huge else [4, 3, 5]
    patterns = pattern_numbers(columns, sizes, len(rows)).tolist()
    assert len(patterns) == len(rows)
    for a in range(len(rows)):
        for b in range(len(rows)):
            assert (patterns[a] == patterns[b]) == (rows[a] == rows[b])
