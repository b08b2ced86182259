"""A search changes the list in one layout change (``AdviceFilter.set_allowed``), where Qt's own filter removes
the hidden rows one run at a time (~20 ms at 10,000 methods). The views must not tell the difference: the
same rows in the same order, the same current row and selection afterwards, and the current row's moves
told as Qt's removal tells them (``currentRowChanged``, which shows a method's page)."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSortFilterProxyModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

from advisor.context import Context
from advisor.matcher import advise
from tests.test_search_list import contexts, shown
from ui.advice_filter import AdviceFilter
from ui.advice_model import METHOD_ID_ROLE, NAME, SNIPPET, AdviceModel
from ui.advice_table import AdviceTable

Select = QItemSelectionModel.SelectionFlag


class PlainFilter(QSortFilterProxyModel):
    """Qt's own filter over the same model, asking it about each row: the hidden rows removed run by run, the
    views following each removal."""

    def __init__(self):
        super().__init__()
        self._allowed: frozenset[str] | None = None
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: AdviceModel) -> None:  # noqa: N802 - Qt's name
        model.dataChanged.connect(self._rows_changed)  # before the proxy's own: the new rows filtered first
        super().setSourceModel(model)

    def _rows_changed(self, _first, _last, roles) -> None:  # noqa: ANN001
        if not roles and self._allowed is not None:  # other methods in the rows
            self.set_allowed(self._allowed)

    def show_found(self, method_ids: frozenset[str] | None, snippets: dict) -> None:
        self.sourceModel().set_snippets(snippets, announce=False)  # the tests here search without snippets
        if method_ids != self._allowed:
            self.set_allowed(method_ids)

    def keep_current_of(self, _selection: QItemSelectionModel) -> None:
        """Qt's removal moves a view's current row and selection itself."""

    def set_allowed(self, method_ids: frozenset[str] | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._allowed = method_ids
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._allowed = method_ids
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, _parent: QModelIndex) -> bool:  # noqa: N802
        return self._allowed is None or self.sourceModel().method_id(source_row) in self._allowed


@dataclasses.dataclass
class Watched:
    proxy: AdviceFilter | PlainFilter
    view: QTableView
    told: list

    def state(self) -> tuple:
        selection = self.view.selectionModel()
        current = selection.currentIndex()
        return (shown(self.proxy),
                (current.data(METHOD_ID_ROLE), current.column()) if current.isValid() else None,
                sorted((i.data(METHOD_ID_ROLE), i.column()) for i in selection.selectedIndexes()),
                self.told)


def watched(model: AdviceModel, proxy: AdviceFilter | PlainFilter) -> Watched:
    proxy.setSourceModel(model)
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
    view.setModel(proxy)
    proxy.keep_current_of(view.selectionModel())
    told = []
    view.selectionModel().currentRowChanged.connect(
        lambda now, before: told.append((now.data(METHOD_ID_ROLE), before.data(METHOD_ID_ROLE))))
    return Watched(proxy, view, told)


steps = st.one_of(
    contexts,
    st.none() | st.frozensets(st.integers(0, 18)),  # a search: the methods found
    st.tuples(st.integers(0, 18), st.sampled_from([NAME, SNIPPET])),  # a click on a row
    st.frozensets(st.integers(0, 18), max_size=5),  # Ctrl+clicks: rows selected
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(steps, min_size=1, max_size=10))
def test_one_layout_change_keeps_what_qt_s_removal_keeps(qapp, methods, knowledge, steps):
    model = AdviceModel()
    model.set_ranking(advise(methods, Context(), knowledge).results, scored=False)
    fast, plain = watched(model, AdviceFilter()), watched(model, PlainFilter())
    for step in steps:
        if isinstance(step, Context):
            advice = advise(methods, step, knowledge)
            model.set_ranking(advice.results, advice.excluded)
        elif step is None or (isinstance(step, frozenset) and len(step) > 5):
            allowed = None if step is None else frozenset(methods[i].id for i in step)
            fast.proxy.show_found(allowed, {})
            plain.proxy.show_found(allowed, {})
        elif isinstance(step, tuple):
            for each in (fast, plain):
                if step[0] < each.proxy.rowCount():
                    each.view.selectionModel().setCurrentIndex(each.proxy.index(*step),
                                                               Select.ClearAndSelect | Select.Rows)
        else:
            for each in (fast, plain):
                for row in step:
                    if row < each.proxy.rowCount():
                        each.view.selectionModel().select(each.proxy.index(row, NAME), Select.Toggle | Select.Rows)
        assert fast.state() == plain.state()


def test_a_hidden_current_row_moves_to_the_row_above_that_stays_else_the_one_below(qapp, methods, knowledge):
    model = AdviceModel()
    model.set_ranking(advise(methods, Context(), knowledge).results, scored=False)
    fast = watched(model, AdviceFilter())
    ids = shown(fast.proxy)
    fast.view.setCurrentIndex(fast.proxy.index(4, NAME))
    fast.proxy.show_found(frozenset(ids[:3] + ids[6:8]), {})
    assert fast.view.currentIndex().data(METHOD_ID_ROLE) == ids[2]
    assert fast.view.selectionModel().selectedRows() == []  # Qt's removal leaves nothing selected
    fast.proxy.show_found(frozenset(ids[6:8]), {})
    assert fast.view.currentIndex().data(METHOD_ID_ROLE) == ids[6]
    fast.proxy.show_found(frozenset(), {})
    assert not fast.view.currentIndex().isValid()
    assert [moved for moved, _ in fast.told] == [ids[4], ids[2], ids[6], None]


def test_the_filter_passes_the_qt_model_tester_over_searches(qtmodeltester, methods, knowledge):
    model = AdviceModel()
    model.set_ranking(advise(methods, Context(goals=frozenset({"liveability"})), knowledge).results)
    proxy = AdviceFilter()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    proxy.keep_current_of(view.selectionModel())
    view.setCurrentIndex(proxy.index(4, NAME))
    qtmodeltester.check(proxy)
    for found in (methods[::3], methods[1::2], methods[:1], [], methods[5:9]):
        proxy.show_found(frozenset(m.id for m in found), {})
        assert sorted(shown(proxy)) == sorted(m.id for m in found)
    proxy.show_found(None, {})
    assert proxy.rowCount() == len(methods)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(searches=st.lists(st.tuples(st.integers(0, 18), st.integers(0, 2000), st.frozensets(st.integers(0, 18))),
                         min_size=1, max_size=4))
def test_the_list_on_screen_scrolls_and_looks_as_after_qt_s_removal(qtbot, methods, knowledge, searches):
    """A current row, a scroll position, a search: the same rows in view, scrolled as far, painted alike."""
    model = AdviceModel()
    model.set_ranking(advise(methods, Context(goals=frozenset({"liveability"})), knowledge).results)
    tables = []
    for proxy in (AdviceFilter(), PlainFilter()):
        proxy.setSourceModel(model)
        table = AdviceTable(proxy)
        qtbot.addWidget(table)
        table.resize(640, 260)
        table.show()
        tables.append(table)
    qtbot.waitExposed(tables[1])
    for row, scrolled, found in searches:
        for table in tables:
            proxy = table.model()
            if row < proxy.rowCount():
                table.setCurrentIndex(proxy.index(row, NAME))
            table.verticalScrollBar().setValue(scrolled)
            proxy.show_found(frozenset(methods[i].id for i in found), {})
            table.lay_out_now()
        fast, plain = tables
        assert fast.verticalScrollBar().value() == plain.verticalScrollBar().value()
        assert fast.currentIndex().data(METHOD_ID_ROLE) == plain.currentIndex().data(METHOD_ID_ROLE)
        assert fast.grab().toImage() == plain.grab().toImage()
