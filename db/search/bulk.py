"""Writing a whole index in one go, many times faster than Whoosh's own writer.

Whoosh's writer handles every posting several times in Python: token objects
from the analyzer, a sorting pool that pickles each posting (and spills to
disk), and a per-posting call that reads the document's field length back
from disk. Most postings are the leading letters of words (as-you-type
search), so a build of 1,000 methods spent seconds per thousand documents.
A full build knows all documents up front: here each distinct word is
analysed once per build (see ``analysis.WordTerms``), postings are gathered
per term in arrays, and each term's list is handed to Whoosh's own postings
writer a block at a time. The files are written by Whoosh's codec, in its
format; a test compares what is read back with what Whoosh's writer makes,
term by term, and incremental updates still go through Whoosh's writer.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping

from whoosh.codec.whoosh3 import W3Codec
from whoosh.util.numeric import byte_to_length, length_to_byte
from whoosh.writing import SegmentWriter

from db.search.analysis import WordTerms
from db.search.leading_letters import ranked_length
from db.search.term_writer import write_field

# Postings blocks are written without zlib: a block states its compression, so Whoosh reads
# either; most blocks hold a handful of postings, where compressing costs more than it saves.
# (Whoosh's "inline" postings for rare terms would spare the blocks altogether, but its reader
# then drops hits from a ranked search with matched terms: not used.)
BULK_CODEC_OPTIONS = {"compression": 0}


class _WordPostings:
    """One term of a positional text field: the documents holding it, how often and where."""

    __slots__ = ("docs", "freqs", "values")

    def __init__(self):
        self.docs, self.freqs, self.values = array("I"), array("I"), []


class BulkWriter(SegmentWriter):
    """A writer for a new, empty index that takes all documents at once (``add_all``), then ``commit()``.

    *word_fields* are analysed as ``analysis.dutch_analyzer`` does, *gram_fields* as
    ``analysis.prefix_analyzer`` does, both with *terms*' lexicon; any other field goes through
    its Whoosh field as usual.
    """

    def __init__(self, ix, terms: WordTerms, word_fields: Iterable[str], gram_fields: Iterable[str],
                 **kwargs):
        super().__init__(ix, codec=W3Codec(**BULK_CODEC_OPTIONS), **kwargs)
        self._terms = terms
        self._word_fields, self._gram_fields = frozenset(word_fields), frozenset(gram_fields)
        self._words: dict[str, dict[str, _WordPostings]] = {f: {} for f in self._word_fields}
        self._grams: dict[str, dict[str, array]] = {f: {} for f in self._gram_fields}
        self._other: dict[str, dict[bytes, list[tuple[int, float, bytes]]]] = {}
        self._lengths: dict[str, array] = {}

    def add_all(self, documents: Iterable[Mapping[str, str]]) -> None:
        for fields in documents:
            self._add(fields)

    def _add(self, fields: Mapping[str, str]) -> None:
        docnum, perdoc = self.docnum, self.perdocwriter
        perdoc.start_doc(docnum)
        for name in sorted(fields):
            value, field = fields[name], self.schema[name]
            if name in self._word_fields:
                length = self._add_words(name, value, docnum)
            elif name in self._gram_fields:
                length = self._add_grams(name, value, docnum)
            else:
                length = self._add_other(name, field, value, docnum)
            self._lengths.setdefault(name, array("I")).append(length if field.scorable else 0)
            perdoc.add_field(name, field, value if field.stored else None, length if field.scorable else 0)
        perdoc.finish_doc()
        self._added = True
        self.docnum += 1

    def _add_words(self, name: str, text: str, docnum: int) -> int:
        positions: dict[str, list[int]] = {}
        stems_of = self._terms.stems
        for pos, word in self._terms.kept(text):
            for stem in stems_of(word):
                found = positions.get(stem)
                if found is None:
                    positions[stem] = [pos]
                else:
                    found.append(pos)
        terms, encode, length = self._words[name], self.schema[name].format.encode, 0
        for stem, places in positions.items():
            postings = terms.get(stem)
            if postings is None:
                postings = terms[stem] = _WordPostings()
            postings.docs.append(docnum)
            postings.freqs.append(len(places))
            # One bytes object per posting, as Whoosh's writer makes: a block's pickle would store a
            # repeated object once, and the files would differ from Whoosh's.
            postings.values.append(encode(places))
            length += len(places)
        return length

    def _add_grams(self, name: str, text: str, docnum: int) -> int:
        grams: set[str] = set()
        grams_of = self._terms.grams
        for _pos, word in self._terms.kept(text):
            grams.update(grams_of(word))
        terms = self._grams[name]
        for gram in grams:
            docs = terms.get(gram)
            if docs is None:
                docs = terms[gram] = array("I")
            docs.append(docnum)
        return ranked_length(grams)

    def _add_other(self, name: str, field, value: str, docnum: int) -> int:  # noqa: ANN001
        terms, length = self._other.setdefault(name, {}), 0
        for tbytes, freq, weight, vbytes in field.index(value):
            terms.setdefault(tbytes, []).append((docnum, weight, vbytes))
            length += freq
        return length

    def _flush_segment(self) -> None:
        """What SegmentWriter does at commit, from the gathered postings instead of its sorting pool."""
        self.perdocwriter.close()
        writer = self.fieldwriter
        for name in sorted(self._lengths):
            field = self.schema[name]
            if not field.indexed:
                continue
            term_lists = sorted(self._term_lists(name, field))
            if not term_lists:  # as Whoosh's writer: a field without terms is not named in the segment
                continue
            lengths = [byte_to_length(b) if (b := length_to_byte(n)) else 0 for n in self._lengths[name]]
            write_field(writer, name, field, ((tbytes, docs, weights, values, [lengths[d] for d in docs])
                                              for tbytes, docs, weights, values in term_lists))
        writer.close()

    def _term_lists(self, name: str, field):  # noqa: ANN001, ANN202 - (bytes, docs, weights, values)
        if name in self._word_fields:
            for term, p in self._words[name].items():
                yield field.to_bytes(term), p.docs, [float(f) for f in p.freqs], p.values
        elif name in self._gram_fields:
            once = field.format.encode(1)
            for term, docs in self._grams[name].items():
                yield field.to_bytes(term), docs, [1.0] * len(docs), [once] * len(docs)
        else:
            for tbytes, postings in self._other.get(name, {}).items():
                docs, weights, values = zip(*postings, strict=True)
                yield tbytes, array("I", docs), list(weights), list(values)

