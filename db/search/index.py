"""The Whoosh index on local disk: its schema, and building it again when it cannot be trusted.

The index is a cache of the catalogue. It records what it was built from
(change counter, database address, our format version) and a checksum of
each of its files, so a stale, damaged or half-written index is noticed on
open and simply rebuilt. A build is written into a fresh folder beside the
target and swapped in only when complete; a lock file names the building
process, so a lock left by a process that died is recognised as such.

Whoosh unpickles its schema (and our analyzers) from the folder: open only
folders this application wrote, in the user's own cache directory.
"""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import queue
import shutil
import uuid
import zlib
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path

from platformdirs import user_cache_dir
from whoosh import index
from whoosh.fields import ID, TEXT, Schema

from advisor.model import Method
from db.search import segments
from db.search.analysis import WORD, DecompoundFilter, Lexicon, Swap, dutch_analyzer, fold, prefix_analyzer
from db.search.leading_letters import LeadingLetters
from db.search.leftovers import remove_leftovers
from db.search.lock import BuildLock

# 2: vocabulary terms in the target-group and goal fields; 3: the lexicon keeps its base words;
# 4: prefix fields without per-posting values, rare terms' postings inline
FORMAT_VERSION = 4
STAMP_FILE = "methodewijzer-index.json"
WRITER_MEMORY_MB = 256
# From this many methods a build runs in a process of its own; below it, starting one costs more.
SPAWN_FROM = 200

# One text field per entry of Method.texts(); how much each counts is decided where queries are built.
TEXT_FIELDS = ("name", "summary", "target_group", "goal", "approach", "developer", "materials", "research")
PREFIX_FIELD = "prefix"
NAME_PREFIX_FIELD = "name_prefix"

Progress = Callable[[int, int], None]


def default_folder() -> Path:
    """On local disk in the user's cache, never beside a database on a share."""
    from db.engine import APP_NAME  # here, not at the top: it brings SQLAlchemy into every build process

    return Path(user_cache_dir(APP_NAME, appauthor=False)) / "index"


@dataclass(frozen=True)
class Stamp:
    """What an index was built from; any difference means: build again."""

    format: int
    change_counter: int
    source: str
    documents: int


def make_schema(lexicon: Lexicon) -> Schema:
    words, prefixes = dutch_analyzer(lexicon), prefix_analyzer(lexicon)
    fields = {name: TEXT(analyzer=words) for name in TEXT_FIELDS}
    for name in (PREFIX_FIELD, NAME_PREFIX_FIELD):
        # Each leading letters term is in a document once or not: no frequency to store per posting.
        fields[name] = TEXT(analyzer=prefixes, phrase=False)
        fields[name].format = LeadingLetters()
    return Schema(id=ID(stored=True, unique=True), **fields)


def open_or_build(folder: Path, methods: Sequence[Method], stamp: Stamp,
                  progress: Progress | None = None) -> index.Index:
    """The index in *folder* if it is whole and built from *stamp*, else a fresh one."""
    with BuildLock(folder.with_name(folder.name + ".lock")) as lock:
        remove_leftovers(folder)  # issue 14: no live build can own them while we hold the lock
        if not lock.found_abandoned:
            trusted = _open_trusted(folder, stamp)
            if trusted is not None:
                from db.search.segment_merge import merged_small  # here: it imports this module

                return merged_small(trusted, folder, stamp)
        if len(methods) >= SPAWN_FROM:
            return build_in_own_process(folder, methods, stamp, progress)
        return build(folder, methods, stamp, progress)


