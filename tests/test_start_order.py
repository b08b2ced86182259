"""What the window offers before its catalogue is read: the first frame is the real window.

The window paints its first frame before anything is loaded; the menus' actions are made
just after it, before the catalogue's thread starts. Whatever the catalogue takes, a user who
reaches the menu bar finds every menu complete, with the same entries and keys as later.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication


def menus(window) -> list:  # noqa: ANN001 - a MainWindow
    def entries(actions) -> list:  # noqa: ANN001
        return [(a.text(), [k.toString() for k in a.shortcuts()], entries(a.menu().actions()) if a.menu() else [])
                for a in actions]

    return entries(window.menuBar().actions())


def test_before_the_catalogue_arrives_every_menu_is_complete_and_its_keys_work(qtbot, db_url, qsettings, window,
                                                                               monkeypatch):
    from ui.main_window import MainWindow

    loaded = menus(window)
    monkeypatch.setattr(MainWindow, "_load_catalogue", lambda self: None)  # a catalogue that takes its time
    waiting = MainWindow(db_url, qsettings)
    qtbot.addWidget(waiting)
    waiting.show()
    qtbot.waitUntil(lambda: waiting.__dict__.get("_menus_filled"), timeout=10_000)  # just after the first frame
    assert waiting.catalogue is None and waiting.model.rowCount() == 0
    assert menus(waiting) == loaded
    assert all(a.menu().actions() for a in waiting.menuBar().actions())
    waiting.activateWindow()
    qtbot.keyClick(waiting, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # Bewerken → Zoeken in methoden
    qtbot.waitUntil(lambda: QApplication.focusWidget() is waiting.search_box)
