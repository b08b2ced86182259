"""A query with nothing to search for yet (one letter typed, or besides it only words such as "de") keeps the list.

It used to empty the list and say "Niets gevonden voor ‘v’", which was untrue (many methods hold a v) and
made the next letter repaint the whole window from an empty list and an empty page.
"""

from __future__ import annotations

import pytest

from db.search.scan import PlainScan
from tests.test_ui import visible_ids


@pytest.mark.parametrize("query", ["v", "d*", "de v", "het "])
def test_a_query_with_nothing_to_search_keeps_the_list_and_says_why(window, query):
    before = visible_ids(window)
    window.search_box.run(query)
    assert visible_ids(window) == before
    said = window.status.currentMessage()
    assert "twee letters" in said and "Niets gevonden" not in said
    assert window.table.isColumnHidden(window.model.COLUMNS - 1)  # no found-text column: nothing was searched
    assert not window.notes.search.isVisible()


def test_the_next_letter_searches(window):
    page = window.detail.toPlainText()
    window.search_box.run("v")
    assert window.detail.toPlainText() == page  # the method shown stays
    window.search_box.run("vr")
    found = visible_ids(window)
    assert 0 < len(found) < 19
    assert "gevonden voor ‘vr’" in window.status.currentMessage()


def test_a_word_that_matches_nothing_still_says_nothing_was_found(window):
    window.search_box.run("qqqzzz")
    assert visible_ids(window) == []
    assert "Niets gevonden voor ‘qqqzzz’" in window.status.currentMessage()


@pytest.mark.parametrize("query", ["v", "de v"])
def test_the_index_and_the_plain_scan_both_say_there_was_nothing_to_search(window, methods, query):
    assert not window.search.find(query).searchable
    assert not PlainScan(methods).find(query, as_you_type=True).searchable
    assert window.search.find("vrijwilligers").searchable
    assert PlainScan(methods).find("vrijwilligers", as_you_type=True).searchable


def test_a_query_the_index_fails_on_says_nothing_was_found_not_that_search_starts_later(window, monkeypatch):
    def broken(*_args) -> None:  # noqa: ANN002
        raise RuntimeError("index failed")

    monkeypatch.setattr(window.search._engine, "find", broken)
    window.search_box.run("vrijwilligers")
    assert visible_ids(window) == []
    assert "Niets gevonden voor ‘vrijwilligers’" in window.status.currentMessage()
