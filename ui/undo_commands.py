"""Undo and redo for the edits of a session (Bewerken → Ongedaan maken, Opnieuw).

A catalogue edit is remembered as the user's records about the methods it
touched, copied from the database before and after (``app.api.take_snapshot``);
undo writes the copy from before back, redo the one from after, each in one
transaction through ``app.api``, so what the window shows after an undo is
what the database holds. The first redo is the edit itself, already done.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QKeySequence, QUndoCommand

from ui.i18n import tr


class RecordsCommand(QUndoCommand):
    """One edit of the user's records; *put* writes a snapshot back and refreshes the window."""

    def __init__(self, text: str, before, after, put: Callable[[object], None]):  # noqa: ANN001 - snapshots
        super().__init__(text)
        self.before, self.after, self.put = before, after, put
        self._done = True

    def undo(self) -> None:
        self.put(self.before)
        self._done = False

    def redo(self) -> None:
        if not self._done:
            self.put(self.after)
            self._done = True


class ContextResetCommand(QUndoCommand):
    """Situatie terugzetten: the situation panel's state before and after."""

    def __init__(self, text: str, panel, before: dict, after: dict):  # noqa: ANN001 - ui.context_panel.ContextPanel
        super().__init__(text)
        self.panel, self.before, self.after = panel, before, after
        self._done = True

    def undo(self) -> None:
        self.panel.set_state(self.before)
        self._done = False

    def redo(self) -> None:
        if not self._done:
            self.panel.set_state(self.after)
            self._done = True


def undo_actions(stack, parent) -> tuple[QAction, QAction]:  # noqa: ANN001 - QUndoStack, its window
    """Ongedaan maken (Ctrl+Z) and Opnieuw (Ctrl+Shift+Z), each naming the edit it would take back or redo."""
    made = []
    for plain, named, keys, go, can, text in (
        (tr("&Ongedaan maken"), tr("&Ongedaan maken: {0}"), ("Ctrl+Z",), stack.undo, stack.canUndoChanged,
         stack.undoTextChanged),
        (tr("O&pnieuw"), tr("O&pnieuw: {0}"), ("Ctrl+Shift+Z", "Ctrl+Y"), stack.redo, stack.canRedoChanged,
         stack.redoTextChanged),
    ):
        action = QAction(plain, parent)
        action.setShortcuts([QKeySequence(k) for k in keys])
        action.setEnabled(False)
        action.triggered.connect(go)
        can.connect(action.setEnabled)
        text.connect(lambda what, action=action, plain=plain, named=named:
                     action.setText(named.format(what) if what else plain))
        made.append(action)
    return made[0], made[1]
