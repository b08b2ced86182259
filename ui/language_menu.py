"""Beeld → Taal: the interface language, remembered, and switched at once (the window retranslates itself).

The default follows the system (Dutch for a Dutch or unnamed system, English
otherwise); ``methodewijzer --lang en`` overrides it for one run.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from ui.i18n import LANGUAGES, SETTING, current_language, tr, use_language


def language_menu(parent: QWidget, settings: QSettings) -> QMenu:
    menu = QMenu(tr("&Taal"), parent)
    group = QActionGroup(menu)
    for code, name in LANGUAGES.items():
        action = QAction(name, menu, checkable=True)
        action.setChecked(code == current_language())
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: _choose(settings, action.data()))
    return menu


def _choose(settings: QSettings, code: str) -> None:
    settings.setValue(SETTING, code)
    settings.sync()
    use_language(code)  # Qt tells every widget; the main window retranslates what it shows
