"""The index on disk: built when needed, rebuilt after change or damage, same answers afterwards."""

from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import pytest

from app.catalogue import Catalogue
from app.search import SearchService
from db.search import default_folder
from db.search import fallback as fallback_module
from db.search import lock as lock_module
from db.search.lock import BuildLock

QUERIES = [("vrijwilligers", False), ("initiatief", False), ('"kern met pit"', False),
           ("doelgroep:jongeren", False), ("coop*", False), ("moed", True), ("vrijwiligers", False)]


@pytest.fixture
def catalogue(db_url):
    return Catalogue.open(db_url)


@pytest.fixture
def folder(tmp_path):
    return tmp_path / "cache" / "index"


class Recorder:
    """A progress callback that remembers its calls and the threads they came from."""

    def __init__(self):
        self.calls: list[tuple[int, int]] = []
        self.threads: set[int] = set()

    def __call__(self, done, total):
        self.calls.append((done, total))
        self.threads.add(threading.get_ident())


def open_service(catalogue, folder):
    progress = Recorder()
    return SearchService.open_or_build(catalogue, folder, progress), progress


def answers(service):
    return [[(h.id, h.snippet, h.marks) for h in service.search(q, limit=19, as_you_type=t)] for q, t in QUERIES]


def answers_of_fresh_index(catalogue, folder):
    service, progress = open_service(catalogue, folder)
    assert progress.calls, "a first open builds"
    result = answers(service)
    service.close()
    return result


def test_index_lives_in_the_users_cache_directory(catalogue):
    service = SearchService.open_or_build(catalogue)
    assert service.search("vrijwilligers")
    service.close()
    assert default_folder().is_dir()
    if sys.platform.startswith("linux"):
        assert default_folder().parent.parent == Path(os.environ["XDG_CACHE_HOME"])


def test_first_open_builds_with_progress_and_the_second_reuses(catalogue, folder):
    service, progress = open_service(catalogue, folder)
    total = len(catalogue.methods)
    assert progress.calls[-1] == (total, total)
    assert all(t == total for _, t in progress.calls)
    assert [d for d, _ in progress.calls] == sorted(d for d, _ in progress.calls)
    before = answers(service)
    service.close()
    again, progress = open_service(catalogue, folder)
    assert progress.calls == []
    assert answers(again) == before
    again.close()


def test_a_changed_catalogue_is_searched_as_it_is_now(catalogue, folder):
    answers_of_fresh_index(catalogue, folder)
    changed = [replace(m, summary=m.summary + " Met een zonnebloemtuin.") if m.id == "moedercentra" else m
               for m in catalogue.methods]
    newer = replace(catalogue, methods=changed, change_counter=catalogue.change_counter + 1)
    service, progress = open_service(newer, folder)
    assert progress.calls
    assert [h.id for h in service.search("zonnebloemtuin")] == ["moedercentra"]
    service.close()


def test_another_database_with_the_same_counter_gets_its_own_index(catalogue, folder, tmp_path):
    answers_of_fresh_index(catalogue, folder)
    other = replace(catalogue, url=f"sqlite:///{tmp_path / 'ander.sqlite3'}",
                    methods=[m for m in catalogue.methods if m.id != "twexx"])
    service, progress = open_service(other, folder)
    assert progress.calls
    assert "twexx" not in [h.id for h in service.search("initiatief", limit=19)]
    service.close()


def _segment(folder):
    return next(folder.glob("*.seg"))