def build_in_own_process(folder: Path, methods: Sequence[Method], stamp: Stamp,
                         progress: Progress | None = None) -> index.Index:
    """``build`` in a fresh (spawned) process: Whoosh's writer holds the GIL for seconds at a time,
    which would freeze a window whose thread only waits here. Progress comes back over a queue.
    A large catalogue is written in two halves by two processes (see ``segments``)."""
    report = progress or (lambda _done, _total: None)
    context = multiprocessing.get_context("spawn")
    messages = context.Queue()
    helper = segments.Helper(_write_half) if len(methods) >= segments.TWO_FROM and (os.cpu_count() or 1) > 1 \
        else None
    worker = context.Process(target=_build_and_tell, daemon=True,
                             args=(folder, list(methods), stamp, messages, helper.ends if helper else None))
    worker.start()
    try:
        while True:
            try:
                kind, *detail = messages.get(timeout=0.25)
            except queue.Empty:
                if not worker.is_alive():
                    raise RuntimeError(f"Het bouwen van de zoekindex stopte onverwacht (code {worker.exitcode})") \
                        from None
                if helper is not None and helper.failed():
                    raise RuntimeError("Het hulpproces van de zoekindex stopte onverwacht") from None
                continue
            if kind == "progress":
                report(*detail)
            elif kind == "failed":
                raise RuntimeError(f"Het bouwen van de zoekindex mislukte: {detail[0]}")
            else:
                break
    finally:
        worker.join(timeout=5)
        if worker.is_alive():
            worker.kill()
        if helper is not None:
            helper.close()
    return index.open_dir(str(folder))


def _build_and_tell(folder: Path, methods: list[Method], stamp: Stamp, messages, helper=None) -> None:  # noqa: ANN001
    """The build process's whole work. The parent opens the index itself; once the answer is sent,
    this process ends without freeing its heap one object at a time (~0.1 s at 1,000 methods).
    Its collector stays off: turned on again after the build, it would first scan every posting."""
    gc.disable()
    try:
        _build_files(folder, methods, stamp, lambda done, total: messages.put(("progress", done, total)), helper)
    except BaseException as error:  # the parent raises it; a traceback cannot cross processes
        messages.put(("failed", repr(error)))
    else:
        messages.put(("done",))
    messages.close()
    messages.join_thread()  # the answer is in the pipe
    os._exit(0)


def build(folder: Path, methods: Sequence[Method], stamp: Stamp,
          progress: Progress | None = None, helper=None) -> index.Index:  # noqa: ANN001
    """Write a complete index next to *folder*, then put it in its place; with a *helper*
    (``segments.Helper.ends``), the second half of *methods* is written by that process."""
    _build_files(folder, methods, stamp, progress, helper)
    return index.open_dir(str(folder))


