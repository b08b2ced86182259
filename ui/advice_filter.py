"""The proxy that shows only the methods a search found, over the ranking's model (``ui.advice_model``).

Kept apart from the model: the model says what each row reads, the filter which rows are shown. A plain
Python proxy, not Qt's QSortFilterProxyModel: that one asks Python about each of the model's rows on every
change of the filter (10,000 calls at 10,000 methods, ~15 ms a keystroke). The filter only hides rows and
never sorts, so the rows shown are one ascending list of the model's rows, made once per search and ranking.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Mapping, Sequence
from itertools import compress

from PySide6.QtCore import QAbstractItemModel, QAbstractTableModel, QItemSelection, QItemSelectionModel, QModelIndex, Qt

from ui.advice_model import ANSWERED_ROLES, SNIPPET, AdviceModel, Index

LAYOUT_WITH_HINT = "QList<QPersistentModelIndex>,QAbstractItemModel::LayoutChangeHint"  # the signals' overload


def place_in(rows: Sequence[int], source_row: int) -> int:
    """Where *source_row* stands among the ascending *rows*, or -1 when it is not among them."""
    if isinstance(rows, range):
        return source_row if 0 <= source_row < len(rows) else -1
    place = bisect_left(rows, source_row)
    return place if place < len(rows) and rows[place] == source_row else -1


class AdviceFilter(QAbstractTableModel):
    """Shows only the methods a search found, in the ranking's order; all of them when not searching.

    The model tells only changes of data (none of its rows come, go or move) and resets, so the rows shown
    change only here: on a search (``show_found``) and when a re-rank puts other methods in the rows (a
    change over every role), each time in one layout change. A view asks about the cells it paints only.
    """

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._source: AdviceModel | None = None
        self._allowed: frozenset[str] | None = None
        self._rows: Sequence[int] = range(0)  # the model's rows shown, ascending: a range when all are
        self._snippets: object = {}  # what show_found was given last: the model starts without snippets
        self._selections: list[QItemSelectionModel] = []  # the views' (``keep_current_of``)

    def setSourceModel(self, model: AdviceModel) -> None:  # noqa: N802 - Qt's name
        self.beginResetModel()
        self._source = model
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(self._source_changed)
        model.headerDataChanged.connect(self.headerDataChanged)
        self._reset()

    def sourceModel(self) -> AdviceModel:  # noqa: N802
        return self._source

    def _reset(self) -> None:
        self._rows = self._shown_rows()
        self.endResetModel()

    def _shown_rows(self) -> Sequence[int]:
        model, allowed = self._source, self._allowed
        if allowed is None:
            return range(model.rowCount())
        return list(compress(range(model.rowCount()), map(allowed.__contains__, model.method_ids())))

    def _source_changed(self, first: QModelIndex, last: QModelIndex, roles) -> None:  # noqa: ANN001
        if not roles and self._allowed is not None:  # other methods in the rows: which are shown again
            self.set_allowed(self._allowed)
        rows = self._rows
        top, bottom = bisect_left(rows, first.row()), bisect_right(rows, last.row()) - 1
        if top <= bottom:  # the rows shown of those changed stand together: the filter does not sort
            self.dataChanged.emit(self.createIndex(top, first.column()), self.createIndex(bottom, last.column()),
                                  roles)

    def show_found(self, method_ids: frozenset[str] | None,
                   snippets: Mapping[str, tuple[str, tuple]] | Callable[[str], tuple[str, tuple]]) -> None:
        """Only *method_ids* (all when None), with *snippets* in their rows: filtered once, and only when
        other methods were found; the snippet column of the rows shown is repainted when the snippets are
        others. (A view repaints itself whole when told of a change over more than some hundred rows, even
        in a hidden column: every first letter, which keeps the list without snippets, repainted it.)"""
        same = snippets is self._snippets or snippets == self._snippets  # {} again, or the same search's
        self._snippets = snippets
        self._source.set_snippets(snippets, announce=False)
        if method_ids != self._allowed:
            self.set_allowed(method_ids)
        if self._rows and not same:
            self.dataChanged.emit(self.index(0, SNIPPET), self.index(len(self._rows) - 1, SNIPPET))

    def set_allowed(self, method_ids: frozenset[str] | None) -> None:
        """Shows *method_ids* in one layout change over the rows. Qt's own filter removes the hidden rows one
        run at a time, and views, header and selection take in each run; the views keep what that removal
        gives them (``_let_go``). Told as a change over the rows only: Qt's own (invalidate) has the
        column header keep its widths by row 0, which may go."""
        self._allowed = method_ids
        before, after = self._rows, self._shown_rows()
        if after == before:
            return
        for selection in self._selections:  # while the views still see the rows as they were
            self._let_go(selection, before, after)
        rows_only, told = QAbstractItemModel.LayoutChangeHint.VerticalSortHint, LAYOUT_WITH_HINT
        self.layoutAboutToBeChanged[told].emit([], rows_only)
        kept = self.persistentIndexList()  # those the views and selections keep over the change, made above
        self._rows = after
        moved = []
        for index in kept:
            place = place_in(after, before[index.row()])
            moved.append(QModelIndex() if place < 0 else self.createIndex(place, index.column()))
        self.changePersistentIndexList(kept, moved)
        self.layoutChanged[told].emit([], rows_only)

    def keep_current_of(self, selection: QItemSelectionModel) -> None:
        """A view's current row and selection, kept over a search as Qt's own filter would keep them."""
        self._selections.append(selection)
        selection.destroyed.connect(lambda: self._selections.remove(selection))

    def _let_go(self, selection: QItemSelectionModel, before: Sequence[int], after: Sequence[int]) -> None:
        """What Qt's removal of the rows that go gives a view: a current row that goes moves to the last row
        above it that stays (else the first below it, else none), telling so, and the rows that go leave the
        selection. Said in the rows as they were (*before*); the layout change then moves them."""
        stays = lambda row: place_in(after, before[row]) >= 0  # noqa: E731
        current = selection.currentIndex()
        if current.isValid() and current.model() is self and not stays(row := current.row()):
            to = next((r for r in range(row - 1, -1, -1) if stays(r)), None)
            to = next((r for r in range(row + 1, len(before)) if stays(r)), None) if to is None else to
            selection.setCurrentIndex(QModelIndex() if to is None else self.createIndex(to, current.column()),
                                      QItemSelectionModel.SelectionFlag.NoUpdate)
        going = QItemSelection()
        for kept in selection.selection():
            for row in range(kept.top(), kept.bottom() + 1):
                if not stays(row):
                    going.select(self.index(row, kept.left()), self.index(row, kept.right()))
        if not going.isEmpty():
            selection.select(going, QItemSelectionModel.SelectionFlag.Deselect)

    def mapToSource(self, index: Index) -> QModelIndex:  # noqa: N802 - Qt's name
        if not index.isValid():
            return QModelIndex()
        return self._source.index(self._rows[index.row()], index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:  # noqa: N802
        place = place_in(self._rows, index.row()) if index.isValid() else -1
        return QModelIndex() if place < 0 else self.createIndex(place, index.column())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else AdviceModel.COLUMNS

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """One call into Python where Qt's own asks rowCount and columnCount."""
        if 0 <= row < len(self._rows) and 0 <= column < AdviceModel.COLUMNS and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        """The model's titles, asked of it directly (also with no row shown)."""
        if orientation == Qt.Orientation.Vertical:
            if not 0 <= section < len(self._rows):
                return None
            section = self._rows[section]
        return self._source.headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        return self._source.data(self._source.createIndex(self._rows[index.row()], index.column()), role)

    def multiData(self, index: Index, roles) -> None:  # noqa: ANN001, N802 - Qt's name; a QModelRoleDataSpan
        """A cell's answers to all the roles a view asks at once (seven per painted cell), in one call into
        Python instead of one per role."""
        source = self._source
        cell, data = source.createIndex(self._rows[index.row()], index.column()), source.data
        for wanted in roles:  # most roles asked are ones the model never fills: not asked of it
            role = wanted.role()
            wanted.setData(data(cell, role) if role in ANSWERED_ROLES else None)

