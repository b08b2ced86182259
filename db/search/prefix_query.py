"""A beginning of a word, ranked as when every beginning up to RANKED_GRAM letters was an index term.

The leading-letters fields index beginnings only up to MAX_GRAM letters (see
``analysis``); a longer beginning is found over the whole words that start
with it. Until then such a beginning was a term of its own, which BM25 ranked
by how many documents hold it and by each document's field length. This
query matches the same documents and ranks them the same way: its document
frequency is that of the documents holding a word with this beginning (all
segments, replaced documents included, as a term's would be), every
document's weight is 1, and the field lengths are kept as they were by
``analysis.LeadingLetters``. ``tests/test_search_prefix_ranking.py`` compares
it with an index that still holds every beginning as a term.
"""

from __future__ import annotations

from math import log

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3TermInfo
from whoosh.matching import ListMatcher, NullMatcher, WrappingMatcher
from whoosh.scoring import BM25F, BM25FScorer

from db.search.matching import raw_docs


class RankedPrefix(wq.Prefix):
    """``wq.Prefix`` for a beginning longer than MAX_GRAM and at most RANKED_GRAM letters."""

    def matcher(self, searcher, context=None):  # noqa: ANN001, ANN201 - Whoosh's signature
        reader, fieldname = searcher.reader(), self.fieldname
        if fieldname not in searcher.schema:
            return NullMatcher()
        deleted = reader.deleted_docs_set if reader.has_deletions() else frozenset()
        found = raw_docs(reader, fieldname, self._btexts(reader))
        ids = sorted(found - deleted)
        if not ids:
            return NullMatcher()
        weighting = searcher.weighting if context is None else context.weighting
        lengths = [searcher.doc_field_length(d, fieldname, 1) for d in ids]
        info = W3TermInfo(weight=float(len(found)), df=len(found), minlength=min(lengths), maxlength=max(lengths),
                          maxweight=1.0, minid=ids[0], maxid=ids[-1])
        scorer = self._scorer(searcher, weighting, min(lengths)) if weighting is not None else None
        text = searcher.schema[fieldname].to_bytes(self.text)
        matcher = ListMatcher(ids, None, None, searcher.schema[fieldname].format, scorer=scorer,
                              term=(fieldname, text), terminfo=info)
        return WrappingMatcher(matcher, boost=self.boost) if self.boost != 1.0 else matcher

    def _scorer(self, searcher, weighting, shortest: int):  # noqa: ANN001, ANN202
        """BM25F's scorer for this beginning as a term: Whoosh's would look its statistics up by term."""
        if not isinstance(weighting, BM25F):
            raise TypeError(f"RankedPrefix ranks with BM25F only, not {type(weighting).__name__}")
        parent, fieldname = searcher.get_parent(), self.fieldname
        frequency = sum(len(raw_docs(sub.reader(), fieldname, self._btexts(sub.reader())))
                        for sub, _offset in parent.subsearchers or [(parent, 0)])
        scorer = BM25FScorer.__new__(BM25FScorer)
        scorer.idf = log(parent.doc_count_all() / (frequency + 1)) + 1  # WeightingModel.idf
        scorer.avgfl = parent.avg_field_length(fieldname) or 1
        scorer.B, scorer.K1, scorer.qf = weighting._field_B.get(fieldname, weighting.B), weighting.K1, 1
        scorer.dfl = lambda docnum: searcher.doc_field_length(docnum, fieldname, 1)
        scorer._maxquality = scorer._score(1.0, shortest)
        return scorer