def _build_files(folder: Path, methods: Sequence[Method], stamp: Stamp,
                 progress: Progress | None = None, helper=None) -> None:  # noqa: ANN001
    report = progress or (lambda _done, _total: None)
    total = len(methods)
    folder.parent.mkdir(parents=True, exist_ok=True)
    fresh = folder.with_name(f".{folder.name}.new-{uuid.uuid4().hex[:8]}")
    half = fresh.with_name(f".{folder.name}.new-{uuid.uuid4().hex[:8]}")
    collecting = gc.isenabled()
    gc.disable()  # millions of small postings and no cycles: the collector would only rescan them, again and again
    try:
        mine = total if helper is None else (total + 1) // 2
        if helper is not None:
            segments.hand(helper, half, methods[mine:])
        texts = [m.texts() for m in methods[:mine]]
        words = Lexicon.words_in(t for fields in texts for t in fields.values())
        if helper is None:
            lexicon = Lexicon(words)
        else:  # the helper reads the other half's words; both then search half of all for heads
            lexicon = _shared_lexicon(words, 0, lambda found: segments.swap(helper, found))
        fresh.mkdir()
        ix = _write(fresh, lexicon, methods[:mine], texts[:mine], lambda done, _n: report(done * total // mine, total))
        if helper is not None:
            segments.wait_for(helper)
            ix = segments.join(ix, half)
        ix.close()
        write_stamp(fresh, stamp)
        _swap_in(fresh, folder)
    finally:
        if collecting:
            gc.enable()
        shutil.rmtree(fresh, ignore_errors=True)
        shutil.rmtree(half, ignore_errors=True)
    report(total, total)


def _write(folder: Path, lexicon: Lexicon, methods: Sequence[Method], texts: Sequence[dict[str, str]],
           report: Progress) -> index.Index:
    return segments.write_segment(folder, make_schema(lexicon), methods, texts, lexicon, TEXT_FIELDS,
                                  (PREFIX_FIELD, NAME_PREFIX_FIELD), _prefix_fields, report)


def _write_half(folder: Path, methods: list[Method], swap: Swap) -> None:
    gc.disable()  # a process of its own, gone when done
    texts = [m.texts() for m in methods]
    lexicon = _shared_lexicon(Lexicon.words_in(t for fields in texts for t in fields.values()), 1, swap)
    _write(folder, lexicon, methods, texts, lambda _done, _total: None).close()


def _shared_lexicon(words: set[str], part: int, swap: Swap) -> Lexicon:
    """The lexicon of the whole catalogue, made by two processes that each read half of it: *words*
    are this half's, *swap* trades them for the other half's, then the halves of the heads search."""
    return Lexicon(words | swap(words), part, swap)


def words_by_method(methods: Sequence[Method]) -> dict[str, frozenset[str]]:
    """Each method's folded words, as ``update`` keeps them in its *words_of*."""
    return {m.id: folded_words(m.texts()) for m in methods}


def folded_words(fields: dict[str, str]) -> frozenset[str]:
    return frozenset(fold(w) for text in fields.values() for w in WORD.findall(text))


def lexicon_in(schema: Schema) -> Lexicon | None:
    for item in getattr(schema["name"].analyzer, "items", ()):
        if isinstance(item, DecompoundFilter):
            return item.lexicon
    return None


def _prefix_fields(fields: dict[str, str]) -> dict[str, str]:
    """Each distinct word once: the edges of a word are stored once per method anyway."""
    words = dict.fromkeys(w for text in fields.values() for w in WORD.findall(text))
    return {PREFIX_FIELD: " ".join(words), NAME_PREFIX_FIELD: fields["name"]}


def _open_trusted(folder: Path, stamp: Stamp) -> index.Index | None:
    try:
        recorded = json.loads((folder / STAMP_FILE).read_text(encoding="utf-8"))
        if recorded.get("stamp") != asdict(stamp) or recorded.get("files") != _checksums(folder):
            return None
        ix = index.open_dir(str(folder))
        if ix.doc_count() != stamp.documents:
            return None
        return ix
    except Exception:  # missing, unreadable or corrupt: all mean the same, build again
        return None


# Checksums this process worked out, by (path, size, modification time): Whoosh never rewrites a segment's
# files, so after an edit only its new segment and table of contents are read (at 10,000 methods reading every
# file took ~50 ms of each edit). Opening always reads every file.
_KNOWN_SUMS: dict[tuple[str, int, int], str] = {}


def _checksums(folder: Path, known: dict[tuple[str, int, int], str] | None = None) -> dict[str, str]:
    sums = {}
    for path in sorted(folder.iterdir()):
        if path.name == STAMP_FILE or path.name.endswith("LOCK") or not path.is_file():
            continue
        status = path.stat()
        key = (str(path), status.st_size, status.st_mtime_ns)
        if known is not None and key in known:
            sums[path.name] = known[key]
            continue
        crc = 0
        with path.open("rb") as stream:
            while chunk := stream.read(1 << 20):
                crc = zlib.crc32(chunk, crc)
        sums[path.name] = f"{status.st_size}:{crc:08x}"
        if known is not None:
            known[key] = sums[path.name]
    return sums


def write_stamp(folder: Path, stamp: Stamp, after_edit: bool = False) -> None:
    """Record *stamp* and the files' checksums; *after_edit*: reuse the sums of files this process read before."""
    if not after_edit:
        _KNOWN_SUMS.clear()
    content = json.dumps({"stamp": asdict(stamp), "files": _checksums(folder, _KNOWN_SUMS)}, indent=1)
    (folder / STAMP_FILE).write_text(content, encoding="utf-8")


def _swap_in(fresh: Path, folder: Path) -> None:
    old = folder.with_name(f".{folder.name}.old-{uuid.uuid4().hex[:8]}")
    if folder.exists():
        os.replace(folder, old)
    os.replace(fresh, folder)
    shutil.rmtree(old, ignore_errors=True)
