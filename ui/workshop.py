"""Workshop tools in the Beeld menu: presentation mode and zoom, comparing methods, the group's weights.

Installed by the main window with one call, so the window itself only keeps
a hook; each tool lives in its own module.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from ui.advice_model import METHOD_ID_ROLE, NAME
from ui.group_ranking import GroupRanking
from ui.presentation import Presentation

MAX_COMPARED = 3


class Workshop(QObject):
    def __init__(self, window, view_menu, presentation: Presentation) -> None:  # noqa: ANN001 - MainWindow, QMenu
        super().__init__(window)
        self.window = window
        self.presentation = presentation  # made before the first frame: its bar and zoom are part of the frame
        presentation.add_actions(view_menu)
        self.compare_action = QAction(self.tr("&Vergelijken…"), window)
        self.compare_action.setShortcuts([QKeySequence("Ctrl+Shift+V")])
        self.compare_action.triggered.connect(self.compare)
        self.group_action = QAction(self.tr("&Groepsweging…"), window)
        self.group_action.setShortcuts([QKeySequence("Ctrl+Shift+G")])
        self.group_action.triggered.connect(self.group)
        window.addActions([self.compare_action, self.group_action])
        view_menu.addSeparator()
        view_menu.addActions([self.compare_action, self.group_action])
        self.group_ranking = GroupRanking(window)
        view_menu.addAction(self.group_ranking.action)
        self.comparison = self.group_dialog = None

    def ranking_context(self, context):  # noqa: ANN001, ANN201
        return self.group_ranking.ranking_context(context)

    def bands(self, stability):  # noqa: ANN001, ANN201
        return self.group_ranking.bands(stability)

    def selected_ids(self) -> list[str]:
        """The methods selected in the list (Ctrl+click, Shift+arrows), in list order, at most three."""
        rows = sorted(i.row() for i in self.window.table.selectionModel().selectedRows(NAME))
        ids = [self.window.proxy.index(r, NAME).data(METHOD_ID_ROLE) for r in rows]
        return [i for i in ids if i][:MAX_COMPARED]

    def compared_ids(self) -> list[str]:
        """The methods side by side in the comparison view while it is open (they join the report)."""
        dialog = self.comparison
        return dialog.compared_ids() if dialog is not None and dialog.isVisible() else []

    def compare(self) -> None:
        from ui.comparison import ComparisonDialog

        if self.window.result is None:
            return
        self.comparison = ComparisonDialog(self.window.result, self.selected_ids(), self.window)
        self.comparison.resize(self.window.width() * 9 // 10, self.window.height() * 8 // 10)
        self.comparison.show()

    def group(self) -> None:
        from ui.group_dialog import GroupDialog

        if self.window.advisor is None:
            return
        self.group_dialog = GroupDialog(self.window)
        self.group_dialog.resize(self.window.width() * 9 // 10, self.window.height() * 8 // 10)
        self.group_dialog.show()
