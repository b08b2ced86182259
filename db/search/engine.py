"""Running a parsed query against an open index: ranking, the typo fallback, snippets.

A search that finds little is tried again with each longer word widened to
the index's words one or two typing errors away, so 'vrijwiligers' still
finds the volunteers; exact hits keep their place above the ones found so.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from whoosh.index import Index

from advisor.model import Method
from db.search.analysis import WORD, Lexicon, dutch_stem, fold
from db.search.highlight import Marker, Marks, snippet
from db.search.index import TEXT_FIELDS, lexicon_in
from db.search.matching import matching_docs
from db.search.query import ParsedQuery, parse, to_whoosh

FEW_HITS = 3
MIN_FUZZY_LETTERS = 5
TWO_TYPOS_FROM_LETTERS = 8
KEPT_SEARCHES = 64  # recent finds kept with their snippets: typing back and forth asks them again


@dataclass(frozen=True)
class SearchHit:
    """One method found: its place in the ranking and why, as plain text with marked ranges."""

    id: str
    name: str
    score: float
    snippet: str
    marks: tuple[tuple[int, int], ...]


class Found:
    """Every method a query matched, with snippets made only when asked (for the rows a list shows).

    Snippets are cached per query: a list repaints the same rows often while one query stands.
    """

    def __init__(self, ids: tuple[str, ...], marker: Marker | None, methods: Mapping[str, Method],
                 fields: Sequence[str] | None = None, suggestion: str | None = None, searched: bool | None = None):
        self.ids = ids
        self._searched = marker is not None if searched is None else searched
        self.suggestion = suggestion  # the query with its typos corrected, when it found little as typed
        self._found = frozenset(ids)
        self._marker, self._methods, self._fields = marker, methods, fields
        self._snippets: dict[str, tuple[str, Marks]] = {}

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def searchable(self) -> bool:
        """False when the query held nothing to search for: a word of one letter still being typed, or only
        words such as "de" that are never indexed. Such a query finds nothing, but not because nothing matched."""
        return self._searched

    def snippet(self, method_id: str) -> tuple[str, Marks]:
        """The best piece of this method's text for the query; ("", ()) for a method it did not find."""
        held = self._snippets.get(method_id)
        if held is None:
            method = self._methods.get(method_id)
            if method is None or self._marker is None or method_id not in self._found:
                return "", ()
            held = self._snippets[method_id] = snippet(method.texts(), self._marker, self._fields or ())
        return held


