"""Level numbers and snapping of the array ranking (advisor.score_matrix) equal ``matcher.levels``.

Values are drawn on a coarse grid plus rounding-sized offsets, so that many lie within the tie of one
another, in chains, as sums of the same terms in another order do.
"""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from advisor.matcher import levels
from advisor.score_matrix import SCORE_TIE, level_numbers, snapped

values = st.lists(st.tuples(st.integers(0, 12), st.integers(0, 3)).map(lambda v: v[0] * 0.25 + v[1] * 4e-10),
                  max_size=40)


@settings(max_examples=300, deadline=None)
@given(drawn=values)
def test_level_numbers_and_snapping_follow_the_plain_levels(drawn):
    array = np.array(drawn, dtype=np.float64)
    plain = levels(drawn, SCORE_TIE)  # 0 for the highest level
    top = max(plain.values(), default=0)
    assert level_numbers(array, SCORE_TIE).tolist() == [top - plain[v] for v in drawn]
    highest = {}
    for v in sorted(set(drawn), reverse=True):
        highest.setdefault(plain[v], v)
    assert snapped(array, SCORE_TIE).tolist() == [highest[plain[v]] for v in drawn]
