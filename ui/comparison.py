"""Two or three methods side by side: per criterion each one's match, reason and contribution.

Opened from Beeld → Vergelijken… (with the methods selected by Ctrl+click in
the list, or chosen here with the keyboard). The strongest difference is
said in words, and the comparison joins the printed report while open.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QTextBrowser, QVBoxLayout

from advisor.messages import criterion_label, render
from ui.i18n import number, percent, tr

BAR_CELLS = 10


def bar(fraction: float | None) -> str:
    """A small text bar that grows with the font (■■■■□□□□□□); '?' for unknown data."""
    if fraction is None:
        return "?"
    filled = round(max(0.0, min(1.0, fraction)) * BAR_CELLS)
    return "■" * filled + "□" * (BAR_CELLS - filled)


def strongest_difference(ranked: list) -> tuple[str, str, str] | None:  # noqa: ANN001 - RankedMethod
    """(leader's name, criterion, other's name) where a method's contribution most exceeds another's."""
    best, found = 0.0, None
    for a in ranked:
        for b in ranked:
            if a is b:
                continue
            for ca, cb in zip(a.criteria, b.criteria, strict=True):
                gap = ca.contribution - cb.contribution
                if gap > best + 1e-9:
                    best, found = gap, (a.method.name, ca.criterion, b.method.name)
    return found


def comparison_html(ranked: list) -> str:  # noqa: ANN001 - RankedMethod, two or three
    e = escape
    head = "".join(f"<th align='left'>{r.rank}. {e(r.method.name)}</th>" for r in ranked)
    rows = []
    for i, first in enumerate(ranked[0].criteria):
        cells = []
        for r in ranked:
            c = r.criteria[i]
            match = "" if c.score.match is None else number(c.score.match, 2)
            cells.append(f"<td valign='top'><tt>{bar(c.score.match)}</tt> {e(match)} · +{e(number(c.contribution, 1))}"
                         f"<br/>{e(render(c.score, tr))}</td>")
        rows.append(f"<tr><td valign='top'><b>{e(tr(criterion_label(first.criterion)))}</b></td>{''.join(cells)}</tr>")
    score = "".join(f"<td><b>{e(number(r.score))}</b> <tt>{bar(r.score / 100)}</tt></td>" for r in ranked)
    sure = "".join(f"<td>{e(percent(r.confidence))}</td>" for r in ranked)
    rows.append(f"<tr><td><b>{e(tr('Score'))}</b></td>{score}</tr>")
    rows.append(f"<tr><td><b>{e(tr('Zekerheid'))}</b></td>{sure}</tr>")
    difference = strongest_difference(ranked)
    said = (tr("{0} scoort vooral hoger op {1} dan {2}.").format(difference[0], tr(criterion_label(difference[1])),
                                                                 difference[2])
            if difference else tr("Deze methoden scoren op elk criterium gelijk."))
    return (f"<p><b>{e(said)}</b></p><table border='1' cellspacing='0' cellpadding='6' width='100%'>"
            f"<tr><th align='left'>{e(tr('Criterium'))}</th>{head}</tr>{''.join(rows)}</table>")


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

    def html(self) -> str:
        ranked = self.chosen()
        if len(ranked) < 2:
            return f"<p>{escape(self.tr('Kies ten minste twee verschillende methoden.'))}</p>"
        return comparison_html(ranked)

    def refresh(self) -> None:
        self.page.setHtml(self.html())
