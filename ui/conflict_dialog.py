"""Zotero's conflict dialog: another desk saved the method first; keep mine, take theirs, or copy mine.

Both versions are shown field by field as plain text (never HTML). The
choice is made here and carried out through ``app.api.UserRecords``:
*keep mine* saves again against the version now stored (knowingly
overwriting it, which the change log records), *take theirs* drops this
desk's change, *save as new* stores mine as a new own method under an id the
user picks. Cancel saves nothing and leaves the caller's form open.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ui import case_prompts as prompts
from ui.field_labels import field_label, value_text
from ui.i18n import tr

KEEP_MINE, TAKE_THEIRS, SAVE_AS_NEW = "mine", "theirs", "new"


def _when(iso: str) -> str:
    return iso.replace("T", " ").removesuffix("+00:00") + " (UTC)" if iso else ""


class ConflictDialog(QDialog):
    """Shows a ``app.api.Conflict``; ``choice`` is KEEP_MINE, TAKE_THEIRS, SAVE_AS_NEW or None (cancel)."""

    def __init__(self, conflict, parent=None):  # noqa: ANN001 - app.api.Conflict
        super().__init__(parent)
        self.conflict, self.choice = conflict, None
        self.setWindowTitle(self.tr("Tegelijk gewijzigd"))
        self.resize(760, 360)
        who = conflict.by or self.tr("een andere gebruiker")
        intro = QLabel(self.tr("‘{0}’ is gewijzigd door {1} op {2}, nadat u de methode opende (u opende versie "
                               "{3}, opgeslagen is nu versie {4}). Uw wijziging is nog niet opgeslagen. Kies welke "
                               "versie blijft.").format(conflict.name, who, _when(conflict.when),
                                                        conflict.mine_version, conflict.their_version))
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        differences = conflict.differences()
        self.table = QTableWidget(len(differences), 3)
        self.table.setHorizontalHeaderLabels([self.tr("Veld"), self.tr("Uw versie"),
                                              self.tr("Versie van {0}").format(who)])
        for row, difference in enumerate(differences):
            name = difference.name
            for column, text in enumerate((field_label(name), value_text(name, difference.mine),
                                           value_text(name, difference.theirs))):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        self.table.setAccessibleName(self.tr("Verschillen per veld"))
        buttons = QDialogButtonBox()
        self.buttons = {}
        for key, text, role in ((KEEP_MINE, self.tr("&Mijn versie bewaren"), QDialogButtonBox.ButtonRole.AcceptRole),
                                (TAKE_THEIRS, self.tr("&Hun versie overnemen"), QDialogButtonBox.ButtonRole.AcceptRole),
                                (SAVE_AS_NEW, self.tr("Als &nieuwe eigen methode opslaan"),
                                 QDialogButtonBox.ButtonRole.AcceptRole)):
            button = QPushButton(text)
            button.clicked.connect(lambda _checked=False, key=key: self._choose(key))
            buttons.addButton(button, role)
            self.buttons[key] = button
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)

    def showEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().showEvent(event)
        self.buttons[TAKE_THEIRS].setDefault(True)  # Enter changes nothing stored; the button box's default is mine
        self.buttons[TAKE_THEIRS].setFocus()

    def _choose(self, key: str) -> None:
        self.choice = key
        self.accept()


def ask_choice(parent, conflict) -> str | None:  # noqa: ANN001
    """The user's choice for *conflict*; a function of its own so tests can answer."""
    dialog = ConflictDialog(conflict, parent)
    dialog.exec()
    return dialog.choice


def resolve(parent, records, error, save_mine) -> str | None:  # noqa: ANN001
    """Ask how to settle *error* (an ``app.api.ConflictError``) and do it; returns the choice carried out.

    *save_mine(expected_version)* saves this desk's version again; it may meet another conflict, which is
    asked about in turn. None: cancelled, nothing saved.
    """
    from app.api import ConflictError, RecordError

    while True:
        conflict = error.conflict
        choice = ask_choice(parent, conflict)
        try:
            if choice == KEEP_MINE:
                save_mine(conflict.their_version)
            elif choice == TAKE_THEIRS:
                records.catalogue.refresh()
            elif choice == SAVE_AS_NEW and not _save_as_new(parent, records, conflict):
                continue
            return choice
        except ConflictError as again:
            error = again
        except RecordError as refused:  # e.g. the copy's id is taken: say so and ask again
            prompts.tell(parent, tr("Niet opgeslagen"), str(refused))


def _save_as_new(parent, records, conflict) -> bool:  # noqa: ANN001
    suggested = f"{conflict.method_id}-kopie"
    method_id = prompts.text_input(parent, tr("Als nieuwe eigen methode opslaan"),
                                   tr("Id van de nieuwe methode:"), suggested)
    if not method_id:
        return False
    doc = {key: value for key, value in conflict.mine.items() if key != "section"}
    records.add({**doc, "id": method_id.strip(), "name": f"{conflict.mine.get('name', conflict.name)} "
                 + tr("(kopie)")})
    return True
