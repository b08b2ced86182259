"""An edit killed halfway into the index (kill -9 while Whoosh commits) loses nothing: the next start answers as
a fresh build of the catalogue as it now is, with the edit in it.

A real process is killed: it writes the edit's segment and is stopped dead just before Whoosh writes the new
table of contents, holding the index's lock.
"""

from __future__ import annotations

import dataclasses
import os
import signal
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import resources
from advisor.catalogue_reader import read_catalogue
from app.search import SearchService

ROOT = Path(__file__).resolve().parent.parent
URL = "sqlite:///killed-edit-test"
WORD = "regenwormentellers"
QUERIES = ["vrijwilligers", "initiatief", '"kern met pit"', "buurt", WORD, "regenw"]

CHILD = r"""
import dataclasses, sys, time
from pathlib import Path
from types import SimpleNamespace

import whoosh.index

import resources
from advisor.catalogue_reader import read_catalogue
from app.search import SearchService

methods = read_catalogue(resources.CATALOGUE)
old = SimpleNamespace(url=sys.argv[2], methods=methods, change_counter=1, catalogue_version="test")
service = SearchService.open_or_build(old, Path(sys.argv[1]))
service.prepare_updates(old)
edited = dataclasses.replace(methods[3], summary="Bewoners zijn samen " + sys.argv[3] + " in de buurt.")
new = SimpleNamespace(url=old.url, methods=[edited if m.id == edited.id else m for m in methods], change_counter=2,
                      catalogue_version="test")


def stalled(self, storage, indexname):
    print("segment written", flush=True)
    time.sleep(120)


whoosh.index.TOC.write = stalled
service.update(new, changed=[edited])
print("not stopped", flush=True)
"""


def catalogues():
    methods = read_catalogue(resources.CATALOGUE)
    old = SimpleNamespace(url=URL, methods=methods, change_counter=1, catalogue_version="test")
    edited = dataclasses.replace(methods[3], summary=f"Bewoners zijn samen {WORD} in de buurt.")
    new = SimpleNamespace(url=URL, methods=[edited if m.id == edited.id else m for m in methods], change_counter=2,
                          catalogue_version="test")
    return old, new, edited


def answers(service):
    return [sorted((h.id, h.snippet, h.marks) for h in service.search(q, limit=19, as_you_type=t))
            for q in QUERIES for t in (False, True)]


def test_an_edit_killed_while_committed_leaves_an_index_that_answers_as_the_catalogue_now_is(tmp_path):
    old, new, edited = catalogues()
    folder = tmp_path / "index"
    SearchService.open_or_build(old, folder).close()
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(folder), URL, WORD], cwd=ROOT,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "segment written"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(30)
        child.stdout.close()
    assert child.returncode == -signal.SIGKILL

    restarted = SearchService.open_or_build(new, folder)  # the edit was saved in the database before the index
    fresh = SearchService.open_or_build(new, tmp_path / "fresh")
    try:
        assert [h.id for h in restarted.search(WORD)] == [edited.id]
        assert answers(restarted) == answers(fresh)
    finally:
        restarted.close()
        fresh.close()
