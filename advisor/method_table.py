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

import math
from collections.abc import Iterable

from advisor.answer_columns import Answers, answers, kernel
from advisor.context import Context
from advisor.criteria import CONTEXT_READS, READS
from advisor.lazy_numpy import np
from advisor.model import Method


class MethodTable:
    def __init__(self, methods: Iterable[Method]):
        self.methods = list(methods)
        self._columns: dict[str, tuple[list[int], list[Method]]] = {}
        self._numbers: dict[str, np.ndarray] = {}
        self._kernels: dict[str, object] = {}
        self._answers: dict[str, tuple[object, Answers]] = {}  # the last context part and its answers
        self._patterns: dict[tuple[str, ...], np.ndarray] = {}
        self.ids = [m.id for m in self.methods]  # by row: a list reads thousands at once (``ids_at``)
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

    def answers(self, criterion: str, context: Context) -> Answers:
        """*criterion*'s answer for each distinct value (numbered as in ``column``), for *context*.

        Kept for the part of the context the rule reads: a tick in the places re-answers the place rule only.
        """
        facts = CONTEXT_READS[criterion](context)
        held = self._answers.get(criterion)
        if held is None or held[0] != facts:
            firsts = self.column(criterion)[1]
            if criterion not in self._kernels:
                self._kernels[criterion] = kernel(criterion, firsts)
            held = self._answers[criterion] = (facts, answers(criterion, firsts, context, self._kernels[criterion]))
        return held[1]

    def patterns(self, criteria: tuple[str, ...]) -> np.ndarray:
        """One number per distinct combination of values over *criteria*: methods sharing it score alike."""
        held = self._patterns.get(criteria)
        if held is None:
            held = self._patterns[criteria] = pattern_numbers(
                [self.numbers(c) for c in criteria], [len(self.column(c)[1]) for c in criteria], len(self))
        return held


def pattern_numbers(columns: list[np.ndarray], sizes: list[int], n: int) -> np.ndarray:
    """One number per distinct row of *columns* (each column numbers its values 0 … size − 1)."""
    if math.prod(sizes) < 2 ** 62:  # the row as one mixed-radix number
        key = np.zeros(n, dtype=np.int64)
        for column, size in zip(columns, sizes, strict=True):
            key = key * size + column
        return key
    # Too many combinations for one number: number the distinct rows in sorted order.
    numbers = np.array(columns, dtype=np.int64).reshape(len(columns), n)
    order = np.lexsort(numbers[::-1])
    rows = numbers[:, order]
    new = np.concatenate(([True], np.any(rows[:, 1:] != rows[:, :-1], axis=0))) if n else np.zeros(0, bool)
    key = np.empty(n, dtype=np.int64)
    key[order] = np.cumsum(new) - 1
    return key
