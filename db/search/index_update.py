"""Taking a few changed, added or removed methods into the index without a rebuild.

An edit replaces or deletes the documents of those methods by id and commits
them as one small segment. What it costs must not grow with the catalogue:
each method's words and how many methods use each word are kept
(``CatalogueWords``), so an edit reads only its own methods; the schema (with
the lexicon in its analyzers) is handed to the reopened index, so Whoosh does
not unpickle it from the table of contents again (~20 ms a time at 10,000
methods); only the files an edit wrote are read for the stamp's checksums.

Compound splitting depends on every word of the catalogue: when an edit
brings or takes away a word, the lexicon is grown in the same commit and the
few other documents holding a word that now splits differently are written
again, so the result answers every query as a fresh build would.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from whoosh import index

from advisor.model import Method
from db.search.analysis import Lexicon
from db.search.index import (
    WRITER_MEMORY_MB,
    Stamp,
    _prefix_fields,
    folded_words,
    lexicon_in,
    make_schema,
    write_stamp,
)
from db.search.lexicon_growth import grown as grown_lexicon
from db.search.lock import BuildLock
from db.search.segment_merge import SMALL_SEGMENT, merge_small, segment_sizes


class CatalogueWords:
    """Each method's folded words as last indexed, and in how many methods each word occurs: the catalogue's
    words (and the lexicon's base) after an edit, from the edited methods alone."""

    def __init__(self) -> None:
        self._of: dict[str, frozenset[str]] = {}
        self._count: Counter[str] = Counter()
        self.base: set[str] = set()  # Lexicon.base_of(every word), kept as words come and go
        self.base_came: set[str] = set()  # base words that came or went since ``settled``
        self.base_went: set[str] = set()

    def __contains__(self, method_id: str) -> bool:
        return method_id in self._of

    def words(self) -> Iterable[str]:
        return self._count.keys()

    def set(self, method_id: str, words: frozenset[str]) -> None:
        old = self._of.get(method_id, frozenset())
        self._of[method_id] = words
        self._add(words - old)
        self._remove(old - words)

    def drop(self, method_id: str) -> None:
        self._remove(self._of.pop(method_id, frozenset()))

    def of(self, method_id: str) -> frozenset[str]:
        return self._of[method_id]

    def settled(self) -> None:
        self.base_came.clear()
        self.base_went.clear()

    def _add(self, words: Iterable[str]) -> None:
        for word in words:
            self._count[word] += 1
            if self._count[word] == 1 and Lexicon.in_base(word):
                self.base.add(word)
                self.base_came.add(word)
                self.base_went.discard(word)

    def _remove(self, words: Iterable[str]) -> None:
        for word in words:
            self._count[word] -= 1
            if self._count[word] <= 0:
                del self._count[word]
                if word in self.base:
                    self.base.discard(word)
                    self.base_went.add(word)
                    self.base_came.discard(word)


def update(ix: index.Index, folder: Path, methods: Sequence[Method], changed: Sequence[Method],
           removed: Sequence[str], stamp: Stamp, words: CatalogueWords | None = None,
           docnums: Callable[[set[str], int], list[int] | None] | None = None) -> index.Index:
    """Bring the index to *methods* (the whole catalogue now) for a few *changed*, added or *removed*
    methods, without a rebuild: each such document is replaced or deleted by its id.

    *words* is kept up to date here; pass the same object each time so that unchanged methods are not
    read again (a method it does not hold yet is read now). *docnums(ids, generation)* may name the documents
    of those ids in that generation (``SearchEngine.docnums_of``): Whoosh then need not open every segment's
    terms to find them (~0.1 s at 10,000 methods)."""
    words = CatalogueWords() if words is None else words
    if len(words._of) != len(methods) or any(m.id not in words for m in methods):
        for m in methods:
            if m.id not in words:
                words.set(m.id, folded_words(m.texts()))
    for m in changed:
        words.set(m.id, folded_words(m.texts()))
    for method_id in removed:
        words.drop(method_id)
    with BuildLock(folder.with_name(folder.name + ".lock")):
        schema = ix.schema
        lexicon = lexicon_in(schema)
        rewrite = {m.id: m for m in changed}
        target = ix
        if lexicon is not None and _base_changed(lexicon, words):
            grown = grown_lexicon(lexicon, words.words())
            moved = lexicon.splits_changed(grown, grown.base)
            by_id = {m.id: m for m in methods}
            rewrite.update({i: by_id[i] for i in by_id if i not in rewrite and words.of(i) & moved})
            # A new schema for the new lexicon: the one the open index answers with is not changed under it.
            schema = make_schema(grown)
            target = index.open_dir(str(folder), schema=schema)
        writer = target.writer(limitmb=WRITER_MEMORY_MB)
        try:
            known = docnums({*rewrite, *removed}, writer.generation - 1) if docnums is not None else None
            if known is None:
                for method_id in removed:
                    writer.delete_by_term("id", method_id)
            else:
                for docnum in known:
                    writer.delete_document(docnum)
            for method in rewrite.values():
                fields = method.texts()
                if known is None:
                    writer.update_document(id=method.id, **fields, **_prefix_fields(fields))
                else:
                    writer.add_document(id=method.id, **fields, **_prefix_fields(fields))
        except BaseException:
            writer.cancel()
            raise
        # No merge here: Whoosh's own policy merged the small segments every few commits, which re-reads
        # each one's ~400 terms (~0.35 s at 1,000 methods). Small segments are merged apart from edits.
        writer.commit(merge=False)
        words.settled()
        write_stamp(folder, stamp, after_edit=True)
    return index.open_dir(str(folder), schema=schema)


def _base_changed(lexicon: Lexicon, words: CatalogueWords) -> bool:
    """Whether the catalogue's base words now differ from *lexicon*'s. After the first edit only the words
    that came or went need a look; the first compares all (the lexicon may predate the words read)."""
    if len(words.base) != len(lexicon.base):
        return True
    if getattr(lexicon, "_checked_against", None) is words:
        return any(w not in lexicon.base for w in words.base_came) or any(w in lexicon.base for w in words.base_went)
    same = words.base == lexicon.base
    if same:
        lexicon._checked_against = words
    return not same


MERGE_FROM = 10  # small segments: each slows a search down a little; merging ten at 1,000 methods takes ~0.2 s


def merged_if_many(ix: index.Index, folder: Path, stamp: Stamp) -> index.Index | None:
    """*ix* with its small segments merged, opened again, once edits have left MERGE_FROM of them; None when
    fewer. *ix* stays open and answers meanwhile."""
    if sum(n <= SMALL_SEGMENT for n in segment_sizes(ix)) < MERGE_FROM:
        return None
    with BuildLock(folder.with_name(folder.name + ".lock")):
        return merge_small(ix, folder, stamp)
