"""Whoosh's Dutch Snowball stemmer, the same steps with a quicker start.

A full index build stems every word of the catalogue and every candidate part
of its compounds: about 440,000 distinct strings at 10,000 methods, a third of
the build. Whoosh's ``DutchStemmer.stem`` (a port of NLTK's) spends most of
its time before the first step: ten ``replace`` calls for accents, and Python
loops over every letter to mark 'y' and 'i' and to find the regions R1 and R2.
Here those are one ``translate``, a regular-expression check that skips the
loops when nothing is to be marked, and regular expressions for the regions;
the steps themselves are Whoosh's, line for line, quirks included.
``tests/test_search_stemmer.py`` checks the result equals Whoosh's on any text.

A build also asks, for ~25,000 pieces of compound words at 1,000 methods,
whether the piece's stem is a known one; ``Openings`` answers "no" for most
of them from their first letters, without stemming them.
"""

from __future__ import annotations

import re

_VOWELS = "aeiouy\xe8"
_ACCENTS = str.maketrans("\xe4\xe1\xeb\xe9\xed\xef\xf6\xf3\xfc\xfa", "aaeeiioouu")
_BOUNDARY = re.compile(f"[{_VOWELS}][^{_VOWELS}]")  # a vowel, then a non-vowel: where a region starts
_I_BETWEEN_VOWELS = re.compile(f"[{_VOWELS}]i[{_VOWELS}]")
_STEP1_SUFFIXES = ("heden", "ene", "en", "se", "s")
_STEP3B_SUFFIXES = ("baar", "lijk", "bar", "end", "ing", "ig")
_DOUBLED = ("kk", "dd", "tt")


class Openings:
    """The first letters of a set of stems, to rule out without stemming that a word's stem is among them.

    The steps below change a word only from its fourth letter on, except that a stem of three letters
    may differ from its word in the third: so the stem of a word of lower-case ASCII letters begins with
    the word's first three letters, or is at most three letters long and begins with its first two
    (``tests/test_search_stemmer.py`` checks this on any such word). Other words are always stemmed.
    """

    def __init__(self, stems: frozenset[str]):
        self.stems = stems
        self._three = frozenset(s[:3] for s in stems if len(s) > 3)
        self._two = frozenset(s[:2] for s in stems if len(s) <= 3)

    def may_hold_stem_of(self, word: str) -> bool:
        start = word[:3]
        if not (start.isascii() and start.islower() and start.isalpha()):
            return True
        return start in self._three or start[:2] in self._two


def _marked(word: str) -> str:
    """'y' at the start or after a vowel, and 'i' between vowels, made consonants (upper case)."""
    if word.startswith("y"):
        word = "".join(("Y", word[1:]))
    if "y" in word:
        for i in range(1, len(word)):
            if word[i - 1] in _VOWELS and word[i] == "y":
                word = "".join((word[:i], "Y", word[i + 1:]))
    if _I_BETWEEN_VOWELS.search(word):
        for i in range(1, len(word) - 1):
            if word[i - 1] in _VOWELS and word[i] == "i" and word[i + 1] in _VOWELS:
                word = "".join((word[:i], "I", word[i + 1:]))
    return word


def _after_boundary(text: str) -> str:
    found = _BOUNDARY.search(text)
    return text[found.end():] if found else ""


def stem(word: str) -> str:  # noqa: C901, PLR0912, PLR0915 - Whoosh's steps, kept as they are
    """The Dutch Snowball stem of *word*, exactly as ``whoosh.lang.snowball.dutch.DutchStemmer().stem``."""
    vowels = _VOWELS
    word = _marked(word.lower().translate(_ACCENTS))
    step2_success = False

    r1 = _after_boundary(word)
    r2 = _after_boundary(r1)
    # R1 is adjusted so that the region before it contains at least 3 letters.
    first = _BOUNDARY.search(word)
    if first is not None and first.start() == 0:
        r1 = word[3:]

    # STEP 1
    for suffix in _STEP1_SUFFIXES:
        if r1.endswith(suffix):
            if suffix == "heden":
                word = "".join((word[:-5], "heid"))
                r1 = "".join((r1[:-5], "heid"))
                if r2.endswith("heden"):
                    r2 = "".join((r2[:-5], "heid"))
            elif (suffix in ("ene", "en") and not word.endswith("heden")
                  and word[-len(suffix) - 1] not in vowels and word[-len(suffix) - 3:-len(suffix)] != "gem"):
                word, r1, r2 = word[:-len(suffix)], r1[:-len(suffix)], r2[:-len(suffix)]
                if word.endswith(_DOUBLED):
                    word, r1, r2 = word[:-1], r1[:-1], r2[:-1]
            elif suffix in ("se", "s") and word[-len(suffix) - 1] not in vowels and word[-len(suffix) - 1] != "j":
                word, r1, r2 = word[:-len(suffix)], r1[:-len(suffix)], r2[:-len(suffix)]
            break

    # STEP 2
    if r1.endswith("e") and word[-2] not in vowels:
        step2_success = True
        word, r1, r2 = word[:-1], r1[:-1], r2[:-1]
        if word.endswith(_DOUBLED):
            word, r1, r2 = word[:-1], r1[:-1], r2[:-1]

    # STEP 3a
    if r2.endswith("heid") and word[-5] != "c":
        word, r1, r2 = word[:-4], r1[:-4], r2[:-4]
        if r1.endswith("en") and word[-3] not in vowels and word[-5:-2] != "gem":
            word, r1, r2 = word[:-2], r1[:-2], r2[:-2]
            if word.endswith(_DOUBLED):
                word, r1, r2 = word[:-1], r1[:-1], r2[:-1]

    # STEP 3b: derivational suffixes
    for suffix in _STEP3B_SUFFIXES:
        if r2.endswith(suffix):
            if suffix in ("end", "ing"):
                word, r2 = word[:-3], r2[:-3]
                if r2.endswith("ig") and word[-3] != "e":
                    word = word[:-2]
                elif word.endswith(_DOUBLED):
                    word = word[:-1]
            elif suffix == "ig" and word[-3] != "e":
                word = word[:-2]
            elif suffix == "lijk":
                word, r1 = word[:-4], r1[:-4]
                if r1.endswith("e") and word[-2] not in vowels:
                    word = word[:-1]
                    if word.endswith(_DOUBLED):
                        word = word[:-1]
            elif suffix == "baar":
                word = word[:-4]
            elif suffix == "bar" and step2_success:
                word = word[:-3]
            break

    # STEP 4: undouble vowel
    if (len(word) >= 4 and word[-1] not in vowels and word[-1] != "I"
            and word[-3:-1] in ("aa", "ee", "oo", "uu") and word[-4] not in vowels):
        word = "".join((word[:-3], word[-3], word[-1]))

    return word.replace("I", "i").replace("Y", "y")
