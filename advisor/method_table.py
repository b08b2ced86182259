"""What the scoring rules read of each method, gathered once per catalogue rather than per situation.

A change of situation re-scores every method. What a rule reads of a method
(``criteria.READS``) does not depend on the situation, and thousands of
methods share a few hundred distinct values, so the table numbers each
method's distinct value per criterion once; scoring a situation then runs
each rule once per distinct value and spreads the answers with list lookups.
The order by name, the matcher's last tie-break, is also fixed per catalogue.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from advisor.criteria import READS
from advisor.model import Method


class MethodTable:
    def __init__(self, methods: Iterable[Method]):
        self.methods = list(methods)
        self._columns: dict[str, tuple[list[int], list[Method]]] = {}
        self._numbers: dict[str, np.ndarray] = {}
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
