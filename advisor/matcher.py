"""Ranks methods against a context and explains every rank.

Ranking is split in two: ``evaluate`` scores each method on each criterion
(that depends on the context's facts only) and ``rank`` weighs those scores
(that depends on the weights only). Dragging a weight re-runs just ``rank``,
which is what keeps live re-ranking fast at thousands of methods.

Total score: the weighted mean of the criterion matches over the criteria the
user asked about, 0-100. Confidence: the share of that weight that rests on
known method data. Ties: higher score, then higher confidence, then name.

Scores that are mathematically equal can differ in the last bits of a float
(the same sum added up from different terms), so "equal" means within
SCORE_TIE points (CONFIDENCE_TIE for confidence): far above rounding noise,
far below any real difference. Without it, float noise rather than
confidence decided between level methods at some weights.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from advisor.context import CRITERIA, Context
from advisor.criteria import RULES, CriterionScore
from advisor.model import KnowledgeItem, Method

_NAME_SLOTS = 1 << 40  # more methods than any catalogue will hold

SCORE_TIE = 1e-9  # score points (0-100)
CONFIDENCE_TIE = 1e-12  # share of the weight (0-1)

# Below this best score the advice says plainly that nothing fits well.
GOOD_FIT_THRESHOLD = 60.0


@dataclass(frozen=True)
class Evaluation:
    """A method's criterion scores for one context, before weighing."""

    method: Method
    scores: tuple[CriterionScore, ...]
    caveats: tuple[KnowledgeItem, ...] = ()
    # Methods with equal scores on every criterion share a signature, so a
    # re-rank weighs each distinct pattern once, however many methods share it.
    signature: int = field(default=-1, compare=False)
    values: tuple[float, ...] = field(default=(), compare=False, repr=False)
    known: tuple[float, ...] = field(default=(), compare=False, repr=False)
    name_rank: int = field(default=0, compare=False, repr=False)


@dataclass(frozen=True)
class CriterionResult:
    score: CriterionScore
    weight: float
    contribution: float

    @property
    def criterion(self) -> str:
        return self.score.criterion


@dataclass(frozen=True)
class RankedMethod:
    """One place in the ranking; its per-criterion explanation is built when first asked for."""

    rank: int
    score: float
    confidence: float
    evaluation: Evaluation
    weights: Mapping[str, float] = field(compare=False, repr=False)

    @property
    def method(self) -> Method:
        return self.evaluation.method

    @property
    def caveats(self) -> tuple[KnowledgeItem, ...]:
        return self.evaluation.caveats

    @cached_property
    def criteria(self) -> tuple[CriterionResult, ...]:
        scores = self.evaluation.scores
        total = sum(float(self.weights[s.criterion]) for s in scores)
        return tuple(
            CriterionResult(s, float(self.weights[s.criterion]),
                            100.0 * float(self.weights[s.criterion]) * s.value / total if total else 0.0)
            for s in scores
        )


class Ranking(Sequence[RankedMethod]):
    """The ranked methods, built one by one as they are read (a view shows a few dozen of thousands)."""

    def __init__(self, evaluations: Sequence[Evaluation], weights: Mapping[str, float]):
        self._ordered, self._quality = _ordered(evaluations, weights)
        self._weights = weights
        self._built: dict[int, RankedMethod] = {}

    def __len__(self) -> int:
        return len(self._ordered)

    @property
    def evaluations(self) -> Sequence[Evaluation]:
        """The kept evaluations, best first (what robust advice reasons over, without building places)."""
        return self._ordered

    @property
    def quality(self) -> Mapping[int, tuple[float, float]]:
        """(score, confidence) by score signature, exactly as the order was made."""
        return self._quality

    def __getitem__(self, index):  # noqa: ANN001 - int or slice, as Sequence allows
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        index = range(len(self))[index]
        if index not in self._built:
            ev = self._ordered[index]
            score, confidence = self._quality[ev.signature]
            self._built[index] = RankedMethod(index + 1, score, confidence, ev, self._weights)
        return self._built[index]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Ranking) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"Ranking({len(self)} methods)"


