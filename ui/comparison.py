"""Two or three methods side by side: per criterion each one's match, reason and contribution.

Opened from Beeld → Vergelijken… (with the methods selected by Ctrl+click in
the list, or chosen here with the keyboard). The strongest difference is
said in words, and the comparison joins the printed report while open.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QTextBrowser, QVBoxLayout

from app.api import comparison_html
from ui.i18n import number, percent, tr


class ComparisonDialog(QDialog):
    """Choose two or three methods (keyboard: Tab between the boxes) and read them side by side."""

    def __init__(self, result, chosen: list[str], parent=None):  # noqa: ANN001 - AdviceWithWhatIf
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)  # the window's zoom reaches this dialog
        self.setWindowTitle(self.tr("Methoden vergelijken"))
        self.result = result
        self.ranked = {r.method.id: r for r in result.advice.results}
        layout = QVBoxLayout(self)
        pickers = QFormLayout()
        self.boxes: list[QComboBox] = []
        for i in range(3):
            box = QComboBox()
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(16)  # long names never widen the dialog past the screen
            box.setAccessibleName(self.tr("Methode {0}").format(i + 1))
            if i == 2:
                box.addItem(self.tr("(geen derde methode)"), None)
            for r in result.advice.results:
                box.addItem(f"{r.rank}. {r.method.name}", r.method.id)
            wanted = chosen[i] if i < len(chosen) else (None if i == 2 else self._nth(i))
            box.setCurrentIndex(max(0, box.findData(wanted)))
            box.currentIndexChanged.connect(self.refresh)
            label = QLabel(self.tr("Methode &{0}:").format(i + 1))
            label.setBuddy(box)
            pickers.addRow(label, box)
            self.boxes.append(box)
        layout.addLayout(pickers)
        self.page = QTextBrowser()
        self.page.setAccessibleName(self.tr("Vergelijking"))
        layout.addWidget(self.page, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def _nth(self, i: int) -> str | None:
        results = self.result.advice.results
        return results[i].method.id if i < len(results) else None

    def chosen(self) -> list:
        ids = [box.currentData() for box in self.boxes]
        unique = list(dict.fromkeys(i for i in ids if i is not None))
        return [self.ranked[i] for i in unique]

    def compared_ids(self) -> list[str]:
        """The methods on view, for the report: two or three ids, or none when fewer are chosen."""
        ids = [r.method.id for r in self.chosen()]
        return ids if len(ids) >= 2 else []

    def html(self) -> str:
        ranked = self.chosen()
        if len(ranked) < 2:
            return f"<p>{escape(self.tr('Kies ten minste twee verschillende methoden.'))}</p>"
        return comparison_html(ranked, tr, number, percent)

    def refresh(self) -> None:
        self.page.setHtml(self.html())
