"""How firm the advice is: what a single score list hides.

A professional needs to see whether the first place survives a small change
of weight, whether a method ranks high only because the report is silent
about it, whether two methods are practically level, and where the top
method is weak and which other method covers that. This module computes all
of it from a ranking that is already made (no re-scoring); the thresholds
and rules are documented in ``advisor.criteria``. Per-method parts are built
when first read, like the ranking itself, so thousands of methods stay cheap.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

from advisor.criteria import CLEAR_WINNER_MARGIN, STRONG_MATCH, WEAK_MATCH, CriterionScore
from advisor.matcher import CONFIDENCE_TIE, SCORE_TIE, Advice, Evaluation, active_criteria, levels
from advisor.model import Method
from advisor.stability import Stability, first_of_patterns, intervals, patterns_of
from advisor.whatif import WhatIf, from_stability


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


class _Ranges:
    """Score and rank ranges. "Beats" follows the matcher's tie-break: higher, or equal with higher
    confidence, then the name first. Equal means the same level (``matcher.levels``) of all lows and
    highs together, so the counts compare whole numbers and need just two sorted lists.
    """

    def __init__(self, kept: Sequence[Evaluation], quality: Mapping[int, tuple[float, float]], total: float):
        self.kept, self.quality = kept, quality
        span = {sig: 50.0 * (1.0 - conf) if total else 0.0 for sig, (_, conf) in quality.items()}
        self.low_of = {sig: score - span[sig] for sig, (score, _) in quality.items()}
        self.high_of = {sig: score + span[sig] for sig, (score, _) in quality.items()}
        level = levels([*self.low_of.values(), *self.high_of.values()], SCORE_TIE)
        self._low_key = {sig: -level[v] for sig, v in self.low_of.items()}  # higher is better
        self._high_key = {sig: -level[v] for sig, v in self.high_of.items()}
        sure = levels((conf for _, conf in quality.values()), CONFIDENCE_TIE)
        self._sure = {sig: -sure[conf] for sig, (_, conf) in quality.items()}
        self._level: dict[tuple[str, int], list[tuple[int, int]]] = {}

    @cached_property
    def lows(self) -> list[int]:
        return [self._low_key[ev.signature] for ev in self.kept]

    @cached_property
    def highs(self) -> list[int]:
        return [self._high_key[ev.signature] for ev in self.kept]

    @cached_property
    def sorted_lows(self) -> list[int]:
        return sorted(self.lows)

    @cached_property
    def sorted_highs(self) -> list[int]:
        return sorted(self.highs)

    @cached_property
    def low_holders(self) -> dict[int, list[Evaluation]]:
        return _holders(self.kept, self.lows)

    @cached_property
    def high_holders(self) -> dict[int, list[Evaluation]]:
        return _holders(self.kept, self.highs)

    def score_range(self, ev: Evaluation) -> ScoreRange:
        return ScoreRange(self.low_of[ev.signature], self.high_of[ev.signature])

    def _beating(self, which: str, value: int, ev: Evaluation) -> int:
        """How many methods' low (or high) beat *value* held by *ev*."""
        ordered = self.sorted_lows if which == "low" else self.sorted_highs
        right = bisect_right(ordered, value)
        count = len(ordered) - right
        if right and ordered[right - 1] == value:
            level = self._level.get((which, value))
            if level is None:
                holders = self.low_holders if which == "low" else self.high_holders
                level = sorted((self._sure[o.signature], -o.name_rank) for o in holders[value])
                self._level[which, value] = level
            count += len(level) - bisect_right(level, (self._sure[ev.signature], -ev.name_rank))
        return count

    def rank_range(self, ev: Evaluation) -> RankRange:
        low, high = self._low_key[ev.signature], self._high_key[ev.signature]
        return RankRange(1 + self._beating("low", high, ev), 1 + self._beating("high", low, ev) - (high > low))

    def passers(self, ev: Evaluation) -> list[Evaluation]:
        """Methods that would beat *ev* if their unknown data turned out best and its own worst."""
        low = self._low_key[ev.signature], self._sure[ev.signature], -ev.name_rank
        return [o for o, h in zip(self.kept, self.highs, strict=True) if h >= low[0] and o is not ev
                and (h, self._sure[o.signature], -o.name_rank) > low]


