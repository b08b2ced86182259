"""The ranked list as a view: keyboard behaviour and column sizes that follow the font and the room.

Tab leaves the list (the arrows move inside it), so the list is no keyboard
trap. Widths are measured in the font's own characters, so at 200 % or with
a 16 pt font names wrap at word boundaries instead of being cut, and the
columns that matter least give way first when the list is narrow.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractEventDispatcher, QEvent, Qt, QTimerEvent
from PySide6.QtWidgets import QAbstractItemView, QApplication, QHeaderView, QTableView, QWidget

from ui.advice_model import CATEGORY, CONFIDENCE, NAME, RANK, SCORE, SNIPPET, column_widths
from ui.kept_drawing import KeptScrollBar

LAYOUT_TURNS = 3  # rounds of the table's zero-delay timers run before a paint (each may start the next)


class AdviceTable(QTableView):
    def __init__(self, model, parent=None):  # noqa: ANN001 - the AdviceFilter over an AdviceModel
        super().__init__(parent)
        self.setModel(model)
        model.keep_current_of(self.selectionModel())
        # Its viewport reached by name: the first viewport() of a viewport PySide has not wrapped yet makes it
        # load every QWidget class of QtWidgets (about 70 enums, 30 ms before the window's first frame).
        self.findChild(QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly)
        # A search's second letter gives the bar another range (about 1 ms to paint, Fusion's gradients): the
        # looks come back as the same numbers of rows are found again, and are copied then.
        self.setVerticalScrollBar(KeptScrollBar(Qt.Orientation.Vertical))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # Ctrl+click: compare
        self.setSortingEnabled(False)
        self.verticalHeader().hide()
        self.setAlternatingRowColors(True)
        self.setTabKeyNavigation(False)  # Tab leaves the list; the arrows move inside it
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # a long name wraps; "Moe…" said nothing
        font = self.fontMetrics()
        header = self.horizontalHeader()
        # Widths from font metrics, once: resize-to-contents would read every cell of thousands of rows
        # on each re-rank (every slider step resets the model).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in column_widths(model.sourceModel(), font, header.fontMetrics()).items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(SCORE, QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(SNIPPET, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(SCORE, font.horizontalAdvance("100") * 3)
        header.setMinimumSectionSize(font.horizontalAdvance("100%") + 8)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # two lines: a name wraps once
        self.verticalHeader().setDefaultSectionSize(font.lineSpacing() * 2 + 10)
        self.setColumnHidden(SNIPPET, True)
        # At least the header and three rows, whatever stands above it: the column scrolls instead.
        self.setMinimumHeight(header.sizeHint().height() + 3 * (font.lineSpacing() * 2 + 10) + 2 * self.frameWidth())
        self._longest = font.averageCharWidth() * 12  # until the catalogue's names are known
        self._fitted: tuple | None = None

    def fit_names(self, methods) -> None:  # noqa: ANN001 - advisor.model.Method
        """Never so narrow that a word of a method's name is cut."""
        font = self.fontMetrics()
        longest = max(font.horizontalAdvance(word) for m in methods for word in m.name.split())
        self._longest = longest
        header = self.horizontalHeader()
        header.resizeSection(RANK, column_widths(self.model().sourceModel(), font, header.fontMetrics(),
                                                 len(methods))[RANK])
        self.setMinimumWidth(longest + 16 + self.horizontalHeader().sectionSize(SCORE) + font.horizontalAdvance("199")
                             + self.verticalScrollBar().sizeHint().width())

    def lay_out_now(self) -> None:
        """The rows and the scroll bar as the filter left them, before the next paint. Qt lays the rows out
        a turn of the event loop later and shows or hides the scroll bar a turn after that: a search that
        hid rows painted the new ones over the old for two turns (what was left below them stayed on screen).
        A new column width or row height is taken in on a zero-delay timer, which runs after the paint: the
        whole list was painted again a turn later, in the next key's time. Those timers run here."""
        self.executeDelayedItemsLayout()
        QApplication.sendEvent(self, QEvent(QEvent.Type.LayoutRequest))
        for _turn in range(LAYOUT_TURNS):  # a new width of a column or a row height is taken in a turn later
            pending = [t.timerId for t in QAbstractEventDispatcher.instance().registeredTimers(self) if t.interval == 0]
            if not pending:
                break
            for timer in pending:
                QApplication.sendEvent(self, QTimerEvent(timer))
            QApplication.sendEvent(self, QEvent(QEvent.Type.LayoutRequest))

    def show_search_columns(self, searching: bool) -> None:
        self.setColumnHidden(SNIPPET, not searching)
        mode = QHeaderView.ResizeMode.Interactive if searching else QHeaderView.ResizeMode.Stretch
        header = self.horizontalHeader()
        if header.sectionResizeMode(NAME) != mode:  # set again, the header repainted itself on every keystroke
            header.setSectionResizeMode(NAME, mode)
        self.fit_columns()

    def fit_columns(self) -> None:
        """In a narrow list the method name keeps room for its longest word; category, known data give way."""
        font = self.fontMetrics()
        scored = self.model().sourceModel().scored
        searching = not self.isColumnHidden(SNIPPET)
        if self._fitted == self._fitting(scored, searching):
            return  # as fitted last time: showing and hiding the columns again repainted the whole list
        self.setColumnHidden(RANK, not scored)
        for column, shown in ((CATEGORY, not searching), (CONFIDENCE, scored), (SCORE, scored)):
            self.setColumnHidden(column, not shown)
        need = (self._longest + font.averageCharWidth() * 24 if searching
                else self._longest) + 16
        for column in (CATEGORY, CONFIDENCE, SCORE) if searching else (CATEGORY, CONFIDENCE):
            taken = sum(self.horizontalHeader().sectionSize(c) for c in (RANK, SCORE, CONFIDENCE, CATEGORY)
                        if not self.isColumnHidden(c))
            if self.viewport().width() - taken >= need:
                break
            self.setColumnHidden(column, True)
        # Fixed heights, never measured per row (a search may show thousands): four lines for a found text.
        if searching:  # the name column as wide as a short name
            self.horizontalHeader().resizeSection(NAME, self._longest + 16)
        self.verticalHeader().setDefaultSectionSize(font.lineSpacing() * (4 if searching else 2) + 10)
        self._fitted = self._fitting(scored, searching)

    def _fitting(self, scored: bool, searching: bool) -> tuple:
        """All that ``fit_columns`` reads."""
        font, header = self.fontMetrics(), self.horizontalHeader()
        return (scored, searching, self.viewport().width(), self._longest, font.averageCharWidth(),
                font.lineSpacing(), tuple(header.sectionSize(c) for c in range(header.count())))

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        self.fit_columns()
