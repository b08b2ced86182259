"""How far one weight can move before the top method loses first place.

With every other weight fixed, a method's score is a ratio of two linear
functions of one weight w: (S0 + w·v) / (W0 + w). Two methods share the
denominator, so which one ranks higher depends on the sign of a linear
function of w: each competitor overtakes the top at most once, at one
crossing point. The top's interval is therefore the nearest crossing below
and above the current weight, found exactly in one pass over the distinct
score patterns per criterion; no re-ranking, no sampling.

Ties follow ``matcher``'s order exactly: at a crossing the scores are equal,
so the higher confidence (itself linear in w over the same denominator) and
then the name decide whether the top still holds at that very point.

This module states the computation plainly, over one evaluation per score
pattern; ``smallest_change`` uses it and the tests hold ``advisor.rivals``
(the same crossings for whole catalogues as array operations) to it.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from advisor.context import MAX_WEIGHT, MIN_WEIGHT
from advisor.evaluation import Evaluation

# Sums of at most eight weights of at most 5 times a match in [0, 1]: anything
# closer to zero than this is rounding noise, not a difference.
TOLERANCE = 1e-9


@dataclass(frozen=True)
class Stability:
    """The weights of one criterion at which the current top stays first.

    ``min`` and ``max`` are rounded inward to two decimals (every weight
    between them keeps the top); ``exact_*`` are the crossing points and
    ``*_holds`` whether the top is still first exactly there.
    """

    criterion: str
    weight: float
    min: float
    max: float
    exact_min: float
    exact_max: float
    min_holds: bool
    max_holds: bool


@dataclass(frozen=True)
class Patterns:
    """The top's pattern (index 0) and every pattern that could pass it within the weight range.

    A competitor overtakes at a distance lead / |a - v| ≤ 5 only if its lead is at most 5 (a match
    differs by at most 1), so patterns further behind never matter and are left out. Each pattern is
    represented by its first method by name, the one the matcher would put first.
    """

    reps: list[Evaluation]
    lead: list[float]  # top's weighted score sum minus each pattern's (≥ 0)
    lead_known: list[float]  # the same for the weighted known share (confidence)
    tied: list[int]  # patterns level with the top on score right now
    top: int = 0


def first_of_patterns(evaluations: Sequence[Evaluation], ranked: bool = False) -> list[Evaluation]:
    """One evaluation per score pattern: the first by name. *ranked*: already in the matcher's order,
    where a pattern's methods stand together by name, so the first seen is the first by name."""
    if ranked:
        return list({ev.signature: ev for ev in reversed(evaluations)}.values())
    first: dict[int, Evaluation] = {}
    for ev in evaluations:
        held = first.get(ev.signature)
        if held is None or ev.name_rank < held.name_rank:
            first[ev.signature] = ev
    return list(first.values())


def patterns_of(reps: Sequence[Evaluation], quality: Mapping[int, tuple[float, float]],
                top: Evaluation, total: float) -> Patterns:
    top_score, top_conf = quality[top.signature]
    scale, reach = total / 100.0, MAX_WEIGHT - MIN_WEIGHT + TOLERANCE
    near = [ev for ev in reps if (top_score - quality[ev.signature][0]) * scale <= reach
            and ev.signature != top.signature]
    top_rep = next(ev for ev in reps if ev.signature == top.signature)
    near.insert(0, top_rep)
    lead = [(top_score - quality[ev.signature][0]) * scale for ev in near]
    lead = [0.0 if d <= TOLERANCE else d for d in lead]
    lead_known = [(top_conf - quality[ev.signature][1]) * total for ev in near]
    tied = [j for j, d in enumerate(lead) if not d and j]
    return Patterns(near, lead, lead_known, tied)


def leaders_at(p: Patterns, i: int, step: float) -> list[Evaluation]:
    """The patterns that may lead when weight *i* moves by *step*: those level with the best there.

    Level within a margin wide enough for rounding, so that the matcher itself can settle the order.
    """
    a = p.reps[p.top].values[i]
    at = [d + step * (a - ev.values[i]) for d, ev in zip(p.lead, p.reps, strict=True)]
    best = min(at)
    return [ev for ev, x in zip(p.reps, at, strict=True) if x <= best + 1e-6]


def intervals(p: Patterns, criteria: Sequence[str], weights: Mapping[str, float]) -> tuple[Stability, ...]:
    """One stability interval per criterion in *criteria* (the order of the evaluations' scores)."""
    return tuple(_interval(p, i, c, float(weights[c])) for i, c in enumerate(criteria))


