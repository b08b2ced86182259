"""Every scoring rule's answers for a whole catalogue as arrays: what a change of situation costs.

A tick in the situation re-scores every method, but ranking needs only each
rule's number (the match, whether it is known, whether a *must* is met), not
its explanation. Thousands of methods share a few hundred distinct values per
criterion (``MethodTable``), so each rule here is restated as a few array
operations over those distinct values, with what it reads of the methods
prepared once per catalogue (term sets as a values × terms table, the budget
each method needs). The ``CriterionScore`` with its reason and parameters is
still made by the rule itself (``criteria.RULES``), only for the values some
view reads.

Each kernel does the very float operations of its rule, in the same order
(``(hits + 0.5·partial) / wanted``, ``budget / need``, ``horizon / months``),
so the matches are the rule's bit for bit; ``tests/test_answer_columns.py``
holds every kernel to its rule on random methods and situations.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from advisor.context import Context
from advisor.criteria import NEIGHBOURS, NEUTRAL, RESIDENT_GROUPS, RULES, CriterionScore, budget_need
from advisor.lazy_numpy import np
from advisor.model import Method


class Answers(Sequence[CriterionScore]):
    """One criterion's answers for one situation, by distinct value (numbered as in ``MethodTable``).

    ``values`` (the match, NEUTRAL when unknown), ``known`` (1.0 or 0.0) and ``passes`` are arrays;
    item *i* is the rule's own ``CriterionScore`` for value *i*, made when first read.
    """

    def __init__(self, criterion: str, firsts: Sequence[Method], context: Context, match: np.ndarray,
                 passes: np.ndarray):
        self._criterion, self._firsts, self._context = criterion, firsts, context
        unknown = np.isnan(match)
        self.values = np.where(unknown, NEUTRAL, match)
        self.known = (~unknown).astype(np.float64)
        self.passes = passes
        self._built: dict[int, CriterionScore] = {}

    def __len__(self) -> int:
        return len(self._firsts)

    def __getitem__(self, index):  # noqa: ANN001 - int or slice, as Sequence allows
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        score = self._built.get(index)  # the common case: a value already read
        if score is None:
            index = range(len(self))[index]
            score = self._built.get(index)
            if score is None:
                score = self._built[index] = RULES[self._criterion](self._firsts[index], self._context)
        return score


def _terms(sets: Sequence[frozenset[str]]) -> tuple[list[str], np.ndarray]:
    """The terms of *sets*, and a sets × terms table of which set holds which term."""
    terms = sorted({t for s in sets for t in s})
    index = {t: i for i, t in enumerate(terms)}
    table = np.zeros((len(sets), len(terms)), dtype=bool)
    for row, s in enumerate(sets):
        table[row, [index[t] for t in s]] = True
    return terms, table


class _TermKernel:
    """The rules over term sets (``score_setting``, ``_overlap``), on a table prepared once."""

    def __init__(self, sets: Sequence[frozenset[str]]):
        self.terms, self.table = _terms(sets)
        self.unknown = ~self.table.any(axis=1)

    def mask(self, wanted: Callable[[str], bool]) -> np.ndarray:
        return np.array([wanted(t) for t in self.terms], dtype=bool)

    def count(self, mask: np.ndarray) -> np.ndarray:
        return (self.table & mask).sum(axis=1)

    def column(self, term: str) -> np.ndarray:
        return self.table[:, self.terms.index(term)] if term in self.terms else np.zeros(len(self.table), bool)


def _setting(kernel: _TermKernel, context: Context) -> tuple[np.ndarray, np.ndarray]:
    wanted = context.settings
    hit = kernel.count(kernel.mask(wanted.__contains__)) > 0
    near = kernel.count(kernel.mask(lambda t: any(frozenset((t, c)) in NEIGHBOURS for c in wanted))) > 0
    match = np.where(hit, 1.0, np.where(near, 0.5, 0.0))
    return np.where(kernel.unknown, np.nan, match), hit | kernel.unknown


def _overlap(kernel: _TermKernel, wanted: frozenset[str], broad: bool) -> tuple[np.ndarray, np.ndarray]:
    hits = kernel.count(kernel.mask(wanted.__contains__))
    partial = np.zeros(len(hits), dtype=np.int64)
    if broad:
        # A method for all residents counts half for each wanted resident group it does not name …
        groups_wanted = wanted & RESIDENT_GROUPS
        missing = len(groups_wanted) - kernel.count(kernel.mask(groups_wanted.__contains__))
        partial += np.where(kernel.column("all_residents"), missing, 0)
        # … and a method for some resident group counts half when all residents are wanted.
        if "all_residents" in wanted:
            some_group = kernel.count(kernel.mask(RESIDENT_GROUPS.__contains__)) > 0
            partial += ~kernel.column("all_residents") & some_group
    match = (hits + 0.5 * partial) / len(wanted)
    return np.where(kernel.unknown, np.nan, match), (hits > 0) | kernel.unknown


class _BudgetKernel:
    def __init__(self, firsts: Sequence[Method]):
        needs = [budget_need(m) for m in firsts]
        self.need = np.array([np.nan if x is None else x for x in needs], dtype=np.float64)

    def __call__(self, context: Context) -> tuple[np.ndarray, np.ndarray]:
        budget, need = context.budget_eur or 0, self.need
        covered = budget >= need  # False where the need is unknown (NaN)
        match = np.ones(len(need))
        np.divide(budget, need, out=match, where=~covered & (need > 0))
        unknown = np.isnan(need)
        return np.where(unknown, np.nan, match), covered | unknown


class _DurationKernel:
    def __init__(self, firsts: Sequence[Method]):
        self.months = np.array([np.nan if m.duration.months is None else m.duration.months for m in firsts],
                               dtype=np.float64)

    def __call__(self, context: Context) -> tuple[np.ndarray, np.ndarray]:
        horizon, months = context.months or 1, self.months
        fits = months <= horizon
        match = np.ones(len(months))
        np.divide(horizon, months, out=match, where=~fits & (months > 0))
        unknown = np.isnan(months)
        return np.where(unknown, np.nan, match), fits | unknown


def _by_rule(criterion: str, firsts: Sequence[Method], context: Context) -> tuple[np.ndarray, np.ndarray, list]:
    """Any rule run once per distinct value (criteria with a handful of values, or none to prepare)."""
    scores = [RULES[criterion](m, context) for m in firsts]
    match = np.array([np.nan if s.match is None else s.match for s in scores], dtype=np.float64)
    return match, np.array([s.passes for s in scores], dtype=bool), scores


def kernel(criterion: str, firsts: Sequence[Method]) -> Callable[[Context], tuple[np.ndarray, np.ndarray]] | None:
    """*criterion*'s rule as array work over the distinct values *firsts* stand for, or None to run the rule."""
    if criterion == "setting":
        k = _TermKernel([frozenset(m.settings.values) for m in firsts])
        return lambda c: _setting(k, c)
    if criterion == "target_group":
        k = _TermKernel([frozenset(m.target_groups.values) for m in firsts])
        return lambda c: _overlap(k, c.target_groups, broad=True)
    if criterion == "goal":
        k = _TermKernel([frozenset(m.goals.values) for m in firsts])
        return lambda c: _overlap(k, c.goals, broad=False)
    if criterion == "budget":
        return _BudgetKernel(firsts)
    if criterion == "duration":
        return _DurationKernel(firsts)
    return None


def answers(criterion: str, firsts: Sequence[Method], context: Context,
            prepared: Callable[[Context], tuple[np.ndarray, np.ndarray]] | None) -> Answers:
    """*criterion*'s answers for *context* (*prepared*: ``kernel``'s result for the same *firsts*)."""
    if prepared is None:
        match, passes, scores = _by_rule(criterion, firsts, context)
        out = Answers(criterion, firsts, context, match, passes)
        out._built.update(enumerate(scores))
        return out
    return Answers(criterion, firsts, context, *prepared(context))
