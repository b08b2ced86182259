"""Which method stands in each row of the advice list, and the words its cells repeat.

A re-rank hands the list a new ranking on every slider step. Telling the
view "everything changed" made it re-read and repaint every cell, header
and scroll bar; what changed is usually much less: the same methods in the
same places with other numbers, or the same methods in another order.
``RowPlaces`` answers that question cheaply (the matcher's order as an
array, compared in one numpy call when two rankings share their matches), and
finds a method's row without building each row's explanation.
``CellWords`` keeps the translated words a cell repeats (a category's short
name, a tooltip) until the language changes: asking Qt for a translation
runs Python for every shown text.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from ui.i18n import current_language

if TYPE_CHECKING:
    import numpy as np

SCANNED_FIRST = 64  # the top rows are searched one by one before an index of all rows is made


class RowPlaces:
    """The method ids of a ranking by place (0-based), read lazily."""

    def __init__(self, ranking: Sequence):  # noqa: ANN001 - advisor.matcher.Ranking or RankedMethods
        self._ranking = ranking
        self._n = len(ranking)
        self._lazy = all(hasattr(ranking, name) for name in ("row", "method_at_row", "in_order", "matrix", "scores",
                                                             "confidences"))
        self._order: np.ndarray | None = None
        self._ids: list[str] | None = None
        self._place_of: dict[str, int] | None = None

    def __len__(self) -> int:
        return self._n

    def method_id(self, place: int) -> str:
        if self._ids is not None:
            return self._ids[place]
        ranking = self._ranking
        if self._lazy:
            return ranking.method_at_row(ranking.row(place)).id
        return ranking[place].method.id

    def standing(self, place: int):  # noqa: ANN201 - (Method, rank, score, confidence)
        """The method at *place*, its rank, score and known-data share: read from a matcher's Ranking's arrays, as its
        RankedMethod would hold them, without building that (and its evaluation, anew after every tick)."""
        ranking = self._ranking
        if not self._lazy:
            ranked = ranking[place]
            return ranked.method, ranked.rank, ranked.score, ranked.confidence
        row = ranking.row(place)
        return ranking.method_at_row(row), place + 1, float(ranking.scores[row]), float(ranking.confidences[row])

    def order(self) -> np.ndarray:
        """The ranking's rows by place (a matcher's Ranking)."""
        if self._order is None:
            import numpy as np  # a matcher's Ranking has loaded it; the window's first frame does not wait for it

            self._order = self._ranking.in_order(np.arange(self._n))
        return self._order

    def ids(self) -> list[str]:
        if self._ids is None:
            ranking = self._ranking
            if self._lazy:
                self._ids = ranking.ids_at_rows(self.order().tolist())
            else:
                self._ids = [r.method.id for r in ranking]
        return self._ids

    def place_of(self, method_id: str) -> int:
        """The place of *method_id*, or -1."""
        for place in range(min(self._n, SCANNED_FIRST)):
            if self.method_id(place) == method_id:
                return place
        if self._n <= SCANNED_FIRST:
            return -1
        if self._place_of is None:
            self._place_of = {m: place for place, m in enumerate(self.ids())}
        return self._place_of.get(method_id, -1)

    def same_order(self, other: RowPlaces) -> bool:
        """True when both rank the very same evaluations (one situation, other weights: the same method
        objects) and every place holds the same one; False when that is not known."""
        if self._n != other._n or not (self._lazy and other._lazy):
            return False
        import numpy as np

        return self._ranking.matrix is other._ranking.matrix and bool(np.array_equal(self.order(), other.order()))


class CellWords:
    """Translated words by key, made once per language."""

    def __init__(self):
        self._language: str | None = None
        self._words: dict[Any, Any] = {}

    def refresh(self) -> bool:
        """Forget every word when the interface language changed since they were made; say whether it did."""
        if current_language() == self._language:
            return False
        self._language = current_language()
        self._words.clear()
        return True

    def get(self, key: Any, make: Callable[[], Any]) -> Any:  # noqa: ANN401 - any word or tuple of words
        self.refresh()
        word = self._words.get(key)
        if word is None:
            word = self._words[key] = make()
        return word


def row_runs(rows: Sequence[int]) -> list[tuple[int, int]]:
    """(first, last) of each run of consecutive numbers in ascending *rows*."""
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


def same_exclusions(new: Sequence, old: Sequence) -> bool:
    """The same methods excluded for the same reasons (their rows then need no repaint)."""
    return len(new) == len(old) and all(a.method is b.method and a.criterion == b.criterion and a.score == b.score
                                        for a, b in zip(new, old, strict=True))
