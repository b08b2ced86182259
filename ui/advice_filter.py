"""The proxy that shows only the methods a search found, over the ranking's model (``ui.advice_model``).

Kept apart from the model: the model says what each row reads, the filter which rows are shown, and
each is answered from lists worked out once per ranking or per search.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QAbstractItemModel, QItemSelection, QItemSelectionModel, QModelIndex, QSortFilterProxyModel

from ui.advice_model import ANSWERED_ROLES, SNIPPET, AdviceModel, Index

LAYOUT_WITH_HINT = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"  # the signals' overload


class AdviceFilter(QSortFilterProxyModel):
    """Shows only the methods a search found, in the ranking's order; all of them when not searching.

    Qt asks ``filterAcceptsRow`` about every row on each change of the filter and of the source's rows or
    data: ten thousand calls into Python per keystroke at 10,000 methods. So each row's answer is worked out
    beforehand in one list (``_shown``), which the call only reads, and a search that finds other methods
    re-filters once (``show_found``), not again on the model's signal for its new snippets.
    """

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._allowed: frozenset[str] | None = None
        self._shown: list[bool] = []  # by source row
        self._snippets: object = {}  # what show_found was given last: the model starts without snippets
        self._selections: list[QItemSelectionModel] = []  # the views' (``keep_current_of``)
        # Rows whose numbers change keep their methods: no need to ask the filter about each again. When a
        # re-rank puts other methods in the rows (a change over every role), a search filters them again.
        self.setDynamicSortFilter(False)

    def setSourceModel(self, model: AdviceModel) -> None:  # noqa: N802 - Qt's name
        # Connected before the proxy's own handlers (Qt calls them in that order), so that the answers are
        # for the new rows when the proxy asks them after a reset, a re-ordering or a change of data.
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved,
                       model.rowsMoved):
            signal.connect(self._reread)
        model.dataChanged.connect(self._rows_changed)
        super().setSourceModel(model)
        self._reread()

    def _rows_changed(self, _first, _last, roles) -> None:  # noqa: ANN001
        if roles:  # numbers only: the same methods in the same rows
            return
        if self._allowed is None:
            self._reread()
        else:
            self.set_allowed(self._allowed)

    def _reread(self, *_changed) -> None:  # noqa: ANN002 - whatever the signal carries
        model, allowed = self.sourceModel(), self._allowed
        self._shown = ([True] * model.rowCount() if allowed is None
                       else [method_id in allowed for method_id in model.method_ids()])

    def show_found(self, method_ids: frozenset[str] | None,
                   snippets: Mapping[str, tuple[str, tuple]] | Callable[[str], tuple[str, tuple]]) -> None:
        """Only *method_ids* (all when None), with *snippets* in their rows: filtered once, and only when
        other methods were found; the snippet column of the rows shown is repainted when the snippets are
        others. (A view repaints itself whole when told of a change over more than some hundred rows, even
        in a hidden column: every first letter, which keeps the list without snippets, repainted it.)"""
        same = snippets is self._snippets or snippets == self._snippets  # {} again, or the same search's
        self._snippets = snippets
        self.sourceModel().set_snippets(snippets, announce=False)
        if method_ids != self._allowed:
            self.set_allowed(method_ids)
        if self.rowCount() and not same:
            self.dataChanged.emit(self.index(0, SNIPPET), self.index(self.rowCount() - 1, SNIPPET))

    def keep_current_of(self, selection: QItemSelectionModel) -> None:
        """A view's current row and selection, kept over a search as Qt's own filter would keep them."""
        self._selections.append(selection)
        selection.destroyed.connect(lambda: self._selections.remove(selection))

    def set_allowed(self, method_ids: frozenset[str] | None) -> None:
        """Shows *method_ids* in one layout change. Qt's own filter removes the hidden rows one run at a
        time, and views, header and selection take in each run: ~20 ms at 10,000 methods. The views keep
        what that removal gives them: a current row that goes moves to the last row above it that stays
        (else the first below it, else none), telling so, and the rows that go leave the selection."""
        before = self._shown
        self._allowed = method_ids
        self._reread()
        for selection in self._selections:
            self._let_go(selection, before)
        # One layout change, in which rows that stay keep their current and selection. Told as one over the
        # rows only: Qt's own (invalidate) has the column header keep its widths by row 0, which may go.
        rows_only, told = QAbstractItemModel.LayoutChangeHint.VerticalSortHint, LAYOUT_WITH_HINT
        self.layoutAboutToBeChanged[told].emit([], rows_only)
        self.blockSignals(True)
        try:
            self.invalidate()
        finally:
            self.blockSignals(False)
        self.layoutChanged[told].emit([], rows_only)

    def _let_go(self, selection: QItemSelectionModel, before: list[bool]) -> None:
        after, source = self._shown, self.sourceModel()
        current = selection.currentIndex()
        if current.isValid() and current.model() is self and not after[row := self.mapToSource(current).row()]:
            stays = lambda r: before[r] and after[r]  # noqa: E731
            to = next((r for r in range(row - 1, -1, -1) if stays(r)), None)
            to = next((r for r in range(row + 1, len(after)) if stays(r)), None) if to is None else to
            selection.setCurrentIndex(QModelIndex() if to is None else
                                      self.mapFromSource(source.index(to, current.column())),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
        going = QItemSelection()
        for kept in selection.selection():
            for row in range(kept.top(), kept.bottom() + 1):
                if not after[self.mapToSource(self.index(row, 0)).row()]:
                    going.select(self.index(row, kept.left()), self.index(row, kept.right()))
        if not going.isEmpty():
            selection.select(going, QItemSelectionModel.SelectionFlag.Deselect)

    def multiData(self, index: Index, roles) -> None:  # noqa: ANN001, N802 - Qt's name; a QModelRoleDataSpan
        """A cell's answers to all the roles a view asks at once (seven per painted cell), in one call into
        Python instead of one per role, each mapped to the list again."""
        source = self.mapToSource(index)
        data = self.sourceModel().data
        for wanted in roles:  # most roles asked are ones the model never fills: not asked of it
            role = wanted.role()
            wanted.setData(data(source, role) if role in ANSWERED_ROLES else None)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        try:
            return self._shown[source_row]
        except IndexError:  # asked in the middle of a change, before the model said it was done
            return self._allowed is None or self.sourceModel().method_ids()[source_row] in self._allowed
