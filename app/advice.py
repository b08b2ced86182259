"""Advice as the application hands it out: ranked, explained, and how firm it is.

Keeps the last evaluation so that a weight change re-ranks without
re-scoring every method, which is what the interface does while a slider moves.
Each re-rank computes the robust advice once (ranges, stability, tier,
complement); the what-if line is part of it, not a second pass.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor.context import Context
from advisor.matcher import Advice, Evaluation, advise, evaluate
from advisor.messages import render, render_complement
from advisor.method_table import MethodTable
from advisor.model import KnowledgeItem, Method
from advisor.plain_advice import plain_advice, plain_evaluations
from advisor.robust import RobustAdvice, robust_advice
from advisor.whatif import WhatIf


@dataclass(frozen=True)
class AdviceWithWhatIf:
    """The ranking and its robust reading (``robust.methods[i]`` belongs to ``advice.results[i]``)."""

    advice: Advice
    robust: RobustAdvice

    @property
    def what_if(self) -> WhatIf | None:
        return self.robust.what_if


# The first advice of a catalogue this small is made in plain Python (``advisor.plain_advice``, the same
# advice), so the window shows it without waiting for numpy; every later one is array work.
PLAIN_FIRST_MAX = 100


class Advisor:
    """Ranks one catalogue's methods; re-weighing reuses the last evaluation."""

    def __init__(self, methods: list[Method], knowledge: list[KnowledgeItem]):
        self.methods, self.knowledge = methods, knowledge
        self._table: MethodTable | None = None  # what the rules read, gathered once for every situation
        self._facts: tuple | None = None
        self._evaluations: list[Evaluation] = []
        self._plain_first = len(methods) <= PLAIN_FIRST_MAX

    def advise(self, context: Context) -> AdviceWithWhatIf:
        if self._plain_first:
            self._plain_first = False
            self._evaluations = plain_evaluations(self.methods, context, self.knowledge)  # not kept: _facts
            return AdviceWithWhatIf(*plain_advice(self.methods, context, self.knowledge, self._evaluations))
        if self._table is None:
            self._table = MethodTable(self.methods)
        facts = _without_weights(context)
        if facts != self._facts:
            self._facts, self._evaluations = facts, evaluate(self._table, context, self.knowledge)
        advice = advise(self.methods, context, self.knowledge, self._evaluations)
        return AdviceWithWhatIf(advice, robust_advice(advice))

    @property
    def evaluations(self) -> list[Evaluation]:
        """The scores of the last advised context's facts (what a group's participants re-weigh)."""
        return self._evaluations


def _without_weights(context: Context) -> tuple:
    d = context.to_dict()
    d.pop("must")
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in d.items()))


def advice_to_dict(result: AdviceWithWhatIf) -> dict:
    """The advice as JSON data. ``margin`` is null with fewer than two kept methods (nothing to lead)."""
    advice, what_if, robust = result.advice, result.what_if, result.robust
    return {
        "context": advice.context.to_dict(),
        "weights": dict(advice.context.weights),
        "results": [
            {
                "id": r.method.id, "name": r.method.name, "rank": r.rank,
                "score": round(r.score, 2), "confidence": round(r.confidence, 3),
                "criteria": [
                    {"criterion": c.criterion, "match": None if c.score.match is None else round(c.score.match, 3),
                     "weight": c.weight, "contribution": round(c.contribution, 2),
                     "reason": {"code": c.score.reason, "params": c.score.params, "text": render(c.score)}}
                    for c in r.criteria
                ],
                "caveats": [{"id": k.id, "title": k.title, "section": k.section, "text": k.text}
                            for k in r.caveats],
                "score_range": {"low": round(firm.score_range.low, 2), "high": round(firm.score_range.high, 2)},
                "rank_range": {"best": firm.rank_range.best, "worst": firm.rank_range.worst},
                "strengths": [p.criterion for p in firm.strengths],
                "weaknesses": [p.criterion for p in firm.weaknesses],
            }
            for r, firm in zip(advice.results, robust.methods, strict=True)
        ],
        "excluded": [
            {"id": e.method.id, "name": e.method.name,
             "reason": {"criterion": e.criterion, "code": e.score.reason, "params": e.score.params,
                        "text": render(e.score)}}
            for e in advice.excluded
        ],
        "what_if": None if what_if is None else {
            "criterion": what_if.criterion, "old_weight": what_if.old_weight, "new_weight": what_if.new_weight,
            "id": what_if.method.id, "name": what_if.method.name, "current_top": what_if.current_top.id,
        },
        "stability": [{"criterion": s.criterion, "weight": s.weight, "min": s.min, "max": s.max}
                      for s in robust.stability],
        "margin": None if robust.margin is None else round(robust.margin, 2),
        "clear_winner": robust.clear_winner,
        "complement": None if robust.complement is None else {
            "id": robust.complement.method.id, "covers": list(robust.complement.covers),
            "text": render_complement(robust.complement),
        },
        "fit": {"good": advice.fit.good, "best_score": round(advice.fit.best_score, 2),
                "threshold": advice.fit.threshold, "unmet": list(advice.fit.unmet),
                "no_criteria": advice.fit.no_criteria},
    }
