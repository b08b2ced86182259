"""Dutch searches a professional would type, against the real catalogue of 19 methods."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.catalogue import Catalogue
from app.search import SearchService


@pytest.fixture(scope="module")
def catalogue(tmp_path_factory):
    return Catalogue.open(f"sqlite:///{tmp_path_factory.mktemp('db') / 'catalogus.sqlite3'}")


@pytest.fixture(scope="module")
def service(catalogue, tmp_path_factory):
    service = SearchService.open_or_build(catalogue, tmp_path_factory.mktemp("cache") / "index")
    yield service
    service.close()


def ids(service, query, **options):
    return [hit.id for hit in service.search(query, limit=19, **options)]


def methods_whose_texts_match(catalogue, pattern):
    return {m.id for m in catalogue.methods if any(re.search(pattern, t, re.I) for t in m.texts().values())}


def marked_words(hit):
    return [hit.snippet[start:end] for start, end in hit.marks]


def test_a_plain_word_finds_the_methods_that_use_it_and_its_inflections(service, catalogue):
    found = set(ids(service, "vrijwilligers"))
    assert "tijdvoorelkaar" in found  # says only 'vrijwilligerswerk'
    assert "maatschappelijke-beursvloer" in found  # 'vrijwilligersorganisaties', 'vrijwillige'
    assert found >= methods_whose_texts_match(catalogue, r"\bvrijwilligers")


def test_stemming_makes_singular_and_plural_equal(service):
    assert set(ids(service, "dorpen")) == set(ids(service, "dorp"))
    assert set(ids(service, "initiatieven")) == set(ids(service, "initiatief"))  # f/v alternation


def test_a_compound_is_found_by_its_parts(service, catalogue):
    found = ids(service, "initiatief")
    assert "twexx" in found  # only 'bewonersinitiatieven' there
    assert "abcd" in found  # only 'vrijwilligersinitiatieven' there
    assert set(found) >= methods_whose_texts_match(catalogue, r"\w+initiatie(f|ven)\b")
    assert "tijdvoorelkaar" in ids(service, "vrijwilliger")  # 'vrijwilligerswerk'


def test_accents_and_case_do_not_matter(service):
    assert ids(service, "cooperatief") == ids(service, "Coöperatief") == ["het-ondernemende-dorp"]
    assert ids(service, "ideeen") == ids(service, "IDEEËN")
    assert "buurtcoach-kan-wel" in ids(service, "ideeen")
    assert ids(service, "kan wel")[0] == "buurtcoach-kan-wel"  # written 'Kan wél!'


def test_all_words_must_match_best_first(service):
    either = set(ids(service, "dorp")) | set(ids(service, "jongeren"))
    both = ids(service, "dorp jongeren")
    assert both and set(both) < either
    assert both == ["idop"]


def test_the_method_named_comes_first(service, catalogue):
    for method in catalogue.methods:
        assert ids(service, method.name)[0] == method.id, method.name


def test_typos_in_longer_words_still_find_the_method(service):
    assert ids(service, "vrijwiligers") == ids(service, "vrijwilligers")
    assert ids(service, "gemeenshap") == ids(service, "gemeenschap")
    assert "het-ondernemende-dorp" in ids(service, "cooperatie")  # the text says 'coöperatief'


def test_short_words_are_not_guessed(service):
    assert ids(service, "dorq") == []


def test_a_quoted_phrase_needs_the_words_together(service):
    words, phrase = set(ids(service, "groepen bewoners")), ids(service, '"groepen bewoners"')
    assert phrase and set(phrase) < words
    assert ids(service, '"kern met pit"')[0] == "kern-met-pit"


def test_a_field_filter_looks_only_in_that_field(service):
    assert set(ids(service, "jongeren")) >= {"buurtcoach-kan-wel", "idop"}
    assert ids(service, "doelgroep:jongeren") == ["buurtcoach-kan-wel"]
    assert ids(service, "naam:dorp") == ["het-ondernemende-dorp"]
    words = set(ids(service, "doelgroep:groepen doelgroep:bewoners"))
    assert set(ids(service, 'doelgroep:"groepen bewoners"')) == {"kern-met-pit", "abcd"} < words


@pytest.mark.parametrize(("query", "same_as"), [
    ('"kern met pit', "kern met pit"),
    ("aanpak:", "aanpak"),
    ("<b>buurt</b>", "buurt"),
    ("wijk:dorp", "wijk dorp"),
    ("dorp *", "dorp"),
])
def test_broken_syntax_is_searched_as_plain_words(service, query, same_as):
    assert ids(service, query) == ids(service, same_as)
    assert ids(service, same_as)  # the comparison is about something found


@pytest.mark.parametrize("query", ["*", "", "   ", '"', "de het een", ":", "naam:"])
def test_nothing_to_search_gives_no_hits(service, query):
    assert service.search(query) == []


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(alphabet=st.sampled_from('abcëé *":<>/&()-_\'\\\n\t0naamdoelgroep'), max_size=40),
       as_you_type=st.booleans())
def test_no_typed_text_makes_search_fail(service, text, as_you_type):
    assert isinstance(service.search(text, as_you_type=as_you_type), list)


def test_as_you_type_treats_the_last_word_as_the_start_of_a_word(service):
    assert ids(service, "coop", as_you_type=True) == ["het-ondernemende-dorp"]
    assert ids(service, "coop") == []
    assert ids(service, "moed", as_you_type=True)[0] == "moedercentra"
    assert ids(service, "buurt coa", as_you_type=True)[0] == "buurtcoach-kan-wel"
    assert "tijdvoorelkaar" in ids(service, "vrijw", as_you_type=True)


def test_a_prefix_is_not_stemmed(service):
    """'ouderen' stems to 'ouder'; typed in full it must still match as a prefix."""
    assert "het-ondernemende-dorp" in ids(service, "ouderen", as_you_type=True)
    assert ids(service, "dorpsbewoner", as_you_type=True) == ids(service, "dorpsbewoners")


def test_a_finished_word_while_typing_is_a_whole_word(service):
    assert ids(service, "coop ", as_you_type=True) == []


def test_star_suffix_is_a_prefix_search(service):
    assert ids(service, "coop*") == ids(service, "coop", as_you_type=True) == ["het-ondernemende-dorp"]
    assert set(ids(service, "doelgroep:jong*")) == {"buurtcoach-kan-wel", "abcd"}  # 'jongeren', 'jong en oud'


def test_a_prefix_longer_than_the_stored_edges_is_still_exact(service):
    assert ids(service, "vrijwilligersorg", as_you_type=True) == ["maatschappelijke-beursvloer"]
    assert ids(service, "vrijwilligersorx", as_you_type=True) == []


def test_snippets_mark_the_matched_words_as_plain_ranges(service):
    hits = service.search("initiatief", limit=19)
    twexx = next(h for h in hits if h.id == "twexx")
    assert "bewonersinitiatieven" in marked_words(twexx)
    for hit in hits:
        assert hit.marks and all(0 <= s < e <= len(hit.snippet) for s, e in hit.marks)
        assert all("initiatie" in w.lower() for w in marked_words(hit))
        assert len(hit.snippet) <= 202


def test_snippet_marks_accent_folded_and_prefix_matches(service):
    hit = service.search("coop", as_you_type=True)[0]
    assert marked_words(hit) == ["coöperatief"]
    hit = service.search("wel")[0]
    assert "wél" in marked_words(hit)


def test_snippets_are_text_not_markup(service):
    for hit in service.search("<i>buurt</i>", limit=19):
        assert "<i>" not in hit.snippet and "<b>" not in hit.snippet
        assert all(hit.snippet[s:e].lower().startswith("buurt") for s, e in hit.marks)


def test_hits_carry_name_and_descending_scores(service, catalogue):
    hits = service.search("buurt", limit=19)
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert all(h.name == catalogue.get(h.id).name for h in hits)
    assert len(service.search("buurt", limit=2)) == 2


@pytest.mark.parametrize("word", ["bewonersinitiatief", "initiatief", "vrijwilligers", "ouderen", "budget"])
def test_a_whole_word_typed_as_you_type_finds_what_the_finished_word_finds(service, word):
    assert set(ids(service, word)) <= set(ids(service, word, as_you_type=True))


@pytest.mark.parametrize("query", ["buurt", "coop", "initiatief", "vrijwiligers", "doelgroep:ouderen", "wel", "<i>"])
def test_the_window_finds_what_search_finds_and_snippets_only_what_it_found(service, catalogue, query):
    found = service.find(query, as_you_type=True)
    hits = service.search(query, limit=19, as_you_type=True)
    assert set(found.ids) == {h.id for h in hits}
    assert len(found) == len(hits)
    for hit in hits:
        assert found.snippet(hit.id) == (hit.snippet, hit.marks)
    missed = [m.id for m in catalogue.methods if m.id not in found.ids]
    assert all(found.snippet(i) == ("", ()) for i in missed)


@pytest.mark.parametrize(("query", "expected"), [
    ("naam:pit", "kern-met-pit"),
    ("samenvatting:wedstrijd", "kern-met-pit"),
    ("doelgroep:ouderen", "het-ondernemende-dorp"),
    ("doel:leefomgeving", "kern-met-pit"),
    ("aanpak:jury", "kern-met-pit"),
    ("ontwikkelaar:knhm", "kern-met-pit"),
    ("materiaal:databank", "vouchersysteem"),
    ("onderzoek:lunsing", "erkende-overleg-partners"),
])
def test_every_field_the_readme_names_finds_what_that_field_holds(service, query, expected):
    assert expected in ids(service, query)


@pytest.mark.parametrize("typo", ["jongren", "vrijwiligers", "participatei"])
def test_the_window_corrects_a_typo_while_typing_as_the_command_line_does(service, typo):
    finished = set(ids(service, typo))
    assert finished
    assert set(service.find(typo, as_you_type=True).ids) == finished
