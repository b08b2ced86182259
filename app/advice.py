"""Advice as the application hands it out: ranked, explained, with what-if.

Keeps the last evaluation so that a weight change re-ranks without
re-scoring every method, which is what the interface does while a slider moves.
"""

from __future__ import annotations

from dataclasses import dataclass

from advisor.context import Context
from advisor.matcher import Advice, Evaluation, advise, evaluate
from advisor.messages import render
from advisor.method_table import MethodTable
from advisor.model import KnowledgeItem, Method
from advisor.whatif import WhatIf, what_if_of


@dataclass(frozen=True)
class AdviceWithWhatIf:
    advice: Advice
    what_if: WhatIf | None


class Advisor:
    """Ranks one catalogue's methods; re-weighing reuses the last evaluation."""

    def __init__(self, methods: list[Method], knowledge: list[KnowledgeItem]):
        self.methods, self.knowledge = methods, knowledge
        self._table = MethodTable(methods)  # what the rules read, gathered once for every situation
        self._facts: Context | None = None
        self._evaluations: list[Evaluation] = []

    def advise(self, context: Context) -> AdviceWithWhatIf:
        facts = _without_weights(context)
        if facts != self._facts:
            self._facts, self._evaluations = facts, evaluate(self._table, context, self.knowledge)
        advice = advise(self.methods, context, self.knowledge, self._evaluations)
        # One pass over the ranking just made (robust advice computes the same what-if: take it from there
        # rather than calling both).
        return AdviceWithWhatIf(advice, what_if_of(advice))


def _without_weights(context: Context) -> tuple:
    d = context.to_dict()
    d.pop("must")
    return tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in d.items()))


def advice_to_dict(result: AdviceWithWhatIf) -> dict:
    advice, what_if = result.advice, result.what_if
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
            }
            for r in advice.results
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
        "fit": {"good": advice.fit.good, "best_score": round(advice.fit.best_score, 2),
                "threshold": advice.fit.threshold, "unmet": list(advice.fit.unmet),
                "no_criteria": advice.fit.no_criteria},
    }
