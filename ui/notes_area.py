"""The notes above the list, in an area that keeps its height while the user works.

A note that came or went above the list ("Geen duidelijke winnaar …", the first place's margin, "Nieuwe
eerste plaats …", "Bedoelde u …?") moved the list: a user dragging a slider saw the list jump up and down
a line at a time, and Qt repainted all of it, which made the slowest steps. The area grows at once when its
notes need more room, and gives room back when the notes have stayed shorter for a pause (``SETTLE_MS``),
or at once where the list is laid out anew anyway: another width (window, splitter, font), search turned
on or off, the list turning from names to scores or back. While the user works, a note that goes leaves
a blank line above the list instead of a jump; when the user stops, the list moves up once.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

SETTLE_MS = 2000  # a pause this long in the notes' changes gives back the room they no longer need


class NotesArea(QWidget):
    """The *notes*, top to bottom, in a column that shrinks only after a pause."""

    def __init__(self, notes: Sequence[QWidget], spacing: int) -> None:
        super().__init__()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(spacing)  # the window's column's own, so the notes stand as they did in it
        for note in notes:
            column.addWidget(note)
        column.addStretch(1)  # the room kept stays under the notes, above the list
        self._notes = tuple(notes)
        self._width = -1
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.settle)
        for note in notes:
            note.installEventFilter(self)
        self.setVisible(any(not note.isHidden() for note in notes))

    def eventFilter(self, note: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        # A note shown inside a hidden area would be hidden still: the area shows with it, in the same call.
        if event.type() == QEvent.Type.ShowToParent and self.isHidden():
            self.show()
        elif event.type() == QEvent.Type.HideToParent:
            self._hide_if_empty()
        return False

    def _hide_if_empty(self) -> None:
        # An empty area keeps no room unless it holds some: hidden, it takes no spacing in the window's column.
        if self.minimumHeight() == 0 and all(note.isHidden() for note in self._notes):
            self.hide()

    def event(self, event: QEvent) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest:  # a note came, went or took other words
            self.hold()
        return handled

    def needed(self) -> int:
        """The height the notes shown need at the area's width (Qt says -1 when none is shown)."""
        return max(0, self.layout().totalHeightForWidth(self.width()))

    def hold(self) -> None:
        """Keep at least the height the notes need now; room they no longer need goes after a pause."""
        needed = self.needed()
        if needed > self.minimumHeight():
            self.setMinimumHeight(needed)
        if needed < self.minimumHeight():
            self._settle.start()  # again from the start: the user is still at work
        else:
            self._settle.stop()

    def release(self) -> None:
        """Give back at once the room the notes will not need (the list is about to be laid out anew)."""
        self._settle.stop()
        if self.minimumHeight():
            self.setMinimumHeight(0)
            self._hide_if_empty()
            self.layout().invalidate()  # held again for the notes the window is about to show, once they are laid out

    def settle(self) -> None:
        """What a pause does: keep only the room the notes need now."""
        self._settle.stop()
        self.setMinimumHeight(self.needed())
        self._hide_if_empty()

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        if event.size().width() != self._width:  # the notes wrap otherwise: what they need now is what counts
            self._width = event.size().width()
            self.setMinimumHeight(0)
            self.hold()
