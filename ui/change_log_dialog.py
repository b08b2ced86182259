"""Catalogus → Wijzigingen: who changed which field of which method when, newest first.

The rows come from ``UserRecords.log`` (through ``app.api``). A method filter
narrows them; the selected row's old and new value are shown in full below the
table, as plain text. Everything is reachable from the keyboard: the filter has
a mnemonic, the table takes focus and arrow keys, Escape closes.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ui.case_dialog import local_time, one_line
from ui.field_labels import field_label, value_text

ALL = ""


class ChangeLogDialog(QDialog):
    """The change log; *load(method_id or None)* returns its rows, newest first."""

    def __init__(self, load, names: dict[str, str], parent=None):  # noqa: ANN001 - a function; id -> name
        super().__init__(parent)
        self.load, self.names, self.rows = load, names, []
        self.setWindowTitle(self.tr("Wijzigingen"))
        self.resize(900, 520)
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("Alleen wijzigingen van deze methode"))
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([self.tr("Wanneer"), self.tr("Wie"), self.tr("Methode"),
                                              self.tr("Veld"), self.tr("Oud"), self.tr("Nieuw")])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setAccessibleName(self.tr("Wijzigingen, nieuwste eerst"))
        header = self.table.horizontalHeader()
        for column in range(4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column in (4, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.detail = QPlainTextEdit()
        self.detail.setReadOnly(True)
        self.detail.setMaximumHeight(140)
        self.detail.setAccessibleName(self.tr("Oude en nieuwe waarde"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("&Methode:"), self.method)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        self.method.addItem(self.tr("Alle methoden"), ALL)
        for method_id in sorted({r["record_id"] for r in load(None)}, key=lambda i: self._name(i).casefold()):
            self.method.addItem(self._name(method_id), method_id)
        self.method.currentIndexChanged.connect(self._fill)
        self.table.currentCellChanged.connect(lambda row, *_: self._show(row))
        self._fill()
        self.table.setFocus()

    def _name(self, method_id: str) -> str:
        name = self.names.get(method_id)
        return f"{one_line(name, 60)} ({method_id})" if name else method_id

    def choose_method(self, method_id: str) -> None:
        self.method.setCurrentIndex(max(self.method.findData(method_id), 0))

    def _fill(self) -> None:
        chosen = self.method.currentData() or None
        self.rows = self.load(chosen)
        self.table.setRowCount(len(self.rows))
        for row, entry in enumerate(self.rows):
            texts = (local_time(entry["at"], seconds=True), entry["who"] or "?", self._name(entry["record_id"]),
                     field_label(entry["field"]), one_line(value_text(entry["field"], entry["old"]), 80),
                     one_line(value_text(entry["field"], entry["new"]), 80))
            for column, text in enumerate(texts):
                self.table.setItem(row, column, QTableWidgetItem(text))
        if self.rows:
            self.table.setCurrentCell(0, 0)
            self._show(0)  # the current cell may not have moved, so no signal
        else:
            self.detail.setPlainText(self.tr("Nog geen wijzigingen."))

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.rows):
            return
        entry = self.rows[row]
        self.detail.setPlainText(self.tr("{0} — {1}, versie {2}\n\nOud:\n{3}\n\nNieuw:\n{4}").format(
            self._name(entry["record_id"]), field_label(entry["field"]), entry["version"],
            value_text(entry["field"], entry["old"]), value_text(entry["field"], entry["new"])))
