"""A short piece of a method's text around the words a search matched, with their places.

The result is plain text and (start, end) ranges, never markup: catalogue
text is shown as written, whatever characters it contains. Words are marked
by the same folding, stemming and compound splitting the index used, so
'initiatief' marks 'bewonersinitiatieven' and 'coop' (while typing) marks
'coöperatie'.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from db.search.analysis import STOP_WORDS, WORD, Lexicon, dutch_stem, fold

SNIPPET_CHARS = 200
LEAD_CHARS = 50
ELLIPSIS = "…"
SPACE = re.compile(r"\s+")
# Where a snippet reads best, when several fields match equally well.
FIELD_ORDER = ("summary", "goal", "target_group", "approach", "research", "materials", "developer", "name")

Marks = tuple[tuple[int, int], ...]


@dataclass(frozen=True)
class Marker:
    """Decides which words of a text a query matched."""

    stems: frozenset[str]
    prefixes: tuple[str, ...]
    lexicon: Lexicon
    # Per-word answers for this query: a text repeats its words, and a list repaints its rows.
    _keys: dict[str, str | None] = field(default_factory=dict, compare=False, repr=False)
    # What a matched word must contain; most words of a text do not, and need no stemming or splitting.
    _needles: tuple[str, ...] = field(init=False, compare=False, repr=False)
    # Every needle is a run of word characters, so a word of an ASCII text holding one is found in the text's
    # lower case, which is its folding letter for letter.
    _whole: bool = field(init=False, compare=False, repr=False)
    _patterns: dict[str, re.Pattern] = field(default_factory=dict, compare=False, repr=False)

    def __post_init__(self) -> None:
        needles = tuple({*map(stem_start, self.stems), *self.prefixes})
        object.__setattr__(self, "_needles", needles)
        object.__setattr__(self, "_whole", bool(needles) and all(WORD.fullmatch(needle) for needle in needles))

    def _pattern(self, kind: str) -> re.Pattern:
        """The needles as one expression, compiled when first needed (~0.1 ms a query): "any" finds a needle,
        "word" a whole word holding one."""
        found = self._patterns.get(kind)
        if found is None:
            either = "|".join(map(re.escape, self._needles))
            found = self._patterns[kind] = re.compile(either if kind == "any" else rf"\w*(?:{either})\w*")
        return found

    def key(self, folded: str) -> str | None:
        """What in the query this word matched, or None."""
        try:
            return self._keys[folded]
        except KeyError:
            found = self._keys[folded] = self._key(folded)
            return found

    def _key(self, folded: str) -> str | None:
        # A compound's parts are pieces of the word, so a part's stem or prefix is found in the word too.
        if folded in STOP_WORDS or not any(needle in folded for needle in self._needles):
            return None
        # As ``_analysed_key``, but a word is stemmed only when the query has stems (a word being typed has
        # none), and split into its parts only when the whole word matched nothing.
        stems, prefixes = self.stems, self.prefixes
        for word in _and_parts(folded, self.lexicon):
            if stems and (stem := dutch_stem(word)) in stems:
                return stem
            for prefix in prefixes:
                if word.startswith(prefix):
                    return prefix
        return None

    def _analysed_key(self, folded: str) -> str | None:
        """What in the query this word matched, from its stem and its compound parts (the plain way)."""
        if folded in STOP_WORDS:
            return None
        for word in (folded, *self.lexicon.parts(folded)):
            stem = dutch_stem(word)
            if stem in self.stems:
                return stem
            for prefix in self.prefixes:
                if word.startswith(prefix):
                    return prefix
        return None

    def may_mark(self, text: str) -> bool:
        """False when no word of *text* can match: an ASCII text without any needle (most fields of a found
        method, which then need not be made one line and searched word by word)."""
        if not self._needles:
            return False
        return not (self._whole and text.isascii() and self._pattern("word").search(text.lower()) is None)

    def marks(self, text: str) -> tuple[list[tuple[int, int]], set[str]]:
        """The places of the words of *text* the query matched, and what in the query they matched.

        Only the words holding a needle can match: one search of the text's folded words (in C) finds them,
        instead of a question per word (a snippet is made from a method's whole text, hundreds of words).
        """
        spans: list[tuple[int, int]] = []
        keys: set[str] = set()
        if not self._needles:
            return spans, keys
        if self._whole and text.isascii():
            # An ASCII word folds to its lower case, letter for letter: the words holding a needle are found in
            # the lower-cased text at their own places, without folding every word (a cold text's main cost).
            for found in self._pattern("word").finditer(text.lower()):
                key = self.key(found.group())
                if key is not None:
                    spans.append(found.span())
                    keys.add(key)
            return spans, keys
        words = _words(text)
        joined, starts = _joined(text)
        holding = sorted({bisect_right(starts, found.start()) - 1 for found in self._pattern("any").finditer(joined)})
        for at in holding:
            start, end, folded = words[at]
            key = self.key(folded)
            if key is not None:
                spans.append((start, end))
                keys.add(key)
        return spans, keys


def _and_parts(folded: str, lexicon: Lexicon) -> Iterator[str]:
    """*folded*, then its compound parts, split only when asked for."""
    yield folded
    yield from lexicon.parts(folded)


def stem_start(stem: str) -> str:
    """What every word with *stem* begins with. The Dutch stemmer drops endings and changes at most the last
    two letters of what it keeps (gezondheden → gezondheid), one below six letters (kaas → kas; initiatieven
    → initiatief, where ``dutch_stem`` turns v into f), none below three."""
    return stem[:len(stem) - (2 if len(stem) >= 6 else 1 if len(stem) >= 3 else 0)]


@lru_cache(maxsize=8192)
def _words(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((m.start(), m.end(), fold(m.group())) for m in WORD.finditer(text))


@lru_cache(maxsize=8192)
def _joined(text: str) -> tuple[str, list[int]]:
    """The folded words of *text* on lines of their own (no needle spans two), and where each begins."""
    starts, at = [], 0
    for _start, _end, folded in _words(text):
        starts.append(at)
        at += len(folded) + 1
    return "\n".join(folded for _s, _e, folded in _words(text)), starts


@lru_cache(maxsize=8192)
def _one_line(text: str) -> str:
    return SPACE.sub(" ", text).strip()


def snippet(texts: Mapping[str, str], marker: Marker, likely_fields: Sequence[str] = ()) -> tuple[str, Marks]:
    """The best piece of text for one hit and the marked ranges in it.

    *likely_fields* (those the index says matched) are tried first; the field
    with the most different matched query words wins, ties going by FIELD_ORDER.
    """
    order = [f for f in FIELD_ORDER if f in likely_fields] + [f for f in FIELD_ORDER if f not in likely_fields]
    wanted = len(marker.stems) + len(marker.prefixes)
    best: tuple[int, str, list[tuple[int, int]]] | None = None
    for name in order:
        raw = texts.get(name, "")
        if not raw or not marker.may_mark(raw):
            continue
        text = _one_line(raw)
        spans, keys = marker.marks(text)
        if spans and (best is None or len(keys) > best[0]):
            best = (len(keys), text, spans)
            if len(keys) >= wanted:
                break
    if best is None:
        return _window(_one_line(texts.get("summary", "")) or _one_line(texts.get("name", "")), [])
    return _window(best[1], best[2])


def _window(text: str, spans: list[tuple[int, int]]) -> tuple[str, Marks]:
    """At most SNIPPET_CHARS of *text*, placed to hold as many marks as possible."""
    if len(text) <= SNIPPET_CHARS:
        return text, tuple(spans)
    start = _best_start(spans)
    if start > 0 and text[start - 1] != " ":  # begin at a whole word, not past the first mark
        space = text.find(" ", start)
        first_mark = next((s for s, _ in spans if s >= start), len(text))
        if 0 <= space < first_mark:
            start = space + 1
    end = min(len(text), start + SNIPPET_CHARS)
    if end < len(text):
        space = text.rfind(" ", start, end)
        end = space if space > start else end
    lead = ELLIPSIS if start > 0 else ""
    tail = ELLIPSIS if end < len(text) else ""
    shift = len(lead) - start
    kept = tuple((s + shift, e + shift) for s, e in spans if s >= start and e <= end)
    return f"{lead}{text[start:end]}{tail}", kept


def _best_start(spans: list[tuple[int, int]]) -> int:
    best_count, best = 0, 0
    for first, _ in spans:
        begin = max(0, first - LEAD_CHARS)
        count = sum(1 for s, e in spans if s >= begin and e <= begin + SNIPPET_CHARS)
        if count > best_count:
            best_count, best = count, begin
    return best
