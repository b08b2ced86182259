"""What the scoring rules read of each method, gathered once per catalogue rather than per situation.

A change of situation re-scores every method. What a rule reads of a method
(``criteria.READS``) does not depend on the situation, and thousands of
methods share a few hundred distinct values, so the table numbers each
method's distinct value per criterion once; scoring a situation then runs
each rule once per distinct value and spreads the answers with array lookups;
a rule's answers are kept until the part of the context it reads changes.
The order by name, the matcher's last tie-break, is also fixed per catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from advisor.context import Context
from advisor.criteria import CONTEXT_READS, READS, RULES, CriterionScore
from advisor.model import Method


class MethodTable:
    def __init__(self, methods: Iterable[Method]):
        self.methods = list(methods)
        self._columns: dict[str, tuple[list[int], list[Method]]] = {}
        self._numbers: dict[str, np.ndarray] = {}
        self._scores: dict[str, tuple[object, list[CriterionScore]]] = {}  # the last context part and its scores
        names = [(m.name.casefold(), m.id) for m in self.methods]
        n = len(self.methods)
        self.name_rank = np.empty(n, dtype=np.int64)
        self.name_rank[sorted(range(n), key=names.__getitem__)] = np.arange(n, dtype=np.int64)

    def __len__(self) -> int:
        return len(self.methods)

    def column(self, criterion: str) -> tuple[list[int], list[Method]]:
        """Each method's number of its distinct value for *criterion*, and one method per number."""
        held = self._columns.get(criterion)
        if held is None:
            reads, numbers, firsts, column = READS[criterion], {}, [], []
            for m in self.methods:
                value = reads(m)
                number = numbers.get(value)
                if number is None:
                    number = numbers[value] = len(firsts)
                    firsts.append(m)
                column.append(number)
            held = self._columns[criterion] = (column, firsts)
        return held

    def numbers(self, criterion: str) -> np.ndarray:
        """``column``'s numbers as an array (what scoring spreads the distinct scores with)."""
        held = self._numbers.get(criterion)
        if held is None:
            held = self._numbers[criterion] = np.array(self.column(criterion)[0], dtype=np.int64)
        return held

    def scores(self, criterion: str, context: Context) -> list[CriterionScore]:
        """*criterion*'s rule applied to each distinct value (numbered as in ``column``), for *context*.

        Kept for the part of the context the rule reads: a tick in the places re-runs the place rule only.
        """
        facts = CONTEXT_READS[criterion](context)
        held = self._scores.get(criterion)
        if held is None or held[0] != facts:
            rule = RULES[criterion]
            held = self._scores[criterion] = (facts, [rule(m, context) for m in self.column(criterion)[1]])
        return held[1]
