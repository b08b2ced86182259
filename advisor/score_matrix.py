"""The criterion matches of one situation as a methods × criteria matrix, ranked by one weighted sum.

A weight change re-ranks thousands of methods while a slider moves, so the
matches (which depend on the situation only) are kept as arrays and a new
weight vector costs one vectorised weighted sum and a partial sort of the
best places; the rest of the order is sorted only when someone reads that far.

The sums are made column by column, skipping weight 0, exactly as
``matcher.pattern_quality`` adds them in plain Python: every element sees the
same IEEE operations in the same order, so the scores are bit for bit the
plain ones and so are the ties (higher score, then higher confidence, then name).
Scores that differ by rounding alone (``SCORE_TIE``, ``CONFIDENCE_TIE``) count as
level, as in ``matcher.plain_order``, so noise never decides a place.
"""

from __future__ import annotations

from collections.abc import Sequence

from advisor.lazy_numpy import np

SCORE_TIE = 1e-9  # score points (0-100)
CONFIDENCE_TIE = 1e-12  # share of the weight (0-1)

# Places ordered at once; a list shows a screenful, robust advice reads the whole order when asked.
HEAD = 256


class ScoreMatrix:
    """Matches (unknown counted as neutral), known flags, name order and pattern of each evaluation."""

    def __init__(self, values: np.ndarray, known: np.ndarray, name_rank: np.ndarray, signature: np.ndarray):
        self.values, self.known, self.name_rank, self.signature = values, known, name_rank, signature

    @classmethod
    def of(cls, evaluations: Sequence) -> ScoreMatrix:  # Sequence[matcher.Evaluation]
        n = len(evaluations)
        k = len(evaluations[0].values) if n else 0
        return cls(np.array([ev.values for ev in evaluations], dtype=np.float64).reshape(n, k),
                   np.array([ev.known for ev in evaluations], dtype=np.float64).reshape(n, k),
                   np.fromiter((ev.name_rank for ev in evaluations), dtype=np.int64, count=n),
                   np.fromiter((ev.signature for ev in evaluations), dtype=np.int64, count=n))

    def rows(self, indices: Sequence[int]) -> ScoreMatrix:
        take = np.asarray(indices, dtype=np.int64)
        return ScoreMatrix(self.values[take], self.known[take], self.name_rank[take], self.signature[take])

    def __len__(self) -> int:
        return len(self.name_rank)

    def weigh(self, w: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
        """Score (0-100) and confidence (0-1) of every row for the weights *w*, one per column."""
        total = sum(w) or 1.0
        score = np.zeros(len(self))
        known = np.zeros(len(self))
        for column, weight in enumerate(w):
            if weight:
                score = score + weight * self.values[:, column]
                known = known + weight * self.known[:, column]
        return 100.0 * score / total, known / total


class Order:
    """Row indices best first; the best HEAD places are sorted at once, the rest on first read."""

    def __init__(self, matrix: ScoreMatrix, score: np.ndarray, confidence: np.ndarray):
        self._keys = (matrix.name_rank, -snapped(confidence, CONFIDENCE_TIE), -snapped(score, SCORE_TIE))
        self.name_rank = matrix.name_rank
        n = len(score)
        if n > 2 * HEAD:
            # Every row scoring at least the HEAD-th best, ties included, outranks all others.
            floor = -np.partition(-score, HEAD)[HEAD]
            head = np.flatnonzero(score >= floor)
            self._rows = head[np.lexsort(tuple(key[head] for key in self._keys))]
            self._complete = len(head) == n
        else:
            self._rows, self._complete = np.lexsort(self._keys), True

    def __len__(self) -> int:
        return len(self._keys[0])

    def row(self, place: int) -> int:
        if place >= len(self._rows) and not self._complete:
            self._rows, self._complete = np.lexsort(self._keys), True
        return int(self._rows[place])

    def sort(self, rows: np.ndarray) -> np.ndarray:
        """*rows* in this order."""
        return rows[np.lexsort(tuple(key[rows] for key in self._keys))]

    def all(self) -> np.ndarray:
        if not self._complete:
            self._rows, self._complete = np.lexsort(self._keys), True
        return self._rows


def snapped(values: np.ndarray, tie: float) -> np.ndarray:
    """*values* with each one within *tie* of its level's highest replaced by that highest (see ``levels``)."""
    distinct = _distinct(np.sort(values))
    if len(distinct) < 2 or not np.any(np.diff(distinct) <= tie):
        return values
    return _level_tops(distinct, tie)[np.searchsorted(distinct, values)]


def level_numbers(values: np.ndarray, tie: float) -> np.ndarray:
    """0 for the lowest level of *values*, 1 for the next, …: ``matcher.levels`` counted from below."""
    order = np.argsort(values)
    ordered = values[order]
    new = np.empty(len(values), dtype=bool)
    new[:1] = True
    np.not_equal(ordered[1:], ordered[:-1], out=new[1:])
    inverse = np.empty(len(values), dtype=np.int64)
    inverse[order] = np.cumsum(new) - 1  # each value's number among the distinct values, ascending
    distinct = ordered[new]
    if not np.any(distinct[:-1] >= distinct[1:] - tie):
        return inverse
    tops = _level_tops(distinct, tie)
    number = np.concatenate(([0], np.cumsum(tops[1:] != tops[:-1])))
    return number[inverse]


def _distinct(ordered: np.ndarray) -> np.ndarray:
    """The distinct values of sorted *ordered* (``np.unique`` without its first-call import of numpy.ma)."""
    if len(ordered) < 2:
        return ordered
    return ordered[np.concatenate(([True], ordered[1:] != ordered[:-1]))]


def _level_tops(distinct: np.ndarray, tie: float) -> np.ndarray:
    """The highest value of each ascending *distinct* value's level.

    Levels start at the highest value and a new one starts more than *tie* below the last start, so only
    a value within *tie* of the next higher one can share its level; just those are walked, highest first
    (with the very comparison ``levels`` makes, so float rounding decides alike).
    """
    tops = distinct.copy()
    for i in np.flatnonzero(distinct[:-1] >= distinct[1:] - tie)[::-1].tolist():
        if distinct[i] >= tops[i + 1] - tie:
            tops[i] = tops[i + 1]
    return tops
