"""Writing one index as two segments at once, in two processes, so a build uses both cores.

A full build is pure Python and holds one core. Whoosh reads an index made
of several segments as one (document numbers follow the segments' order, and
BM25 takes its counts from the whole index), so the catalogue is cut in two:
the building process writes the first half as a segment in the new index
folder while a helper process writes the second half, with the same lexicon,
in a folder of its own. Both make that lexicon: the building process hands
the helper its half at once, each reads the words of its half, they swap
those, each searches half of all words for compound heads, and they swap
what they found (``swap``). The helper's segment file is then moved beside the
first and a table of contents naming both is written. Both halves are
written by ``bulk.BulkWriter``; tests/test_search_segments.py checks that the
result answers every query as a one-process build does.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
import shutil
from collections.abc import Callable, Sequence
from pathlib import Path

from whoosh import index
from whoosh.index import TOC, clean_files

from advisor.model import Method
from db.search.analysis import Lexicon, WordTerms
from db.search.bulk import BulkWriter

# From this many methods a build in its own process also cuts the catalogue in two.
TWO_FROM = 500
# A build whose starter was killed waits this long for a silent helper before it gives up.
ORPHAN_PATIENCE_S = 120.0

Report = Callable[[int, int], None]


def write_segment(folder: Path, schema, methods: Sequence[Method], texts: Sequence[dict[str, str]],  # noqa: ANN001
                  lexicon: Lexicon, word_fields: Sequence[str], gram_fields: Sequence[str],
                  prefix_fields: Callable[[dict[str, str]], dict[str, str]], report: Report) -> index.Index:
    """A new index in *folder* holding *methods* as one segment."""
    ix = index.create_in(str(folder), schema)
    writer = BulkWriter(ix, WordTerms(lexicon), word_fields, gram_fields)
    total, step = len(methods), max(1, len(methods) // 100)
    for done, (method, fields) in enumerate(zip(methods, texts, strict=True)):
        if done % step == 0:
            report(done, total)
        writer.add_all([{"id": method.id, **fields, **prefix_fields(fields)}])
    writer.commit()
    return ix


def join(ix: index.Index, other: Path) -> index.Index:
    """*ix* (in its folder) with the segments of the index in *other* after its own, as one index."""
    storage = ix.storage
    theirs = index.open_dir(str(other))
    try:
        extra = theirs._read_toc().segments
        for segment in extra:
            for name in segment.list_files(theirs.storage):
                os.replace(Path(other) / name, Path(storage.folder) / name)
    finally:
        theirs.close()
    toc = ix._read_toc()
    segments = [*toc.segments, *extra]
    ix.close()
    TOC(toc.schema, segments, toc.generation + 1).write(storage, ix.indexname)
    clean_files(storage, ix.indexname, toc.generation + 1, segments)
    return index.open_dir(storage.folder)


class Helper:
    """The second process, started by the process that starts the build (a build process runs as a
    daemon and may not start processes itself). It starts at once, so its imports overlap the
    lexicon, and waits for its half; ``ends`` go to the build process, which hands the half over
    (``hand``) and waits for it (``wait_for``)."""

    def __init__(self, write_half: Callable[..., None]):
        context = multiprocessing.get_context("spawn")
        self.ends = (context.Queue(), context.Queue())
        self._process = context.Process(target=_serve, args=(write_half, *self.ends), daemon=True)
        self._process.start()

    def failed(self) -> bool:
        return not self._process.is_alive() and self._process.exitcode != 0

    def close(self) -> None:
        self.ends[0].put(None)  # a helper still waiting for its half (the build failed first) ends at once
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.kill()


def hand(ends, folder: Path, *work) -> None:  # noqa: ANN001, ANN002
    ends[0].put((folder, *work))


def swap(ends, mine):  # noqa: ANN001, ANN201
    """The building process's side of a swap with the helper: *mine* out, the helper's answer in."""
    ends[0].put(("swap", mine))
    return _answer(ends[1], "swap")


def wait_for(ends) -> None:  # noqa: ANN001
    """Until the helper's half is written; raises if it failed."""
    _answer(ends[1], "done")


def _answer(incoming, expected: str):  # noqa: ANN001, ANN202
    """The next message of kind *expected* on *incoming*, sent by the other process; raises if it
    failed. If the helper dies, the process that started both stops this one; if that process is
    gone too, give up after ORPHAN_PATIENCE_S."""
    waited = 0.0
    while True:
        try:
            message = incoming.get(timeout=1.0)
        except queue.Empty:
            starter = multiprocessing.parent_process()
            waited = waited + 1.0 if starter is not None and not starter.is_alive() else 0.0
            if waited > ORPHAN_PATIENCE_S:
                raise RuntimeError("Het hulpproces van de zoekindex antwoordt niet meer") from None
            continue
        if message is None:  # the build stopped before the helper got its half (see Helper.close)
            raise RuntimeError("Het bouwen van de zoekindex is gestopt")
        kind, detail = message
        if kind == "failed":
            raise RuntimeError(f"Het hulpproces van de zoekindex mislukte: {detail}")
        if kind != expected:
            raise RuntimeError(f"Het hulpproces van de zoekindex antwoordde {kind!r} in plaats van {expected!r}")
        return detail


def _serve(write_half: Callable[..., None], to, back) -> None:  # noqa: ANN001
    handed = to.get()
    if handed is None:
        return
    folder, *work = handed

    def helper_swap(mine):  # noqa: ANN001, ANN202
        back.put(("swap", mine))
        return _answer(to, "swap")

    try:
        Path(folder).mkdir()
        write_half(Path(folder), *work, helper_swap)
    except BaseException as error:  # the builder raises it; a traceback cannot cross processes
        shutil.rmtree(folder, ignore_errors=True)
        back.put(("failed", repr(error)))
    else:
        back.put(("done", None))
    back.close()
    back.join_thread()  # the answer is in the pipe; the heap of a process of its own need not be freed
    os._exit(0)
