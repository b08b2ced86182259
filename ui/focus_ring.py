"""A clear focus indication for every focusable widget, and F6 to move between the window's panes.

Styles draw focus faintly or not at all (sliders, check boxes, a text page),
and a style sheet per widget type would restyle the widgets themselves. One
ring drawn around whatever has the focus, in the palette's highlight colour,
works for every widget and in a dark theme alike.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

WIDTH = 3


class FocusRing(QWidget):
    """Follows the focus inside *window*; paints only its outline and lets every click through."""

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self._target: QWidget | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()
        QApplication.instance().focusChanged.connect(self._focus_changed)

    def target(self) -> QWidget | None:
        return self._target

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self._target is not None:
            self._target.removeEventFilter(self)
        self._target = new if new is not None and new.window() is self._window and new.parentWidget() else None
        if self._target is None:
            self.hide()
            return
        self._target.installEventFilter(self)
        self._place()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._target and event.type() in (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Hide,
                                                         QEvent.Type.Show):
            self._place()
        return False

    def _place(self) -> None:
        target = self._target
        if target is None or not target.isVisible():
            self.hide()
            return
        parent = target.parentWidget()
        if isinstance(parent, QSplitter):  # a splitter would take any new child as one more pane
            parent = self._window
        if self.parentWidget() is not parent:
            self.setParent(parent)
        top_left = target.mapTo(parent, QPoint(0, 0))
        self.setGeometry(QRect(top_left, target.size()).adjusted(-WIDTH, -WIDTH, WIDTH, WIDTH))
        self.show()
        self.raise_()

    def paintEvent(self, _event) -> None:  # noqa: ANN001
        painter = QPainter(self)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), WIDTH)
        pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
        painter.setPen(pen)
        half = WIDTH // 2
        painter.drawRect(QRect(half, half, self.width() - WIDTH, self.height() - WIDTH))


class PaneCycler:
    """F6 and Shift+F6: from one pane to the next, as in other desktop programs."""

    def __init__(self, panes: list[tuple[QWidget, QWidget]]):
        self.panes = panes  # (pane, the widget that takes the focus when the pane is entered)

    def current(self) -> int:
        focus = QApplication.focusWidget()
        for i, (pane, _entry) in enumerate(self.panes):
            if focus is not None and (focus is pane or pane.isAncestorOf(focus)):
                return i
        return -1

    def move(self, step: int) -> None:
        start = self.current()
        i = (start + step) % len(self.panes) if start >= 0 else 0
        self.panes[i][1].setFocus(Qt.FocusReason.OtherFocusReason)
