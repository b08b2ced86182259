"""The search filter as a model of its own (``ui.advice_filter``): a Python proxy over one list of the rows shown.

It passes Qt's model tester with every row, some and none shown; its column titles stand over an empty list;
and a change the ranking's model tells of the rows shown reaches the screen (what ``tests/test_search_filter_moves``
compares with Qt's own filter is the search itself).
"""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from advisor.context import Context
from advisor.matcher import advise
from bench.corpus import generated_methods
from tests.advice_list import advice_list
from tests.test_search_filter_moves import PlainFilter
from tests.test_search_list import contexts, filtered_in_view, plainly_shown, shown
from ui.advice_filter import AdviceFilter, place_in
from ui.advice_model import METHOD_ID_ROLE, NAME, AdviceModel
from ui.advice_table import AdviceTable

MANY = generated_methods(400)  # a list that scrolls far: the 19 real methods and generated ones


def test_the_filter_passes_the_model_tester_with_every_row_some_and_none(qapp, qtmodeltester, methods, knowledge):
    model = AdviceModel()
    proxy, view = filtered_in_view(model)
    proxy.keep_current_of(view.selectionModel())
    model.set_ranking(advise(methods, Context(goals=frozenset({"liveability"})), knowledge).results)
    view.setCurrentIndex(proxy.index(7, NAME))
    qtmodeltester.check(proxy)
    for found in (methods[::2], [], methods[3:4], None):
        proxy.show_found(None if found is None else frozenset(m.id for m in found), {})
        qtmodeltester.check(proxy)
        assert proxy.rowCount() == len(methods if found is None else found)
    proxy.show_found(frozenset(), {})
    model.set_ranking(advise(methods, Context(), knowledge).results, scored=False)  # a reset, nothing shown
    qtmodeltester.check(proxy)
    assert proxy.rowCount() == 0


def test_the_column_titles_stand_over_a_list_with_nothing_found(qtbot, methods, knowledge):
    model, proxy, table = advice_list(qtbot, 640, 260)
    model.set_ranking(advise(methods, Context(goals=frozenset({"liveability"})), knowledge).results)
    proxy.show_found(frozenset(), {})
    assert proxy.rowCount() == 0
    header = table.horizontalHeader()
    assert [proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(header.count())] == list(model.titles())
    assert proxy.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == "Rang"


def on_screen_and_fresh(table) -> tuple[QImage, QImage]:  # noqa: ANN001
    """The list as its backing store holds it (painted piece by piece) and painted whole now."""
    shown_now = table.windowHandle().screen().grabWindow(table.winId()).toImage()
    return (shown_now.convertToFormat(QImage.Format.Format_RGB32),
            table.grab().toImage().convertToFormat(QImage.Format.Format_RGB32))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(contexts, min_size=1, max_size=5),
       found=st.just(frozenset(range(19))) | st.frozensets(st.integers(0, 18), min_size=1))
def test_re_ranks_while_searching_leave_the_found_rows_on_screen_as_they_read(qtbot, qapp, methods, knowledge,
                                                                             steps, found):
    """Scores that move, methods that change places and musts that exclude, in the rows the search shows: the
    filter passes the model's changes on for the rows shown, mapped, and nothing stale stays on screen. (With
    every method found the rows shown stay the same rows: only the changes passed on repaint them.)"""
    model, proxy, table = advice_list(qtbot, 640, 900)
    model.set_ranking(advise(methods, Context(goals=frozenset({"liveability"})), knowledge).results)
    allowed = frozenset(methods[i].id for i in found)
    proxy.show_found(allowed, {})
    table.show()
    qtbot.waitExposed(table)
    for context in steps:
        advice = advise(methods, context, knowledge)
        model.set_ranking(advice.results, advice.excluded)
        table.lay_out_now()
        qapp.processEvents()
        assert shown(proxy) == plainly_shown(model, allowed)
        on_screen, fresh = on_screen_and_fresh(table)
        assert on_screen == fresh


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(searches=st.lists(st.tuples(st.integers(0, 60), st.integers(1, 40)), min_size=2, max_size=8),
       current=st.integers(0, 399))
def test_a_long_list_searched_again_and_again_scrolls_and_looks_as_after_qt_s_removal(qtbot, knowledge, searches,
                                                                                   current):
    """Found sets of a few to some hundred methods in turn, as typing gives them: the list scrolls as far, keeps
    the same current method and is painted alike after each search, as with Qt's own filter."""
    model = AdviceModel()
    model.set_ranking(advise(MANY, Context(goals=frozenset({"liveability"})), knowledge).results)
    tables = []
    for proxy in (AdviceFilter(), PlainFilter()):
        proxy.setSourceModel(model)
        table = AdviceTable(proxy)
        qtbot.addWidget(table)
        table.resize(640, 400)
        table.show()
        table.setCurrentIndex(proxy.index(current, NAME))
        table.lay_out_now()
        tables.append(table)
    for first, step in searches:
        for table in tables:
            table.model().show_found(frozenset(m.id for m in MANY[first::step]), {})
            table.lay_out_now()
        fast, plain = tables
        assert fast.verticalScrollBar().value() == plain.verticalScrollBar().value()
        assert fast.currentIndex().data(METHOD_ID_ROLE) == plain.currentIndex().data(METHOD_ID_ROLE)
        assert fast.grab().toImage() == plain.grab().toImage()


@given(rows=st.lists(st.integers(0, 60), unique=True).map(sorted), row=st.integers(-2, 62))
def test_a_row_is_found_among_the_rows_shown_as_a_plain_search_finds_it(rows, row):
    plain = rows.index(row) if row in rows else -1
    assert place_in(rows, row) == plain
    everything = range(len(rows))
    assert place_in(everything, row) == (row if row in everything else -1)
