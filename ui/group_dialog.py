"""Groepsweging: the trainer enters each participant's weights, or imports them from CSV.

The situation is the window's; only the weights differ per participant.
The dialog shows the group ranking (mean weights), the consensus
(Kendall's W), the criteria the group disagrees on most and, once the
trainer reveals them (like TeamTime's hide/reveal), each participant's own
top method. The participants are kept with the case when it is saved.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
)

from advisor.context import CRITERIA, DEFAULT_WEIGHTS
from advisor.group_csv import ANONYMOUS, check_count, check_names, parse_weight
from advisor.messages import criterion_label, weight_text
from app.api import GROUP_CSV_MAX_BYTES, GroupError, Participant, advise_group, parse_participants
from ui.i18n import number, percent, tr

TOP_ROWS = 5


class GroupDialog(QDialog):
    def __init__(self, window, parent=None):  # noqa: ANN001 - the MainWindow
        super().__init__(parent or window)
        self.setAttribute(Qt.WidgetAttribute.WA_WindowPropagation)
        self.setWindowTitle(self.tr("Groepsweging"))
        self.window_ = window
        self.participants: tuple[Participant, ...] = ()
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 1 + len(CRITERIA))
        self.table.setAccessibleName(self.tr("Gewichten per deelnemer (0 tot 5)"))
        self.table.setHorizontalHeaderLabels([self.tr("Deelnemer")] + [tr(criterion_label(c)) for c in CRITERIA])
        self.table.horizontalHeader().setSectionResizeMode(self.table.horizontalHeader().ResizeMode.ResizeToContents)
        layout.addWidget(self.table, 2)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Deelnemer &toevoegen"))
        self.remove_button = QPushButton(self.tr("Deelnemer &verwijderen"))
        self.import_button = QPushButton(self.tr("CSV &importeren…"))
        self.reveal = QCheckBox(self.tr("Eigen keuzes &tonen"))
        for widget in (self.add_button, self.remove_button, self.import_button, self.reveal):
            row.addWidget(widget)
        layout.addLayout(row)
        self.page = QTextBrowser()
        self.page.setAccessibleName(self.tr("Groepsadvies"))
        layout.addWidget(self.page, 3)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(lambda: self.add_participant())
        self.remove_button.clicked.connect(self.remove_participant)
        self.import_button.clicked.connect(self.choose_csv)
        self.reveal.toggled.connect(lambda _on: self.refresh())
        self.table.itemChanged.connect(lambda _item: self.refresh())
        for participant in getattr(window, "group_participants", ()) or ():
            self.add_participant(participant)
        if not self.table.rowCount():
            for _ in range(3):
                self.add_participant()
        self.refresh()

    # ---- entry --------------------------------------------------------------------------------
    def add_participant(self, participant: Participant | None = None) -> None:
        self.table.blockSignals(True)
        row = self.table.rowCount()
        self.table.insertRow(row)
        weights = participant.weights if participant else DEFAULT_WEIGHTS
        name = participant.name if participant else tr(ANONYMOUS).format(row + 1)
        self.table.setItem(row, 0, QTableWidgetItem(name))
        for col, criterion in enumerate(CRITERIA, 1):
            self.table.setItem(row, col, QTableWidgetItem(weight_text(weights[criterion])))
        self.table.blockSignals(False)
        self.refresh()

    def remove_participant(self) -> None:
        row = self.table.currentRow()
        if row >= 0 and self.table.rowCount() > 1:
            self.table.removeRow(row)
            self.refresh()

    def set_participants(self, participants) -> None:  # noqa: ANN001
        self.table.blockSignals(True)
        self.table.setRowCount(0)
        self.table.blockSignals(False)
        for p in participants:
            self.add_participant(p)

    def choose_csv(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Gewichten van deelnemers importeren"), "",
                                              self.tr("CSV-bestanden (*.csv)"))
        if path:
            self.import_csv(Path(path))

    def import_csv(self, path: Path) -> bool:
        """Replace the table with the file's participants; a refused file changes nothing."""
        try:
            with open(path, "rb") as f:
                people = parse_participants(f.read(GROUP_CSV_MAX_BYTES + 1))
        except (OSError, GroupError) as error:
            text = str(error) if isinstance(error, GroupError) else self.tr("Kan het bestand niet lezen.")
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Bestand geweigerd"),
                              text + " " + self.tr("Er is niets veranderd."), QMessageBox.StandardButton.Ok, self)
            box.setObjectName("groupCsvRefused")
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.open()
            self.refused = box
            return False
        self.set_participants(people)
        return True

    def read_table(self) -> tuple[Participant, ...]:
        """The participants in the table; raises GroupError naming the first bad cell."""
        people = []
        for row in range(self.table.rowCount()):
            name = (self.table.item(row, 0).text() if self.table.item(row, 0) else "").strip()
            name = name or tr(ANONYMOUS).format(row + 1)
            weights = {}
            for col, criterion in enumerate(CRITERIA, 1):
                cell = self.table.item(row, col)
                text = cell.text() if cell else ""
                weights[criterion] = parse_weight(text, f"{name}, {tr(criterion_label(criterion))}") \
                    if text.strip() else DEFAULT_WEIGHTS[criterion]
            people.append(Participant(name, weights))
        check_count(len(people))
        check_names(people)
        return tuple(people)

    # ---- results ------------------------------------------------------------------------------
    def refresh(self) -> None:
        try:
            self.participants = self.read_table()
        except GroupError as error:
            self.page.setPlainText(str(error))
            return
        self.window_.group_participants = self.participants
        self.window_.workshop.group_ranking.participants_changed()
        advisor = getattr(self.window_, "advisor", None)
        if advisor is None:
            return
        result = advise_group(advisor, self.window_.context_panel.context(), self.participants)
        self.page.setHtml(self.results_html(result))

    def results_html(self, result) -> str:  # noqa: ANN001 - app.api.GroupResult
        e, detail = escape, result.detail
        names = {m.id: m.name for m in self.window_.catalogue.methods}
        ranking = "".join(f"<li>{e(r.method.name)} — {e(number(r.score))}</li>"
                          for r in result.group.advice.results[:TOP_ROWS])
        consensus = tr("Overeenstemming (Kendalls W, 0 tot 1): {0}.").format(number(detail.kendall_w, 2))
        agree = tr("Eigen eerste keuze gelijk aan die van de groep: {0} van de deelnemers.").format(
            percent(detail.top_agreement))
        spread = "".join(
            f"<li>{e(tr(criterion_label(s.criterion)))}: {e(weight_text(s.min))}–{e(weight_text(s.max))}</li>"
            for s in detail.disagreement[:3] if s.spread > 0) or f"<li>{e(tr('geen'))}</li>"
        hidden = tr("verborgen")
        tops = "".join(f"<li>{e(r.participant.name)}: "
                       f"{e(names.get(r.top, '—') if self.reveal.isChecked() else hidden)}</li>"
                       for r in detail.participants)
        return (f"<h3>{e(tr('Ranglijst van de groep (gemiddelde gewichten)'))}</h3><ol>{ranking}</ol>"
                f"<p><b>{e(consensus)}</b><br/>{e(agree)}</p>"
                f"<h3>{e(tr('Waar de gewichten het meest uiteenlopen:'))}</h3><ul>{spread}</ul>"
                f"<h3>{e(tr('Eigen eerste keuze per deelnemer:'))}</h3><ul>{tops}</ul>")
