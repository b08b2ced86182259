"""One method sheet: the command line and the detail page say the same things the same way."""

from __future__ import annotations

from html import unescape

from advisor.model import Amount, Budget, Method, Publication
from advisor.sheet import amount_span, euros, section_key
from app.cli.text import method_text
from ui.method_page import method_html

SPARSE = Method(
    id="karig", name="Karig", section="4.2.9", category="invite_co_initiative",
    summary="s", target_group="t", goal="g", approach="a",
    publications=(Publication("Het boek", author="A. Auteur", year=2010, publisher="Uitgever"),),
    budget=Budget("low", amounts=(Amount("Bijdrage", "external", 1500, 1500, "per jaar"),
                                  Amount("Subsidie", "external", None, 500, "eenmalig"))),
)


def test_text_and_page_show_the_same_publication_amounts_and_unknowns():
    text, page = method_text(SPARSE), unescape(method_html(SPARSE, None))
    assert "• Het boek (A. Auteur, 2010, Uitgever)" in text
    assert "<i>Het boek</i> (A. Auteur, 2010, Uitgever)" in page
    for shown in ("Bijdrage: € 1.500 per jaar (", "Subsidie: tot € 500 eenmalig ("):
        assert shown in text and shown in page
    # no goals, settings or duration given: both say 'onbekend', the same word
    assert text.count("onbekend") == page.count("onbekend") >= 4


def test_amounts_read_the_same_everywhere():
    assert euros(1234567) == "€ 1.234.567"
    assert euros(None) == "?"
    assert amount_span(500, 1000) == "€ 500–€ 1.000"
    assert amount_span(None, None) == "?"


def test_sections_sort_as_numbers():
    assert sorted(["4.1.10", "4.1.9", "4.2.1", "4.1.x"], key=section_key) == ["4.1.x", "4.1.9", "4.1.10", "4.2.1"]


def test_a_publication_description_is_not_shown_as_a_title_and_roles_are_shown():
    from dataclasses import replace

    from advisor.model import Involved, Publication

    method = replace(SPARSE, publications=(Publication("Het boek"), Publication("een handleiding op de website",
                                                                                 kind="description")),
                     involved=(Involved("Social Minds", "merkhouder"),))
    text, page = method_text(method), method_html(method, None)
    assert "• Het boek" in text and "• zonder titel: een handleiding op de website" in text
    assert "<i>Het boek</i>" in page and "<i>een handleiding" not in page and "een handleiding op de website" in page
    assert "Social Minds — merkhouder" in text and "Social Minds — merkhouder" in unescape(page)
