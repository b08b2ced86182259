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
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from advisor.answer_columns import Answers
from advisor.context import CRITERIA, Context
from advisor.criteria import CriterionScore
from advisor.method_table import MethodTable
from advisor.model import KnowledgeItem, Method
from advisor.score_matrix import CONFIDENCE_TIE, SCORE_TIE, Order, ScoreMatrix

_NAME_SLOTS = 1 << 40  # more methods than any catalogue will hold


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

    @classmethod
    def quick(cls, method: Method, scores: tuple[CriterionScore, ...], caveats: tuple[KnowledgeItem, ...],
              signature: int, values: tuple[float, ...], known: tuple[float, ...], name_rank: int) -> Evaluation:
        """The same object as the constructor makes, several times faster (a frozen dataclass's
        ``__init__`` sets each field through ``object.__setattr__``); for scoring whole catalogues."""
        ev = object.__new__(cls)
        ev.__dict__.update(method=method, scores=scores, caveats=caveats, signature=signature, values=values,
                           known=known, name_rank=name_rank)
        return ev


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


class Evaluations(Sequence[Evaluation]):
    """``evaluate``'s result: per criterion the answers to its distinct values and each method's number
    among them, and the matches as a matrix. An Evaluation (and a rule's explanation) is made when read:
    a re-score of thousands of methods makes none, a list shows a screenful. *rows* picks methods of the
    table (those a *must* keeps)."""

    def __init__(self, table: MethodTable, criteria: Sequence[str], numbers: list[np.ndarray],
                 distinct: list[Answers], caveats: Callable[[Method], tuple], full: ScoreMatrix,
                 rows: np.ndarray | None = None):
        self.criteria = criteria
        self._table, self._criteria, self._numbers, self._distinct = table, criteria, numbers, distinct
        self._caveats, self._full, self._rows = caveats, full, rows
        self._built: dict[int, Evaluation] = {}

    def __len__(self) -> int:
        return len(self._table) if self._rows is None else len(self._rows)

    def __getitem__(self, index):  # noqa: ANN001 - int or slice, as Sequence allows
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        index = range(len(self))[index]
        ev = self._built.get(index)
        if ev is None:
            row = index if self._rows is None else int(self._rows[index])
            method, full = self._table.methods[row], self._full
            ev = self._built[index] = Evaluation.quick(
                method, tuple(d[int(n[row])] for d, n in zip(self._distinct, self._numbers, strict=True)),
                self._caveats(method), int(full.signature[row]), tuple(full.values[row].tolist()),
                tuple(full.known[row].tolist()), int(full.name_rank[row]))
        return ev

    def method_at(self, index: int) -> Method:
        return self._table.methods[index if self._rows is None else int(self._rows[index])]

    @cached_property
    def matrix(self) -> ScoreMatrix:
        return self._full if self._rows is None else self._full.rows(self._rows)

    @cached_property
    def _flags(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per criterion, per distinct value: (passes, known and passes)."""
        return [(a.passes, a.passes & (a.known != 0)) for a in self._distinct]

    def _column(self, i: int, flag: int) -> np.ndarray:
        """Criterion *i*'s flag (0: passes, 1: known and passes) for every method here."""
        numbers = self._numbers[i] if self._rows is None else self._numbers[i][self._rows]
        return self._flags[i][flag][numbers]

    @cached_property
    def _met(self) -> list[bool]:
        return [bool(np.any(self._column(i, 1))) for i in range(len(self._criteria))]

    def met(self, i: int) -> bool:
        """Whether some method here is known to pass criterion *i*."""
        return self._met[i]

    def split(self, must: set[str]) -> tuple[Evaluations, list[Excluded]]:
        """The methods meeting every criterion in *must*, and why each other one does not (its first miss)."""
        first_miss = np.full(len(self), -1)
        for i in reversed(range(len(self._criteria))):
            if self._criteria[i] in must:
                first_miss[~self._column(i, 0)] = i
        rows = np.arange(len(self)) if self._rows is None else self._rows
        kept = Evaluations(self._table, self._criteria, self._numbers, self._distinct, self._caveats, self._full,
                           rows[first_miss < 0])
        kept._flags = self._flags
        missed = np.flatnonzero(first_miss >= 0)
        excluded = [Excluded(self._table.methods[row], self._criteria[i], self._distinct[i][int(self._numbers[i][row])])
                    for row, i in zip(rows[missed].tolist(), first_miss[missed].tolist(), strict=True)]
        return kept, excluded


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


def evaluate(methods: Iterable[Method] | MethodTable, context: Context,
             knowledge: Iterable[KnowledgeItem] = ()) -> Evaluations:
    """Score every method on every criterion the context asks about; weights play no part here.

    Each rule is answered once per distinct value it reads, as arrays (see ``MethodTable``; pass one
    to reuse it across situations); methods sharing all of them share their scores and their pattern.
    """
    table = methods if isinstance(methods, MethodTable) else MethodTable(methods)
    n = len(table)
    active = active_criteria(context)
    numbers = [table.numbers(criterion) for criterion in active]
    answers = [table.answers(criterion, context) for criterion in active]
    values = np.empty((n, len(active)), dtype=np.float64)
    known = np.empty((n, len(active)), dtype=np.float64)
    for j, (column, answer) in enumerate(zip(numbers, answers, strict=True)):
        values[:, j] = answer.values[column]
        known[:, j] = answer.known[column]
    matrix = ScoreMatrix(values, known, table.name_rank, table.patterns(active))
    return Evaluations(table, active, numbers, answers, caveat_picker(context, knowledge), matrix)


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


def plain_order(evaluations: Sequence[Evaluation], weights: Mapping[str, float]
                ) -> tuple[list[Evaluation], dict[int, tuple[float, float]]]:
    """The evaluations best first, and (score, confidence) by signature, in plain Python.

    The reference the vectorised ``Ranking`` is tested against (same order, same scores, same ties).

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


def split_excluded(evaluations: Sequence[Evaluation], must: Iterable[str]
                   ) -> tuple[Sequence[Evaluation], list[Excluded]]:
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


def caveats_for(method: Method, context: Context, knowledge: Iterable[KnowledgeItem]) -> tuple[KnowledgeItem, ...]:
    """Knowledge items that warn about this method, or about this context for any method."""
    return caveat_picker(context, knowledge)(method)


def caveat_picker(context: Context, knowledge: Iterable[KnowledgeItem]) -> Callable[[Method], tuple]:
    """``caveats_for`` with the context's part decided once, for scoring a whole catalogue."""
    wanted = {("settings", t) for t in context.settings} | {("target_groups", t) for t in context.target_groups} \
        | {("goals", t) for t in context.goals}
    if context.production_power:
        wanted.add(("production_power", context.production_power))
    relevant = []  # (item, the methods it names, whether it holds for every method), in knowledge order
    for item in knowledge:
        about_context = bool(item.when) and bool(wanted & set(item.when))
        if (item.kind == "caveat" and not item.when) or about_context:
            relevant.append((item, frozenset(item.methods), about_context and not item.methods))

    for_all = tuple(item for item, _, everyone in relevant if everyone)
    named_somewhere = {method_id for _, named, everyone in relevant if not everyone for method_id in named}

    def pick(method: Method) -> tuple[KnowledgeItem, ...]:
        if method.id not in named_somewhere:
            return for_all
        return tuple(item for item, named, everyone in relevant if everyone or method.id in named)

    return pick


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
    excluded.sort(key=lambda e: (e.method.name.casefold(), e.method.id))
    return Advice(context, ranked, tuple(excluded), _fit(context, ranked, kept))
