"""An index written in two halves by two processes holds and answers what a one-process build does.

``segments`` cuts a large catalogue in two and joins the halves as two segments of one index. Read
through Whoosh (every term's postings with their document numbers, weights and positions, every
document's field lengths and stored id), and asked every query of tests/test_search_queries.py as
the window and the command line ask (hits, ranked order, scores, snippets), the joined index must
equal a one-process build of the same methods.
"""

from __future__ import annotations

import os

import pytest
from whoosh import index as whoosh_index

from bench.corpus import generated_methods
from db.search import SearchEngine, segments
from db.search import index as search_index
from tests.test_search_bulk import contents
from tests.test_search_incremental import queries

METHODS = generated_methods(60)


@pytest.fixture(scope="module")
def both(tmp_path_factory):
    stamp = search_index.Stamp(search_index.FORMAT_VERSION, 1, "test", len(METHODS))
    patch = pytest.MonkeyPatch()
    patch.setattr(segments, "TWO_FROM", 1)  # 60 methods count as large here
    try:
        halves = search_index.build_in_own_process(tmp_path_factory.mktemp("two") / "index", METHODS, stamp)
    finally:
        patch.undo()
    whole = search_index.build(tmp_path_factory.mktemp("one") / "index", METHODS, stamp)
    yield halves, whole
    halves.close()
    whole.close()


def test_the_index_is_made_of_two_segments(both):
    halves, whole = both
    assert [s.doc_count() for s in halves._read_toc().segments] == [30, 30]
    assert len(whole._read_toc().segments) == 1


def _terms(ix):
    terms, lengths, totals, stored = contents(ix)
    # min_id and max_id of a term's info are per segment; the postings themselves carry the document numbers
    return {k: (postings, *info[:5]) for k, (postings, *info) in terms.items()}, lengths, totals, stored


def test_the_two_halves_hold_what_one_build_holds(both):
    halves, whole = both
    assert _terms(halves) == _terms(whole)


def test_the_two_halves_answer_every_query_as_one_build(both):
    engines = [SearchEngine(ix, METHODS) for ix in both]
    for query in queries():
        for as_you_type in (False, True):
            hits = [[(h.id, h.score, h.snippet, h.marks) for h in e.search(query, 25, as_you_type)] for e in engines]
            assert hits[0] == hits[1], query
            found = [e.find(query, as_you_type) for e in engines]
            assert found[0].ids == found[1].ids, query
            assert [found[0].snippet(i) for i in found[0].ids] == [found[1].snippet(i) for i in found[1].ids]


def test_a_joined_index_reopens_from_its_folder(both):
    halves, _whole = both
    again = whoosh_index.open_dir(halves.storage.folder)
    assert again.doc_count() == len(METHODS)
    again.close()


def _half_that_fails(folder, methods, swap):  # noqa: ANN001, ANN202 - run in the helper process
    raise OSError("schijf vol")


def _half_that_dies(folder, methods, swap):  # noqa: ANN001, ANN202 - run in the helper process
    os._exit(3)


@pytest.mark.parametrize("half", [_half_that_fails, _half_that_dies])
def test_a_helper_that_fails_or_dies_fails_the_build_and_the_next_start_builds(tmp_path, monkeypatch, half):
    stamp = search_index.Stamp(search_index.FORMAT_VERSION, 1, "test", len(METHODS))
    monkeypatch.setattr(segments, "TWO_FROM", 1)
    real = segments.Helper
    monkeypatch.setattr(segments, "Helper", lambda _write_half: real(half))
    folder = tmp_path / "index"
    with pytest.raises(RuntimeError, match="hulpproces"):
        search_index.build_in_own_process(folder, METHODS, stamp)
    assert not folder.exists()
    # a build process stopped while it waited leaves its folder; the next start clears it and builds
    search_index.open_or_build(folder, METHODS, stamp).close()
    assert not [p.name for p in tmp_path.iterdir() if p.name.startswith(".")]
    assert folder.exists()
