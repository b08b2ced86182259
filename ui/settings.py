"""Every setting the window keeps between sessions, declared once: key, type, default, purpose.

A value is checked on read: one of the wrong type (a hand-edited file, an
older or newer version's value) is ignored and the default used, so a
settings file never keeps the window from starting.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QByteArray, QSettings


@dataclass(frozen=True)
class Setting:
    key: str
    kind: type
    default: Any
    purpose: str

    def read(self, store: QSettings) -> Any:
        value = store.value(self.key)
        if self.kind is dict:
            import json  # not before the window's first frame, which reads no JSON setting

            try:
                value = json.loads(value) if isinstance(value, str) else None
            except ValueError:
                value = None
        if self.kind is float and isinstance(value, str | int) and not isinstance(value, bool):
            try:  # an INI file gives numbers back as text
                value = float(value)
            except ValueError:
                value = None
        return value if isinstance(value, self.kind) else self.kind(self.default)  # a copy: never share the default

    def write(self, store: QSettings, value: Any) -> None:
        import json

        store.setValue(self.key, json.dumps(value) if self.kind is dict else value)


WINDOW_GEOMETRY = Setting("window/geometry", QByteArray, QByteArray(),
                          "Size and place of the main window, as Qt saves them.")
WINDOW_SPLITTER = Setting("window/splitter", QByteArray, QByteArray(),
                          "Widths of the three columns: situation, ranking, method.")
CONTEXT_STATE = Setting("context/state", dict, {},
                        "The situation last described and its weights, as JSON (ContextPanel.state()).")

ZOOM = Setting("view/zoom", float, 1.0,
               "Global zoom of the window (Ctrl++ / Ctrl+- / Ctrl+0), 1.0 = the system font size.")

ALL = (WINDOW_GEOMETRY, WINDOW_SPLITTER, CONTEXT_STATE, ZOOM)
