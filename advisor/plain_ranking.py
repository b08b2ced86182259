"""The ranking in plain Python: the reference the array ranking is held to, and small helpers.

``plain_order`` states the order (higher score, then higher confidence, then
name; values within rounding of each other count as level) over one
evaluation per score pattern; the tests hold ``matcher.Ranking`` and
``advisor.score_matrix`` to it bit for bit. The plain what-if
(``whatif.smallest_change``) and group advice use these helpers too.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence

from advisor.evaluation import Evaluation
from advisor.score_matrix import CONFIDENCE_TIE, SCORE_TIE

_NAME_SLOTS = 1 << 40  # more methods than any catalogue will hold


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
