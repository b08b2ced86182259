"""Ranks methods against a context and explains every rank.

Ranking is split in two: ``evaluate`` (``advisor.evaluation``) scores each
method on each criterion (that depends on the context's facts only) and
``Ranking`` weighs those scores (that depends on the weights only). Dragging
a weight re-runs just the weighing, which is what keeps live re-ranking fast
at thousands of methods.

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

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from advisor.context import Context
from advisor.criteria import CriterionScore
from advisor.evaluation import (
    Evaluation,
    Evaluations,
    Excluded,
    ExcludedMethods,
    active_criteria,
    caveat_picker,
    caveats_for,
    evaluate,
)
from advisor.lazy_numpy import np
from advisor.method_table import MethodTable
from advisor.model import KnowledgeItem, Method
from advisor.plain_ranking import levels, pattern_levels, pattern_quality, plain_order, top_of, weighted_sums
from advisor.score_matrix import CONFIDENCE_TIE, SCORE_TIE, Order, ScoreMatrix

# Scoring and the plain reference live in their own modules; their names stay importable from here.
__all__ = [
    "CONFIDENCE_TIE", "GOOD_FIT_THRESHOLD", "SCORE_TIE", "Advice", "CriterionResult", "Evaluation", "Evaluations",
    "Excluded", "ExcludedMethods", "Fit", "RankedMethod", "Ranking", "active_criteria", "advise", "caveat_picker",
    "caveats_for", "evaluate", "levels", "pattern_levels", "pattern_quality", "plain_order", "split_excluded", "top_of",
    "weighted_sums",
]

# Below this best score the advice says plainly that nothing fits well.
GOOD_FIT_THRESHOLD = 60.0


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
        self._evaluations = evaluations
        self._weights = weights
        if evaluations:
            if isinstance(evaluations, Evaluations):
                w, self.matrix = [float(weights[c]) for c in evaluations.criteria], evaluations.matrix
            else:
                w = [float(weights[s.criterion]) for s in evaluations[0].scores]
                self.matrix = ScoreMatrix.of(evaluations)
            self.scores, self.confidences = self.matrix.weigh(w)
        else:
            self.matrix, self.scores, self.confidences = ScoreMatrix.of(()), np.zeros(0), np.zeros(0)
        self._order = Order(self.matrix, self.scores, self.confidences)
        self._built: dict[int, RankedMethod] = {}

    # The arrays above (``matrix``, ``scores``, ``confidences``) are by row, the evaluations' order;
    # places are the ranking's order. Robust advice reads rows, a list reads places.
    def row(self, place: int) -> int:
        """The row at *place* (0-based)."""
        return self._order.row(place)

    def at_row(self, row: int) -> Evaluation:
        return self._evaluations[row]

    def method_at_row(self, row: int) -> Method:
        """The method in *row*, without making its evaluation (a tier may name thousands)."""
        evaluations = self._evaluations
        return evaluations.method_at(row) if isinstance(evaluations, Evaluations) else evaluations[row].method

    def ids_at_rows(self, rows: list[int]) -> list[str]:
        """The ids of the methods in *rows*, without making their evaluations."""
        evaluations = self._evaluations
        if isinstance(evaluations, Evaluations):
            return evaluations.ids_at(rows)
        return [evaluations[row].method.id for row in rows]

    def in_order(self, rows: np.ndarray) -> np.ndarray:
        """*rows* as the ranking orders them, without ordering the rest."""
        return self._order.sort(rows)

    def __len__(self) -> int:
        return len(self._evaluations)

    def evaluation(self, index: int) -> Evaluation:
        """The evaluation at place *index* (0-based), without building its explanation."""
        return self._evaluations[self._order.row(index)]

    @cached_property
    def evaluations(self) -> Sequence[Evaluation]:
        """The kept evaluations, best first (what robust advice reasons over, without building places)."""
        evaluations = self._evaluations
        return [evaluations[i] for i in self._order.all().tolist()]

    @cached_property
    def quality(self) -> Mapping[int, tuple[float, float]]:
        """(score, confidence) by score signature, exactly as the order was made."""
        return {ev.signature: (s, c) for ev, s, c in
                zip(self._evaluations, self.scores.tolist(), self.confidences.tolist(), strict=True)}

    def __getitem__(self, index):  # noqa: ANN001 - int or slice, as Sequence allows
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        held = self._built.get(index)
        if held is not None:
            return held
        index = range(len(self))[index]
        if index not in self._built:
            row = self._order.row(index)
            self._built[index] = RankedMethod(index + 1, float(self.scores[row]), float(self.confidences[row]),
                                              self._evaluations[row], self._weights)
        return self._built[index]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Ranking) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"Ranking({len(self)} methods)"


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
    excluded: Sequence[Excluded]  # by name (then id)
    fit: Fit


def split_excluded(evaluations: Sequence[Evaluation], must: Iterable[str]
                   ) -> tuple[Sequence[Evaluation], Sequence[Excluded]]:
    """The evaluations that meet every *must*, and why the others do not (``evaluate``'s keep their matrix)."""
    must = set(must)
    if not must:
        return evaluations, []
    if isinstance(evaluations, Evaluations):
        return evaluations.split(must)
    kept, excluded = [], []
    for ev in evaluations:
        failed = next((s for s in ev.scores if s.criterion in must and not s.passes), None)
        if failed is None:
            kept.append(ev)
        else:
            excluded.append(Excluded(ev.method, failed.criterion, failed))
    return kept, excluded


def _fit(context: Context, ranked: Ranking, kept: Sequence[Evaluation]) -> Fit:
    active = active_criteria(context)
    best = ranked[0].score if ranked else 0.0
    unmet = tuple(
        c for i, c in enumerate(active)
        if not (kept.met(i) if isinstance(kept, Evaluations)
                else any(ev.scores[i].known and ev.scores[i].passes for ev in kept))
    )
    return Fit(good=bool(ranked) and bool(active) and best >= GOOD_FIT_THRESHOLD, best_score=best,
               threshold=GOOD_FIT_THRESHOLD, unmet=unmet, no_criteria=not active)


def advise(methods: Iterable[Method] | MethodTable, context: Context, knowledge: Iterable[KnowledgeItem] = (),
           evaluations: Sequence[Evaluation] | None = None) -> Advice:
    """Rank *methods* for *context*; pass earlier *evaluations* to re-weigh without re-scoring.

    Earlier evaluations must come from the same context facts and knowledge; only weights and
    *must* marks may differ.
    """
    evaluations = evaluate(methods, context, knowledge) if evaluations is None else evaluations
    kept, excluded = split_excluded(evaluations, context.must)
    ranked = Ranking(kept, context.weights)
    if not isinstance(excluded, ExcludedMethods):  # the array split orders them already
        excluded = tuple(sorted(excluded, key=lambda e: (e.method.name.casefold(), e.method.id)))
    return Advice(context, ranked, excluded, _fit(context, ranked, kept))
