"""The lexicon of a slightly changed catalogue, worked out from the old one instead of from scratch.

Making a lexicon stems every ending of every word to learn the heads of
compounds; for one changed method that took most of a second at 1,000
methods. A head's standing depends only on the words that begin with it and
on whether their endings are known, so after a few words come or go only the
heads those words touch are weighed again: prefixes of the added or removed
words, and prefixes of words holding a piece whose standing changed (found by
text, as a stem begins with all but the last two letters of its word). The
result equals ``Lexicon(new_base)``; tests/test_search_lexicon.py checks that.
"""

from __future__ import annotations

from collections.abc import Iterable

from db.search.analysis import MIN_HEAD_LEARNED, MIN_PART, Lexicon, SortedWords, dutch_stem


def _stems_kept(stems: frozenset[str], gone: Iterable[str], came: Iterable[str], now: SortedWords) -> frozenset[str]:
    """*stems* (of a word set) after words *gone* and *came*; *now* holds the words as they are now."""
    lost = {dutch_stem(w) for w in gone}
    still = {s for s in lost if any(dutch_stem(w) == s for w in now.starting(s[:-2]))}
    return (stems - (lost - still)) | {dutch_stem(w) for w in came}


def _cuts(word: str) -> range:
    return range(MIN_HEAD_LEARNED, len(word) - MIN_PART + 1)


def grown(old: Lexicon, words: Iterable[str]) -> Lexicon:
    """``Lexicon(words)``, from *old* and the difference between its base and the new one."""
    base = Lexicon.base_of(words)
    added, removed = base - old.base, old.base - base
    in_order = SortedWords(base)
    base_stems = _stems_kept(old.base_stems, removed, added, in_order)

    def knows(part: str) -> bool:
        return part in base or dutch_stem(part) in base_stems

    changed = added | removed
    needles = changed | {s[:-2] for s in old.base_stems ^ base_stems}
    touched = {w[:cut] for w in changed for cut in _cuts(w)} | changed
    touched |= {w[:cut] for w in base if any(n in w for n in needles) for cut in _cuts(w)}

    def is_head(head: str) -> bool:
        if head in base or len(head) < MIN_HEAD_LEARNED:
            return False
        found = {dutch_stem(w[len(head):]) for w in in_order.starting(head)
                 if len(w) - len(head) >= MIN_PART and knows(w[len(head):])}
        return len(found) >= 2

    old_heads = old.words - old.base
    heads = (old_heads - touched) | {h for h in touched if is_head(h)}
    all_words = base | heads
    stems = _stems_kept(old.stems, old.words - all_words, all_words - old.words, SortedWords(all_words))
    lexicon = Lexicon.__new__(Lexicon)
    lexicon.__setstate__({"words": all_words, "stems": stems, "base": base, "base_stems": base_stems})
    return lexicon
