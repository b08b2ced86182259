"""Score and rank ranges of every kept method at once, as array operations.

A rank range compares each method's best case with every other method's
worst case: pairwise that is n² comparisons (10⁸ at 10,000 methods). Here
every best and worst case becomes one integer key that orders exactly as
"beats" does, so the counts are two sorts and two binary searches.

"Beats" follows the matcher's tie-break: a higher score, or an equal one with
higher confidence, then the name first. Equal scores are those on one level
(``matcher.levels``) of all lows and highs together, so rounding noise never
decides; the rule itself is documented in ``advisor.criteria``.
"""

from __future__ import annotations

from advisor.lazy_numpy import np
from advisor.score_matrix import CONFIDENCE_TIE, SCORE_TIE, level_numbers


def score_ranges(scores: np.ndarray, confidences: np.ndarray, total: float) -> tuple[np.ndarray, np.ndarray]:
    """(low, high) of every method: its unknown data counted as no match and as a full match.

    Unknown data counts half in the score, on the share 1 − confidence of the weight.
    """
    span = 50.0 * (1.0 - confidences) if total else np.zeros(len(scores))
    return scores - span, scores + span


class RankRanges:
    """Best and worst place of every method (arrays by row), and who could pass whom."""

    def __init__(self, low: np.ndarray, high: np.ndarray, confidences: np.ndarray, name_rank: np.ndarray):
        n = len(low)
        level = level_numbers(np.concatenate((low, high)), SCORE_TIE)  # higher is better
        sure = level_numbers(confidences, CONFIDENCE_TIE)
        by_name = name_rank.max(initial=0) - name_rank  # the first name highest
        # (level, sure, name) as one integer: below 2·n²·N for N methods in the catalogue, within int64
        # up to a million methods.
        sure_slots, name_slots = int(sure.max(initial=0)) + 1, int(by_name.max(initial=0)) + 1
        self._low = (level[:n] * sure_slots + sure) * name_slots + by_name
        self._high = (level[n:] * sure_slots + sure) * name_slots + by_name
        # A method's own low never beats its own high; its own high beats its own low when they differ.
        # How many lows beat each high, and highs each low: searched in sorted order, several times faster.
        by_low, by_high = np.argsort(self._low), np.argsort(self._high)
        lows, highs = self._low[by_low], self._high[by_high]
        self.best = np.empty(n, dtype=np.int64)
        self.worst = np.empty(n, dtype=np.int64)
        self.best[by_high] = 1 + n - np.searchsorted(lows, highs, side="right")
        self.worst[by_low] = 1 + n - np.searchsorted(highs, lows, side="right")
        self.worst -= self._high > self._low

    def passers(self, row: int) -> np.ndarray:
        """The rows that would beat *row* if their unknown data turned out best and its own worst."""
        beating = self._high > self._low[row]
        beating[row] = False
        return np.flatnonzero(beating)

