"""The few questions the case actions put to the user, in one place so tests can answer them.

Every box shows its text as plain text: a case name is the user's own text
and must read exactly as typed, never as markup.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

Button = QMessageBox.StandardButton


def ask(parent: QWidget, title: str, text: str, buttons: Button, default: Button) -> Button:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setDefaultButton(default)
    return Button(box.exec())


def tell(parent: QWidget, title: str, text: str, warning: bool = True) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information, title, text,
                      Button.Ok, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def file_to_save(parent: QWidget, title: str, suggested: str, filters: str) -> str:
    return QFileDialog.getSaveFileName(parent, title, suggested, filters)[0]


def file_to_open(parent: QWidget, title: str, filters: str) -> str:
    return QFileDialog.getOpenFileName(parent, title, "", filters)[0]


def text_input(parent: QWidget, title: str, label: str, value: str) -> str | None:
    text, ok = QInputDialog.getText(parent, title, label, text=value)
    return text if ok else None
