"""An index updated per method answers exactly as a fresh build of the same catalogue.

Every string of tests/test_search_queries.py is asked, typed out and as-you-type, of an index
that was built for another catalogue (one method changed, one missing, one extra) and then
brought up to date by ``SearchService.update``: the hits and their snippets must equal those of an
index built fresh, both what the window asks (``find``) and what the command line asks (``search``).
The command line's ranked order is not compared: BM25's document counts still include replaced
documents until Whoosh merges the segments, which moves close scores (6 of 83 queries here).
"""

from __future__ import annotations

import ast
import dataclasses
from pathlib import Path
from types import SimpleNamespace

import pytest

from app.search import SearchService
from db.search import index as search_index
from db.search import segment_merge

QUERY_FILE = Path(__file__).with_name("test_search_queries.py")


def queries() -> list[str]:
    tree = ast.parse(QUERY_FILE.read_text(encoding="utf-8"))
    found = {node.value for node in ast.walk(tree) if isinstance(node, ast.Constant) and isinstance(node.value, str)}
    return sorted(q for q in found | {"zwaluwnesten"} if q.strip() and len(q) <= 60 and "\n" not in q)


def catalogue(methods, counter):
    return SimpleNamespace(url="sqlite:///incremental-test", methods=list(methods), change_counter=counter,
                           catalogue_version="test")


def answers(service, query):
    out = []
    for as_you_type in (False, True):
        hits = service.search(query, limit=25, as_you_type=as_you_type)
        found = service.find(query, as_you_type=as_you_type)
        out.append((sorted((h.id, h.snippet, h.marks) for h in hits),
                    sorted(found.ids), [found.snippet(i) for i in sorted(found.ids)]))
    return out


def changed_catalogues(methods) -> tuple[list, list]:
    """The catalogue now, and as it was: one method missing, one edited, one extra."""
    real = list(methods)
    # A compound in an untouched method that splits only once the updated method brings its first part.
    real[5] = dataclasses.replace(real[5], summary=real[5].summary + " De zwaluwnestenbuurt doet mee.")
    real[-1] = dataclasses.replace(real[-1], summary=real[-1].summary + " Over zwaluwnesten.")
    edited = dataclasses.replace(real[3], summary="Een heel andere samenvatting over fietsenstallingen.")
    extra = dataclasses.replace(real[0], id="extra-methode", name="Extra methode met wijkfietsenplan")
    return real, [*real[:3], edited, *real[4:-1], extra]  # real[-1] missing, real[3] edited, one extra


@pytest.fixture(scope="module")
def services(methods, tmp_path_factory):
    real, before = changed_catalogues(methods)
    updated = SearchService.open_or_build(catalogue(before, 1), tmp_path_factory.mktemp("inc") / "index")
    updated.update(catalogue(real, 2), changed=[real[3], real[-1]], removed=["extra-methode"])
    fresh = SearchService.open_or_build(catalogue(real, 2), tmp_path_factory.mktemp("fresh") / "index")
    yield updated, fresh
    updated.close()
    fresh.close()


@pytest.fixture(scope="module")
def reopened(methods, services, tmp_path_factory):
    """The same changes as three edits, each leaving a segment of its own, then the index opened again (which
    merges them); with the number of segments before."""
    real, before = changed_catalogues(methods)
    folder = tmp_path_factory.mktemp("edits") / "index"
    edits = SearchService.open_or_build(catalogue(before, 1), folder)
    edits.prepare_updates(catalogue(before, 1))  # as the window does: each edit then reads only what it wrote
    step = [*before[:3], real[3], *before[4:]]
    edits.update(catalogue(step, 2), changed=[real[3]])
    edits.update(catalogue([*step, real[-1]], 3), changed=[real[-1]])
    edits.update(catalogue(real, 4), removed=["extra-methode"])
    segments_before = len(segment_merge.segment_sizes(edits._engine.index))
    for query in queries():  # every edit answered as a fresh build before the index is opened again
        assert answers(edits, query) == answers(services[1], query), query
    edits.close()
    with pytest.MonkeyPatch.context() as patch:  # opened as it is, never built again
        patch.setattr(search_index, "build", lambda *_a, **_k: pytest.fail("rebuilt"))
        service = SearchService.open_or_build(catalogue(real, 4), folder)
    yield segments_before, service
    service.close()


@pytest.mark.parametrize("query", queries())
def test_an_updated_index_answers_like_a_fresh_build(services, query):
    updated, fresh = services
    assert answers(updated, query) == answers(fresh, query)


@pytest.mark.parametrize("query", queries())
def test_edits_opened_again_answer_like_a_fresh_build(reopened, services, query):
    assert answers(reopened[1], query) == answers(services[1], query)


def test_edits_leave_small_segments_that_the_next_opening_merges_without_a_rebuild(reopened, services):
    before, service = reopened
    after = segment_merge.segment_sizes(service._engine.index)
    assert before == 3  # the build's and one per changed method (a removal only marks): no merge in an edit
    assert len(after) == 1 and after[0] > 1
    assert service._engine.index.doc_count() == services[1]._engine.index.doc_count()