@dataclass(frozen=True)
class Excluded:
    method: Method
    criterion: str
    score: CriterionScore


@dataclass(frozen=True)
class Fit:
    good: bool
    best_score: float
    threshold: float
    unmet: tuple[str, ...]
    no_criteria: bool


@dataclass(frozen=True)
class Advice:
    context: Context
    results: Ranking
    excluded: tuple[Excluded, ...]
    fit: Fit


def active_criteria(context: Context) -> tuple[str, ...]:
    return tuple(c for c in CRITERIA if context.asks(c))


def evaluate(methods: Iterable[Method], context: Context, knowledge: Iterable[KnowledgeItem] = ()) -> list[Evaluation]:
    """Score every method on every criterion the context asks about; weights play no part here."""
    active = active_criteria(context)
    rules = [RULES[c] for c in active]
    knowledge = tuple(knowledge)
    signatures: dict[tuple, int] = {}
    out = []
    for m in methods:
        scores = tuple(rule(m, context) for rule in rules)
        values = tuple(s.value for s in scores)
        known = tuple(0.0 if s.match is None else 1.0 for s in scores)
        signature = signatures.setdefault((values, known), len(signatures))
        out.append(Evaluation(m, scores, caveats_for(m, context, knowledge), signature, values, known))
    by_name = sorted(range(len(out)), key=lambda i: (out[i].method.name.casefold(), out[i].method.id))
    for rank, i in enumerate(by_name):
        object.__setattr__(out[i], "name_rank", rank)
    return out


def weighted_sums(rows: Sequence[tuple[float, ...]], w: Sequence[float]) -> list[float]:
    """Σ w·row for every row, column by column (far faster in CPython than row by row)."""
    acc = [0.0] * len(rows)
    for weight, column in zip(w, zip(*rows, strict=True), strict=False):
        if weight:
            acc = [a + weight * v for a, v in zip(acc, column, strict=True)]
    return acc


def pattern_quality(evaluations: Sequence[Evaluation], weights: Mapping[str, float]
                     ) -> dict[int, tuple[float, float]]:
    """(score, confidence) per distinct score pattern: each pattern is weighed once."""
    w = [float(weights[s.criterion]) for s in evaluations[0].scores]
    total = sum(w) or 1.0
    patterns: dict[int, Evaluation] = {}
    for ev in evaluations:
        patterns.setdefault(ev.signature, ev)
    reps = list(patterns.values())
    scores = weighted_sums([ev.values for ev in reps], w)
    confidences = weighted_sums([ev.known for ev in reps], w)
    return {ev.signature: (100.0 * s / total, c / total) for ev, s, c in zip(reps, scores, confidences, strict=True)}


def levels(values: Iterable[float], tie: float) -> dict[float, int]:
    """Level 0 for the highest value, and so on; a value within *tie* of its level's highest shares that level."""
    out: dict[float, int] = {}
    start, level = math.inf, -1
    for v in sorted(set(values), reverse=True):
        if v < start - tie:
            start, level = v, level + 1
        out[v] = level
    return out


def pattern_levels(quality: Mapping[int, tuple[float, float]]) -> dict[int, tuple[int, int]]:
    """(score level, confidence level) per signature: the first two keys of the order, lower is better."""
    score = levels((q[0] for q in quality.values()), SCORE_TIE)
    confidence = levels((q[1] for q in quality.values()), CONFIDENCE_TIE)
    return {sig: (score[s], confidence[c]) for sig, (s, c) in quality.items()}


