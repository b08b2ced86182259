"""Switching the interface language while the window is open.

Qt sends every widget a LanguageChange event when a translator is installed,
but a text already shown stays as it was: Qt keeps no record of the source a
text was translated from. The ledger keeps that record. It watches every
translation the program asks for and notes, for each text it produced, the
(context, source) it came from; a switch then looks up what a widget, action
or menu shows and asks Qt for the same source in the new language. This
covers every text set whole from ``tr`` wherever it was built (menus made in
several modules, open dialogs); texts composed at run time (a count, a name
inside a sentence) are rebuilt by their owners, which the window asks to
``retranslate``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTranslator

Key = tuple[str, str, str | None]  # context, source text, disambiguation


class TextLedger(QTranslator):
    """Translates nothing itself; remembers which (context, source) each shown text came from.

    Installed as the last translator, so Qt asks it first; it asks the real
    translators what they will answer, notes it, and lets Qt carry on.
    """

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.translators: list[QTranslator] = []
        self._source_of: dict[str, Key] = {}

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201 - Qt's signature
        if n < 0 and source:  # a plural is filled in with its count afterwards: not a whole text
            answer = next((t for t in (tr.translate(context, source, disambiguation, n)
                                       for tr in reversed(self.translators)) if t), source)
            known = self._source_of.get(answer)
            if known is None or known[0].startswith("Q"):  # self.tr tries the class, then each Qt base class
                self._source_of[answer] = (context, source, disambiguation)
        return None  # a null string: Qt asks the next translator (an empty one would be the answer)

    def again(self, text: str) -> str:
        """*text* in the language now installed, if the ledger saw where it came from; else unchanged."""
        key = self._source_of.get(text)
        return QCoreApplication.translate(key[0], key[1], key[2]) if key else text


def retranslate_shown_texts(ledger: TextLedger, root) -> None:  # noqa: ANN001 - a QWidget
    """Every whole text under *root* (widgets, their actions and menus) in the language now installed."""
    # Imported here: the ledger is made before the window's first frame, and each Qt class builds its enums
    # when first imported.
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QMenu, QWidget

    texts = {  # (getter, setter) pairs of the texts a widget of each kind shows or tells a screen reader
        QLabel: (("text", "setText"),),
        QAbstractButton: (("text", "setText"),),
        QGroupBox: (("title", "setTitle"),),
        QLineEdit: (("placeholderText", "setPlaceholderText"),),
        QWidget: (("toolTip", "setToolTip"), ("accessibleName", "setAccessibleName"),
                  ("accessibleDescription", "setAccessibleDescription"), ("windowTitle", "setWindowTitle")),
        QAction: (("text", "setText"), ("toolTip", "setToolTip")),
        QMenu: (("title", "setTitle"),),
    }
    objects: list[QObject] = [root, *root.findChildren(QWidget), *root.findChildren(QAction)]
    for menu in root.findChildren(QMenu):
        objects += menu.actions()
    seen: set[int] = set()
    for thing in objects:
        if id(thing) in seen:
            continue
        seen.add(id(thing))
        for kind, pairs in texts.items():
            if not isinstance(thing, kind):
                continue
            for getter, setter in pairs:
                text = getattr(thing, getter)()
                new = ledger.again(text) if text else text
                if new != text:
                    getattr(thing, setter)(new)
