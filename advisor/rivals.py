"""The methods that could take the top's place, as arrays: stability intervals for whole catalogues.

``advisor.stability`` states the computation: each competitor overtakes the
top at most once per criterion, at one crossing point. Thousands of methods
can lie close enough to the top to pass it somewhere on a slider, so here the
crossings of all of them are found in one array pass per criterion instead
of a loop per method. Every element sees the same IEEE operations in the
same order as in the plain version, so the intervals are the plain ones.

The arrays hold methods, not score patterns: the methods of one pattern
cross at the same points, and where a name settles a tie the top beats all
of them exactly when it beats the first by name, the one the plain version
keeps. The top's own pattern never crosses it and is left out.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from advisor.context import MAX_WEIGHT, MIN_WEIGHT
from advisor.score_matrix import ScoreMatrix
from advisor.stability import TOLERANCE, Stability, bounded

# Leaders level within this many weighted points are all handed to the matcher, which settles their order.
LEADER_MARGIN = 1e-6


@dataclass(frozen=True)
class Rivals:
    """The top and every method that could pass it within the weight range (rows of the score matrix).

    A rival overtakes at a distance lead / |a − v| ≤ 5 only if its lead is at most 5 (a match
    differs by at most 1), so methods further behind are left out.
    """

    rows: np.ndarray
    values: np.ndarray  # rivals × criteria
    known: np.ndarray
    name_rank: np.ndarray
    signature: np.ndarray
    lead: np.ndarray  # the top's weighted score sum minus each rival's (≥ 0)
    lead_known: np.ndarray  # the same for the weighted known share (confidence)
    top_row: int
    top_values: np.ndarray
    top_known: np.ndarray
    top_name_rank: int


def rivals(matrix: ScoreMatrix, scores: np.ndarray, confidences: np.ndarray, top_row: int,
           total: float) -> Rivals:
    """The rivals of the method in *top_row*, given every row's score (0-100) and confidence."""
    scale, reach = total / 100.0, MAX_WEIGHT - MIN_WEIGHT + TOLERANCE
    lead = (scores[top_row] - scores) * scale
    rows = np.flatnonzero((lead <= reach) & (matrix.signature != matrix.signature[top_row]))
    lead = lead[rows]
    return Rivals(rows, matrix.values[rows], matrix.known[rows], matrix.name_rank[rows], matrix.signature[rows],
                  np.where(lead <= TOLERANCE, 0.0, lead), (confidences[top_row] - confidences[rows]) * total,
                  top_row, matrix.values[top_row], matrix.known[top_row], int(matrix.name_rank[top_row]))


def intervals(r: Rivals, criteria: Sequence[str], weights: Mapping[str, float]) -> tuple[Stability, ...]:
    """One stability interval per criterion in *criteria* (the order of the matrix's columns)."""
    return tuple(_interval(r, i, c, float(weights[c])) for i, c in enumerate(criteria))


def _interval(r: Rivals, i: int, criterion: str, w0: float) -> Stability:
    a, column = r.top_values[i], r.values[:, i]
    above, below = column > a + TOLERANCE, column < a - TOLERANCE
    up = np.full(len(column), math.inf)
    down = np.full(len(column), math.inf)
    up[above] = r.lead[above] / (column[above] - a)
    down[below] = r.lead[below] / (a - column[below])
    return bounded(criterion, w0, *_nearest(r, i, up, +1), *_nearest(r, i, down, -1))


def _nearest(r: Rivals, i: int, steps: np.ndarray, direction: int) -> tuple[float, bool]:
    """Distance from the current weight to the first overtaking in *direction*, and whether the top holds there."""
    step = float(steps.min(initial=math.inf))
    holds = True
    a, ka = r.top_values[i], r.top_known[i]
    if step <= MAX_WEIGHT - MIN_WEIGHT + TOLERANCE:
        at = np.flatnonzero(steps <= step + TOLERANCE)
        lead_known = r.lead_known[at] + direction * steps[at] * (ka - r.known[at, i])
        # At the crossing the scores are level: higher confidence, then the name, keeps the top first.
        wins = (lead_known > TOLERANCE) | ((lead_known >= -TOLERANCE) & (r.top_name_rank < r.name_rank[at]))
        holds = bool(wins.all())
    # Rivals level with the top on score at every weight of this criterion: confidence, then name, decides.
    for j in np.flatnonzero((r.lead == 0) & (np.abs(r.values[:, i] - a) <= TOLERANCE)).tolist():
        slope = direction * (ka - r.known[j, i])
        if slope < -TOLERANCE:
            s = float(r.lead_known[j] / -slope)
            if s < step - TOLERANCE:
                step, holds = s, r.top_name_rank < r.name_rank[j]
            elif s <= step + TOLERANCE:
                holds = holds and r.top_name_rank < r.name_rank[j]
    return step, bool(holds)


def leaders_at(r: Rivals, i: int, step: float) -> np.ndarray:
    """The rows that may lead when weight *i* moves by *step*: those level with the best there.

    Level within LEADER_MARGIN, wide enough for rounding, so that the matcher itself settles the order.
    """
    at = r.lead + step * (r.top_values[i] - r.values[:, i])
    best = min(float(at.min(initial=math.inf)), 0.0)  # the top's own lead stays 0
    near = np.flatnonzero(at <= best + LEADER_MARGIN)
    # One row per score pattern, its first by name: the matcher would put no other of them first.
    near = near[np.lexsort((r.name_rank[near], r.signature[near]))]
    near = near[np.concatenate(([True], r.signature[near][1:] != r.signature[near][:-1]))] if len(near) else near
    rows = r.rows[near]
    return np.concatenate(([r.top_row], rows)) if best + LEADER_MARGIN >= 0.0 else rows
