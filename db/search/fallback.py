"""Searching even when the index cannot live in the user's cache folder.

The cache folder can be unusable in ways the user did not cause and cannot
see from the window: a dangling symlink, a file where the folder should be,
no write permission, a full disk, a lock the system refuses, or another
process's build that takes too long. Search is a convenience over the
catalogue, so none of these may take it away: the index is then built in a
private temporary folder (removed on close), and when even that fails, in
memory. The caller gets a Dutch notice saying so and why.
"""

from __future__ import annotations

import errno
import logging
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from whoosh import index
from whoosh.filedb.filestore import RamStorage

from advisor.model import Method
from db.search.analysis import Lexicon
from db.search.index import Progress, Stamp, _prefix_fields, build, make_schema, open_or_build
from db.search.lock import BuildBusy

log = logging.getLogger(__name__)
TEMP_PREFIX = "methodewijzer-index-"


@dataclass
class PlacedIndex:
    """An open index and where it lives: *folder* None means in memory; *temporary* means remove on close."""

    index: index.Index
    folder: Path | None
    notice: str = ""
    temporary: bool = False

    def discard(self) -> None:
        if self.temporary and self.folder is not None:
            shutil.rmtree(self.folder.parent, ignore_errors=True)


_REASONS = {
    errno.ENOENT: "de map bestaat niet of is een verbroken koppeling",
    errno.EEXIST: "er staat een bestand waar een map hoort",
    errno.ENOTDIR: "er staat een bestand of verbroken koppeling waar een map hoort",
    errno.EACCES: "geen schrijfrechten",
    errno.EPERM: "geen schrijfrechten",
    errno.EROFS: "alleen-lezen schijf",
    errno.ENOSPC: "de schijf is vol",
    errno.EFBIG: "de schijf is vol of het bestand te groot",
    errno.EDQUOT: "de schijfruimte (quota) is op",
    errno.ENOLCK: "vergrendelen is daar niet mogelijk",
}


def _why(problem: BaseException) -> str:
    if isinstance(problem, BuildBusy):
        return str(problem)
    return _REASONS.get(getattr(problem, "errno", None), "") or (str(problem) or type(problem).__name__)[:200]


def open_anywhere(folder: Path, methods: Sequence[Method], stamp: Stamp,
                  progress: Progress | None = None) -> PlacedIndex:
    """The index in *folder* when it can be used there, else in a temporary folder, else in memory."""
    try:
        return PlacedIndex(open_or_build(folder, methods, stamp, progress), folder)
    except (OSError, BuildBusy) as problem:
        log.info("Zoekindex in %s niet bruikbaar: %r", folder, problem)
        why = _why(problem)
    try:
        temporary = Path(tempfile.mkdtemp(prefix=TEMP_PREFIX)) / "index"
    except OSError as problem:
        return _in_memory(folder, methods, progress, f"{why}; tijdelijke map: {_why(problem)}")
    try:
        ix = build(temporary, methods, stamp, progress)
    except OSError as problem:
        shutil.rmtree(temporary.parent, ignore_errors=True)
        return _in_memory(folder, methods, progress, f"{why}; tijdelijke map: {_why(problem)}")
    return PlacedIndex(ix, temporary, temporary=True, notice=(
        f"De zoekindex kon niet in '{folder}' worden bewaard ({why}). Zoeken werkt met een tijdelijke index "
        "die bij afsluiten verdwijnt; controleer de map of de vrije schijfruimte."))


def _in_memory(folder: Path, methods: Sequence[Method], progress: Progress | None, why: str) -> PlacedIndex:
    return PlacedIndex(build_in_memory(methods, progress), None, notice=(
        f"De zoekindex kon niet in '{folder}' en ook niet in een tijdelijke map worden bewaard ({why}). "
        "Zoeken werkt met een index in het geheugen; controleer de vrije schijfruimte en de rechten op de map."))


class MemoryStorage(RamStorage):
    """Whoosh's memory storage, with its writer's scratch files in memory too.

    Whoosh's own puts them in ``<temp>/MAIN.tmp``, one fixed folder: that fails when the temporary folder is
    what could not be used, and two processes building in memory at once remove each other's files.
    """

    def temp_storage(self, name: str | None = None) -> RamStorage:
        return RamStorage()


def build_in_memory(methods: Sequence[Method], progress: Progress | None = None) -> index.Index:
    """The same index as ``build`` writes, held in memory only."""
    report = progress or (lambda _done, _total: None)
    texts = [m.texts() for m in methods]
    ix = MemoryStorage().create_index(make_schema(Lexicon.from_texts(t for f in texts for t in f.values())))
    with ix.writer() as writer:
        for done, (method, fields) in enumerate(zip(methods, texts, strict=True)):
            report(done, len(methods))
            writer.add_document(id=method.id, **fields, **_prefix_fields(fields))
    report(len(methods), len(methods))
    return ix
