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

from advisor.context import MAX_WEIGHT, MIN_WEIGHT
from advisor.lazy_numpy import np
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
    """One stability interval per criterion in *criteria* (the order of the matrix's columns).

    All criteria at once: each rival's crossing per criterion is one cell of a rivals × criteria array.
    """
    a, lead = r.top_values, r.lead[:, None]
    above, below = r.values > a + TOLERANCE, r.values < a - TOLERANCE
    up = np.full(r.values.shape, math.inf)
    down = np.full(r.values.shape, math.inf)
    np.divide(lead, r.values - a, out=up, where=above)
    np.divide(lead, a - r.values, out=down, where=below)
    # Rivals level with the top on score at every weight of a criterion: confidence, then name, decides.
    level = (r.lead == 0)[:, None] & (np.abs(r.values - a) <= TOLERANCE)
    ups, up_holds = _nearest(r, up, level, +1)
    downs, down_holds = _nearest(r, down, level, -1)
    return tuple(bounded(c, float(weights[c]), ups[i], up_holds[i], downs[i], down_holds[i])
                 for i, c in enumerate(criteria))


def _nearest(r: Rivals, steps: np.ndarray, level: np.ndarray, direction: int) -> tuple[list[float], list[bool]]:
    """Per criterion, the distance from the current weight to the first overtaking in *direction*, and
    whether the top holds there."""
    k = steps.shape[1]
    nearest = steps.min(axis=0, initial=math.inf)
    holds = np.ones(k, dtype=bool)
    slope = direction * (r.top_known - r.known)  # how the top's confidence lead grows per step
    reach = nearest <= MAX_WEIGHT - MIN_WEIGHT + TOLERANCE
    if reach.any():
        at = (steps <= nearest + TOLERANCE) & reach
        rows, columns = np.nonzero(at)
        lead_known = r.lead_known[rows] + direction * steps[rows, columns] * (r.top_known[columns] -
                                                                              r.known[rows, columns])
        # At the crossing the scores are level: higher confidence, then the name, keeps the top first.
        wins = (lead_known > TOLERANCE) | ((lead_known >= -TOLERANCE) & (r.top_name_rank < r.name_rank[rows]))
        holds[columns[~wins]] = False
    step, held = nearest.tolist(), holds.tolist()
    for j, i in zip(*np.nonzero(level & (slope < -TOLERANCE)), strict=True):
        s = float(r.lead_known[j] / -slope[j, i])
        if s < step[i] - TOLERANCE:
            step[i], held[i] = s, bool(r.top_name_rank < r.name_rank[j])
        elif s <= step[i] + TOLERANCE:
            held[i] = held[i] and bool(r.top_name_rank < r.name_rank[j])
    return step, held


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
