"""A group's weights: many participants, one shared situation, one advice.

In a workshop every participant weighs the criteria (0–5) for the same
situation. The group weight of a criterion is the arithmetic mean of the
participants' weights. Next to the group's ranking we show each
participant's own top method, how much the participants agree, and where
their weights differ most.

Consensus is Kendall's coefficient of concordance W over the participants'
rankings of the kept methods. Methods whose scores are equal (within the
matcher's SCORE_TIE) share the average of their places, and the standard tie
correction is applied:

    W = 12·Σ R_i² − 3·m²·n·(n+1)²  /  (m²·n·(n²−1) − m·Σ_j T_j),   T_j = Σ (t³ − t)

with m participants, n methods, R_i the sum of the places of method i and t
the size of each group of tied methods in participant j's ranking. W is 1
when everybody ranks alike and near 0 when the rankings cancel out. With
fewer than two methods, or when every participant ranks all methods level,
there is nothing to disagree about and W is 1.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from types import MappingProxyType

from advisor.context import CRITERIA, Context
from advisor.matcher import (
    SCORE_TIE,
    Advice,
    Evaluation,
    Ranking,
    advise,
    evaluate,
    levels,
    pattern_quality,
    split_excluded,
)
from advisor.model import KnowledgeItem, Method

MAX_PARTICIPANTS = 200


@dataclass(frozen=True)
class Participant:
    name: str
    weights: Mapping[str, float]  # every criterion, 0–5


@dataclass(frozen=True)
class Spread:
    criterion: str
    min: float
    max: float

    @property
    def spread(self) -> float:
        return self.max - self.min


@dataclass(frozen=True)
class ParticipantResult:
    participant: Participant
    ranking: tuple[str, ...]  # method ids, best first
    places: Mapping[str, float]  # method id → place, ties sharing the average place

    @property
    def top(self) -> str | None:
        return self.ranking[0] if self.ranking else None


@dataclass(frozen=True)
class GroupAdvice:
    weights: Mapping[str, float]  # the mean weights
    advice: Advice  # the ranking with the mean weights, exactly as ``advise`` gives it
    participants: tuple[ParticipantResult, ...]
    kendall_w: float
    top_agreement: float
    disagreement: tuple[Spread, ...]  # largest spread first


def plain_number(value: float) -> float:
    """3.0 as 3, so a weight prints the way it would be typed."""
    return int(value) if float(value).is_integer() else float(value)


def mean_weights(participants: Sequence[Participant]) -> dict[str, float]:
    if not participants:
        raise ValueError("no participants")
    return {c: plain_number(sum(p.weights[c] for p in participants) / len(participants)) for c in CRITERIA}


def disagreement(participants: Sequence[Participant]) -> tuple[Spread, ...]:
    spreads = [Spread(c, min(p.weights[c] for p in participants), max(p.weights[c] for p in participants))
               for c in CRITERIA]
    return tuple(sorted(spreads, key=lambda s: -s.spread))  # stable: equal spreads keep criterion order


def average_places(scores: Mapping[str, float], tie: float = SCORE_TIE) -> dict[str, float]:
    """Place 1 for the highest score; methods on one score level share the average of their places."""
    level = levels(scores.values(), tie)
    by_level: dict[int, list[str]] = {}
    for key in sorted(scores, key=lambda k: level[scores[k]]):
        by_level.setdefault(level[scores[key]], []).append(key)
    places, taken = {}, 0
    for lvl in sorted(by_level):
        keys = by_level[lvl]
        place = taken + (len(keys) + 1) / 2
        places.update(dict.fromkeys(keys, place))
        taken += len(keys)
    return places


def kendall_w(places: Sequence[Mapping[str, float]]) -> float:
    """Kendall's W with the tie correction, for *m* rankings (item → place) of the same *n* items."""
    m = len(places)
    items = list(places[0]) if places else []
    n = len(items)
    if m == 0 or n < 2:
        return 1.0
    sums = [sum(p[i] for p in places) for i in items]
    ties = 0.0
    for p in places:
        counts: dict[float, int] = {}
        for value in p.values():
            counts[value] = counts.get(value, 0) + 1
        ties += sum(t ** 3 - t for t in counts.values())
    denominator = m * m * n * (n * n - 1) - m * ties
    if denominator <= 0:
        return 1.0
    numerator = 12 * sum(r * r for r in sums) - 3 * m * m * n * (n + 1) ** 2
    return max(0.0, min(1.0, numerator / denominator))


def _own(participant: Participant, kept: Sequence[Evaluation], context: Context) -> ParticipantResult:
    weights = replace(context, weights=MappingProxyType(dict(participant.weights))).weights
    quality = pattern_quality(kept, weights) if kept else {}
    scores = {ev.method.id: quality[ev.signature][0] for ev in kept}
    ranking = Ranking(kept, weights)
    return ParticipantResult(participant, tuple(r.method.id for r in ranking), average_places(scores))


def group_advice(methods: Sequence[Method], context: Context, participants: Sequence[Participant],
                 knowledge: Sequence[KnowledgeItem] = (), evaluations: Sequence[Evaluation] | None = None
                 ) -> GroupAdvice:
    """The group's advice for the shared *context*; its own weights are replaced by the mean."""
    weights = mean_weights(participants)
    group_context = replace(context, weights=MappingProxyType(weights))
    evaluations = evaluate(methods, context, knowledge) if evaluations is None else evaluations
    advice = advise(methods, group_context, knowledge, evaluations)
    kept, _ = split_excluded(evaluations, context.must)
    own = tuple(_own(p, kept, context) for p in participants)
    top = advice.results[0].method.id if len(advice.results) else None
    agreeing = sum(1 for r in own if top is not None and r.top == top)
    return GroupAdvice(weights, advice, own, kendall_w([r.places for r in own]), agreeing / len(own),
                       disagreement(participants))
