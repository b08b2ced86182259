"""Running a piece of start-up work once a widget's next frame is on screen.

Work started on another thread while Qt paints still slows the painting: the
two share Python's GIL, and every Python call of the paint (a cell's data, a
delegate) then waits for the other thread to let go. Loading SQLAlchemy for
editing, for instance, made the first advice appear about 0.1 s later. This
helper waits for the widget's next paint, then runs the work from the event
loop. A widget that is not shown runs it at once; one that gets no frame
within *wait_ms* (a minimised window) runs it then.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget


class AfterPaint(QObject):
    """Calls *then* once, just after *widget*'s next paint (or after *wait_ms* without one)."""

    def __init__(self, widget: QWidget, then: Callable[[], None], wait_ms: int):
        super().__init__(widget)
        self._widget, self._then, self._done = widget, then, False
        if widget.isVisible():
            widget.installEventFilter(self)
        QTimer.singleShot(wait_ms if widget.isVisible() else 0, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self._run)  # runs once this frame is done
        return False

    def _run(self) -> None:
        if self._done:
            return
        self._done = True
        self._widget.removeEventFilter(self)
        self._then()
