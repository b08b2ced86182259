"""The search field: as-you-type, with the keyboard moving on into the results.

Typing waits a moment before searching so a fast typist does not trigger a
search per key; Down or Enter moves into the results, Escape clears.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

DEBOUNCE_MS = 120


class SearchBox(QLineEdit):
    queryChanged = Signal(str)
    enterResults = Signal()

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Zoeken in de methoden, bijv. vrijwilligers, ouderen, budget (Ctrl+F)"))
        self.setClearButtonEnabled(True)
        self.setAccessibleName(self.tr("Zoeken in methoden"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._typed)

    def _typed(self, text: str) -> None:
        if text:
            self._timer.start()
        else:
            self._timer.stop()
            self.queryChanged.emit("")

    def flush(self) -> None:
        """Search now for what is typed (used by Enter and by tests)."""
        self._timer.stop()
        self.queryChanged.emit(self.text())

    def run(self, query: str | None) -> None:
        """Search for *query* at once, as if typed (the "Bedoelde u …?" offer)."""
        if query:
            self.setText(query)
            self.flush()

    def focus_and_select(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self._timer.isActive():
                self.flush()
            self.enterResults.emit()
            return
        if key == Qt.Key.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)
