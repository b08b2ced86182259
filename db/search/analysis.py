"""How Dutch text becomes search terms, for the index and for highlighting alike.

Users type "cooperatie" for "coöperatie", "initiatief" for
"bewonersinitiatieven" and half words while typing. Whoosh's stock pieces
fall short: its CompoundWordFilter never splits a word that is itself known
(and in a catalogue lexicon every compound is known), and its Dutch stemmer
leaves "initiatieven" as "initiatiev". So the steps live here as plain
functions, wrapped in small Whoosh filters for indexing and reused as they are
by the highlighter, so a word is marked exactly when it was matched.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Callable, Iterable
from functools import lru_cache
from typing import Any

from whoosh.analysis import Filter, RegexTokenizer, StemFilter, StopFilter
from whoosh.lang import stopwords_for_language

from db.search.dutch_stemmer import Openings
from db.search.dutch_stemmer import stem as snowball_dutch_stem

WORD = re.compile(r"\w+")
MIN_PART = 4
MIN_COMPOUND = 2 * MIN_PART
MIN_HEAD_LEARNED = 5
MIN_GRAM = 2
# Leading letters up to this length are index terms; a longer beginning is looked up over the
# whole words, which Whoosh does cheaply once the beginning is that long (few words share it).
# 12 made ~80% of all postings and most of the build's terms.
MAX_GRAM = 4
# Up to this length a beginning is still ranked as if it were a term of its own, as when it was
# one (see ``leading_letters`` and ``prefix_query``); a longer one is a plain prefix search.
RANKED_GRAM = 12
# Dutch alternates f/v and s/z between singular and plural (initiatief,
# initiatieven; huis, huizen); the Snowball stemmer keeps the plural consonant.
FINAL_CONSONANT = {"v": "f", "z": "s"}


@lru_cache(maxsize=100_000)
def fold(word: str) -> str:
    """Lower case without accents: 'Coöperatie' → 'cooperatie', 'cliënt' → 'client'."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=1 << 20)  # a build of 10,000 methods stems ~440,000 strings, each twice when they no longer fit
def dutch_stem(word: str) -> str:
    """The Snowball Dutch stem of a folded word, with the final f/v and s/z made equal."""
    stem = snowball_dutch_stem(word)  # the same as Whoosh's stemmer_for_language('nl'), quicker
    if len(stem) > 3 and stem[-1] in FINAL_CONSONANT:
        stem = stem[:-1] + FINAL_CONSONANT[stem[-1]]
    return stem


# Between two processes making one lexicon: this process's findings out, the other's of the same kind in
# (words, or the heads search's tails; see ``Lexicon``).
Swap = Callable[[Any], Any]

STOP_WORDS = frozenset(fold(w) for w in stopwords_for_language("nl"))


class SortedWords:
    """Words in order, to list those beginning with a given text."""

    def __init__(self, words: Iterable[str]):
        self.words = sorted(words)

    def starting(self, text: str) -> list[str]:
        out, i = [], bisect_left(self.words, text)
        while i < len(self.words) and self.words[i].startswith(text):
            out.append(self.words[i])
            i += 1
        return out