def _interval(p: Patterns, i: int, criterion: str, w0: float) -> Stability:
    a = p.reps[p.top].values[i]
    column = [ev.values[i] for ev in p.reps]
    # Competitor j's lead function is lead[j] + (w - w0)·(a - v_j): it overtakes above w0
    # when v_j > a, below w0 when v_j < a, at w0 ± lead / |a - v_j|.
    up = [d / (v - a) if v > a + TOLERANCE else math.inf for d, v in zip(p.lead, column, strict=True)]
    down = [d / (a - v) if v < a - TOLERANCE else math.inf for d, v in zip(p.lead, column, strict=True)]
    return bounded(criterion, w0, *_nearest(p, i, up, +1), *_nearest(p, i, down, -1))


def bounded(criterion: str, w0: float, up_step: float, up_holds: bool, down_step: float,
            down_holds: bool) -> Stability:
    """The interval from the nearest overtaking above and below *w0*, kept within 0–5, ends rounded inward."""
    hi, lo = w0 + up_step, w0 - down_step
    if hi >= MAX_WEIGHT - TOLERANCE:
        hi, up_holds = (MAX_WEIGHT, up_holds) if hi <= MAX_WEIGHT + TOLERANCE else (MAX_WEIGHT, True)
    if lo <= MIN_WEIGHT + TOLERANCE:
        lo, down_holds = (MIN_WEIGHT, down_holds) if lo >= MIN_WEIGHT - TOLERANCE else (MIN_WEIGHT, True)
    low, high = _inward_up(lo, down_holds), _inward_down(hi, up_holds)
    if low > high:  # no two-decimal weight lies inside; only the current one is known to hold
        low = high = w0
    return Stability(criterion, w0, float(low), float(high), float(lo), float(hi), down_holds, up_holds)


def _nearest(p: Patterns, i: int, steps: list[float], direction: int) -> tuple[float, bool]:
    """Distance from w0 to the first overtaking in *direction*, and whether the top holds there."""
    step = min(steps, default=math.inf)
    holds = True
    top = p.reps[p.top]
    a, ka = top.values[i], top.known[i]
    if step <= MAX_WEIGHT - MIN_WEIGHT + TOLERANCE:
        for j in [j for j, s in enumerate(steps) if s <= step + TOLERANCE]:
            lead_known = p.lead_known[j] + direction * steps[j] * (ka - p.reps[j].known[i])
            holds = holds and _top_wins_tie(lead_known, top, p.reps[j])
    # Patterns tied with the top on score at every weight: confidence, then name, decides.
    for j in p.tied:
        if abs(p.reps[j].values[i] - a) > TOLERANCE:
            continue
        slope = direction * (ka - p.reps[j].known[i])
        if slope < -TOLERANCE:
            s = p.lead_known[j] / -slope
            if s < step - TOLERANCE:
                step, holds = s, top.name_rank < p.reps[j].name_rank
            elif s <= step + TOLERANCE:
                holds = holds and top.name_rank < p.reps[j].name_rank
    return step, holds


def _top_wins_tie(lead_known: float, top: Evaluation, other: Evaluation) -> bool:
    if lead_known > TOLERANCE:
        return True
    if lead_known < -TOLERANCE:
        return False
    return top.name_rank < other.name_rank


def _on_grid(x: float) -> float | None:
    g = round(x * 100) / 100
    return g if abs(x - g) <= TOLERANCE else None


def _inward_up(x: float, holds: bool) -> float:
    g = _on_grid(x)
    if g is not None:
        return g if holds else round(g + 0.01, 2)
    return round(math.ceil(x * 100) / 100, 2)


def _inward_down(x: float, holds: bool) -> float:
    g = _on_grid(x)
    if g is not None:
        return g if holds else round(g - 0.01, 2)
    return round(math.floor(x * 100) / 100, 2)


def nearest_change(stability: Sequence[Stability]) -> tuple[Stability, int] | None:
    """The interval end nearest to its current weight beyond which the top changes, and its side (-1/+1).

    Ends at 0 or 5 where the top still holds are no change. Equal distances: an end where the top
    already loses comes first, then the criterion order, then lower before higher.
    """
    ends = []
    for order, s in enumerate(stability):
        if s.exact_min > MIN_WEIGHT or not s.min_holds:
            ends.append((s.weight - s.exact_min, s.min_holds, order, -1, s))
        if s.exact_max < MAX_WEIGHT or not s.max_holds:
            ends.append((s.exact_max - s.weight, s.max_holds, order, +1, s))
    if not ends:
        return None
    *_, side, s = min(ends, key=lambda e: (round(e[0], 9), e[1], e[2], e[3]))
    return s, side


def whole_weight_beyond(s: Stability, side: int) -> int:
    """The nearest whole weight (a slider step) past the end on *side*, where another method leads."""
    end, holds = (s.exact_min, s.min_holds) if side < 0 else (s.exact_max, s.max_holds)
    g = _on_grid(end)
    if g is not None and g == round(g):
        return int(round(g)) + (side if holds else 0)
    return math.floor(end) if side < 0 else math.ceil(end)
