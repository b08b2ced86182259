"""Beeld → Taal: the interface language, remembered; it takes effect at the next start.

The default follows the system (Dutch for a Dutch or unnamed system, English
otherwise); ``methodewijzer --lang en`` overrides it for one run.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ui.i18n import LANGUAGES, SETTING, current_language, tr


def language_menu(parent: QWidget, settings: QSettings) -> QMenu:
    menu = QMenu(tr("&Taal"), parent)
    group = QActionGroup(menu)
    for code, name in LANGUAGES.items():
        action = QAction(name, menu, checkable=True)
        action.setChecked(code == current_language())
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: _choose(parent, settings, action.data()))
    return menu


def _choose(parent: QWidget, settings: QSettings, code: str) -> None:
    settings.setValue(SETTING, code)
    settings.sync()
    if code != current_language():
        QMessageBox.information(parent, tr("Taal"), tr("De nieuwe taal geldt vanaf de volgende keer dat u "
                                                       "Methodewijzer start. / The new language applies from "
                                                       "the next time you start Methodewijzer."))
