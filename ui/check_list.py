"""A vocabulary shown whole as a column of check boxes, with a one-line summary of what is chosen.

A list view with check marks scrolled inside the already scrolling panel, ticked only on its
tiny box and announced rows without their group; plain check boxes tick on a click anywhere on
their text, are each a tab stop with a name, and grow with the font.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QVBoxLayout, QWidget

from advisor import vocabulary as voc
from ui.i18n import term, tr


class CheckList(QWidget):
    """Check boxes for the keys of one vocabulary; ``changed`` fires on every tick."""

    changed = Signal()

    def __init__(self, vocabulary: str, group: str, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.group = group
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.boxes: dict[str, QCheckBox] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.summary)
        for key in voc.VOCABULARIES[vocabulary]:
            box = QCheckBox(term(vocabulary, key))
            box.toggled.connect(self._toggled)
            self.boxes[key] = box
            layout.addWidget(box)
        self.retranslate(group)

    def retranslate(self, group: str) -> None:
        """Each box named with its group ("Doelgroep: ouderen"), and the summary, in the language now installed."""
        self.group = group
        for box in self.boxes.values():
            box.setAccessibleName(f"{group}: {box.text()}")
        self._summarise()

    def _toggled(self, _checked: bool) -> None:
        self._summarise()
        self.changed.emit()

    def _summarise(self) -> None:
        chosen = [box.text() for box in self.boxes.values() if box.isChecked()]
        self.summary.setText(tr("Gekozen: {0}").format(", ".join(chosen)) if chosen else tr("Nog niets gekozen"))

    def checked(self) -> frozenset[str]:
        return frozenset(key for key, box in self.boxes.items() if box.isChecked())

    def set_checked(self, keys) -> None:  # noqa: ANN001 - any collection of keys
        chosen = set(keys)
        for key, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(key in chosen)
            box.blockSignals(False)
        self._summarise()
