"""Snippets skip the stemming and compound splitting of words that cannot match; they must mark exactly the
words the full analysis marks.

A word is skipped when it contains none of the query's prefixes and no stem's beginning (``stem_start``);
that rests on the stemmer never changing more than the last letters of a word, which is checked here on
the catalogue's words and on random ones, and the marks themselves are compared on random queries.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.search.analysis import WORD, Lexicon, dutch_stem, fold
from db.search.highlight import Marker, stem_start
from db.search.query import parse

LETTERS = "abcdefghijklmnopqrstuvwxyzéëïöüèáó"
SUFFIXES = ["", "en", "e", "s", "heden", "heid", "ing", "lijk", "baar", "ig", "end", "ieven", "ven", "zen", "tje"]


@pytest.fixture(scope="module")
def words(methods) -> list[str]:
    return sorted({fold(w) for m in methods for t in m.texts().values() for w in WORD.findall(t)})


@pytest.fixture(scope="module")
def lexicon(methods) -> Lexicon:
    return Lexicon.from_texts(t for m in methods for t in m.texts().values())


def test_every_word_of_the_catalogue_begins_with_its_stems_start(words):
    assert [w for w in words if not w.startswith(stem_start(dutch_stem(w)))] == []


@settings(max_examples=400, deadline=None)
@given(start=st.text(LETTERS, min_size=1, max_size=12), ending=st.sampled_from(SUFFIXES))
def test_every_word_begins_with_its_stems_start(start, ending):
    word = fold(start + ending)
    assert word.startswith(stem_start(dutch_stem(word)))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), as_you_type=st.booleans())
def test_a_snippet_marks_what_the_full_analysis_marks(words, lexicon, data, as_you_type):
    word = st.sampled_from(words)
    typed = st.one_of(word, word.map(lambda w: w[: max(2, len(w) // 2)]), st.text(LETTERS, min_size=2, max_size=8))
    query = " ".join(data.draw(st.lists(typed, min_size=1, max_size=3)))
    parsed = parse(query, as_you_type)
    marker = Marker(parsed.stems(), parsed.prefixes(), lexicon)
    text = data.draw(st.lists(st.one_of(word, st.text(LETTERS, min_size=1, max_size=15)), min_size=1, max_size=40))
    # The words that share a stem with a query word, however they are inflected or compounded.
    text += [w for w in words if {dutch_stem(p) for p in (w, *lexicon.parts(w))} & parsed.stems()]
    for folded in map(fold, re.findall(r"\w+", " ".join(text))):
        assert marker.key(folded) == marker._analysed_key(folded)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), as_you_type=st.booleans())
def test_the_marks_of_a_whole_text_are_the_words_the_full_analysis_marks(words, lexicon, data, as_you_type):
    """``Marker.marks`` finds the words that may match in one search of the text; what it marks, and what
    those words matched, is what asking the full analysis about every word gives."""
    word = st.sampled_from(words)
    typed = st.one_of(word, word.map(lambda w: w[: max(1, len(w) // 2)]), st.text(LETTERS, min_size=1, max_size=8))
    parsed = parse(" ".join(data.draw(st.lists(typed, min_size=1, max_size=3))), as_you_type)
    marker = Marker(parsed.stems(), parsed.prefixes(), lexicon)
    pieces = data.draw(st.lists(st.one_of(word, st.text(LETTERS + "ÉÖ -,.", min_size=1, max_size=15)),
                                min_size=0, max_size=60))
    text = " ".join(pieces + [w for w in words if {dutch_stem(p) for p in (w, *lexicon.parts(w))} & parsed.stems()])
    plain = [(m.start(), m.end(), marker._analysed_key(fold(m.group()))) for m in WORD.finditer(text)]
    spans, keys = marker.marks(text)
    assert spans == [(start, end) for start, end, key in plain if key is not None]
    assert keys == {key for _start, _end, key in plain if key is not None}
    assert marker.may_mark(text) or not spans  # a text passed over unsearched has nothing to mark


ASCII_TEXT = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_ -,.;:'()"


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), as_you_type=st.booleans())
def test_the_marks_of_an_ascii_text_found_in_its_lower_case_are_those_of_the_full_analysis(words, lexicon, data,
                                                                                           as_you_type):
    """An ASCII text is searched in its lower case, without folding each word: the same words are marked, at
    the same places, for the same query words, in upper or lower case, with digits and underscores."""
    ascii_words = [w for w in words if w.isascii()]
    word = st.sampled_from(ascii_words)
    typed = st.one_of(word, word.map(lambda w: w[: max(1, len(w) // 2)]),
                      st.text(ASCII_TEXT[:26] + "0123456789_", min_size=1, max_size=8))
    parsed = parse(" ".join(data.draw(st.lists(typed, min_size=1, max_size=3))), as_you_type)
    marker = Marker(parsed.stems(), parsed.prefixes(), lexicon)
    shout = st.sampled_from([str.lower, str.upper, str.capitalize])
    pieces = data.draw(st.lists(st.one_of(st.tuples(word, shout).map(lambda ws: ws[1](ws[0])),
                                          st.text(ASCII_TEXT, min_size=1, max_size=15)), min_size=0, max_size=60))
    text = " ".join(pieces + [w for w in ascii_words
                              if {dutch_stem(p) for p in (w, *lexicon.parts(w))} & parsed.stems()])
    assert text.isascii()
    plain = [(m.start(), m.end(), marker._analysed_key(fold(m.group()))) for m in WORD.finditer(text)]
    spans, keys = marker.marks(text)
    assert spans == [(start, end) for start, end, key in plain if key is not None]
    assert keys == {key for _start, _end, key in plain if key is not None}
    assert marker.may_mark(text) or not spans  # a text passed over unsearched has nothing to mark


def test_a_field_whose_only_match_is_written_in_capitals_is_still_searched(lexicon):
    marker = Marker(frozenset(), ("gr",), lexicon)
    assert marker.marks("Een GROEP bewoners") == ([(4, 9)], {"gr"})
    assert marker.may_mark("Een GROEP bewoners") and not marker.may_mark("Een buurt vol bewoners")
