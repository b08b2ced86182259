"""What would change the advice: the nearest weight beyond which another method leads.

A trainer can then say "the first place holds as long as budget weighs at
least 1.5 (now 3); at weight 1 Lusten en Lasten leads" — which shows how
sensitive the advice is, in one line. It is the nearest end of the nearest
stability interval (``advisor.stability``), so the line and the intervals
never disagree, and it costs one pass per criterion plus one re-weigh of the few leaders.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from advisor import rivals
from advisor.context import Context
from advisor.matcher import Advice, Evaluation, Ranking, active_criteria, pattern_quality, split_excluded, top_of
from advisor.model import Method
from advisor.stability import (
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


def from_stability(stability: Sequence[Stability], context: Context, current: Method,
                   leaders: Callable[[int, float], Sequence[Evaluation]]) -> WhatIf | None:
    """The what-if at the nearest interval end, given the intervals already computed and who may lead
    when criterion *i* (the order of *stability*) moves by a step."""
    change = nearest_change(stability)
    if change is None:
        return None
    s, side = change
    new = whole_weight_beyond(s, side)
    i = [x.criterion for x in stability].index(s.criterion)
    leader = top_of(leaders(i, new - s.weight), {**context.weights, s.criterion: new})
    return WhatIf(s.criterion, context.weights[s.criterion], new, leader.method, current, s, side)


def what_if_of(advice: Advice) -> WhatIf | None:
    """``smallest_change`` for an advice already made: reuses its scores and reads, as arrays, only the
    methods close enough to the top to pass it somewhere on the slider (see ``advisor.rivals``)."""
    ranking = advice.results
    if len(ranking) < 2:
        return None
    criteria = active_criteria(advice.context)
    total = sum(float(advice.context.weights[c]) for c in criteria)
    top = ranking.row(0)
    r = rivals.rivals(ranking.matrix, ranking.scores, ranking.confidences, top, total)
    return from_stability(rivals.intervals(r, criteria, advice.context.weights), advice.context,
                          ranking.at_row(top).method, rival_leaders(ranking, r))


def rival_leaders(ranking: Ranking, r: rivals.Rivals) -> Callable[[int, float], list[Evaluation]]:
    """``from_stability``'s *leaders* for a ranking's rivals."""
    return lambda i, step: [ranking.at_row(row) for row in rivals.leaders_at(r, i, step).tolist()]


def smallest_change(evaluations: Sequence[Evaluation], context: Context) -> WhatIf | None:
    """The nearest single-weight change that puts another method on top, or None (in plain Python)."""
    kept, _ = split_excluded(evaluations, context.must)
    if len(kept) < 2:
        return None
    criteria = active_criteria(context)
    quality = pattern_quality(kept, context.weights)
    top = top_of(kept, context.weights)
    total = sum(float(context.weights[c]) for c in criteria)
    patterns = patterns_of(first_of_patterns(kept), quality, top, total)
    return from_stability(intervals(patterns, criteria, context.weights), context, top.method,
                          lambda i, step: leaders_at(patterns, i, step))
