"""An edit of a method reaches the search index in a worker: the window keeps turning meanwhile, a search
answers from the index as it was, and the edited text is found once the index has it.

The index's writing is made slow on purpose (a sleep before it, in the worker), so that "meanwhile" is long
enough to look at; nothing here measures how fast anything is.
"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer

from app.search import SearchService
from tests.test_method_edit_window import answer_form
from tests.test_own_methods_window import visible_ids

SLOW_S = 1.5
WORD = "regenwormtellingen"


def slowed(monkeypatch) -> None:  # noqa: ANN001
    write = SearchService._write

    def slow_write(self, *args):  # noqa: ANN001, ANN002
        time.sleep(SLOW_S)  # as a large catalogue's commit would take; the worker's, not the window's
        write(self, *args)
    monkeypatch.setattr(SearchService, "_write", slow_write)


def edit_summary(window, monkeypatch, method_id: str, text: str) -> None:  # noqa: ANN001
    from ui import case_prompts

    monkeypatch.setattr(case_prompts, "tell", lambda *args, **_kw: pytest.fail(f"told: {args}"))
    answer_form(monkeypatch, lambda form: form.texts["summary"].setPlainText(text))
    window.select_method(method_id)
    window.catalogue_actions.actions["edit"].trigger()


def test_the_window_keeps_turning_while_an_edit_is_indexed_and_finds_it_after(window, qtbot, monkeypatch):
    catch_up = window.catalogue_actions.index
    slowed(monkeypatch)
    ticks, said = [], []
    timer = QTimer(window)
    timer.setInterval(20)
    timer.timeout.connect(lambda: ticks.append(catch_up.busy()))
    timer.start()
    window.status.messageChanged.connect(said.append)

    edit_summary(window, monkeypatch, "kern-met-pit", f"Bewoners houden samen {WORD} in de buurt.")
    assert catch_up.busy() and window.search.behind
    window.search_box.setText(WORD)  # searched while the index is written: the index as it was
    window.search_box.flush()
    assert visible_ids(window) == set()

    qtbot.waitUntil(lambda: not catch_up.busy(), timeout=30_000)
    timer.stop()
    assert ticks.count(True) >= 10  # the timer fired all along: the window's thread was free
    assert "Zoekindex bijwerken…" in said  # it took long enough to say so
    assert window.status.currentMessage() != "Zoekindex bijwerken…"
    assert visible_ids(window) == {"kern-met-pit"}  # the open search ran again once the edit was in


def test_a_quick_edit_says_nothing_and_two_edits_in_a_row_end_as_the_second(window, qtbot, monkeypatch):
    catch_up = window.catalogue_actions.index
    said = []
    window.status.messageChanged.connect(said.append)
    edit_summary(window, monkeypatch, "kern-met-pit", f"Eerst over {WORD}.")
    edit_summary(window, monkeypatch, "kern-met-pit", "Daarna over zwaluwnestkasten.")
    qtbot.waitUntil(lambda: not catch_up.busy(), timeout=30_000)
    assert "Zoekindex bijwerken…" not in said
    for query, expected in ((WORD, set()), ("zwaluwnestkasten", {"kern-met-pit"})):
        window.search_box.setText(query)
        window.search_box.flush()
        assert visible_ids(window) == expected, query
