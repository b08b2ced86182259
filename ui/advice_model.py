"""A thin Qt table model over the matcher's ranking (the proxy that filters it is ``ui.advice_filter``).

The model holds no logic of its own: each row is one RankedMethod, each cell
reads a field of it; the methods a *must* excluded follow as a greyed section
with their reason. Until a situation is described there is no ranking, only
the methods by name. Filtering by search hits lives in the proxy
(``ui.advice_filter``), so the ranking itself never changes while the user types.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QGuiApplication, QPalette

from ui.advice_rows import CellWords, RowPlaces, row_runs, same_exclusions
from ui.changed_cells import changes_in
from ui.i18n import current_language, number, term, tr
from ui.kept import Kept

if TYPE_CHECKING:
    from advisor.matcher import Excluded, RankedMethod
    from advisor.robust import MethodRobustness, RankRange

METHOD_ID_ROLE = int(Qt.ItemDataRole.UserRole) + 1
SCORE_ROLE = int(Qt.ItemDataRole.UserRole) + 3
SNIPPET_ROLE = int(Qt.ItemDataRole.UserRole) + 4

RANK, NAME, SCORE, CONFIDENCE, CATEGORY, SNIPPET = range(6)

Index = QModelIndex | QPersistentModelIndex

# The roles the model answers, as the plain numbers Qt passes; any other role is answered None at once.
DISPLAY, TOOLTIP, ACCESSIBLE, DESCRIPTION, ALIGNMENT, FOREGROUND = (int(role) for role in (
    Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole,
    Qt.ItemDataRole.AccessibleDescriptionRole, Qt.ItemDataRole.TextAlignmentRole, Qt.ItemDataRole.ForegroundRole))
ANSWERED_ROLES = frozenset({DISPLAY, TOOLTIP, ACCESSIBLE, DESCRIPTION, ALIGNMENT, FOREGROUND, METHOD_ID_ROLE,
                            SCORE_ROLE, SNIPPET_ROLE})
RECHECKED_ROWS = 200  # rows a view was given that a re-rank compares; beyond, every row is said to change
RANGE_WORDS_KEPT = 512  # rank ranges' words kept: every range a few screens of rows show
STATIC_ROWS_KEPT = 512  # rows' answers that follow from the method alone: a few screens
SINGLE_CELLS = 160  # changed cells said one by one, up to about two screens of a list's changing columns
NUMBER_ROLES = [DISPLAY, TOOLTIP, ACCESSIBLE, SCORE_ROLE]  # what a re-rank changes in the rows it leaves in place

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
        self._cells: dict[int, dict[tuple[int, int], object]] = {}  # row: {(column, role): answer}, until it changes
        self._count = 0  # rows: the view and the filter ask a thousand times per repaint
        self._ranked = 0  # of which ranked (the rest excluded)
        self._places = RowPlaces(())
        self._ids: tuple[str, ...] | None = None  # method_ids(), until the ranking changes
        self._words = CellWords()
        self._ranges: dict[tuple, str] = {}  # _range_words
        self._static: Kept[tuple] = Kept(STATIC_ROWS_KEPT)  # _static_cells, by method, scoring and language

    def set_robustness(self, firmness: Sequence[MethodRobustness]) -> None:
        """Rank ranges for the rows, aligned with the ranking (a row whose method differs shows none)."""
        self._firmness = firmness
        self._cells.clear()
        if self._rows:
            self.dataChanged.emit(self.index(0, RANK), self.index(len(self._rows) - 1, RANK))

    def _wide_range(self, row: int) -> tuple[RankRange, tuple[str, ...]] | None:
        """The row's rank range and the criteria its method has no data on, when that range is wide (a row
        whose method differs shows none)."""
        if row >= len(self._firmness):
            return None
        wide_at = getattr(self._firmness, "wide_at", None)  # asked without building the place, when it can be
        if wide_at is not None:
            wide = wide_at(row)
            if wide is None or wide[0].id != self._places.method_id(row):
                return None
            return wide[1], wide[2]
        firm = self._firmness[row]
        same = firm.method.id == self._places.method_id(row)
        return (firm.rank_range, firm.unknown) if firm.rank_range.wide and same else None

    def set_ranking(self, ranking: Sequence[RankedMethod], excluded: Sequence[Excluded] = (),
                    scored: bool = True, firmness: Sequence[MethodRobustness] = ()) -> None:
        """The ranking, the excluded methods and the rows' robustness; unscored (nothing described yet) lists
        all by name.

        What a view must redo follows what changed: with as many rows, only the cells that now read
        otherwise are repainted (a method that kept its place keeps its name, a swap changes two rows; the
        window then selects its method again, and a filter by method is applied again when other methods
        stand in the rows); anything else resets the model. A reset or a move of rows made the view lay
        itself out and paint twice, and repainting every cell was most of a slider step.
        """
        places = RowPlaces(ranking)
        if self._words.refresh():  # another language: the titles too (a reset re-reads them anyway)
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.COLUMNS - 1)
        same_rows = (self._count > 0 and scored == self.scored and len(ranking) == self._ranked
                     and len(excluded) == len(self._excluded))
        if same_rows:
            moved = not (places.same_order(self._places) and same_exclusions(excluded, self._excluded))
            given = dict(self._cells)
            self._take(ranking, excluded, scored, firmness, places)
            self._say_changed(given, moved)
            return
        self.beginResetModel()
        self._take(ranking, excluded, scored, firmness, places)
        self.endResetModel()

    def _say_changed(self, given: dict[int, dict[tuple[int, int], object]], moved: bool) -> None:
        """Tell the views which cells of the rows they were given now read otherwise, per column and run of
        rows: a weight that moves no score repaints nothing. When other methods may stand in the rows
        (*moved*), the first signal names no roles: a filter by method then asks about the rows again."""
        if len(given) > RECHECKED_ROWS:
            if moved:
                self.dataChanged.emit(self.index(0, RANK), self.index(self._count - 1, SNIPPET), [])
            elif self._ranked:  # names and categories stay
                self.dataChanged.emit(self.index(0, RANK), self.index(self._ranked - 1, RANK), NUMBER_ROLES)
                self.dataChanged.emit(self.index(0, SCORE), self.index(self._ranked - 1, CONFIDENCE), NUMBER_ROLES)
            return
        changes = changes_in(given, lambda row: self._cells.setdefault(row, self._row_cells(row)),
                             METHOD_ID_ROLE, NAME)
        # The snippets go with the methods; an excluded row's snippet cell tells its reason, as its category does.
        reasons = {row for rows in changes.rows.values() for row in rows if row >= self._ranked}
        if changes.moved or reasons:
            changes.rows[SNIPPET] = sorted(reasons.union(changes.moved))
            changes.roles[SNIPPET] = {SNIPPET_ROLE, DISPLAY} | ({TOOLTIP, DESCRIPTION} if reasons else set())
        # Cell by cell while they are few: a view repaints a run of cells a pixel wider and higher (for the grid
        # line), so also the whole cells right of and below it: for every score, the column beside the scores.
        single = sum(map(len, changes.rows.values())) <= SINGLE_CELLS
        signals = [(first, last, column, sorted(changes.roles[column])) for column, rows in sorted(changes.rows.items())
                   for first, last in ([(row, row) for row in rows] if single else row_runs(rows))]
        if moved:  # said first, so that a filter's new rows are in place for the signals after it
            first, last, column, _roles = signals[0] if signals else (0, 0, NAME, [])
            signals[:1] = [(first, last, column, [])]
        for first, last, column, roles in signals:
            self.dataChanged.emit(self.createIndex(first, column), self.createIndex(last, column), roles)

    def _take(self, ranking: Sequence[RankedMethod], excluded: Sequence[Excluded], scored: bool,
              firmness: Sequence[MethodRobustness], places: RowPlaces) -> None:
        # Unscored, every method is level and the matcher's order is already by name (see matcher's ties).
        self._cells.clear()
        self._firmness = firmness
        self._rows, self._excluded, self._places = ranking, excluded, places
        self._ids = None
        self._ranked = len(ranking)
        self._count = self._ranked + len(excluded)
        self.scored = scored

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
        if row >= self._ranked:
            return self._excluded[row - self._ranked].method.id
        return self._places.method_id(row)

    def method_ids(self) -> tuple[str, ...]:
        """Every row's method id, in row order, read once per ranking (a search filter asks for all)."""
        if self._ids is None:
            self._ids = (*self._places.ids(), *(e.method.id for e in self._excluded))
        return self._ids

    def row_of(self, method_id: str) -> int:
        if method_id in (e.method.id for e in self._excluded):
            return self._ranked + next(i for i, e in enumerate(self._excluded) if e.method.id == method_id)
        return self._places.place_of(method_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's own signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """One call into Python where Qt's own asks rowCount and columnCount (the filter maps every cell it
        paints through here)."""
        if 0 <= row < self._count and 0 <= column < self.COLUMNS and not parent.isValid():
            return self.createIndex(row, column)
        return QModelIndex()

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
        return self._words.get("titles", lambda: (
            self.tr("#"), self.tr("Methode"), self.tr("Score"), self.tr("Gegevens\nbekend"), self.tr("Categorie"),
            self.tr("Gevonden tekst")))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        # A view asks about seven roles of every cell it paints, again on each repaint; most are roles this
        # model never fills. A row's answers are made together and kept until the row changes.
        if role not in ANSWERED_ROLES or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if column == SNIPPET:  # snippets change on their own
            return self._cell(row, column, role)
        if role == FOREGROUND:  # a palette colour may change without the rows changing
            return None if row < self._ranked else self._excluded_data(self._excluded[row - self._ranked],
                                                                        column, role)
        cells = self._cells.get(row)
        if cells is None:
            if not 0 <= row < self._count:
                return None
            cells = self._cells[row] = self._row_cells(row)
        return cells.get((column, role))

    def _row_cells(self, row: int) -> dict[tuple[int, int], object]:
        """Every answer of *row* but the snippet's and the colour: {(column, role): answer}."""
        if row >= self._ranked:
            e = self._excluded[row - self._ranked]
            return {(column, role): answer for column in range(SNIPPET) for role in (METHOD_ID_ROLE, DISPLAY,
                                                                                     TOOLTIP, DESCRIPTION)
                    if (answer := self._excluded_data(e, column, role)) is not None}
        method, rank, score, confidence = self._places.standing(row)
        words = self._words
        # Kept with the method itself, so that no other method can take its id() while its answers are kept.
        cells = dict(self._static.made((id(method), self.scored, current_language()),
                                       lambda: (method, self._static_cells(method)))[1])
        if not self.scored:  # the number columns stay empty
            return cells
        cells[SCORE, SCORE_ROLE] = score  # for the score bar; no other cell paints it
        score = number(score)
        cells[RANK, DISPLAY] = str(rank)
        cells[SCORE, DISPLAY] = score
        cells[CONFIDENCE, DISPLAY] = words.get("percent", lambda: tr("{0}%")).format(number(confidence * 100))
        cells[SCORE, ACCESSIBLE] = words.get("score", lambda: self.tr("score {0} van 100")).format(score)
        wide = self._wide_range(row)
        if wide is not None:
            rank_range, unknown = wide
            why = self._range_words(rank_range, unknown)
            cells[RANK, DISPLAY] = f"{rank} ({rank_range.best}–{rank_range.worst})"
            cells[RANK, TOOLTIP] = why
            cells[RANK, ACCESSIBLE] = words.get("place", lambda: self.tr("Plaats {0}. {1}")).format(rank, why)
        return cells

    def _static_cells(self, method) -> dict[tuple[int, int], object]:  # noqa: ANN001 - advisor.model.Method
        """A ranked row's answers that follow from its method alone, whatever its place and numbers."""
        cells: dict[tuple[int, int], object] = {(column, METHOD_ID_ROLE): method.id for column in range(SNIPPET)}
        words = self._words
        category = words.get(("category", method.category), lambda: (
            tr(SHORT_CATEGORIES.get(method.category, method.category)), term("category", method.category)))
        cells[NAME, DISPLAY] = cells[NAME, TOOLTIP] = method.name
        cells[CATEGORY, DISPLAY], cells[CATEGORY, TOOLTIP] = category
        if self.scored:
            right = words.get("right", lambda: int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter))
            for column in (RANK, SCORE, CONFIDENCE):
                cells[column, ALIGNMENT] = right
            cells[CONFIDENCE, TOOLTIP] = words.get("confidence", lambda: self.tr(
                "Deel van het gewicht dat op gegevens uit het rapport rust"))
        return cells

    def _range_words(self, rank_range: RankRange, unknown: tuple[str, ...]) -> str:
        """Why a row's place may differ, in words, kept (a range recurs from re-rank to re-rank)."""
        key = (current_language(), rank_range, unknown)
        why = self._ranges.get(key)
        if why is None:
            from advisor.messages import render_rank_range  # the advice's wording, loaded with the advice

            if len(self._ranges) >= RANGE_WORDS_KEPT:
                self._ranges.clear()
            why = self._ranges[key] = render_rank_range(rank_range, unknown, tr, why=True)
        return why

    def _cell(self, row: int, column: int, role: int):  # noqa: ANN202 - any of Qt's data types
        """The snippet column's answers."""
        if not 0 <= row < self.rowCount():
            return None
        if row >= len(self._rows):
            return self._excluded_data(self._excluded[row - len(self._rows)], column, role)
        r = self._rows[row]
        if role == METHOD_ID_ROLE:
            return r.method.id
        if column == SNIPPET and role in (SNIPPET_ROLE, Qt.ItemDataRole.DisplayRole):
            snippet = self._snippet_of(r.method.id)
            if role == SNIPPET_ROLE:
                return snippet if snippet and snippet[0] else None
            return snippet[0] if snippet else ""
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