def _truncate_segment(folder):
    seg = _segment(folder)
    seg.write_bytes(seg.read_bytes()[: seg.stat().st_size // 3])


def _garbage_in_segment(folder):
    seg = _segment(folder)
    data = bytearray(seg.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 4096] = b"\xde\xad\xbe\xef" * 1024
    seg.write_bytes(bytes(data))


def _garbage_segment_file(folder):
    _segment(folder).write_bytes(b"dit is geen index" * 100)


def _remove_toc(folder):
    for toc in folder.glob("*.toc"):
        toc.unlink()


def _garbage_toc(folder):
    for toc in folder.glob("*.toc"):
        toc.write_bytes(b"\x80\x04garbage")


def _remove_stamp(folder):
    (folder / "methodewijzer-index.json").unlink()


def _garbage_stamp(folder):
    (folder / "methodewijzer-index.json").write_text("{niet: json", encoding="utf-8")


def _remove_everything(folder):
    for path in folder.iterdir():
        path.unlink()
    folder.rmdir()


def _folder_is_a_file(folder):
    _remove_everything(folder)
    folder.write_text("geen map")


@pytest.mark.parametrize("damage", [_truncate_segment, _garbage_in_segment, _garbage_segment_file, _remove_toc,
                                    _garbage_toc, _remove_stamp, _garbage_stamp, _remove_everything,
                                    _folder_is_a_file])
def test_a_damaged_index_is_rebuilt_with_the_same_answers(catalogue, folder, damage):
    before = answers_of_fresh_index(catalogue, folder)
    damage(folder)
    service, progress = open_service(catalogue, folder)
    assert progress.calls, "damage must lead to a rebuild"
    assert answers(service) == before
    service.close()


def _dead_pid():
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def test_a_lock_left_by_a_dead_process_means_rebuild(catalogue, folder):
    before = answers_of_fresh_index(catalogue, folder)
    lock = folder.with_name("index.lock")
    lock.write_text(str(_dead_pid()))
    service, progress = open_service(catalogue, folder)
    assert progress.calls
    assert answers(service) == before
    assert lock.read_text() == ""  # released cleanly: no record of an unfinished build
    service.close()


def test_a_build_holding_the_lock_is_waited_for_not_redone(catalogue, folder):
    answers_of_fresh_index(catalogue, folder)
    holder = BuildLock(folder.with_name("index.lock")).__enter__()
    threading.Timer(0.4, holder.__exit__).start()
    started = time.monotonic()
    service, progress = open_service(catalogue, folder)
    assert time.monotonic() - started >= 0.35
    assert progress.calls == []
    assert service.search("vrijwilligers")
    service.close()


def assert_takes_an_update(service, catalogue):
    changed = [replace(m, summary=m.summary + " Met een zonnebloemtuin.") if m.id == "twexx" else m
               for m in catalogue.methods]
    newer = replace(catalogue, methods=changed, change_counter=catalogue.change_counter + 1)
    service.update(newer, [m for m in changed if m.id == "twexx"])
    assert [h.id for h in service.search("zonnebloemtuin")] == ["twexx"]


HOLD_LOCK = ("import pathlib, sys, time\nfrom db.search.lock import BuildLock\n"
             "with BuildLock(pathlib.Path(sys.argv[1])):\n    print('vast', flush=True)\n    time.sleep(60)\n")


def test_a_build_that_takes_too_long_elsewhere_gives_a_temporary_index(catalogue, folder, monkeypatch, tmp_path):
    monkeypatch.setattr(lock_module, "WAIT_FOR_OTHER_BUILD_S", 0.5)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    folder.parent.mkdir(parents=True)
    other = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(folder.with_name("index.lock"))],
                             stdout=subprocess.PIPE, text=True)
    try:
        assert other.stdout.readline().strip() == "vast"
        service, progress = open_service(catalogue, folder)
        assert progress.calls and "tijdelijke index" in service.notice
        assert [h.id for h in service.search("moed", as_you_type=True)][0] == "moedercentra"
        assert_takes_an_update(service, catalogue)
        service.close()
        assert not [p for p in tmp_path.iterdir() if p.name.startswith("methodewijzer-index-")]
    finally:
        other.kill()
        other.wait()


def _disk_full(*_args, **_kwargs):
    raise OSError(errno.ENOSPC, "No space left on device")


def test_an_index_in_memory_answers_as_one_on_disk_and_takes_updates(catalogue, folder, monkeypatch):
    before = answers_of_fresh_index(catalogue, folder)
    monkeypatch.setattr(fallback_module, "open_or_build", _disk_full)
    monkeypatch.setattr(fallback_module, "build", _disk_full)
    service, progress = open_service(catalogue, folder)
    assert "geheugen" in service.notice and "de schijf is vol" in service.notice
    assert answers(service) == before
    assert_takes_an_update(service, catalogue)
    service.close()


def test_an_index_in_memory_needs_no_temporary_folder(catalogue, folder, monkeypatch, tmp_path):
    """The last resort works when the temporary folder is what failed (Whoosh put scratch files there)."""
    before = answers_of_fresh_index(catalogue, folder)
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setattr(fallback_module, "open_or_build", _disk_full)
    monkeypatch.setattr(tempfile, "tempdir", str(blocker / "temp"))  # nothing can be made below a file
    service, _progress = open_service(catalogue, folder)
    assert "geheugen" in service.notice and "tijdelijke map" in service.notice
    assert answers(service) == before
    assert_takes_an_update(service, catalogue)
    service.close()
    assert blocker.read_text() == "" and not (tmp_path / "MAIN.tmp").exists()


def test_whooshs_own_leftover_write_lock_does_not_block_a_rebuild(catalogue, folder):
    answers_of_fresh_index(catalogue, folder)
    (folder / "MAIN_WRITELOCK").write_bytes(b"")
    newer = replace(catalogue, change_counter=catalogue.change_counter + 1)
    service, progress = open_service(newer, folder)
    assert progress.calls and service.search("vrijwilligers")
    service.close()


def test_building_runs_on_a_worker_thread_and_reports_from_it(catalogue, folder):
    progress = Recorder()
    with ThreadPoolExecutor(max_workers=1) as pool:
        future = pool.submit(SearchService.open_or_build, catalogue, folder, progress)
        worker = pool.submit(threading.get_ident).result()
        service = future.result(timeout=60)
    assert progress.threads == {worker}
    assert progress.threads != {threading.get_ident()}
    assert [h.id for h in service.search("moed", as_you_type=True)][0] == "moedercentra"
    service.close()


def test_two_threads_opening_at_once_build_once(catalogue, folder):
    recorders = [Recorder(), Recorder()]
    with ThreadPoolExecutor(max_workers=2) as pool:
        services = list(pool.map(lambda r: SearchService.open_or_build(catalogue, folder, r), recorders))
    assert sum(1 for r in recorders if r.calls) == 1
    assert answers(services[0]) == answers(services[1])
    for service in services:
        service.close()


def test_searching_from_several_threads_gives_the_same_answers(catalogue, folder):
    service, _ = open_service(catalogue, folder)
    expected = answers(service)
    with ThreadPoolExecutor(max_workers=4) as pool:
        results = list(pool.map(lambda _i: answers(service), range(8)))
    assert all(r == expected for r in results)
    service.close()
