"""What the window remembers between sessions: geometry and splitter.

Stored with QSettings; a damaged or foreign value is ignored and the default
used instead, so a bad settings file never keeps the app from starting.
The situation itself is not restored here: ui.case_actions reopens the last
saved case, or offers an unsaved one, once the catalogue is open.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings

DEFAULT_SIZE = (1400, 860)
DEFAULT_SPLIT = [340, 640, 420]


def restore_window(window, settings: QSettings) -> None:  # noqa: ANN001 - ui.main_window.MainWindow
    geometry = settings.value("window/geometry")
    if not (isinstance(geometry, QByteArray) and not geometry.isEmpty() and window.restoreGeometry(geometry)):
        window.resize(*DEFAULT_SIZE)
    splitter = settings.value("window/splitter")
    if not (isinstance(splitter, QByteArray) and not splitter.isEmpty() and window.splitter.restoreState(splitter)):
        window.splitter.setSizes(DEFAULT_SPLIT)


def save_window(window, settings: QSettings) -> None:  # noqa: ANN001
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", window.splitter.saveState())
    settings.sync()
