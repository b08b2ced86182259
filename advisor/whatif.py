"""What would change the advice: the nearest weight beyond which another method leads.

A trainer can then say "the first place holds as long as budget weighs at
least 1.5 (now 3); at weight 1 Lusten en Lasten leads" — which shows how
sensitive the advice is, in one line. It is the nearest end of the nearest
stability interval (``advisor.stability``), so the line and the intervals
never disagree, and it costs one pass per criterion plus one re-weigh.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from advisor.context import MAX_WEIGHT, MIN_WEIGHT, Context
from advisor.matcher import Advice, Evaluation, active_criteria, pattern_quality, split_excluded, top_of
from advisor.model import Method
from advisor.stability import (
    TOLERANCE,
    Patterns,
    Stability,
    first_of_patterns,
    intervals,
    leaders_at,
    nearest_change,
    patterns_of,
    whole_weight_beyond,
)


@dataclass(frozen=True)
class WhatIf:
    """*method* leads at *new_weight* (a whole slider step) for *criterion*.

    *interval* is the criterion's stability interval; ``side`` is -1 when its lower end is the one
    crossed (a lower weight changes the top), +1 for the upper end.
    """

    criterion: str
    old_weight: float
    new_weight: float
    method: Method
    current_top: Method
    interval: Stability | None = None
    side: int = -1

    @property
    def bound(self) -> float:
        """The crossed end as reported (two decimals, rounded inward)."""
        if self.interval is None:
            return self.new_weight
        return self.interval.min if self.side < 0 else self.interval.max


def from_stability(patterns: Patterns, context: Context, stability: Sequence[Stability],
                   current: Method) -> WhatIf | None:
    """The what-if at the nearest interval end, given the intervals already computed."""
    change = nearest_change(stability)
    if change is None:
        return None
    s, side = change
    new = whole_weight_beyond(s, side)
    i = [x.criterion for x in stability].index(s.criterion)
    leaders = leaders_at(patterns, i, new - s.weight)
    leader = top_of(leaders, {**context.weights, s.criterion: new})
    return WhatIf(s.criterion, context.weights[s.criterion], new, leader.method, current, s, side)


def what_if_of(advice: Advice) -> WhatIf | None:
    """``smallest_change`` for an advice already made: reuses its scores and reads only the methods
    close enough to the top to pass it somewhere on the slider (see ``stability.Patterns``)."""
    ranking = advice.results
    if len(ranking) < 2:
        return None
    criteria = active_criteria(advice.context)
    total = sum(float(advice.context.weights[c]) for c in criteria)
    top = ranking.evaluation(0)
    top_score = ranking[0].score
    reach = (MAX_WEIGHT - MIN_WEIGHT + 2 * TOLERANCE) * 100.0 / total if total else math.inf
    near, quality = ranking.leading(top_score - reach)
    patterns = patterns_of(first_of_patterns(near, ranked=True), quality, top, total)
    return from_stability(patterns, advice.context, intervals(patterns, criteria, advice.context.weights),
                          top.method)


def smallest_change(evaluations: Sequence[Evaluation], context: Context) -> WhatIf | None:
    """The nearest single-weight change that puts another method on top, or None."""
    kept, _ = split_excluded(evaluations, context.must)
    if len(kept) < 2:
        return None
    criteria = active_criteria(context)
    quality = pattern_quality(kept, context.weights)
    top = top_of(kept, context.weights)
    total = sum(float(context.weights[c]) for c in criteria)
    patterns = patterns_of(first_of_patterns(kept), quality, top, total)
    return from_stability(patterns, context, intervals(patterns, criteria, context.weights), top.method)
