"""Search without an index, for the seconds or minutes a new index is being built.

A first start, a catalogue changed elsewhere or a damaged index means a full
build, which at thousands of methods takes a while; search stays usable
meanwhile by reading the methods' own text. The query is understood as in
the index (same syntax, fields, stop words, as-you-type prefix), but matching
is plainer: a method matches a word when its folded text contains the word's
beginning up to its stem ('initiatieven' → 'initiatie', which also finds
'bewonersinitiatief'), and the last word being typed as it stands. Typo
corrections and ranking wait for the index. Snippets come from the same
highlighter, so the list looks the same.
"""

from __future__ import annotations

import os
from collections.abc import Sequence

from advisor.model import Method
from db.search.analysis import WORD, Lexicon, dutch_stem, fold
from db.search.engine import Found
from db.search.highlight import Marker
from db.search.index import TEXT_FIELDS
from db.search.query import parse

MIN_NEEDLE = 3


class PlainScan:
    """``find`` over the methods' text, in catalogue order; the folded texts are made on first use."""

    def __init__(self, methods: Sequence[Method]):
        self._methods = {m.id: m for m in methods}
        self._folded: dict[str, dict[str, str]] | None = None

    def prepare(self) -> PlainScan:
        """Fold every method's text now (a worker thread may call this before the first search)."""
        if self._folded is None:
            self._folded = {i: {f: " " + " ".join(fold(w) for w in WORD.findall(text))
                                for f, text in m.texts().items()} for i, m in self._methods.items()}
        return self

    def find(self, text: str, as_you_type: bool = False) -> Found:
        parsed = parse(text, as_you_type)
        if not parsed.clauses:
            return Found((), None, self._methods)
        wanted = [(c.fields, [_needle(w, c.prefix) for w in c.words]) for c in parsed.clauses]
        folded = self.prepare()._folded
        ids = tuple(i for i, fields in folded.items()
                    if all(any(n in fields[f] for f in names) for names, needles in wanted for n in needles))
        held_to = {c.field for c in parsed.clauses}
        shown_from = [f for f in TEXT_FIELDS if f in held_to] if None not in held_to else None
        return Found(ids, Marker(parsed.stems(), parsed.prefixes(), Lexicon(())), self._methods, shown_from)


def _needle(word: str, prefix: bool) -> str:
    """What a method's folded text must contain for *word*: its beginning up to its stem, or as typed."""
    if prefix:
        return word
    common = os.path.commonprefix([word, dutch_stem(word)])
    return common if len(common) >= MIN_NEEDLE else word
