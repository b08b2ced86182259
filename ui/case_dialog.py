"""Dialogs for cases: choose one to open (with search), and name a case with its notes and decision.

Names and notes are shown as plain text in list items and line edits, never
as rich text, so a name like ``<b>x</b>`` reads exactly as typed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
)

NAME_ROLE = Qt.ItemDataRole.UserRole
LIST_NAME_CHARS = 120


def one_line(text: str, limit: int = LIST_NAME_CHARS) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def local_time(iso: str, seconds: bool = False) -> str:
    """A stored UTC time in the computer's own time zone, its date as the interface's language writes it
    (09-11-2026 in Dutch, 09/11/2026 in English); an unreadable one as it is."""
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    date = QLocale().toString(QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat)
    return f"{date} {moment:%H:%M:%S}" if seconds else f"{date} {moment:%H:%M}"


class OpenCaseDialog(QDialog):
    """The saved cases, most recently changed first, narrowed by a search field.

    One's own cases only, unless *Ook gedeelde casussen* is ticked: then also those colleagues shared
    (*summaries* holds both; *viewer* is who is looking).
    """

    def __init__(self, summaries: list[dict], method_names: dict[str, str], parent=None,  # noqa: ANN001
                 viewer: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Casus openen"))
        self.resize(560, 420)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Zoeken op naam of besluit…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Casussen zoeken"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Opgeslagen casussen"))
        self.shared_too = QCheckBox(self.tr("Ook &gedeelde casussen van collega's tonen"))
        self.others: set[str] = set()
        for s in summaries:
            decision = method_names.get(s["decision"], s["decision"]) if s["decision"] else self.tr("geen besluit")
            owner = s.get("owner", viewer)
            whose = "" if owner == viewer else " · " + self.tr("van {0}, gedeeld").format(owner)
            if owner != viewer:
                self.others.add(s["name"])
            item = QListWidgetItem(f"{one_line(s['name'])}\n{local_time(s['modified'])} · {decision}{whose}")
            item.setData(NAME_ROLE, s["name"])
            item.setToolTip(one_line(s["name"], 400))
            self.list.addItem(item)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        layout = QVBoxLayout(self)
        for widget in (self.search, self.shared_too, self.list, buttons):
            layout.addWidget(widget)
        self.search.textChanged.connect(self._filter)
        self.shared_too.toggled.connect(lambda _on: self._filter(self.search.text()))
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(lambda *_: self.open_button.setEnabled(self.chosen() is not None))
        self._filter("")

    def _filter(self, text: str) -> None:
        needle = text.casefold().strip()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = bool(needle) and needle not in item.text().casefold() and \
                needle not in item.data(NAME_ROLE).casefold()
            hidden = hidden or (item.data(NAME_ROLE) in self.others and not self.shared_too.isChecked())
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        self.list.setCurrentItem(first)
        self.open_button.setEnabled(first is not None)

    def chosen(self) -> str | None:
        item = self.list.currentItem()
        return item.data(NAME_ROLE) if item is not None and not item.isHidden() else None


class CaseDetailsDialog(QDialog):
    """Name, notes and the decision (any method, not only the top one) with its reason."""

    def __init__(self, name: str, notes: str, decision: str | None, reason: str, methods: list[tuple[str, str]],
                 parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setWindowTitle(self.tr("Casus opslaan"))
        self.resize(520, 420)
        self.name = QLineEdit(name)
        self.name.setAccessibleName(self.tr("Naam van de casus"))
        self.notes = QPlainTextEdit(notes)
        self.notes.setAccessibleName(self.tr("Aantekeningen"))
        self.decision = QComboBox()
        self.decision.addItem(self.tr("nog geen besluit"), None)
        for method_id, method_name in methods:
            self.decision.addItem(method_name, method_id)
        self.decision.setCurrentIndex(max(self.decision.findData(decision), 0))
        self.decision.setAccessibleName(self.tr("Gekozen methode"))
        self.reason = QPlainTextEdit(reason)
        self.reason.setAccessibleName(self.tr("Reden van de keuze"))
        form = QFormLayout()
        form.addRow(self.tr("&Naam"), self.name)
        form.addRow(self.tr("&Aantekeningen"), self.notes)
        form.addRow(self.tr("&Gekozen methode"), self.decision)
        form.addRow(self.tr("&Reden van de keuze"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._check)
        self._check()

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(self.name.text().strip()))

    def values(self) -> dict:
        decision = self.decision.currentData()
        return {"name": self.name.text(), "notes": self.notes.toPlainText(), "decision_id": decision,
                "decision_reason": self.reason.toPlainText() if decision else ""}
