"""The documents the window's list gets (``matching.matching_docs``) are those Whoosh's own matchers find.

Random queries in the search syntax (words, beginnings of words of every length, phrases, field
names, stop words, accepted typo corrections) are asked of a freshly built index and of one
updated per method (two segments, a replaced and a removed document): the set-based answer must
equal ``Searcher.docs_for_query``, in the same order.
"""

from __future__ import annotations

import dataclasses
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.corpus import generated_methods
from db.search.analysis import dutch_stem, fold
from db.search.index import Stamp, build, lexicon_in
from db.search.index_update import update
from db.search.matching import matching_docs
from db.search.query import ParsedQuery, parse, to_whoosh

METHODS = generated_methods(120)
WORDS = sorted({fold(w) for m in METHODS for t in m.texts().values() for w in re.findall(r"\w+", t)})


@pytest.fixture(scope="module")
def indexes(tmp_path_factory):
    fresh = build(tmp_path_factory.mktemp("fresh") / "index", METHODS, Stamp(0, 1, "test", len(METHODS)))
    folder = tmp_path_factory.mktemp("updated") / "index"
    before = build(folder, METHODS, Stamp(0, 1, "test", len(METHODS)))
    edited = dataclasses.replace(METHODS[7], summary="Buurtbewoners maken samen een wijkmoestuin en een zwaluwnest.")
    now = [edited if m.id == edited.id else m for m in METHODS if m.id != METHODS[30].id]
    updated = update(before, folder, now, [edited], [METHODS[30].id], Stamp(0, 2, "test", len(now)))
    searchers = [fresh.searcher(), updated.searcher()]
    assert updated.doc_count_all() > updated.doc_count()  # a deleted document is still in a segment
    yield searchers
    for searcher in searchers:
        searcher.close()


def _piece(word: str, cut: int, kind: int) -> str:
    if kind == 0:
        return word
    if kind == 1:
        return word[:max(2, cut)] + "*"
    if kind == 2:
        return f'"{word} {WORDS[cut % len(WORDS)]}"'
    return f"{('doelgroep', 'naam', 'aanpak')[cut % 3]}:{word[:max(2, cut)]}"


PIECES = st.builds(_piece, st.sampled_from(WORDS), st.integers(0, 14), st.integers(0, 3))


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(PIECES | st.sampled_from(["de", "van", "en", "*", '"']), min_size=1, max_size=4),
       st.booleans(), st.lists(st.sampled_from(WORDS), max_size=3))
def test_the_sets_answer_what_whoosh_answers(indexes, pieces, as_you_type, typos):
    parsed = parse(" ".join(pieces), as_you_type)
    stems = [dutch_stem(c.words[0]) for c in parsed.clauses if not c.prefix and len(c.words) == 1]
    if stems and typos:
        parsed = ParsedQuery(parsed.clauses, {stems[0]: tuple(dutch_stem(w) for w in typos)})
    query = to_whoosh(parsed)
    if query is None:
        return
    for searcher in indexes:
        assert matching_docs(searcher, query) == list(searcher.docs_for_query(query))


def test_the_updated_index_is_asked_across_its_segments(indexes):
    updated = indexes[1]
    assert len(updated.subsearchers) >= 2 or updated.reader().has_deletions()
    assert lexicon_in(updated.schema) is not None