class Lexicon:
    """Words known from the catalogue, the material compounds are split into.

    Two processes building one index each search half of the words for compound heads: each
    passes a ``swap`` that sends its findings to the other process and returns the other's.
    """

    def __init__(self, words: Iterable[str], part: int = 0, swap: Swap | None = None):
        seen = self.base_of(words)
        self._openings: Openings | None = None
        self.base = seen  # what it was made from: another lexicon is needed only when this changes
        self.words, self.stems = seen, frozenset(dutch_stem(w) for w in seen)
        self.base_stems = self.stems
        if swap is None:
            tails = self._tails_of_heads(seen)
        else:
            tails = self._tails_of_heads(sorted(seen)[part::2])
            for head, found in swap(tails).items():
                tails.setdefault(head, set()).update(found)
        self.words = seen | frozenset(head for head, found in tails.items() if len(found) >= 2)
        self.stems = frozenset(dutch_stem(w) for w in self.words)
        self._memo: dict[str, tuple[str, ...]] = {}
        self._by_initial: dict[tuple[str, int], list[tuple[str, int]]] | None = None
        self._in_order: SortedWords | None = None

    @staticmethod
    def base_of(words: Iterable[str]) -> frozenset[str]:
        """The folded words a lexicon of *words* is made from: the longer ones that are no stop words."""
        return frozenset(w for w in words if Lexicon.in_base(w))

    @staticmethod
    def in_base(word: str) -> bool:
        """Whether a lexicon is made from the folded *word* (``base_of``)."""
        return len(word) >= MIN_PART and word not in STOP_WORDS

    def _tails_of_heads(self, words: Iterable[str]) -> dict[str, set[str]]:
        """First parts of *words* seen only inside compounds, with the stems of their known tails;
        those with at least two different tails are heads.

        A catalogue may say 'vrijwilligerswerk' and 'vrijwilligersinitiatieven'
        but never 'vrijwilligers' alone; this learns that head from the two.
        """
        tails: dict[str, set[str]] = {}
        for word in words:
            for cut in range(MIN_HEAD_LEARNED, len(word) - MIN_PART + 1):
                head, tail = word[:cut], word[cut:]
                if head not in self.base and self.knows(tail):
                    tails.setdefault(head, set()).add(dutch_stem(tail))
        return tails

    @staticmethod
    def words_in(texts: Iterable[str]) -> set[str]:
        """The folded words of *texts*, which a lexicon is made of (each distinct spelling folded once)."""
        spelled: set[str] = set()
        for text in texts:
            spelled.update(WORD.findall(text))
        return {fold(w) for w in spelled}

    @classmethod
    def from_texts(cls, texts: Iterable[str]) -> Lexicon:
        return cls(cls.words_in(texts))

    def __getstate__(self):
        return {"words": self.words, "stems": self.stems, "base": self.base, "base_stems": self.base_stems}

    def __setstate__(self, state):
        self.words, self.stems, self.base = state["words"], state["stems"], state["base"]
        self.base_stems = state["base_stems"]
        self._memo, self._by_initial, self._in_order, self._openings = {}, None, None, None

    def near(self, stem: str, max_typos: int) -> tuple[str, ...]:
        """Known stems at most *max_typos* edits from *stem*, sharing its first letter."""
        if self._by_initial is None:  # by first letter and length: only lengths within max_typos can be near
            self._by_initial = {}
            for known in self.stems:
                self._by_initial.setdefault((known[0], len(known)), []).append((known, letters_of(known)))
        initial, size, letters, most = stem[:1], len(stem), letters_of(stem), 2 * max_typos
        return tuple(sorted(k for n in range(size - max_typos, size + max_typos + 1)
                            for k, its in self._by_initial.get((initial, n), ())
                            if (letters ^ its).bit_count() <= most and k != stem
                            and typos_between(stem, k, max_typos) <= max_typos))

    def spelled(self, stems: Iterable[str], like: str) -> str | None:
        """The known word with one of *stems* that reads closest to *like* (what a user typed), for an offer
        such as "Bedoelde u 'jongeren'?"; None when none is known."""
        if self._in_order is None:
            self._in_order = SortedWords(self.words)
        # A stem begins with all but the last two letters of its word (tests/test_search_lexicon.py).
        words = [w for s in frozenset(stems) for w in self._in_order.starting(s[:-2]) if dutch_stem(w) == s]
        return min(words, key=lambda w: (typos_between(like, w, len(like) + len(w)), len(w), w), default=None)

    def splits_changed(self, other: Lexicon, words: Iterable[str]) -> set[str]:
        """The *words* that *other* splits into other parts than this lexicon does.

        Only a word holding a piece whose standing differs between the two (a word known to one
        only, or a word whose stem is known to one only) can split otherwise; a stem always begins
        with all but the last two letters of its word, so the pieces of a changed stem are found by
        that beginning. The few words holding such a piece are then split by both and compared.
        """
        needles = (self.words ^ other.words) | {stem[:-2] for stem in self.stems ^ other.stems}
        return {w for w in words if len(w) >= MIN_COMPOUND and any(n in w for n in needles)
                and self.parts(w) != other.parts(w)}

    def knows(self, part: str) -> bool:
        if part in self.words:
            return True
        return self.openings().may_hold_stem_of(part) and dutch_stem(part) in self.stems

    def openings(self) -> Openings:
        """The stems' first letters, made on first use (~0.1 s at 10,000 methods: a worker thread may ask
        for them once the index is open, so that the first search's marks need not wait for them)."""
        openings = self._openings
        if openings is None or openings.stems is not self.stems:
            openings = self._openings = Openings(self.stems)
        return openings

    def parts(self, word: str) -> tuple[str, ...]:
        """The parts of a compound, longest known head first; () if it is not one.

        'bewonersinitiatieven' → ('bewoners', 'initiatieven'); the tail may
        itself be a compound. The word itself is never among the parts.
        """
        found = self._memo.get(word)
        if found is None:
            found = self._memo[word] = self._split(word)
        return found

    def _split(self, word: str) -> tuple[str, ...]:
        if len(word) < MIN_COMPOUND:
            return ()
        for cut in range(len(word) - MIN_PART, MIN_PART - 1, -1):
            head, tail = word[:cut], word[cut:]
            if not self.knows(head):
                continue
            if self.knows(tail):
                return (head, tail)
            rest = self.parts(tail)
            if rest:
                return (head, *rest)
        return ()