def _ordered(evaluations: Sequence[Evaluation], weights: Mapping[str, float]
             ) -> tuple[list[Evaluation], dict[int, tuple[float, float]]]:
    """The evaluations best first, and (score, confidence) by signature.

    Patterns are ranked by quality; a method's sort key is then one integer (pattern rank, then
    name rank), which sorts thousands of methods in about a millisecond.
    """
    if not evaluations:
        return [], {}
    quality = pattern_quality(evaluations, weights)
    order = sorted(quality, key=quality.__getitem__, reverse=True)
    keys = [quality[sig] for sig in order]
    if any(_near(a, b) for a, b in zip(keys, keys[1:], strict=False)):  # rare: rounding between level patterns
        level = pattern_levels(quality)
        order.sort(key=level.__getitem__)
        keys = [level[sig] for sig in order]
    pattern_rank, previous, rank = {}, None, 0
    for sig, key in zip(order, keys, strict=True):  # level patterns share a rank, so the name decides
        if key != previous:
            previous, rank = key, rank + 1
        pattern_rank[sig] = rank
    keys = sorted(pattern_rank[ev.signature] * _NAME_SLOTS + ev.name_rank for ev in evaluations)
    by_name = {ev.name_rank: ev for ev in evaluations}
    return [by_name[key % _NAME_SLOTS] for key in keys], quality


def _near(a: tuple[float, float], b: tuple[float, float]) -> bool:
    """Two neighbours in the exact order that differ, but by no more than rounding."""
    if a[0] != b[0]:
        return a[0] - b[0] <= SCORE_TIE
    return a[1] != b[1] and a[1] - b[1] <= CONFIDENCE_TIE


def top_of(evaluations: Sequence[Evaluation], weights: Mapping[str, float]) -> Evaluation | None:
    """The first of the ranking, without sorting the rest (what-if asks this dozens of times)."""
    if not evaluations:
        return None
    level = pattern_levels(pattern_quality(evaluations, weights))
    best = min(level.values())
    return min((ev for ev in evaluations if level[ev.signature] == best), key=lambda ev: ev.name_rank)


def split_excluded(evaluations: Iterable[Evaluation], must: Iterable[str]) -> tuple[list[Evaluation], list[Excluded]]:
    must = set(must)
    if not must:
        return list(evaluations), []
    kept, excluded = [], []
    for ev in evaluations:
        failed = next((s for s in ev.scores if s.criterion in must and not s.passes), None)
        if failed is None:
            kept.append(ev)
        else:
            excluded.append(Excluded(ev.method, failed.criterion, failed))
    return kept, excluded


def caveats_for(method: Method, context: Context, knowledge: Iterable[KnowledgeItem]) -> tuple[KnowledgeItem, ...]:
    """Knowledge items that warn about this method, or about this context for any method."""
    wanted = {("settings", t) for t in context.settings} | {("target_groups", t) for t in context.target_groups} \
        | {("goals", t) for t in context.goals}
    if context.production_power:
        wanted.add(("production_power", context.production_power))
    chosen = []
    for item in knowledge:
        about_method = method.id in item.methods
        about_context = bool(item.when) and bool(wanted & set(item.when)) and (not item.methods or about_method)
        if (item.kind == "caveat" and about_method and not item.when) or about_context:
            chosen.append(item)
    return tuple(chosen)


def _fit(context: Context, ranked: Ranking, kept: Sequence[Evaluation]) -> Fit:
    active = active_criteria(context)
    best = ranked[0].score if ranked else 0.0
    unmet = tuple(
        c for i, c in enumerate(active)
        if not any(ev.scores[i].known and ev.scores[i].passes for ev in kept)
    )
    return Fit(good=bool(ranked) and bool(active) and best >= GOOD_FIT_THRESHOLD, best_score=best,
               threshold=GOOD_FIT_THRESHOLD, unmet=unmet, no_criteria=not active)


def advise(methods: Iterable[Method], context: Context, knowledge: Iterable[KnowledgeItem] = (),
           evaluations: Sequence[Evaluation] | None = None) -> Advice:
    """Rank *methods* for *context*; pass earlier *evaluations* to re-weigh without re-scoring.

    Earlier evaluations must come from the same context facts and knowledge; only weights and
    *must* marks may differ.
    """
    evaluations = evaluate(methods, context, knowledge) if evaluations is None else evaluations
    kept, excluded = split_excluded(evaluations, context.must)
    ranked = Ranking(kept, context.weights)
    excluded.sort(key=lambda e: (e.method.name.casefold(), e.method.id))
    return Advice(context, ranked, tuple(excluded), _fit(context, ranked, kept))
