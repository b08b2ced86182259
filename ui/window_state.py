"""What the window remembers between sessions: geometry, splitter and the last context.

Stored with QSettings; a damaged or foreign value is ignored and the default
used instead, so a bad settings file never keeps the app from starting.
"""

from __future__ import annotations

import json

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
    try:
        state = json.loads(settings.value("context/state", "{}"))
    except (TypeError, ValueError):
        state = {}
    window.context_panel.set_state(state if isinstance(state, dict) else {})


def save_window(window, settings: QSettings) -> None:  # noqa: ANN001
    settings.setValue("window/geometry", window.saveGeometry())
    settings.setValue("window/splitter", window.splitter.saveState())
    settings.setValue("context/state", json.dumps(window.context_panel.state()))
    settings.sync()
