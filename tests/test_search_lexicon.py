"""What an incremental index update relies on to find the words that split differently after a change."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bench.corpus import generated_methods
from db.search.analysis import Lexicon, dutch_stem, fold, typos_between
from db.search.lexicon_growth import grown


@settings(max_examples=3000, deadline=None)
@given(st.text(alphabet="aeiouyijnrstdlkgvzhbmpcfw", min_size=1, max_size=16))
def test_a_stem_begins_with_all_but_the_last_two_letters_of_its_word(word):
    assert word.startswith(dutch_stem(word)[:-2])


def catalogue_words(methods) -> set[str]:
    return {fold(w) for m in methods for text in m.texts().values() for w in re.findall(r"\w+", text)}


def test_the_words_that_split_differently_are_all_found(methods):
    words = catalogue_words(methods)
    before = Lexicon(words)
    changes = [
        words | {"zwaluwnesten", "zwaluwnestenbuurt", "moestuinen", "wijkmoestuin"},  # new heads and tails
        words - {w for w in words if w.startswith("vrijwilliger")},  # a head loses its tails
        words - {"buurt", "buurten"} | {"buurtje"},
    ]
    for after_words in changes:
        after = Lexicon(after_words)
        every = words | after_words
        expected = {w for w in every if before.parts(w) != after.parts(w)}
        assert before.splits_changed(after, every) == expected
    assert any(before.splits_changed(Lexicon(w), words | w) for w in changes)


def state(lexicon: Lexicon) -> dict:
    return lexicon.__getstate__()


def test_a_grown_lexicon_equals_one_made_afresh(methods):
    words = catalogue_words(methods) | {"zwaluwnestenbuurt", "zwaluwnestenkroket"}
    before = Lexicon(words)
    assert "zwaluwnesten" not in before.words and "zwaluwnesten" in Lexicon(words | {"kroketten"}).words
    for after_words in (
        words | {"zwaluwnesten", "zwaluwnestenbuurt", "moestuinen", "wijkmoestuin", "wijkmoestuinen"},
        words - {w for w in words if w.startswith("vrijwilliger")},
        words - {"buurt", "buurten"} | {"buurtje", "buurtjes"},
        words | {"kroketten"},  # 'zwaluwnestenkroket' now has a second known tail: a head is learned
        words,
    ):
        assert state(grown(before, after_words)) == state(Lexicon(after_words))


POOL = sorted({"zwaluwnesten", "zwaluwnestenbuurt", "moestuinen", "wijkmoestuin", "buurtmoestuinen", "vrijwilligers",
               "vrijwilligerswerk", "vrijwilligersinitiatieven", "bewonersinitiatief", "bewoners", "initiatief",
               "initiatieven", "buurthuizen", "buurthuis", "huizen", "werkplaats", "werkplaatsen", "jongerenwerk",
               "jongeren", "ouderenwerk", "kroket", "kroketten", "zwaluwnestenkroket", "buurtkroketten",
               "zorgcooperatie", "cooperaties", "heden", "gezondheden"})


@settings(max_examples=60, deadline=None)
@given(st.sets(st.sampled_from(POOL)), st.sets(st.sampled_from(POOL)))
def test_growing_by_any_words_equals_making_afresh(methods, before_extra, after_extra):
    words = catalogue_words(methods[:6])
    before = Lexicon(words | before_extra)
    after_words = (words - set(POOL)) | after_extra
    assert state(grown(before, after_words)) == state(Lexicon(after_words))


LEXICON = Lexicon({fold(w) for m in generated_methods(150) for t in m.texts().values() for w in re.findall(r"\w+", t)})
TYPED = st.text(alphabet="aeiouijnrstdlkgvzbmpw", min_size=1, max_size=14)


@settings(max_examples=300, deadline=None)
@given(st.one_of(TYPED, st.sampled_from(sorted(LEXICON.stems))), st.integers(min_value=0, max_value=2))
def test_near_stems_are_those_a_scan_of_every_stem_finds(stem, max_typos):
    plain = tuple(sorted(k for k in LEXICON.stems if k[:1] == stem[:1] and k != stem
                         and abs(len(k) - len(stem)) <= max_typos and typos_between(stem, k, max_typos) <= max_typos))
    assert LEXICON.near(stem, max_typos) == plain


@settings(max_examples=200, deadline=None)
@given(st.sets(st.sampled_from(sorted(LEXICON.stems)), max_size=3) | st.sets(TYPED, max_size=2), TYPED)
def test_the_spelling_offered_is_the_one_a_scan_of_every_word_finds(stems, like):
    words = [w for w in LEXICON.words if dutch_stem(w) in stems]
    plain = min(words, key=lambda w: (typos_between(like, w, len(like) + len(w)), len(w), w), default=None)
    assert LEXICON.spelled(stems, like) == plain


def shared_pair(words) -> tuple[Lexicon, Lexicon]:
    """The lexicons two build processes make of *words*, each searching half of them for heads
    (run one after the other here: the second's findings are learnt by a first try of its own)."""
    found: dict[int, dict] = {}

    def keep(part):  # noqa: ANN001, ANN202
        def swap(mine):  # noqa: ANN001, ANN202
            found[part] = {head: set(tails) for head, tails in mine.items()}
            return found.get(1 - part, {})
        return swap

    Lexicon(words, 1, keep(1))
    first = Lexicon(words, 0, keep(0))
    return first, Lexicon(words, 1, keep(1))


@settings(max_examples=60, deadline=None)
@given(st.sets(st.sampled_from(POOL)))
def test_two_processes_sharing_the_heads_search_make_the_lexicon_one_makes(extra):
    words = set(POOL[::3]) | extra
    for shared in shared_pair(words):
        assert state(shared) == state(Lexicon(words))


def test_a_catalogue_lexicon_made_in_two_halves_equals_one_made_whole(methods):
    words = catalogue_words(methods) | {"zwaluwnestenbuurt", "zwaluwnestenkroket", "kroketten"}
    whole = Lexicon(words)
    assert whole.words - whole.base  # heads were learnt, so the halves had something to share
    for shared in shared_pair(words):
        assert state(shared) == state(whole)
