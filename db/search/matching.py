"""Which documents a query matches, worked out with sets instead of Whoosh's matchers.

The window's list only needs the ids a query matches, not their scores. Whoosh
walks its union and intersection matchers one document at a time in Python:
a two-letter beginning that matches most of 10,000 methods cost tens of
milliseconds per keystroke. Here each term's postings are read a block at a
time into a set, and the query's Or and And become set union and
intersection; anything else (a phrase) is left to Whoosh. The answer equals
``Searcher.docs_for_query`` in the same order; tests/test_search_matching.py
checks that on fresh and incrementally updated indexes.
"""

from __future__ import annotations

from whoosh import query as wq
from whoosh.codec.whoosh3 import W3LeafMatcher
from whoosh.matching.wrappers import FilterMatcher
from whoosh.reading import TermNotFound


def matching_docs(searcher, query: wq.Query) -> list[int]:  # noqa: ANN001 - a Whoosh searcher
    """The document numbers *query* matches in *searcher*'s index, ascending, deleted ones left out."""
    found: list[int] = []
    for sub, offset in searcher.subsearchers or [(searcher, 0)]:
        reader = sub.reader()
        docs = _docs(query, sub, reader)
        if reader.has_deletions():
            docs -= set(reader.deleted_docs_set)
        found.extend(sorted(d + offset for d in docs) if offset else sorted(docs))
    return found


def _docs(query: wq.Query, searcher, reader) -> set[int]:  # noqa: ANN001
    if isinstance(query, wq.Term):
        return _term_docs(reader, query.fieldname, query.text)
    if isinstance(query, wq.Or) and not query.minmatch:
        return set().union(*(_docs(q, searcher, reader) for q in query.subqueries))
    if isinstance(query, wq.And) and query.subqueries:
        found = _docs(query.subqueries[0], searcher, reader)
        for q in query.subqueries[1:]:
            if not found:
                break
            found &= _docs(q, searcher, reader)
        return found
    if isinstance(query, wq.Prefix):
        return raw_docs(reader, query.fieldname, query._btexts(reader))
    return set(query.docs(searcher))


def raw_docs(reader, fieldname: str, texts) -> set[int]:  # noqa: ANN001
    """The documents of one segment holding any of the terms *texts*, deleted ones included."""
    return set().union(*(_term_docs(reader, fieldname, t) for t in texts if t))


def _term_docs(reader, fieldname: str, text) -> set[int]:  # noqa: ANN001
    try:
        matcher = reader.postings(fieldname, text)
    except TermNotFound:
        return set()
    if isinstance(matcher, FilterMatcher):
        matcher = matcher.child  # deletions are taken out once, in matching_docs
    if not isinstance(matcher, W3LeafMatcher):  # inline postings (a ListMatcher), or another codec's
        return set(matcher.all_ids())
    docs: set[int] = set()
    while matcher.is_active():  # a block at a time (private to Whoosh's codec; see the tests)
        matcher._read_ids()
        docs.update(matcher._ids)
        matcher._next_block()
    return docs
