"""What the window remembers between sessions: geometry and splitter.

The keys and their defaults are declared in ``ui.settings``; a damaged or
foreign value is ignored there and the default used instead. The situation
itself is not restored here: ui.case_actions reopens the last saved case, or
offers an unsaved one, once the catalogue is open.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings

from ui.settings import WINDOW_GEOMETRY, WINDOW_SPLITTER

DEFAULT_SIZE = (1400, 860)
DEFAULT_SPLIT = [340, 640, 420]


def restore_window(window, settings: QSettings) -> None:  # noqa: ANN001 - ui.main_window.MainWindow
    geometry = WINDOW_GEOMETRY.read(settings)
    if geometry.isEmpty() or not window.restoreGeometry(geometry):
        window.resize(*DEFAULT_SIZE)
    splitter = WINDOW_SPLITTER.read(settings)
    if splitter.isEmpty() or not window.splitter.restoreState(splitter):
        window.splitter.setSizes(DEFAULT_SPLIT)


def save_window(window, settings: QSettings) -> None:  # noqa: ANN001
    WINDOW_GEOMETRY.write(settings, window.saveGeometry())
    WINDOW_SPLITTER.write(settings, window.splitter.saveState())
    settings.sync()
