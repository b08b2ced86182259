"""The quicker Dutch stemmer (``db.search.dutch_stemmer``) gives exactly what Whoosh's gives, for any text."""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st
from whoosh.lang.snowball.dutch import DutchStemmer

from bench.corpus import generated_methods
from db.search.dutch_stemmer import stem

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
