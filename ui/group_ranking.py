"""Ranking the window by the workshop group's weights, said above the list, with a way back to one's own.

An opened case that carries a group (Groepsweging) ranks the list, the
detail page and the notes by the participants' mean weights; a line above
the list says so and a button switches to one's own weights and back. While
the group ranks, the weight sliders are greyed (they are not what counts) and
their stability bands are hidden (those would belong to the group's weights);
the must marks and the situation stay shared.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QLabel, QPushButton, QVBoxLayout

from ui.i18n import tr


class _Banner(QFrame):
    """Never squeezed below the height its wrapped words need, so a full window cuts the list, not the line."""

    def fit(self) -> None:
        if self.layout() is not None and self.width() > 0:
            self.setMinimumHeight(self.layout().totalHeightForWidth(self.width()))

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.fit()

    def changeEvent(self, event) -> None:  # noqa: ANN001 - a zoom changes the font, so the words' height
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit()


class GroupRanking(QObject):
    def __init__(self, window) -> None:  # noqa: ANN001 - MainWindow
        super().__init__(window)
        self.window, self.on = window, False
        self.action = QAction(self.tr("Rangschikken met de &groepsweging"), window)
        self.action.setCheckable(True)
        self.action.toggled.connect(self.use_group)
        self.banner = _Banner()
        self.banner.setObjectName("groupRanking")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        row = QVBoxLayout(self.banner)  # the button under the words: the line keeps the list's full width
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton()
        self.button.clicked.connect(lambda: self.action.setChecked(not self.on))
        row.addWidget(self.label)
        row.addWidget(self.button, 0, Qt.AlignmentFlag.AlignLeft)
        column = window.table.parentWidget().layout()
        column.insertWidget(column.indexOf(window.table), self.banner)
        self._show()

    def participants(self) -> tuple:
        return tuple(getattr(self.window, "group_participants", ()) or ())

    def ranking_context(self, context):  # noqa: ANN001, ANN201 - advisor Context
        """The context the window ranks: the situation with the group's mean weights while the group ranks."""
        if not (self.on and self.participants()):
            return context
        from app.api import group_context

        return group_context(context, self.participants())

    def bands(self, stability) -> tuple:  # noqa: ANN001
        """The sliders' stability bands: none while the group ranks (they would be the group's, not the sliders')."""
        return () if self.on else stability

    def case_opened(self, participants) -> None:  # noqa: ANN001
        """A case (or a new, empty situation) came in: its group, if it has one, ranks the window."""
        self.window.group_participants = tuple(participants or ())
        self._apply(bool(self.window.group_participants))

    def participants_changed(self) -> None:
        """The Groepsweging table changed: re-rank when the group ranks, else only offer it."""
        if self.on:
            self.window.rerank(self.window.context_panel.context())
        self._show()

    def use_group(self, on: bool) -> None:
        on = bool(on) and bool(self.participants())
        if on == self.on:
            self._show()
            return
        self._apply(on)

    def _apply(self, on: bool) -> None:
        self.on = on
        self.action.blockSignals(True)
        self.action.setChecked(on)
        self.action.blockSignals(False)
        for row in self.window.context_panel.weights.values():
            row.slider.setEnabled(not on)
        self.window.rerank(self.window.context_panel.context())
        self._show()

    def _show(self) -> None:
        count = len(self.participants())
        self.action.setEnabled(bool(count))
        self.banner.setVisible(bool(count))
        if self.on:
            self.label.setText(tr("Gerangschikt met de groepsweging (%n deelnemer(s)).", count))
            self.label.setToolTip(tr("De schuifjes tonen uw eigen gewichten; ze tellen weer mee met "
                                     "‘Eigen gewichten gebruiken’."))
            self.button.setText(tr("&Eigen gewichten gebruiken"))
        else:
            self.label.setText(tr("Gerangschikt met uw eigen gewichten; er is een groepsweging van %n deelnemer(s).",
                                  count))
            self.label.setToolTip("")
            self.button.setText(tr("&Groepsweging gebruiken"))
        self.label.setAccessibleDescription(self.label.toolTip())
        self.label.setAccessibleName(self.label.text())
        self.button.setAccessibleName(self.button.text().replace("&", ""))
        self.banner.fit()
