"""Compare one changed field three ways and choose what to keep.

When the shipped text of a field changed after the user changed that field,
the window shows the shipped text then (when the user made the change), the
shipped text now and the user's own, side by side, as plain text. The user
picks one; ``app.api.keep_version`` stores it and the flag clears.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
)

from ui.field_labels import field_label, value_text

CHOICES = ("shipped_then", "shipped_now", "yours")


class FieldCompare(QDialog):
    def __init__(self, method_name: str, versions, parent=None):  # noqa: ANN001 - app.api.FieldVersions
        super().__init__(parent)
        self.versions = versions
        name = field_label(versions.field)
        self.setWindowTitle(self.tr("Vergelijken: {0} van {1}").format(name, method_name))
        intro = QLabel(self.tr("De meegeleverde tekst is veranderd sinds uw aanpassing. Kies welke tekst u wilt "
                               "houden; de andere twee blijven hier niet bewaard."))
        intro.setWordWrap(True)
        columns = QHBoxLayout()
        self.group = QButtonGroup(self)
        self.choices: dict[str, QRadioButton] = {}
        self.views: dict[str, QPlainTextEdit] = {}
        for key, title in zip(CHOICES, (self.tr("&Meegeleverd toen (bij uw aanpassing)"),
                                        self.tr("Meegeleverd &nu"), self.tr("&Uw tekst")), strict=True):
            column = QVBoxLayout()
            choice = QRadioButton(title)
            view = QPlainTextEdit(value_text(versions.field, getattr(versions, key)))
            view.setReadOnly(True)
            view.setAccessibleName(f"{title.replace('&', '')}: {name}")
            choice.setAccessibleDescription(self.tr("Deze versie van {0} houden").format(name))
            self.group.addButton(choice)
            column.addWidget(choice)
            column.addWidget(view, 1)
            columns.addLayout(column, 1)
            self.choices[key], self.views[key] = choice, view
        self.choices["yours"].setChecked(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        keep = buttons.addButton(self.tr("&Deze houden"), QDialogButtonBox.ButtonRole.AcceptRole)
        keep.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(columns, 1)
        layout.addWidget(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 120, self.fontMetrics().lineSpacing() * 22)

    def chosen(self) -> str:
        return next(key for key, choice in self.choices.items() if choice.isChecked())

    def chosen_value(self) -> Any:
        return getattr(self.versions, self.chosen())
