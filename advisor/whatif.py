"""What would change the advice: the smallest single weight change that puts
another method on top.

A trainer can then say "if budget weighed less (3 → 1), Lusten en Lasten
would come first" — which shows how sensitive the advice is, in one line.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from advisor.context import MAX_WEIGHT, MIN_WEIGHT, Context
from advisor.matcher import Evaluation, active_criteria, split_excluded, top_of
from advisor.model import Method


@dataclass(frozen=True)
class WhatIf:
    criterion: str
    old_weight: float
    new_weight: float
    method: Method
    current_top: Method


def smallest_change(evaluations: Sequence[Evaluation], context: Context) -> WhatIf | None:
    """The single-weight change of least size that changes the top method, or None."""
    kept, _ = split_excluded(evaluations, context.must)
    if len(kept) < 2:
        return None
    current = top_of(kept, context.weights).method
    candidates = []
    for criterion in active_criteria(context):
        old = context.weights[criterion]
        for new in range(MIN_WEIGHT, MAX_WEIGHT + 1):
            if new == old:
                continue
            top = top_of(kept, {**context.weights, criterion: new}).method
            if top.id != current.id:
                candidates.append((abs(new - old), criterion, new, top))
    if not candidates:
        return None
    size, criterion, new, top = min(candidates, key=lambda c: (c[0], c[1], c[2]))
    return WhatIf(criterion, context.weights[criterion], new, top, current)
