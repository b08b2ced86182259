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


class EditCommand(QUndoCommand):
    """One edit: undo gives *put* the state from before, redo the state from after.

    For the catalogue the states are ``RecordSnapshot``s and *put* writes one back and refreshes the
    window; for Situatie terugzetten they are the situation panel's states.
    """

    def __init__(self, text: str, before, after, put: Callable[[object], object]):  # noqa: ANN001 - states
        super().__init__(text)
        self.before, self.after, self.put = before, after, put
        self._done = True

    def _go(self, state) -> None:  # noqa: ANN001
        if self.put(state) is False:  # refused (the user was told): the stack drops this edit, never pretends
            self.setObsolete(True)

    def undo(self) -> None:
        self._go(self.before)
        self._done = False

    def redo(self) -> None:
        if not self._done:
            self._go(self.after)
            self._done = True


class RecordsCommand(EditCommand):
    """A catalogue edit: *put(target, current)* writes the records of *target*, checking that they are still
    *current* (no other desk saved them since), and returns *target* as stored (new record versions) or False."""

    def _move(self, target, current):  # noqa: ANN001, ANN202 - RecordSnapshots
        stored = self.put(target, current)
        if stored is False:  # refused (the user was told): the stack drops this edit, never pretends
            self.setObsolete(True)
            return target
        return stored

    def undo(self) -> None:
        self.before = self._move(self.before, self.after)
        self._done = False

    def redo(self) -> None:
        if not self._done:
            self.after = self._move(self.after, self.before)
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
