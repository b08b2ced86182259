"""A word-wrapped label that answers its layout's questions about its size from what it answered before.

The notes above the list (the what-if line, the tier, the first place's margin) take other words on almost
every slider step, and for each new text Qt's layouts ask each label its height for a width some fifteen
times a step (the notes' area holding its room, the window's column, their minimums), each answer a fresh
text layout: about 0.7 ms a step. The answers follow from the text and the width, for one font and style
(the notes' margins and formats are set once), so each is worked out once.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize
from PySide6.QtWidgets import QLabel

ANSWERS_KEPT = 64  # a few texts at a few widths
RESIZING = frozenset({QEvent.Type.FontChange, QEvent.Type.StyleChange, QEvent.Type.ContentsRectChange})


class WrappedLabel(QLabel):
    def __init__(self) -> None:
        super().__init__()
        self.setWordWrap(True)
        self._answers: dict[tuple, object] = {}

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt's name
        if event.type() in RESIZING:  # another font, style or margins: every size anew
            self._answers.clear()
        super().changeEvent(event)

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        key = (self.text(), width, self.minimumHeight())
        height = self._answers.get(key)
        if height is None:
            height = self._keep(key, QLabel.heightForWidth(self, width))
        return height

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._answer("hint", lambda: QLabel.sizeHint(self)))

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(self._answer("minimum", lambda: QLabel.minimumSizeHint(self)))

    def _answer(self, question: str, ask) -> object:  # noqa: ANN001 - asks Qt's QLabel
        key = (self.text(), question)
        answer = self._answers.get(key)
        return self._keep(key, ask()) if answer is None else answer

    def _keep(self, key: tuple, answer: object) -> object:
        if len(self._answers) >= ANSWERS_KEPT:
            self._answers.clear()
        self._answers[key] = answer
        return answer
