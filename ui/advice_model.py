"""A thin Qt table model over the matcher's ranking, and the proxy that filters it.

The model holds no logic of its own: each row is one RankedMethod, each cell
reads a field of it; the methods a *must* excluded follow as a greyed section
with their reason. Until a situation is described there is no ranking, only
the methods by name. Filtering by search hits lives in the proxy's
``filterAcceptsRow``, so the ranking itself never changes while the user types.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication, QPalette

from advisor.messages import render_rank_range
from ui.i18n import number, percent, term, tr

if TYPE_CHECKING:
    from advisor.matcher import Excluded, RankedMethod
    from advisor.robust import MethodRobustness

METHOD_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SCORE_ROLE = Qt.ItemDataRole.UserRole + 3
SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 4

RANK, NAME, SCORE, CONFIDENCE, CATEGORY, SNIPPET = range(6)

Index = QModelIndex | QPersistentModelIndex

# The roles the model answers; a view's questions about any other role are answered None at once.
Role = Qt.ItemDataRole
ANSWERED_ROLES = frozenset({Role.DisplayRole, Role.ToolTipRole, Role.AccessibleTextRole, Role.AccessibleDescriptionRole,
                            Role.TextAlignmentRole, Role.ForegroundRole, METHOD_ID_ROLE, SCORE_ROLE, SNIPPET_ROLE})
_UNSET = object()
IDS = ("ids",)  # where method_ids() keeps its answer among the cells, so it goes when they go

# Short category names for the list; the detail page shows the full ones.
SHORT_CATEGORIES = {"facilitate_and_support": "Faciliteren", "invite_co_initiative": "Mede-initiatief"}


# Room around a cell's text: the style's margins and the header's sort indicator.
CELL_PADDING = 24


def column_widths(model: AdviceModel, cells: QFontMetrics, header: QFontMetrics, size: int = 999) -> dict[int, int]:
    """Widths for the short columns from the widest text they can hold, measured once.

    ``size`` is the number of methods: the rank column needs room for "19 (19–19)", not "999 (999–999)".
    """
    titles = model.titles()
    digits = "0" * len(str(max(size, 1)))
    widest = {
        RANK: [f"{digits} ({digits}–{digits})"],
        CONFIDENCE: ["100%"],
        CATEGORY: [tr(label) for label in SHORT_CATEGORIES.values()],
    }
    return {column: CELL_PADDING + max([header.horizontalAdvance(line) for line in titles[column].splitlines()]
                                       + [cells.horizontalAdvance(t) for t in texts])
            for column, texts in widest.items()}


class AdviceModel(QAbstractTableModel):
    COLUMNS = 6

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._rows: Sequence[RankedMethod] = ()
        self._excluded: Sequence[Excluded] = ()
        self._snippet_of: Callable[[str], tuple[str, tuple] | None] = lambda _id: None
        self.scored = False
        self._firmness: Sequence[MethodRobustness] = ()
        self._cells: dict[tuple[int, int, int], object] = {}  # (row, column, role): answer, until the rows change
        self._count = 0  # rows: the view and the filter ask a thousand times per repaint

    def set_robustness(self, firmness: Sequence[MethodRobustness]) -> None:
        """Rank ranges for the rows, aligned with the ranking (a row whose method differs shows none)."""
        self._firmness = firmness
        self._cells.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, RANK), self.index(len(self._rows) - 1, RANK))

    def _wide_range(self, row: int) -> MethodRobustness | None:
        if row >= len(self._firmness):
            return None
        firm = self._firmness[row]
        return firm if firm.rank_range.wide and firm.method.id == self._rows[row].method.id else None

    def set_ranking(self, ranking: Sequence[RankedMethod], excluded: Sequence[Excluded] = (),
                    scored: bool = True, firmness: Sequence[MethodRobustness] = ()) -> None:
        """The ranking, the excluded methods and the rows' robustness (as ``set_robustness``, but within the
        reset: a change signal over every row made the filter ask about each again); unscored (nothing
        described yet) lists all by name."""
        self.beginResetModel()
        self._cells.clear()
        self._firmness = firmness
        # Unscored, every method is level and the matcher's order is already by name (see matcher's ties).
        self._rows = ranking
        self._excluded = excluded
        self._count = len(self._rows) + len(excluded)
        self.scored = scored
        self.endResetModel()

    def excluded(self, row: int) -> Excluded | None:
        """The exclusion shown on *row*, or None for a ranked method."""
        return self._excluded[row - len(self._rows)] if row >= len(self._rows) else None

    def set_snippets(self, snippets: Mapping[str, tuple[str, tuple]] | Callable[[str], tuple[str, tuple]],
                     announce: bool = True) -> None:
        """Search snippets by method id, (plain text, marked ranges): a mapping, or a function the
        model calls only for the rows a view paints (a search may find thousands). Without *announce*
        no change is signalled: the caller repaints (AdviceFilter.show_found)."""
        self._snippet_of = snippets.get if isinstance(snippets, Mapping) else snippets
        if self._rows and announce:
            self.dataChanged.emit(self.index(0, SNIPPET), self.index(len(self._rows) - 1, SNIPPET))

    def ranked(self, row: int) -> RankedMethod:
        return self._rows[row]

    def method(self, row: int):  # noqa: ANN201 - advisor.model.Method
        return self._rows[row].method if row < len(self._rows) else self._excluded[row - len(self._rows)].method

    def method_id(self, row: int) -> str:
        """The id in *row*, without building the row's explanation (the filter asks this of every row)."""
        if row >= len(self._rows):
            return self._excluded[row - len(self._rows)].method.id
        evaluation = getattr(self._rows, "evaluation", None)
        return (evaluation(row) if evaluation is not None else self._rows[row]).method.id

    def method_ids(self) -> tuple[str, ...]:
        """Every row's method id, in row order, read once per ranking (a search filter asks for all)."""
        ids = self._cells.get(IDS)
        if ids is None:
            rows, place_row = self._rows, getattr(self._rows, "row", None)
            ranked = ([rows.method_at_row(place_row(p)).id for p in range(len(rows))] if place_row is not None
                      else [r.method.id for r in rows])
            ids = self._cells[IDS] = (*ranked, *(e.method.id for e in self._excluded))
        return ids

    def row_of(self, method_id: str) -> int:
        ids = self.method_ids()
        return ids.index(method_id) if method_id in ids else -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.COLUMNS:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.titles()[section]
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole) and section == RANK:
            return self.tr("Rang")
        if role == Qt.ItemDataRole.ToolTipRole and section == CONFIDENCE:
            return self.tr("Welk deel van het gewicht op gegevens rust die het rapport geeft. Een laag "
                           "percentage zegt niet dat de methode slecht past, wel dat er weinig over bekend is.")
        if role == Qt.ItemDataRole.ToolTipRole and section == SCORE:
            return self.tr("Score van 0 tot 100; de balk is donker vanaf 60, lichter vanaf 40 en het lichtst "
                           "daaronder")
        return None

    def titles(self) -> tuple[str, ...]:
        return (self.tr("#"), self.tr("Methode"), self.tr("Score"), self.tr("Gegevens\nbekend"),
                self.tr("Categorie"), self.tr("Gevonden tekst"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # A view asks about seven roles of every cell it paints, again on each repaint; most are roles this
        # model never fills. Answers are kept until the rows change (snippets change on their own).
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        key = (index.row(), index.column(), role)
        if key[1] == SNIPPET or role == Qt.ItemDataRole.ForegroundRole:  # snippets and palette colours may change
            return self._cell(*key)
        value = self._cells.get(key, _UNSET)
        if value is _UNSET:
            value = self._cells[key] = self._cell(*key)
        return value

    def _cell(self, row: int, column: int, role: int):  # noqa: ANN202 - any of Qt's data types
        if not 0 <= row < self.rowCount():
            return None
        if row >= len(self._rows):
            return self._excluded_data(self._excluded[row - len(self._rows)], column, role)
        r = self._rows[row]
        if role == METHOD_ID_ROLE:
            return r.method.id
        if not self.scored and column in (RANK, SCORE, CONFIDENCE):
            return None
        if role == SCORE_ROLE:
            return r.score
        if column == SNIPPET and role in (SNIPPET_ROLE, Qt.ItemDataRole.DisplayRole):
            snippet = self._snippet_of(r.method.id)
            if role == SNIPPET_ROLE:
                return snippet if snippet and snippet[0] else None
            return snippet[0] if snippet else ""
        if role == SNIPPET_ROLE:
            return None
        wide = self._wide_range(row) if column == RANK else None
        if wide is not None and role == Qt.ItemDataRole.DisplayRole:
            return f"{r.rank} ({wide.rank_range.best}–{wide.rank_range.worst})"
        if wide is not None and role == Qt.ItemDataRole.ToolTipRole:
            return render_rank_range(wide.rank_range, wide.unknown, tr, why=True)
        if wide is not None and role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("Plaats {0}. {1}").format(r.rank, render_rank_range(wide.rank_range, wide.unknown, tr,
                                                                                 why=True))
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(r.rank), r.method.name, number(r.score), percent(r.confidence),
                    tr(SHORT_CATEGORIES.get(r.method.category, r.method.category)))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (NAME, CATEGORY):
            return r.method.name if column == NAME else term("category", r.method.category)
        if role == Qt.ItemDataRole.ToolTipRole and column == CONFIDENCE:
            return self.tr("Deel van het gewicht dat op gegevens uit het rapport rust")
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (RANK, SCORE, CONFIDENCE):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == SCORE:
            return self.tr("score {0} van 100").format(number(r.score))
        return None

    def _excluded_data(self, e: Excluded, column: int, role: int):  # noqa: ANN202
        from advisor.messages import criterion_label, render

        reason = self.tr("Uitgesloten door ‘moet’ bij {0}: {1}").format(tr(criterion_label(e.criterion)),
                                                                          render(e.score, tr))
        if role == METHOD_ID_ROLE:
            return e.method.id
        if role == Qt.ItemDataRole.DisplayRole:
            return {RANK: "—", NAME: e.method.name, SCORE: self.tr("uitgesloten"), CATEGORY: reason}.get(column)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return reason
        if role == Qt.ItemDataRole.ForegroundRole:
            return QGuiApplication.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text)
        return None


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

    def setSourceModel(self, model: AdviceModel) -> None:  # noqa: N802 - Qt's name
        # Connected before the proxy's own handlers (Qt calls them in that order), so that the answers are
        # for the new rows when the proxy asks them after a reset, a re-ordering or a change of data.
        for signal in (model.modelReset, model.layoutChanged, model.dataChanged, model.rowsInserted,
                       model.rowsRemoved, model.rowsMoved):
            signal.connect(self._reread)
        super().setSourceModel(model)
        self._reread()

    def _reread(self, *_changed) -> None:  # noqa: ANN002 - whatever the signal carries
        model, allowed = self.sourceModel(), self._allowed
        self._shown = ([True] * model.rowCount() if allowed is None
                       else [method_id in allowed for method_id in model.method_ids()])

    def show_found(self, method_ids: frozenset[str] | None,
                   snippets: Mapping[str, tuple[str, tuple]] | Callable[[str], tuple[str, tuple]]) -> None:
        """Only *method_ids* (all when None), with *snippets* in their rows: filtered once, and only when
        other methods were found; the snippet column of the rows shown is repainted."""
        self.sourceModel().set_snippets(snippets, announce=False)
        if method_ids != self._allowed:
            self.set_allowed(method_ids)
        if self.rowCount():
            self.dataChanged.emit(self.index(0, SNIPPET), self.index(self.rowCount() - 1, SNIPPET))

    def set_allowed(self, method_ids: frozenset[str] | None) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9 and later
            self.beginFilterChange()
            self._allowed = method_ids
            self._reread()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self._allowed = method_ids
            self._reread()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:  # noqa: N802
        try:
            return self._shown[source_row]
        except IndexError:  # asked in the middle of a change, before the model said it was done
            return self._allowed is None or self.sourceModel().method_ids()[source_row] in self._allowed
