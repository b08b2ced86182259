"""Full-text search over the catalogue, for the interface and the command line.

Opening builds the index when needed (on first use, after a catalogue change,
after damage), which can take a while for a large catalogue: call
``SearchService.open_or_build`` from a worker thread and pass ``progress`` to
show how far it is. Searching never raises on what a user typed.

Edits reach the index through one queue (``submit``, then ``apply_submitted``
in a worker): searches meanwhile answer from the index as it was and see the
edits once they are committed; edits are applied in the order made, those
that came in while one was written are taken in together, and for a method
edited twice the last version wins.
"""

from __future__ import annotations

import hashlib
import logging
import threading
from collections.abc import Sequence
from pathlib import Path

from advisor.model import Method
from app.catalogue import Catalogue
from db.search import (
    FORMAT_VERSION,
    CatalogueWords,
    Found,
    PlacedIndex,
    PlainScan,
    Progress,
    SearchEngine,
    SearchHit,
    Stamp,
    build_in_memory,
    default_folder,
    merged_if_many,
    open_anywhere,
    plain_words,
    update_index,
    words_by_method,
)

__all__ = ["Found", "SearchHit", "SearchService", "default_folder", "plain_search"]

log = logging.getLogger(__name__)


def plain_search(catalogue: Catalogue) -> PlainScan:
    """Search over the methods' text without the index, for while it is being built; ``find`` as below."""
    return PlainScan(catalogue.methods).prepare()


