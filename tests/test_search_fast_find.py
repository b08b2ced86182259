"""What the window's search finds is read from the terms' postings as sets (``matching.matching_docs``) instead of
Whoosh's matcher tree; it must find exactly the documents Whoosh's own ``docs_for_query`` finds.

Every string of the search tests, typed out and as-you-type, with typo corrections where they apply, and
random queries drawn from the catalogue's words (prefixes, fields, phrases, several words), are asked of a
fresh index and of one brought up to date per method (several segments, replaced documents deleted).
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from db.search import build_in_memory
from db.search.matching import matching_docs as matching_docnums
from db.search.query import FIELD_ALIASES, parse, to_whoosh
from tests.test_search_incremental import queries
from tests.test_search_incremental import services as services  # noqa: F401 - the fixture, used below


@pytest.fixture(scope="module")
def fresh(methods):
    ix = build_in_memory(methods)
    with ix.searcher() as searcher:
        yield searcher


@pytest.fixture(scope="module")
def updated(services):  # noqa: F811 - the imported fixture
    engine = services[0]._engine  # the index SearchService.update brought up to date
    with engine.index.searcher() as searcher:
        assert not searcher.is_atomic(), "the update should have left more than one segment"
        assert any(sub.reader().has_deletions() for sub, _ in searcher.subsearchers), "and replaced documents"
        yield searcher


def whoosh_docs(searcher, query) -> list[int]:
    return list(searcher.docs_for_query(query))


def asked(text: str) -> list:
    """The Whoosh queries *text* becomes, typed out and as-you-type."""
    return [q for q in (to_whoosh(parse(text, as_you_type)) for as_you_type in (False, True)) if q is not None]


@pytest.mark.parametrize("text", queries())
def test_the_sets_find_what_whoosh_finds_for_every_search_test(fresh, updated, text):
    for searcher in (fresh, updated):
        for query in asked(text):
            assert matching_docnums(searcher, query) == whoosh_docs(searcher, query)


def test_typo_corrections_find_what_whoosh_finds(services):  # noqa: F811
    engine = services[1]._engine
    for typo in ("jongren", "vrijwiligers", "participatei", "buurtbewoners", "ouderren"):
        widened = engine._widened(parse(typo, True), typo, True)
        with engine.index.searcher() as searcher:
            assert matching_docnums(searcher, to_whoosh(widened)) == whoosh_docs(searcher, to_whoosh(widened))


@pytest.fixture(scope="module")
def words(methods):
    return sorted({w.lower() for m in methods for t in m.texts().values() for w in re.findall(r"[^\W\d_]{2,}", t)})


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data(), as_you_type=st.booleans())
def test_the_sets_find_what_whoosh_finds_for_random_queries(fresh, updated, words, data, as_you_type):
    word = st.sampled_from(words)
    piece = st.one_of(
        word,
        word.map(lambda w: w[: max(2, len(w) // 2)]),  # a word being typed
        word.map(lambda w: w[:3] + "*"),
        st.tuples(st.sampled_from(sorted(FIELD_ALIASES)), word).map(lambda p: f"{p[0]}:{p[1]}"),
        st.lists(word, min_size=2, max_size=3).map(lambda ws: '"' + " ".join(ws) + '"'),
        word.map(lambda w: w[:-1] + "x" if len(w) > 5 else w),  # a typo
    )
    text = " ".join(data.draw(st.lists(piece, min_size=1, max_size=3)))
    query = to_whoosh(parse(text, as_you_type))
    if query is None:
        return
    for searcher in (fresh, updated):
        assert matching_docnums(searcher, query) == whoosh_docs(searcher, query)
