"""The postings format of the leading-letters fields, which keeps their field lengths as they were.

The fields hold beginnings of words only up to MAX_GRAM letters, plus the
longer words whole; beginnings up to RANKED_GRAM letters used to be terms of
their own. BM25 normalises by a document's field length, so that length is
still counted as if every such beginning were indexed: ranked searches then
score exactly as before (``prefix_query.RankedPrefix`` does the rest).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from whoosh.formats import Existence, tokens

from db.search.analysis import MAX_GRAM, RANKED_GRAM


def _ranked_grams(word: str) -> tuple[str, ...]:
    """The beginnings of a whole-word term longer than MAX_GRAM that count as terms for ranking."""
    grams = tuple(word[:n] for n in range(MAX_GRAM + 1, min(len(word), RANKED_GRAM) + 1))
    return (*grams, word) if len(word) > RANKED_GRAM else grams


_ranked_grams_of = lru_cache(maxsize=1 << 18)(_ranked_grams)


def ranked_length(terms: Iterable[str]) -> int:
    """A document's length in a leading-letters field: its distinct beginnings up to RANKED_GRAM
    letters (and longer whole words), as if each were indexed. *terms* are what ``edge_grams``
    gave for the document: the short beginnings, and the words longer than MAX_GRAM."""
    short, ranked = 0, set()
    for term in terms:
        if len(term) <= MAX_GRAM:
            short += 1
        else:
            ranked.update(_ranked_grams_of(term))
    return short + len(ranked)


class LeadingLetters(Existence):
    """The postings format of the leading-letters fields: no values, and the field length of
    ``ranked_length``, so BM25 ranks a beginning as when every beginning up to RANKED_GRAM letters
    was a term. Whoosh adds up the frequencies it is given, so each beginning is counted once, with
    the first (in order) of the document's whole words it begins."""

    def word_values(self, value, analyzer, **kwargs):  # noqa: ANN001, ANN201 - Whoosh's signature
        terms = sorted({t.text for t in tokens(value, analyzer, kwargs)})
        seen: set[str] = set()
        for term in terms:
            if len(term) <= MAX_GRAM:
                yield term, 1, self.field_boost, b""
                continue
            new = [g for g in _ranked_grams_of(term) if g not in seen]
            seen.update(new)
            yield term, len(new), self.field_boost, b""
