"""A word being typed finds every method with a word (or compound part) that begins with it, at any length.

The index holds leading letters only up to ``MAX_GRAM``; a longer beginning is looked up over the
whole words. The answer must be the one of the plain rule, worked out here from the texts
themselves: every beginning of every word and part, whatever its length.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.corpus import generated_methods
from db.search.analysis import MAX_GRAM, Lexicon, WordTerms
from db.search.index import NAME_PREFIX_FIELD, PREFIX_FIELD, Stamp, _prefix_fields, build
from db.search.query import Clause, _prefix_query

METHODS = generated_methods(80)


@pytest.fixture(scope="module")
def searcher(tmp_path_factory):
    ix = build(tmp_path_factory.mktemp("ix") / "index", METHODS, Stamp(0, 1, "test", len(METHODS)))
    with ix.searcher() as searcher:
        yield searcher
    ix.close()


def _words_per_method(field: str) -> list[set[str]]:
    texts = [m.texts() for m in METHODS]
    terms = WordTerms(Lexicon.from_texts(t for fields in texts for t in fields.values()))
    return [{part for _pos, word in terms.kept(_prefix_fields(fields)[field])
             for part in (word, *terms.lexicon.parts(word))} for fields in texts]


PLAIN = {field: _words_per_method(field) for field in (PREFIX_FIELD, NAME_PREFIX_FIELD)}
BEGINNINGS = sorted({w[:n] for words in PLAIN[PREFIX_FIELD] for w in words for n in range(2, len(w) + 1)})


def _found(searcher, start: str, field: str) -> set[int]:
    query = _prefix_query(Clause((start,), prefix=True))
    subquery = next(q for q in query.subqueries if q.field() == field)
    return set(searcher.docs_for_query(subquery))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(start=st.sampled_from(BEGINNINGS))
def test_a_beginning_of_any_length_finds_exactly_the_words_that_begin_with_it(searcher, start):
    for field in (PREFIX_FIELD, NAME_PREFIX_FIELD):
        plain = {n for n, words in enumerate(PLAIN[field]) if any(w.startswith(start) for w in words)}
        assert _found(searcher, start, field) == plain


def test_the_lengths_on_both_sides_of_the_indexed_leading_letters_are_covered():
    lengths = {len(b) for b in BEGINNINGS}
    assert {MAX_GRAM - 1, MAX_GRAM, MAX_GRAM + 1, MAX_GRAM + 9} <= lengths