class SearchEngine:
    """Searches one open index; safe to call from several threads (they take turns)."""

    def __init__(self, ix: Index, methods: Sequence[Method]):
        self._ix = ix
        self._searcher = ix.searcher()
        self._methods = {m.id: m for m in methods}
        self._lexicon = _lexicon_of(ix)
        self._turn = threading.Lock()
        self._ids_by_docnum: dict[int, str] | None = None
        self._kept: OrderedDict[tuple[str, bool], Found] = OrderedDict()

    def close(self) -> None:
        with self._turn:
            self._searcher.close()
            self._ix.close()

    def replace_index(self, ix: Index, methods: Sequence[Method]) -> None:
        """Answer from *ix* (the same folder, updated) and *methods* from now on. What the new index needs
        is made before searches stop to wait for the swap: they answer from the old one until then."""
        searcher, by_id, lexicon = ix.searcher(), {m.id: m for m in methods}, _lexicon_of(ix)
        lexicon.openings()
        ids = self._ids_after(searcher.reader(), by_id)
        with self._turn:
            old, old_searcher = self._ix, self._searcher
            self._ix, self._searcher = ix, searcher
            self._methods, self._lexicon, self._ids_by_docnum = by_id, lexicon, ids
            self._kept.clear()
        old_searcher.close()
        if old is not ix:
            old.close()

    def docnums_of(self, ids: set[str], generation: int) -> list[int] | None:
        """The live documents of these method ids, when this engine reads generation *generation* of the index
        and knows which method each document holds; else None (an edit then looks them up itself)."""
        with self._turn:
            if self._ids_by_docnum is None or self._searcher.reader().generation() != generation:
                return None
            return [n for n, method_id in self._ids_by_docnum.items() if method_id in ids]

    def _ids_after(self, reader, by_id: Mapping[str, Method]) -> dict[int, str]:  # noqa: ANN001
        """Which method each live document of *reader* holds. After an edit (the old segments first, in their
        order, and new ones after them) only the new documents are read: every method they hold, and every
        method no longer in the catalogue, has had its old document deleted (~0.3 s at 10,000 read in full)."""
        old_ids, old_reader = self._ids_by_docnum, self._searcher.reader()
        old_segments = [leaf.segment() for leaf, _base in old_reader.leaf_readers()]
        leaves = [leaf.segment() for leaf, _base in reader.leaf_readers()]
        if old_ids is None or None in old_segments or leaves[:len(old_segments)] != old_segments:
            return {n: fields["id"] for n, fields in reader.iter_docs()}
        start = old_reader.doc_count_all()
        new = {n: reader.stored_fields(n)["id"] for n in range(start, reader.doc_count_all())
               if not reader.is_deleted(n)}
        replaced = set(new.values())
        kept = {n: i for n, i in old_ids.items() if i in by_id and i not in replaced}
        return kept | new

    @property
    def index(self) -> Index:
        return self._ix

    def search(self, text: str, limit: int = 20, as_you_type: bool = False) -> list[SearchHit]:
        parsed = parse(text, as_you_type)
        query = to_whoosh(parsed)
        if query is None:
            return []
        with self._turn:
            found = self._run(query, limit)
            if len(found) < min(FEW_HITS, limit):
                widened = self._widened(parsed, text, as_you_type)
                if widened is not parsed:
                    parsed = widened
                    seen = {hit[0] for hit in found}
                    found += [hit for hit in self._run(to_whoosh(widened), limit) if hit[0] not in seen]
        marker = Marker(parsed.stems(), parsed.prefixes(), self._lexicon)
        return [self._hit(method_id, score, fields, marker) for method_id, score, fields in found[:limit]]

    def find(self, text: str, as_you_type: bool = False) -> Found:
        """All methods the query matches, unranked and without snippets (see Found.snippet).

        What a filtered list needs: the ids, and a snippet for each row it paints. Matching runs
        without scoring; a query that finds fewer than FEW_HITS is widened with typo corrections,
        as in ``search``. The last KEPT_SEARCHES answers are kept, with the snippets made for them,
        until the index changes.
        """
        with self._turn:
            found = self._kept.get((text, as_you_type))
            if found is not None:
                self._kept.move_to_end((text, as_you_type))
                return found
        found = self._find(text, as_you_type)
        with self._turn:
            self._kept[(text, as_you_type)] = found
            if len(self._kept) > KEPT_SEARCHES:
                self._kept.popitem(last=False)
        return found

    def _find(self, text: str, as_you_type: bool) -> Found:
        parsed = parse(text, as_you_type)
        query = to_whoosh(parsed)
        if query is None:
            return Found((), None, self._methods)
        suggestion = None
        with self._turn:
            ids = self._docnums_to_ids(matching_docs(self._searcher, query))
            if len(ids) < FEW_HITS:
                widened = self._widened(parsed, text, as_you_type)
                if widened is not parsed:
                    parsed = widened
                    more = self._docnums_to_ids(matching_docs(self._searcher, to_whoosh(widened)))
                    ids += [i for i in more if i not in ids]
                    if more:  # offer the spelling only when it finds something
                        suggestion = self._corrected_text(text, widened.corrections)
        # A query held to fields (doelgroep:…) shows its snippet from those fields, as search does.
        held_to = {c.field for c in parsed.clauses}
        fields = [f for f in TEXT_FIELDS if f in held_to] if None not in held_to else None
        return Found(tuple(ids), Marker(parsed.stems(), parsed.prefixes(), self._lexicon), self._methods, fields,
                     suggestion)

    def prepare_find(self) -> None:
        """Read which method each document holds now, not on the first keystroke (a quarter second at
        10,000 methods), and what marking found words needs (the first search's snippets waited ~0.1 s
        for it); a worker thread may call this once the index is open."""
        with self._turn:
            self._docnums_to_ids(())
            self._lexicon.openings()

    def _docnums_to_ids(self, docnums) -> list[str]:  # noqa: ANN001
        if self._ids_by_docnum is None:
            self._ids_by_docnum = {n: fields["id"] for n, fields in self._searcher.reader().iter_docs()}
        return [self._ids_by_docnum[n] for n in docnums]

    def _run(self, query, limit: int) -> list[tuple[str, float, frozenset[str]]]:  # noqa: ANN001
        results = self._searcher.search(query, limit=limit, terms=True)
        return [(r["id"], r.score, frozenset(f for f, _ in r.matched_terms())) for r in results]

    def _widened(self, parsed: ParsedQuery, text: str, as_you_type: bool) -> ParsedQuery:
        """The query with typo corrections; while typing, a last word that finds nothing is also read as a
        finished word, so "jongren" is corrected to "jongeren" in the window as on the command line."""
        widened = self._with_typo_corrections(parsed)
        if widened is parsed and as_you_type:
            whole = parse(text, False)
            corrected = self._with_typo_corrections(whole)
            if corrected is not whole:
                return corrected
        return widened

    def _corrected_text(self, text: str, corrections: Mapping[str, tuple[str, ...]]) -> str | None:
        """*text* with each corrected word replaced by the catalogue's own spelling; field names and
        the rest kept as typed."""
        def spelled(match) -> str:  # noqa: ANN001
            typed = fold(match.group())
            near = corrections.get(dutch_stem(typed))
            return (self._lexicon.spelled(near, typed) or match.group()) if near else match.group()

        corrected = WORD.sub(spelled, text)
        return corrected if corrected != text else None

    def _with_typo_corrections(self, parsed: ParsedQuery) -> ParsedQuery:
        corrections: dict[str, tuple[str, ...]] = {}
        for clause in parsed.clauses:
            word = clause.words[0]
            if clause.prefix or len(clause.words) > 1 or len(word) < MIN_FUZZY_LETTERS:
                continue
            stem = dutch_stem(word)
            if stem in self._lexicon.stems:  # a word the catalogue uses is no typo
                continue
            near = self._lexicon.near(stem, 2 if len(word) >= TWO_TYPOS_FROM_LETTERS else 1)
            if near:
                corrections[stem] = near
        return ParsedQuery(parsed.clauses, corrections) if corrections else parsed

    def _hit(self, method_id: str, score: float, fields: frozenset[str], marker: Marker) -> SearchHit:
        method = self._methods[method_id]
        text, marks = snippet(method.texts(), marker, [f for f in TEXT_FIELDS if f in fields])
        return SearchHit(method_id, method.name, round(score, 4), text, marks)


def _lexicon_of(ix: Index) -> Lexicon:
    return lexicon_in(ix.schema) or Lexicon(())
