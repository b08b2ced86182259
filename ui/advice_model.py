"""A thin Qt table model over the matcher's ranking, and the proxy that filters it.

The model holds no logic of its own: each row is one RankedMethod, each cell
reads a field of it. Filtering by search hits lives in the proxy's
``filterAcceptsRow``, so the ranking itself never changes while the user types.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFontMetrics

from ui.i18n import term, tr

if TYPE_CHECKING:
    from advisor.matcher import RankedMethod

METHOD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SCORE_ROLE = Qt.ItemDataRole.UserRole + 3
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 4

RANK, NAME, SCORE, CONFIDENCE, CATEGORY, SNIPPET = range(6)

Index = QModelIndex | QPersistentModelIndex

# Short category names for the list; the detail page shows the full ones.
SHORT_CATEGORIES = {"facilitate_and_support": "Faciliteren", "invite_co_initiative": "Mede-initiatief"}


# Room around a cell's text: the style's margins and the header's sort indicator.
CELL_PADDING = 24


def column_widths(model: AdviceModel, cells: QFontMetrics, header: QFontMetrics) -> dict[int, int]:
    """Widths for the short columns from the widest text they can hold, measured once."""
    titles = model.titles()
    widest = {
        RANK: ["00000"],
        CONFIDENCE: ["100%"],
        CATEGORY: [tr(label) for label in SHORT_CATEGORIES.values()],
    }
    return {column: CELL_PADDING + max(header.horizontalAdvance(titles[column]),
                                       *(cells.horizontalAdvance(t) for t in texts))
            for column, texts in widest.items()}


class AdviceModel(QAbstractTableModel):
    COLUMNS = 6

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows: Sequence[RankedMethod] = ()
        self._snippet_of: Callable[[str], tuple[str, tuple] | None] = lambda _id: None

    def set_ranking(self, ranking: Sequence[RankedMethod]) -> None:
        self.beginResetModel()
        self._rows = ranking
        self.endResetModel()

    def set_snippets(self, snippets: Mapping[str, tuple[str, tuple]] | Callable[[str], tuple[str, tuple]]) -> None:
        """Search snippets by method id, (plain text, marked ranges): a mapping, or a function the
        model calls only for the rows a view paints (a search may find thousands)."""
        self._snippet_of = snippets.get if isinstance(snippets, Mapping) else snippets
        if self._rows:
            self.dataChanged.emit(self.index(0, SNIPPET), self.index(len(self._rows) - 1, SNIPPET))

    def ranked(self, row: int) -> RankedMethod:
        return self._rows[row]

    def method_id(self, row: int) -> str:
        """The id in *row*, without building the row's explanation (the filter asks this of every row)."""
        evaluation = getattr(self._rows, "evaluation", None)
        return (evaluation(row) if evaluation is not None else self._rows[row]).method.id

    def row_of(self, method_id: str) -> int:
        return next((i for i in range(len(self._rows)) if self.method_id(i) == method_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole \
                and 0 <= section < self.COLUMNS:
            return self.titles()[section]
        return None

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Plaats"), self.tr("Methode"), self.tr("Score"), self.tr("Zekerheid"),
                self.tr("Categorie"), self.tr("Gevonden tekst"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        column = index.column()
        if role == METHOD_ID_ROLE:
            return r.method.id
        if role == SCORE_ROLE:
            return r.score
        if column == SNIPPET and role in (SNIPPET_ROLE, Qt.ItemDataRole.DisplayRole):
            snippet = self._snippet_of(r.method.id)
            if role == SNIPPET_ROLE:
                return snippet if snippet and snippet[0] else None
            return snippet[0] if snippet else ""
        if role == SNIPPET_ROLE:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(r.rank), r.method.name, f"{r.score:.0f}", f"{r.confidence:.0%}",
                    tr(SHORT_CATEGORIES.get(r.method.category, r.method.category)))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, CATEGORY):
            return r.method.name if column == NAME else term("category", r.method.category)
        if role == Qt.ItemDataRole.ToolTipRole and column == CONFIDENCE:
            return self.tr("Deel van het gewicht dat op bekende gegevens rust")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RANK, SCORE, CONFIDENCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == SCORE:
            return self.tr("score {0} van 100").format(f"{r.score:.0f}")
        return None


class AdviceFilter(QSortFilterProxyModel):
    """Shows only the methods a search found, in the ranking's order; all of them when not searching."""

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._allowed: frozenset[str] | None = None

    def set_allowed(self, method_ids: frozenset[str] | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._allowed = method_ids
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._allowed = method_ids
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        if self._allowed is None:
            return True
        return self.sourceModel().method_id(source_row) in self._allowed