def test_the_query_file_is_read(services, methods):
    assert {"vrijwiligers", "initiatief", "coop"} <= set(queries())
    updated, _ = services
    assert updated.find("wijkfietsenplan").ids == ()
    assert updated.find("fietsenstallingen").ids == ()
    assert set(updated.find("zwaluwnesten", as_you_type=False).ids) == {methods[5].id, methods[-1].id}


def test_a_large_build_runs_in_its_own_process_and_answers_the_same(methods, tmp_path, monkeypatch):
    from db.search import index as search_index

    spawned, progress = [], []
    in_own_process = search_index.build_in_own_process
    monkeypatch.setattr(search_index, "SPAWN_FROM", 1)  # the 19 methods count as large here
    monkeypatch.setattr(search_index, "build_in_own_process", lambda *a: spawned.append(1) or in_own_process(*a))
    elsewhere = SearchService.open_or_build(catalogue(methods, 1), tmp_path / "spawned",
                                            lambda done, total: progress.append((done, total)))
    monkeypatch.setattr(search_index, "SPAWN_FROM", 10_000)
    here = SearchService.open_or_build(catalogue(methods, 1), tmp_path / "here")
    try:
        assert spawned == [1] and progress[-1] == (19, 19)
        for query in ("buurt", "vrijwiligers", "coop", '"groepen bewoners"'):
            assert answers(elsewhere, query) == answers(here, query)
    finally:
        elsewhere.close()
        here.close()


def test_quick_edits_in_a_row_are_applied_in_order_and_the_last_version_wins(methods, services, tmp_path):
    """Edits queued while none is written (as the window queues them) are taken in together; a method
    edited twice ends as its second version, and a method added then removed is not found."""
    real, before = changed_catalogues(methods)
    service = SearchService.open_or_build(catalogue(before, 1), tmp_path / "index")
    try:
        service.prepare_updates(catalogue(before, 1))
        first = dataclasses.replace(real[3], summary="Een eerste versie over regenwormtellingen.")
        service.submit(catalogue([*before[:3], first, *before[4:]], 2), changed=[first])
        service.submit(catalogue([*before[:3], real[3], *before[4:]], 3), changed=[real[3]])
        service.submit(catalogue([*before[:3], real[3], *before[4:], real[-1]], 4), changed=[real[-1]])
        service.submit(catalogue(real, 5), removed=["extra-methode"])
        assert service.behind
        assert service.apply_submitted()
        assert not service.behind
        assert service.find("regenwormtellingen", as_you_type=False).ids == ()
        for query in queries():
            assert answers(service, query) == answers(services[1], query), query
    finally:
        service.close()


def test_edits_merge_their_segments_in_the_session_while_an_open_search_keeps_answering(methods, services,
                                                                                         tmp_path, monkeypatch):
    """Every MERGE_FROM edits the small segments are merged by the thread that writes the edits; a search run
    meanwhile, on another thread, answers as a fresh build (from the segments as they were: what the window
    asks and what the command line asks, snippets included), and so once merged."""
    import threading

    from db.search import index_update

    real, before = changed_catalogues(methods)
    service = SearchService.open_or_build(catalogue(before, 1), tmp_path / "index")
    merging, merged = threading.Event(), threading.Event()
    merge_small = index_update.merge_small

    def slow_merge(*args):  # noqa: ANN002 - held open until a search has run on the old segments
        merging.set()
        assert merged.wait(30)
        return merge_small(*args)
    monkeypatch.setattr(index_update, "merge_small", slow_merge)
    try:
        service.prepare_updates(catalogue(before, 1))
        steps = [(catalogue([*before[:3], real[3], *before[4:]], 2), [real[3]], [])]
        back_and_forth = index_update.MERGE_FROM - 3  # edits of one method each (and the build's segment)
        for n in range(back_and_forth):  # ending on real[3], which the steps after keep without saying so again
            version = real[3] if (back_and_forth - n) % 2 else dataclasses.replace(
                real[3], summary=f"Tussenstap {n} over bijenhotels.")
            steps.append((catalogue([*before[:3], version, *before[4:]], 3 + n), [version], []))
        without_extra = [m for m in real if m.id != real[-1].id]
        steps += [(catalogue(without_extra, 20), [], ["extra-methode"]), (catalogue(real, 21), [real[-1]], [])]
        for step, changed, removed in steps[:-1]:
            service.update(step, changed, removed)
        assert sum(n <= 50 for n in segment_merge.segment_sizes(service._engine.index)) == index_update.MERGE_FROM - 1
        writer = threading.Thread(target=service.update, args=steps[-1])
        writer.start()
        assert merging.wait(30)
        during = {query: answers(service, query) for query in queries()}  # the last edit in, not the merge
        merged.set()
        writer.join(30)
        assert len(segment_merge.segment_sizes(service._engine.index)) == 1
        for query in queries():
            assert during[query] == answers(services[1], query), query
            assert answers(service, query) == answers(services[1], query), query
    finally:
        merged.set()
        service.close()
