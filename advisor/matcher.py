"""Ranks methods against a context and explains every rank.

Ranking is split in two: ``evaluate`` scores each method on each criterion
(that depends on the context's facts only) and ``rank`` weighs those scores
(that depends on the weights only). Dragging a weight re-runs just ``rank``,
which is what keeps live re-ranking fast at thousands of methods.

Total score: the weighted mean of the criterion matches over the criteria the
user asked about, 0-100. Confidence: the share of that weight that rests on
known method data. Ties: higher score, then higher confidence, then name.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from advisor.context import CRITERIA, Context
from advisor.criteria import RULES, CriterionScore
from advisor.model import KnowledgeItem, Method

# Below this best score the advice says plainly that nothing fits well.
GOOD_FIT_THRESHOLD = 60.0


@dataclass(frozen=True)
class Evaluation:
    """A method's criterion scores for one context, before weighing."""

    method: Method
    scores: tuple[CriterionScore, ...]


@dataclass(frozen=True)
class CriterionResult:
    score: CriterionScore
    weight: float
    contribution: float

    @property
    def criterion(self) -> str:
        return self.score.criterion


@dataclass(frozen=True)
class RankedMethod:
    method: Method
    rank: int
    score: float
    confidence: float
    criteria: tuple[CriterionResult, ...]
    caveats: tuple[KnowledgeItem, ...] = ()


@dataclass(frozen=True)
class Excluded:
    method: Method
    criterion: str
    score: CriterionScore


@dataclass(frozen=True)
class Fit:
    good: bool
    best_score: float
    threshold: float
    unmet: tuple[str, ...]
    no_criteria: bool


@dataclass(frozen=True)
class Advice:
    context: Context
    results: tuple[RankedMethod, ...]
    excluded: tuple[Excluded, ...]
    fit: Fit


def active_criteria(context: Context) -> tuple[str, ...]:
    return tuple(c for c in CRITERIA if context.asks(c))


def evaluate(methods: Iterable[Method], context: Context) -> list[Evaluation]:
    active = active_criteria(context)
    rules = [RULES[c] for c in active]
    return [Evaluation(m, tuple(rule(m, context) for rule in rules)) for m in methods]


def _sort_key(entry: tuple[float, float, Evaluation]):
    score, confidence, evaluation = entry
    return (-score, -confidence, evaluation.method.name.casefold(), evaluation.method.id)


def order(evaluations: Sequence[Evaluation], weights: dict) -> list[tuple[float, float, Evaluation]]:
    """(score, confidence, evaluation) for every evaluation, best first; no explanations built."""
    if not evaluations:
        return []
    criteria = [s.criterion for s in evaluations[0].scores]
    w = [float(weights[c]) for c in criteria]
    total = sum(w)
    rows = []
    for ev in evaluations:
        if total:
            score = 100.0 * sum(wi * s.value for wi, s in zip(w, ev.scores, strict=True)) / total
            confidence = sum(wi for wi, s in zip(w, ev.scores, strict=True) if s.match is not None) / total
        else:
            score, confidence = 0.0, 0.0
        rows.append((score, confidence, ev))
    rows.sort(key=_sort_key)
    return rows


def split_excluded(evaluations: Iterable[Evaluation], must: Iterable[str]) -> tuple[list[Evaluation], list[Excluded]]:
    must = set(must)
    kept, excluded = [], []
    for ev in evaluations:
        failed = next((s for s in ev.scores if s.criterion in must and not s.passes), None)
        if failed is None:
            kept.append(ev)
        else:
            excluded.append(Excluded(ev.method, failed.criterion, failed))
    return kept, excluded


def caveats_for(method: Method, context: Context, knowledge: Iterable[KnowledgeItem]) -> tuple[KnowledgeItem, ...]:
    """Knowledge items that warn about this method, or about this context for any method."""
    wanted = {("settings", t) for t in context.settings} | {("target_groups", t) for t in context.target_groups} \
        | {("goals", t) for t in context.goals}
    if context.production_power:
        wanted.add(("production_power", context.production_power))
    chosen = []
    for item in knowledge:
        about_method = method.id in item.methods
        about_context = bool(item.when) and bool(wanted & set(item.when)) and (not item.methods or about_method)
        if (item.kind == "caveat" and about_method and not item.when) or about_context:
            chosen.append(item)
    return tuple(chosen)


def explain(rank: int, score: float, confidence: float, evaluation: Evaluation, weights: dict,
            context: Context, knowledge: Iterable[KnowledgeItem]) -> RankedMethod:
    total = sum(float(weights[s.criterion]) for s in evaluation.scores)
    criteria = tuple(
        CriterionResult(s, float(weights[s.criterion]),
                        100.0 * float(weights[s.criterion]) * s.value / total if total else 0.0)
        for s in evaluation.scores
    )
    return RankedMethod(evaluation.method, rank, score, confidence, criteria,
                        caveats_for(evaluation.method, context, knowledge))


def _fit(context: Context, ranked: Sequence[RankedMethod]) -> Fit:
    active = active_criteria(context)
    best = ranked[0].score if ranked else 0.0
    unmet = tuple(
        c for i, c in enumerate(active)
        if not any(r.criteria[i].score.known and r.criteria[i].score.passes for r in ranked)
    )
    return Fit(good=bool(ranked) and bool(active) and best >= GOOD_FIT_THRESHOLD, best_score=best,
               threshold=GOOD_FIT_THRESHOLD, unmet=unmet, no_criteria=not active)


def advise(methods: Iterable[Method], context: Context, knowledge: Iterable[KnowledgeItem] = (),
           evaluations: Sequence[Evaluation] | None = None) -> Advice:
    """Rank *methods* for *context*; pass earlier *evaluations* to re-weigh without re-scoring."""
    knowledge = tuple(knowledge)
    evaluations = evaluate(methods, context) if evaluations is None else evaluations
    kept, excluded = split_excluded(evaluations, context.must)
    ordered = order(kept, context.weights)
    ranked = tuple(
        explain(i, score, confidence, ev, context.weights, context, knowledge)
        for i, (score, confidence, ev) in enumerate(ordered, 1)
    )
    excluded.sort(key=lambda e: (e.method.name.casefold(), e.method.id))
    return Advice(context, ranked, tuple(excluded), _fit(context, ranked))