class SearchService:
    def __init__(self, engine: SearchEngine, folder: Path | None = None, source: str = "",
                 placed: PlacedIndex | None = None):
        self._engine = engine
        self._folder, self._source = folder, source
        self._placed = placed  # where the index lives when not in the cache folder (removed on close)
        self.notice = placed.notice if placed else ""  # Dutch: why search uses a temporary index
        self._words = CatalogueWords()  # what update() last indexed, by method id
        self._updates = 0
        self._queue = threading.Condition()
        self._waiting: dict[str, None] = {}  # ids of methods edited since the last update, in order
        self._latest = None  # (catalogue's methods, change counter) of the last submitted edit
        self._submitted = self._applied = 0  # edits counted in and written
        self._writing = False  # a thread is writing the queued edits

    @classmethod
    def open_or_build(cls, catalogue: Catalogue, folder: Path | None = None,
                      progress: Progress | None = None) -> SearchService:
        """Open the index of *catalogue*, building it first when missing, stale or damaged.

        Blocking; safe to run off the caller's thread. *progress(done, total)*
        is called from the thread that runs this.
        """
        # The content the index was built from: this database (by a hash: the URL may hold a password),
        # the shipped catalogue's version and the user's change counter; FORMAT_VERSION covers the analyzer.
        source = hashlib.sha256(catalogue.url.encode()).hexdigest()[:16] + ":" + catalogue.catalogue_version
        stamp = Stamp(FORMAT_VERSION, catalogue.change_counter, source, len(catalogue.methods))
        folder = Path(folder) if folder else default_folder()
        placed = open_anywhere(folder, catalogue.methods, stamp, progress)
        return cls(SearchEngine(placed.index, catalogue.methods), placed.folder, source, placed)

    def update(self, catalogue: Catalogue, changed: Sequence[Method] = (), removed: Sequence[str] = ()) -> None:
        """Take in a few changed, added (*changed*) or *removed* methods of *catalogue* (as it is now,
        with its new change counter) without rebuilding the index. Blocking: returns once they are in."""
        mine = self.submit(catalogue, changed, removed)
        self.apply_submitted()
        with self._queue:
            self._queue.wait_for(lambda: self._applied >= mine or not self._writing)

    def submit(self, catalogue: Catalogue, changed: Sequence[Method] = (), removed: Sequence[str] = ()) -> int:
        """Queue an edit for ``apply_submitted`` (quick; the window's thread may call it): the methods'
        ids, and the catalogue as it is now, read when the edit is written. Returns the edit's number."""
        with self._queue:
            for method_id in (*(m.id for m in changed), *removed):
                self._waiting.pop(method_id, None)
                self._waiting[method_id] = None
            self._latest = (list(catalogue.methods), catalogue.change_counter)  # also what a merge stamps
            self._submitted += 1
            return self._submitted

    @property
    def behind(self) -> bool:
        """Whether edits wait to be written or are being written."""
        with self._queue:
            return self._applied < self._submitted

    def apply_submitted(self, progress: Progress | None = None) -> bool:
        """Write the queued edits, and those that come in meanwhile, into the index, one commit each round;
        *progress(applied, submitted)* after each round, once searches see it. When none wait, the small
        segments edits left are merged if there are many (searches answer from the old ones meanwhile).
        False when another thread is at it already (it takes these too). Blocking: for a worker thread."""
        with self._queue:
            if self._writing:
                return False
            self._writing = True
        ids: list[str] = []
        merge_tried = False
        try:
            while True:
                with self._queue:
                    if not self._waiting and merge_tried:  # stop in the same turn of the lock as the last look
                        self._applied, self._writing = self._submitted, False
                        self._queue.notify_all()
                        return True
                    ids, (methods, counter), upto = list(self._waiting), self._latest or ([], 0), self._submitted
                    self._waiting.clear()
                if not ids:
                    merge_tried = True
                    self._merge_if_many(methods, counter)
                    continue
                merge_tried = False
                self._write(methods, counter, ids)
                with self._queue:
                    self._applied = upto
                    self._queue.notify_all()
                if progress is not None:
                    progress(upto, self._submitted)
        except BaseException:
            with self._queue:  # tried again with the next edit
                self._waiting = dict.fromkeys([*ids, *self._waiting])
                self._writing = False
                self._queue.notify_all()
            raise

    def _merge_if_many(self, methods: list[Method], counter: int) -> None:
        """Every edit leaves a small segment and a search slows down a little with each: merged here, in the
        worker, once there are MERGE_FROM; searches meanwhile answer from the segments as they were."""
        if self._folder is None or not self._updates:
            return
        stamp = Stamp(FORMAT_VERSION, counter, self._source, len(methods))
        merged = merged_if_many(self._engine.index, self._folder, stamp)
        if merged is not None:
            self._engine.replace_index(merged, methods)

    def _write(self, methods: list[Method], counter: int, ids: list[str]) -> None:
        by_id = {m.id: m for m in methods}
        changed = [by_id[i] for i in ids if i in by_id]
        removed = [i for i in ids if i not in by_id]
        stamp = Stamp(FORMAT_VERSION, counter, self._source, len(methods))
        if self._folder is None:  # in memory: nothing to update in place
            self._engine.replace_index(build_in_memory(methods), methods)
            return
        self._updates += 1
        ix = update_index(self._engine.index, self._folder, methods, changed, removed, stamp, self._words,
                          self._engine.docnums_of)
        self._engine.replace_index(ix, methods)

    def prepare_updates(self, catalogue: Catalogue) -> None:
        """Read every method's words now, so that the first ``update`` need not, and which method each
        document of the index holds, so that the first ``find`` need not (a worker thread may call this
        once the index is open). The words are dropped if an update came in meanwhile: that one read them."""
        self._engine.prepare_find()
        before = self._updates
        words = words_by_method(catalogue.methods)
        with self._queue:
            if self._updates == before and not self._writing:
                for method_id, its in words.items():
                    if method_id not in self._words:
                        self._words.set(method_id, its)

    def search(self, query: str, limit: int = 20, as_you_type: bool = False) -> list[SearchHit]:
        """Best hits first; an empty list when nothing matches or the query cannot be searched."""
        limit = max(1, limit)
        try:
            return self._engine.search(query, limit, as_you_type)
        except Exception:
            log.exception("Zoekvraag %r mislukte; opnieuw als losse woorden", query)
        try:
            return self._engine.search(plain_words(query), limit, as_you_type)
        except Exception:
            log.exception("Zoekvraag %r mislukte ook als losse woorden", query)
            return []

    def find(self, query: str, as_you_type: bool = True) -> Found:
        """Every method the query matches, for a filtered list: ids now, snippets per row on demand.

        Never raises on what a user typed; a query that cannot be searched finds nothing (and says it was
        searched: the window then says nothing was found, not that search starts at two letters).
        """
        for text in (query, plain_words(query)):
            try:
                return self._engine.find(text, as_you_type)
            except Exception:
                log.exception("Zoekvraag %r mislukte", text)
        return Found((), None, {}, searched=True)

    def close(self) -> None:
        self._engine.close()
        if self._placed is not None:
            self._placed.discard()
