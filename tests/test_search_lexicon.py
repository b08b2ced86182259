"""What an incremental index update relies on to find the words that split differently after a change."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from db.search.analysis import Lexicon, dutch_stem, fold


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="aeiouyijnrstdlkgvzhbmpcfw", min_size=1, max_size=16))
def test_a_stem_begins_with_all_but_the_last_two_letters_of_its_word(word):
    assert word.startswith(dutch_stem(word)[:-2])


def catalogue_words(methods) -> set[str]:
    return {fold(w) for m in methods for text in m.texts().values() for w in re.findall(r"\w+", text)}


def test_the_words_that_split_differently_are_all_found(methods):
    words = catalogue_words(methods)
    before = Lexicon(words)
    changes = [
        words | {"zwaluwnesten", "zwaluwnestenbuurt", "moestuinen", "wijkmoestuin"},  # new heads and tails
        words - {w for w in words if w.startswith("vrijwilliger")},  # a head loses its tails
        words - {"buurt", "buurten"} | {"buurtje"},
    ]
    for after_words in changes:
        after = Lexicon(after_words)
        every = words | after_words
        expected = {w for w in every if before.parts(w) != after.parts(w)}
        assert before.splits_changed(after, every) == expected
    assert any(before.splits_changed(Lexicon(w), words | w) for w in changes)
