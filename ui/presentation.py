"""Presentation mode for workshops: full screen, a one-line situation, steps revealed one by one, zoom.

F11 (Beeld → Presentatiemodus) fills the screen, folds the context panel
into one line and shows the advice as a stage that the trainer walks
through with the arrow keys or PageDown/PageUp, which is what presenter
clickers send; Esc or F11 leaves. Zoom (Ctrl++, Ctrl+-, Ctrl+0) works in
and outside presentation mode: it sets one font on the whole window, so
every widget, the list and the pages grow together, and it is remembered.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QTextBrowser, QVBoxLayout, QWidget

from ui.advice_model import SCORE
from ui.i18n import tr
from ui.presentation_steps import STEP_TITLES, STEPS, step_html, summary_line
from ui.settings import ZOOM

ZOOM_STEPS = (0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
PRESENTATION_ZOOM = 2.0  # readable from the back of a room when the trainer has not zoomed yet


def _action(window: QMainWindow, text: str, keys: list[str], slot) -> QAction:  # noqa: ANN001
    action = QAction(text, window)
    action.setShortcuts([QKeySequence(k) for k in keys])
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def refit(window: QMainWindow) -> None:
    """Sizes measured in the font (columns, rows, the context panel) follow a new zoom; the page is redrawn."""
    table, metrics = window.table, window.table.fontMetrics()
    table.horizontalHeader().resizeSection(SCORE, metrics.horizontalAdvance("100") * 3)
    table.horizontalHeader().setMinimumSectionSize(metrics.horizontalAdvance("100%") + 8)
    table.verticalHeader().setDefaultSectionSize(metrics.height() * 2 + 10)
    if window.catalogue is not None:
        table.fit_names(window.catalogue.methods)
    table.fit_columns()
    table.resizeRowsToContents()
    window.context_panel.fit_width()
    window.show_current()


class Presentation(QObject):
    """Owns the stage, the bar above it, the zoom and the step; the window keeps its own widgets."""

    def __init__(self, window: QMainWindow, view_menu) -> None:  # noqa: ANN001 - QMenu
        super().__init__(window)
        self.window, self.step, self.active = window, 1, False
        self.base_font = QFont(window.font())
        self.zoom = 1.0
        self._was_maximized = False
        self._build_stage()
        self.toggle_action = _action(window, self.tr("&Presentatiemodus"), ["F11"], self.toggle)
        self.toggle_action.setCheckable(True)
        self.zoom_in_action = _action(window, self.tr("&Groter"), ["Ctrl++", "Ctrl+="], lambda: self.zoom_by(1))
        self.zoom_out_action = _action(window, self.tr("&Kleiner"), ["Ctrl+-"], lambda: self.zoom_by(-1))
        self.zoom_reset_action = _action(window, self.tr("&Ware grootte"), ["Ctrl+0"], lambda: self.set_zoom(1.0))
        view_menu.addSeparator()
        view_menu.addActions([self.toggle_action, self.zoom_in_action, self.zoom_out_action,
                              self.zoom_reset_action])
        self.next_action = _action(window, self.tr("Volgende stap"), ["PgDown", "Right", "Down", "Space"],
                                   lambda: self.go(self.step + 1))
        self.previous_action = _action(window, self.tr("Vorige stap"), ["PgUp", "Left", "Up", "Backspace"],
                                       lambda: self.go(self.step - 1))
        self.leave_action = _action(window, self.tr("Presentatie verlaten"), ["Esc"], self.leave)
        self._enable_steps(False)
        self.set_zoom(ZOOM.read(window.settings), remember=False)

    def _build_stage(self) -> None:
        window = self.window
        splitter = window.takeCentralWidget()  # kept, not deleted: it goes into the new frame
        frame = QWidget()
        column = QVBoxLayout(frame)
        column.setContentsMargins(0, 0, 0, 0)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setObjectName("presentationSummary")
        self.indicator = QLabel()
        self.indicator.setObjectName("stepIndicator")
        self.indicator.setTextFormat(Qt.TextFormat.RichText)
        self.stage = QTextBrowser()
        self.stage.setAccessibleName(self.tr("Presentatie"))
        self.stage.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys step; they do not scroll the page
        for widget in (self.summary, self.indicator, self.stage):
            widget.hide()
            column.addWidget(widget, 1 if widget is self.stage else 0)
        column.addWidget(splitter, 1)
        self.splitter = splitter
        window.setCentralWidget(frame)

    # ---- zoom ---------------------------------------------------------------------------------
    def set_zoom(self, factor: float, remember: bool = True) -> None:
        factor = min(max(float(factor), ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self.zoom = factor
        font = QFont(self.base_font)
        if self.base_font.pointSizeF() > 0:
            font.setPointSizeF(self.base_font.pointSizeF() * factor)
        else:
            font.setPixelSize(round(self.base_font.pixelSize() * factor))
        self.window.setFont(font)
        if remember:
            ZOOM.write(self.window.settings, factor)
        refit(self.window)
        if self.active:
            self.show_step()

    def zoom_by(self, direction: int) -> None:
        above = [z for z in ZOOM_STEPS if z > self.zoom + 1e-9]
        below = [z for z in ZOOM_STEPS if z < self.zoom - 1e-9]
        target = (above[0] if above else self.zoom) if direction > 0 else (below[-1] if below else self.zoom)
        self.set_zoom(target)

    # ---- presentation -------------------------------------------------------------------------
    def toggle(self) -> None:
        self.leave() if self.active else self.enter()

    def enter(self) -> None:
        window = self.window
        self.active, self.step = True, 1
        self._was_maximized = window.isMaximized()
        window.context_panel.hide()
        window.statusBar().hide()
        self.splitter.hide()
        for widget in (self.summary, self.indicator, self.stage):
            widget.show()
        if self.zoom < PRESENTATION_ZOOM:
            self.set_zoom(PRESENTATION_ZOOM, remember=False)
        window.showFullScreen()
        self.toggle_action.setChecked(True)
        self._enable_steps(True)
        window.centralWidget().setFocus()
        self.show_step()

    def leave(self) -> None:
        if not self.active:
            return
        window = self.window
        self.active = False
        for widget in (self.summary, self.indicator, self.stage):
            widget.hide()
        self.splitter.show()
        window.context_panel.show()
        window.statusBar().show()
        self._enable_steps(False)
        self.toggle_action.setChecked(False)
        self.set_zoom(ZOOM.read(window.settings), remember=False)
        window.showMaximized() if self._was_maximized else window.showNormal()

    def _enable_steps(self, on: bool) -> None:
        for action in (self.next_action, self.previous_action, self.leave_action):
            action.setEnabled(on)

    def go(self, step: int) -> None:
        self.step = min(max(step, 1), STEPS)
        self.show_step()

    def show_step(self) -> None:
        result = self.window.result
        self.summary.setText(summary_line(self.window.context_panel.context()))
        where = tr("Stap {0} van {1}: {2}").format(self.step, STEPS, tr(STEP_TITLES[self.step - 1]))
        self.indicator.setText(f"<b>{escape(where)}</b>  {'●' * self.step}{'○' * (STEPS - self.step)}")
        self.indicator.setAccessibleName(where)
        if result is None:
            self.stage.setPlainText(tr("Catalogus laden…"))
        else:
            self.stage.setHtml(step_html(self.step, result))
