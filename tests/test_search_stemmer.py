"""The quicker Dutch stemmer (``db.search.dutch_stemmer``) gives exactly what Whoosh's gives, for any text,
and its ``Openings`` never rule out a word whose stem is known (else a compound would split otherwise)."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from whoosh.lang.snowball.dutch import DutchStemmer

from bench.corpus import generated_methods
from db.search.analysis import Lexicon, dutch_stem
from db.search.dutch_stemmer import Openings, stem

WHOOSH = DutchStemmer().stem
LETTERS = "aeiouyèijnrstdlkgvzhbmpcfwäáëéíïöóüúIYE "


def _same(word: str) -> None:
    try:
        expected = WHOOSH(word)
    except IndexError:
        expected = IndexError
    try:
        got = stem(word)
    except IndexError:
        got = IndexError
    assert got == expected, word


@settings(max_examples=5000, deadline=None)
@given(st.text(alphabet=LETTERS, max_size=18))
@example("yoghurt")
@example("mogelijkheden")
@example("vrijwilligersinitiatieven")
@example("bayern")
@example("aaiing")
@example("y")
def test_any_text_stems_as_with_whoosh(word):
    _same(word)


@settings(max_examples=3000, deadline=None)
@given(st.text(max_size=12))
def test_any_characters_stem_as_with_whoosh(word):
    _same(word)


def test_every_word_and_ending_of_a_generated_catalogue_stems_as_with_whoosh():
    words = {w.lower() for m in generated_methods(300) for t in m.texts().values() for w in re.findall(r"\w+", t)}
    endings = {w[cut:] for w in words for cut in range(len(w))}
    assert len(endings) > 10_000
    assert [w for w in sorted(endings) if stem(w) != WHOOSH(w)] == []


def _always_opens(word: str) -> None:
    for stemmed in {stem(word), dutch_stem(word)}:
        assert Openings(frozenset({stemmed})).may_hold_stem_of(word), (word, stemmed)


@settings(max_examples=5000, deadline=None)
@given(st.text(alphabet="aeiouyijnrstdlkgvzhbmpcfwxq", min_size=1, max_size=18))
@example("baak")
@example("akken")
@example("yoghurt")
@example("mogelijkheden")
def test_a_stem_begins_as_openings_says_so_no_known_stem_is_missed(word):
    _always_opens(word)


@settings(max_examples=2000, deadline=None)
@given(st.text(max_size=10))
def test_openings_miss_no_stem_of_any_characters(word):
    _always_opens(word)


def test_a_lexicon_knows_every_piece_of_a_generated_catalogue_as_by_stemming_it():
    lexicon = Lexicon.from_texts(t for m in generated_methods(300) for t in m.texts().values())
    pieces = {w[cut:] for w in lexicon.words for cut in range(1, len(w) - 3)}
    assert len(pieces) > 10_000
    known = {p for p in pieces if p in lexicon.words or dutch_stem(p) in lexicon.stems}
    assert {p for p in pieces if lexicon.knows(p)} == known
    assert len(known) > 100
