"""A workshop group's advice as the application hands it out, and as ``group --json`` prints it.

The group ranking is the ordinary advice (with robust reading) for the mean
weights, so it is exactly what ``match`` gives for those weights; next to it
come each participant's own ranking, the consensus and the disagreement.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from advisor.context import Context
from advisor.group import GroupAdvice, Participant, group_advice, mean_weights
from app.advice import AdviceWithWhatIf, Advisor, advice_to_dict


@dataclass(frozen=True)
class GroupResult:
    group: AdviceWithWhatIf  # the advice for the mean weights
    detail: GroupAdvice


def group_context(context: Context, participants: Sequence[Participant]) -> Context:
    """The shared *context* with the participants' mean weights in place of its own."""
    return replace(context, weights=MappingProxyType(mean_weights(participants)))


def advise_group(advisor: Advisor, context: Context, participants: Sequence[Participant]) -> GroupResult:
    """The shared *context* (its own weights ignored) advised with the participants' mean weights."""
    group = advisor.advise(group_context(context, participants))
    detail = group_advice(advisor.methods, context, participants, advisor.knowledge, advisor.evaluations)
    return GroupResult(group, detail)


def group_to_dict(result: GroupResult) -> dict:
    detail = result.detail
    return {
        "participants": [{"name": r.participant.name, "weights": dict(r.participant.weights), "top": r.top,
                          "ranking": list(r.ranking)} for r in detail.participants],
        "group": advice_to_dict(result.group),
        "consensus": {"kendall_w": round(detail.kendall_w, 4), "top_agreement": round(detail.top_agreement, 4)},
        "disagreement": [{"criterion": s.criterion, "min": s.min, "max": s.max, "spread": s.spread}
                         for s in detail.disagreement],
    }
