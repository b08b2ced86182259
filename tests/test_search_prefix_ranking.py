"""A beginning of a word ranks as it did when every beginning up to RANKED_GRAM letters was an index term.

The reference is an index whose leading-letters fields hold every beginning of 2 to RANKED_GRAM
letters (and longer whole words) as terms, asked with one term per beginning (a prefix search
beyond RANKED_GRAM), as the index was built before. The index as built now holds beginnings
up to MAX_GRAM letters only; asked through ``query``, it must find the same documents with the
same scores, also in a ranked top few with matched terms (what the command line asks).
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from whoosh import index as whoosh_index
from whoosh import query as wq
from whoosh.analysis import Filter, RegexTokenizer, StopFilter
from whoosh.fields import ID, TEXT, Schema
from whoosh.formats import Existence

from bench.corpus import generated_methods
from db.search.analysis import RANKED_GRAM, STOP_WORDS, WORD, DecompoundFilter, FoldFilter, Lexicon, dutch_analyzer
from db.search.index import NAME_PREFIX_FIELD, PREFIX_FIELD, TEXT_FIELDS, Stamp, _prefix_fields, build
from db.search.query import NAME_PREFIX_BOOST, Clause, _prefix_query

METHODS = generated_methods(90)
TEXTS = [m.texts() for m in METHODS]
LEXICON = Lexicon.from_texts(t for fields in TEXTS for t in fields.values())


class EveryBeginning(Filter):
    def __call__(self, tokens):
        seen: set[str] = set()
        for t in tokens:
            word = t.text
            grams = [word[:n] for n in range(2, min(len(word), RANKED_GRAM) + 1)]
            for gram in [*grams, word] if len(word) > RANKED_GRAM else grams:
                if gram not in seen:
                    seen.add(gram)
                    t.text = gram
                    yield t


@pytest.fixture(scope="module")
def searchers(tmp_path_factory):
    beginnings = (RegexTokenizer(WORD.pattern) | FoldFilter() | StopFilter(stoplist=STOP_WORDS, minsize=2)
                  | DecompoundFilter(LEXICON) | EveryBeginning())
    fields = {name: TEXT(analyzer=dutch_analyzer(LEXICON)) for name in TEXT_FIELDS}
    for name in (PREFIX_FIELD, NAME_PREFIX_FIELD):
        fields[name] = TEXT(analyzer=beginnings, phrase=False)
        fields[name].format = Existence()
    folder = tmp_path_factory.mktemp("reference")
    reference = whoosh_index.create_in(str(folder), Schema(id=ID(stored=True, unique=True), **fields))
    with reference.writer() as writer:
        for method, texts in zip(METHODS, TEXTS, strict=True):
            writer.add_document(id=method.id, **texts, **_prefix_fields(texts))
    now = build(tmp_path_factory.mktemp("now") / "index", METHODS, Stamp(0, 1, "test", len(METHODS)))
    pair = reference.searcher(), now.searcher()
    yield pair
    for searcher in pair:
        searcher.close()


def _reference_query(start: str) -> wq.Query:
    kind = wq.Term if len(start) <= RANKED_GRAM else wq.Prefix
    return wq.Or([kind(PREFIX_FIELD, start), kind(NAME_PREFIX_FIELD, start, boost=NAME_PREFIX_BOOST)])


def _ranked(searcher, query, limit):
    return [(hit.docnum, round(hit.score, 9)) for hit in searcher.search(query, limit=limit, terms=True)]


WORDS = sorted({w for texts in TEXTS for t in texts.values() for w in WORD.findall(t.lower()) if len(w) >= 2})


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(WORDS), st.integers(2, 16), st.sampled_from([None, 3, 10]))
def test_a_beginning_finds_and_ranks_as_when_every_beginning_was_a_term(searchers, word, letters, limit):
    reference, now = searchers
    start = word[:letters]
    assert _ranked(now, _prefix_query(Clause((start,), prefix=True)), limit) == \
        _ranked(reference, _reference_query(start), limit)
