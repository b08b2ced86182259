"""The window's small caches keep a bounded number of answers and make each only once."""

from __future__ import annotations

from ui.kept import Kept


def test_an_answer_is_made_once_and_the_oldest_goes_first():
    made = []
    kept = Kept(2)

    def make(key):  # noqa: ANN001, ANN202
        return lambda: made.append(key) or key * 10

    assert kept.made(1, make(1)) == 10 and kept.made(1, make(1)) == 10
    kept.made(2, make(2))
    kept.made(3, make(3))  # the third: 1 goes
    assert len(kept) == 2 and made == [1, 2, 3]
    kept.made(2, make(2))  # still kept
    kept.made(1, make(1))  # made again
    assert made == [1, 2, 3, 1]


def test_none_is_kept_as_an_answer():
    made = []
    kept = Kept(4)
    assert kept.made("look", lambda: made.append(1)) is None
    assert kept.made("look", lambda: made.append(1)) is None and made == [1]
