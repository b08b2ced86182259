"""How firm the advice is: what a single score list hides.

A professional needs to see whether the first place survives a small change
of weight, whether a method ranks high only because the report is silent
about it, whether two methods are practically level, and where the top
method is weak and which other method covers that. This module computes all
of it from a ranking that is already made (no re-scoring); the thresholds
and rules are documented in ``advisor.criteria``. What spans all methods
(ranges, stability, tier, complement) is array work (``advisor.rank_ranges``,
``advisor.rivals``); per-method parts are built when first read, like the
ranking itself, so thousands of methods stay cheap.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from advisor.criteria import CLEAR_WINNER_MARGIN, STRONG_MATCH, WEAK_MATCH, CriterionScore
from advisor.lazy_numpy import np
from advisor.matcher import SCORE_TIE, Advice, Evaluation, Ranking, active_criteria
from advisor.model import Method
from advisor.rank_ranges import RankRanges, score_ranges
from advisor.rivals import intervals, rivals
from advisor.stability import Stability
from advisor.whatif import WhatIf, from_stability, rival_leaders


@dataclass(frozen=True)
class ScoreRange:
    low: float  # unknown data counted as no match
    high: float  # unknown data counted as a full match


@dataclass(frozen=True)
class RankRange:
    best: int
    worst: int

    @property
    def wide(self) -> bool:
        return self.best != self.worst


@dataclass(frozen=True)
class Point:
    """A strength or weakness: one known criterion, and the score points it brings or costs."""

    score: CriterionScore
    weight: float
    points: float

    @property
    def criterion(self) -> str:
        return self.score.criterion

    @property
    def reason(self) -> str:
        return self.score.reason


@dataclass(frozen=True)
class MethodRobustness:
    method: Method
    rank: int
    score: float
    score_range: ScoreRange
    rank_range: RankRange
    unknown: tuple[str, ...]  # weighted criteria the report says nothing about for this method
    strengths: tuple[Point, ...]
    weaknesses: tuple[Point, ...]


@dataclass(frozen=True)
class Complement:
    method: Method
    covers: tuple[str, ...]  # the top's weak criteria on which this method is strong
    top: Method


@dataclass(frozen=True)
class RobustAdvice:
    methods: Sequence[MethodRobustness]  # aligned with the ranking: methods[i] is results[i]
    stability: tuple[Stability, ...]  # one per criterion the context asks about, in criterion order
    margin: float | None  # top score minus second score; None with fewer than two methods
    clear_winner: bool
    tier: tuple[Method, ...]  # the leading methods; just the top when there is a clear winner
    complement: Complement | None
    what_if: WhatIf | None


class _Places(Sequence[MethodRobustness]):
    """One MethodRobustness per place, built when read (a list shows a screenful of thousands)."""

    def __init__(self, ranking: Ranking, ranges: tuple[np.ndarray, np.ndarray], ranks: RankRanges | None,
                 weights: Sequence[float], total: float):
        self._ranking, self._ranges, self._ranks = ranking, ranges, ranks
        self._weights, self._total = weights, total
        self._built: dict[int, MethodRobustness] = {}
        self._criteria: tuple[str, ...] | None = None  # wide_at's

    def __len__(self) -> int:
        return len(self._ranking)

    def is_wide(self, index: int) -> bool:
        """Whether place *index* has a wide rank range, without building the place (a list asks every row)."""
        row = self._ranking.row(range(len(self))[index])
        return RankRange(int(self._ranks.best[row]), int(self._ranks.worst[row])).wide

    def wide_at(self, index: int) -> tuple[Method, RankRange, tuple[str, ...]] | None:
        """The method at place *index*, its rank range and the criteria it has no data on, when that range is
        wide; None when it is not (without building the place's strengths and weaknesses: a list asks this of
        every row it shows, on every re-rank)."""
        held = self._built.get(index)
        if held is not None:
            return (held.method, held.rank_range, held.unknown) if held.rank_range.wide else None
        row = self._ranking.row(range(len(self))[index])
        rank_range = RankRange(int(self._ranks.best[row]), int(self._ranks.worst[row]))
        if not rank_range.wide:
            return None
        ranking = self._ranking
        if self._criteria is None:  # the matrix's columns, as every evaluation of the ranking lists them
            self._criteria = tuple(s.criterion for s in ranking.at_row(row).scores)
        unknown = tuple(c for c, w, known in zip(self._criteria, self._weights, ranking.matrix.known[row].tolist(),
                                                 strict=True) if w and not known)
        return ranking.method_at_row(row), rank_range, unknown

    def __getitem__(self, index):  # noqa: ANN001 - int or slice, as Sequence allows
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        held = self._built.get(index)
        if held is not None:
            return held
        index = range(len(self))[index]
        if index not in self._built:
            row = self._ranking.row(index)
            ev = self._ranking.at_row(row)
            strengths, weaknesses = points(ev, self._weights, self._total)
            unknown = _unknown(ev, self._weights)
            low, high = self._ranges
            self._built[index] = MethodRobustness(
                ev.method, index + 1, float(self._ranking.scores[row]), ScoreRange(float(low[row]), float(high[row])),
                RankRange(int(self._ranks.best[row]), int(self._ranks.worst[row])), unknown, strengths, weaknesses)
        return self._built[index]


def _unknown(ev: Evaluation, weights: Sequence[float]) -> tuple[str, ...]:
    """The criteria that count (weight above 0) on which *ev* has no data."""
    return tuple(s.criterion for s, w in zip(ev.scores, weights, strict=True) if w and not s.known)


def points(ev: Evaluation, weights: Sequence[float], total: float) -> tuple[tuple[Point, ...], tuple[Point, ...]]:
    """(strengths, weaknesses) of one method, each biggest first."""
    strengths, weaknesses = [], []
    for s, w in zip(ev.scores, weights, strict=True):
        if not w or s.match is None:
            continue
        if s.match >= STRONG_MATCH:
            strengths.append(Point(s, w, 100.0 * w * s.match / total))
        elif s.match <= WEAK_MATCH:
            weaknesses.append(Point(s, w, 100.0 * w * (1.0 - s.match) / total))
    return (tuple(sorted(strengths, key=lambda p: -p.points)), tuple(sorted(weaknesses, key=lambda p: -p.points)))


def robust_advice(advice: Advice) -> RobustAdvice:
    """Ranges, stability, margin, tier, strengths and weaknesses, complement and what-if for *advice*.

    Everything over all kept methods is array work on the ranking's score matrix; what belongs to one
    place (strengths, weaknesses, the unknown data behind a rank range) is built when that place is read.
    """
    context, ranking = advice.context, advice.results
    criteria = active_criteria(context)
    weights = [float(context.weights[c]) for c in criteria]
    total = sum(weights)
    scores, confidences, matrix = ranking.scores, ranking.confidences, ranking.matrix
    ranges = score_ranges(scores, confidences, total)
    if not len(ranking):
        return RobustAdvice(_Places(ranking, ranges, None, weights, total), (), None, True, (), None, None)
    ranks = RankRanges(*ranges, confidences, matrix.name_rank)
    places = _Places(ranking, ranges, ranks, weights, total)
    top_row = ranking.row(0)
    top = ranking.at_row(top_row)
    r = rivals(matrix, scores, confidences, top_row, total)
    stability = intervals(r, criteria, context.weights)
    what_if = from_stability(stability, context, top.method, rival_leaders(ranking, r)) if len(ranking) > 1 else None
    top_score = float(scores[top_row])
    margin = top_score - float(scores[ranking.row(1)]) if len(ranking) > 1 else None
    if margin is not None and abs(margin) <= SCORE_TIE:  # level: what is left is rounding noise
        margin = 0.0
    clear = margin is None or (margin >= CLEAR_WINNER_MARGIN and int(ranks.worst[top_row]) == 1)
    if clear:
        tier = (top.method,)
    else:
        close = scores >= top_score - CLEAR_WINNER_MARGIN
        close[ranks.passers(top_row)] = True
        tier = tuple(ranking.method_at_row(row) for row in ranking.in_order(np.flatnonzero(close)).tolist())
    weak = [criteria.index(p.criterion) for p in points(top, weights, total)[1]]
    complement = _complement(ranking, top_row, criteria, weights, weak)
    return RobustAdvice(places, stability, margin, clear, tier, complement, what_if)


def _complement(ranking: Ranking, top_row: int, criteria: Sequence[str], weights: Sequence[float],
                weak: Sequence[int]) -> Complement | None:
    """The other method strong on some of the top's *weak* columns, best weighted known match on them
    (then higher score, confidence, the name first)."""
    if not weak:
        return None
    matrix = ranking.matrix
    values, known = matrix.values[:, weak], matrix.known[:, weak]
    strong = (known != 0) & (values >= STRONG_MATCH)
    rows = np.flatnonzero(strong.any(axis=1) & (matrix.signature != matrix.signature[top_row]))
    if not len(rows):
        return None
    fit = np.zeros(len(rows))
    for column, i in enumerate(weak):
        fit = fit + weights[i] * values[rows, column] * known[rows, column]
    best = int(rows[np.lexsort((-matrix.name_rank[rows], ranking.confidences[rows], ranking.scores[rows], fit))[-1]])
    covers = tuple(criteria[i] for i, yes in zip(weak, strong[best].tolist(), strict=True) if yes)
    return Complement(ranking.at_row(best).method, covers, ranking.at_row(top_row).method)