def letters_of(word: str) -> int:
    """Which letters occur in *word*, as bits. One typing error adds or removes at most two letters
    from that set, so two words whose sets differ in more than 2·n letters are more than n apart."""
    bits = 0
    for c in word:
        bits |= 1 << (ord(c) % 63)  # letters sharing a bit only make the difference look smaller
    return bits


def typos_between(a: str, b: str, limit: int) -> int:
    """Edits (insert, delete, replace, swap two neighbours) from *a* to *b*; above *limit* stops early."""
    before, row = None, list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = current[j - 1] + 1, row[j] + 1, row[j - 1] + (ca != cb)
            current[j] = min(cost)
            if before is not None and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], before[j - 2] + 1)
        if min(current) > limit:
            return limit + 1
        before, row = row, current
    return row[-1]


def edge_grams(word: str) -> list[str]:
    """The prefixes of a folded word that as-you-type search looks up directly.

    Prefixes of MIN_GRAM to MAX_GRAM letters; a longer word is added whole, so
    a prefix longer than MAX_GRAM is an exact prefix scan over full words only.
    """
    grams = [word[:n] for n in range(MIN_GRAM, min(len(word), MAX_GRAM) + 1)]
    if len(word) > MAX_GRAM:
        grams.append(word)
    return grams


class FoldFilter(Filter):
    def __call__(self, tokens):
        for t in tokens:
            t.text = fold(t.text)
            yield t


class DecompoundFilter(Filter):
    """Adds the parts of a compound after it, at the same position; only when indexing.

    Queries are not split: 'vrijwilligerswerk' then still means that word,
    while 'werk' finds it through the parts stored in the index.
    """

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon

    def __eq__(self, other):
        return isinstance(other, DecompoundFilter) and self.lexicon.words == other.lexicon.words

    def __call__(self, tokens):
        for t in tokens:
            if t.mode != "index":
                yield t
                continue
            word = t.text
            yield t
            for part in self.lexicon.parts(word):
                t.text = part
                yield t


class EdgeGramFilter(Filter):
    """Each prefix of each word once per document (see edge_grams)."""

    def __call__(self, tokens):
        seen: set[str] = set()
        for t in tokens:
            for gram in edge_grams(t.text):
                if gram not in seen:
                    seen.add(gram)
                    t.text = gram
                    yield t


def dutch_analyzer(lexicon: Lexicon):
    """Words → folded, stop words dropped, compounds split (index only), stemmed."""
    return (RegexTokenizer(WORD.pattern) | FoldFilter() | StopFilter(stoplist=STOP_WORDS, minsize=2)
            | DecompoundFilter(lexicon) | StemFilter(stemfn=dutch_stem, cachesize=-1))


def prefix_analyzer(lexicon: Lexicon):
    """Words → folded, unstemmed, compounds split, then their leading letters."""
    return (RegexTokenizer(WORD.pattern) | FoldFilter() | StopFilter(stoplist=STOP_WORDS, minsize=2)
            | DecompoundFilter(lexicon) | EdgeGramFilter())


def query_words(text: str) -> list[str]:
    """The folded words of a piece of query text, stop words and single letters left out."""
    return [w for w in (fold(m) for m in WORD.findall(text)) if len(w) >= 2 and w not in STOP_WORDS]


def plain_words(text: str) -> str:
    """*text* reduced to its words, for a second try when a query could not be searched as typed."""
    return " ".join(WORD.findall(text))


class WordTerms:
    """What the two analyzers above make of each word, worked out once per word for a whole build.

    Gives the same terms and positions as ``dutch_analyzer`` and ``prefix_analyzer`` with *lexicon*
    in index mode, without a token object per word (see ``bulk``).
    """

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        self._stems: dict[str, tuple[str, ...]] = {}
        self._grams: dict[str, tuple[str, ...]] = {}

    @staticmethod
    def kept(text: str) -> list[tuple[int, str]]:
        """The folded words the analyzers keep, with their positions (numbered as if stop words were not there)."""
        out, pos = [], None
        for i, raw in enumerate(WORD.findall(text)):
            word = fold(raw)
            if len(word) >= 2 and word not in STOP_WORDS:
                pos = i if pos is None else pos + 1
                out.append((pos, word))
        return out

    def stems(self, word: str) -> tuple[str, ...]:
        """The stems indexed for a kept word: its own, then its compound parts'."""
        found = self._stems.get(word)
        if found is None:
            found = self._stems[word] = (dutch_stem(word), *(dutch_stem(p) for p in self.lexicon.parts(word)))
        return found

    def grams(self, word: str) -> tuple[str, ...]:
        """The leading letters indexed for a kept word and its compound parts."""
        found = self._grams.get(word)
        if found is None:
            found = self._grams[word] = tuple(g for w in (word, *self.lexicon.parts(word)) for g in edge_grams(w))
        return found