def _holders(kept: Sequence[Evaluation], values: Sequence[int]) -> dict[int, list[Evaluation]]:
    holders: dict[int, list[Evaluation]] = defaultdict(list)
    for ev, v in zip(kept, values, strict=True):
        holders[v].append(ev)
    return holders


class _Places(Sequence[MethodRobustness]):
    def __init__(self, kept: Sequence[Evaluation], ranges: _Ranges, weights: Sequence[float], total: float):
        self._kept, self._ranges, self._weights, self._total = kept, ranges, weights, total
        self._built: dict[int, MethodRobustness] = {}

    def __len__(self) -> int:
        return len(self._kept)

    def __getitem__(self, index):  # noqa: ANN001 - int or slice, as Sequence allows
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        index = range(len(self))[index]
        if index not in self._built:
            ev = self._kept[index]
            strengths, weaknesses = points(ev, self._weights, self._total)
            unknown = tuple(s.criterion for s, w in zip(ev.scores, self._weights, strict=True) if w and not s.known)
            self._built[index] = MethodRobustness(
                ev.method, index + 1, self._ranges.quality[ev.signature][0], self._ranges.score_range(ev),
                self._ranges.rank_range(ev), unknown, strengths, weaknesses)
        return self._built[index]


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
    """Ranges, stability, margin, tier, strengths and weaknesses, complement and what-if for *advice*."""
    context, ranking = advice.context, advice.results
    kept, quality = ranking.evaluations, ranking.quality
    criteria = active_criteria(context)
    weights = [float(context.weights[c]) for c in criteria]
    total = sum(weights)
    ranges = _Ranges(kept, quality, total)
    places = _Places(kept, ranges, weights, total)
    if not kept:
        return RobustAdvice(places, (), None, True, (), None, None)
    top = kept[0]
    reps = first_of_patterns(kept, ranked=True)
    patterns = patterns_of(reps, quality, top, total)
    stability = intervals(patterns, criteria, context.weights)
    what_if = from_stability(patterns, context, stability, top.method) if len(kept) > 1 else None
    top_score = quality[top.signature][0]
    margin = top_score - quality[kept[1].signature][0] if len(kept) > 1 else None
    if margin is not None and abs(margin) <= SCORE_TIE:  # level: what is left is rounding noise
        margin = 0.0
    clear = margin is None or (margin >= CLEAR_WINNER_MARGIN and ranges.rank_range(top).worst == 1)
    if clear:
        tier = (top.method,)
    else:
        close = {id(ev) for ev in kept[:_within(kept, quality, top_score - CLEAR_WINNER_MARGIN)]}
        close.update(id(ev) for ev in ranges.passers(top))
        tier = tuple(ev.method for ev in kept if id(ev) in close)
    weak = points(top, weights, total)[1]
    complement = _complement(reps, top, quality, criteria, weights, [p.criterion for p in weak])
    return RobustAdvice(places, stability, margin, clear, tier, complement, what_if)


def _within(kept: Sequence[Evaluation], quality: Mapping[int, tuple[float, float]], floor: float) -> int:
    """How many of the best-first *kept* score at least *floor*."""
    lo, hi = 0, len(kept)
    while lo < hi:
        mid = (lo + hi) // 2
        if quality[kept[mid].signature][0] >= floor:
            lo = mid + 1
        else:
            hi = mid
    return lo


def _complement(reps: Sequence[Evaluation], top: Evaluation, quality: Mapping[int, tuple[float, float]],
                criteria: Sequence[str], weights: Sequence[float], weak: Sequence[str]) -> Complement | None:
    """The other method strong on some of the top's weak criteria, best weighted known match on them."""
    if not weak:
        return None
    columns = [criteria.index(c) for c in weak]
    strong = [ev for ev in reps if ev.signature != top.signature
              and any(ev.known[i] and ev.values[i] >= STRONG_MATCH for i in columns)]
    best, best_key, best_covers = None, None, ()
    for ev in strong:
        covers = tuple(criteria[i] for i in columns if ev.known[i] and ev.values[i] >= STRONG_MATCH)
        if not covers:
            continue
        fit = sum(weights[i] * ev.values[i] * ev.known[i] for i in columns)
        key = (fit, *quality[ev.signature], -ev.name_rank)
        if best_key is None or key > best_key:
            best, best_key, best_covers = ev, key, covers
    return None if best is None else Complement(best.method, best_covers, top.method)
