"""Presentation mode for workshops: the real window full screen, steps revealing its parts, zoom.

F11 (Beeld → Presentatiemodus) fills the screen and folds the context panel
into a bar with the situation on one line. The trainer walks through six
steps with the arrow keys or PageDown/PageUp (what presenter clickers send):
each step shows more of the window itself — the weights line, the ranked
list, the top method's page scrolled to its reasons, how firm the advice is,
the caveats — scaled by the presentation zoom. Esc or F11 leaves. Zoom
(Ctrl++, Ctrl+-, Ctrl+0) works in and outside presentation mode: it sets one
font on the whole window, so every widget, the list and the pages grow
together, and it is remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QVBoxLayout, QWidget

from ui.advice_model import SCORE, column_widths
from ui.i18n import tr
from ui.settings import ZOOM

ZOOM_STEPS = (0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 1.75, 2.0, 2.5, 3.0)
PRESENTATION_ZOOM = 2.0  # readable from the back of a room when the trainer has not zoomed yet


def _action(window: QMainWindow, text: str, keys: list[str], slot):  # noqa: ANN001, ANN202 - a QAction
    from PySide6.QtGui import QAction, QKeySequence  # made after the first frame: their enums wait until then

    action = QAction(text, window)
    action.setShortcuts([QKeySequence(k, QKeySequence.SequenceFormat.PortableText) for k in keys])  # not translated
    action.triggered.connect(lambda _checked=False: slot())
    window.addAction(action)
    return action


def refit(window: QMainWindow) -> None:
    """Sizes measured in the font (columns, rows, the context panel) follow a new zoom; the page is redrawn."""
    table, metrics = window.table, window.table.fontMetrics()
    header = table.horizontalHeader()
    for column, width in column_widths(window.model, metrics, header.fontMetrics()).items():
        header.resizeSection(column, width)  # rank, known data, category: their widest text in the new font
    header.resizeSection(SCORE, metrics.horizontalAdvance("100") * 3)
    header.setMinimumSectionSize(metrics.horizontalAdvance("100%") + 8)
    if window.catalogue is not None:
        table.fit_names(window.catalogue.methods)
    table.fit_columns()  # rows two lines of the new font; columns that no longer fit give way
    window.context_panel.fit_width()
    window.show_current()


def _wrapping_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


class Presentation(QObject):
    """Owns the bar above the window's panes, the zoom and the step; the panes stay the window's own.

    Made before the window's first frame (the bar's frame around the panes, a remembered zoom); its
    actions are added to the Beeld menu just after that frame (``add_actions``)."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window, self.step, self.active = window, 1, False
        self._base_font = None  # the window's font before any zoom, read when first needed
        self.zoom = 1.0
        self._was_maximized = False
        self._build_bar()
        zoom = ZOOM.read(window.settings)
        if zoom != 1.0:  # at 1.0 the window already has its own font and sizes
            self.set_zoom(zoom, remember=False)

    @property
    def base_font(self):  # noqa: ANN201 - QFont
        if self._base_font is None:
            from PySide6.QtGui import QFont

            self._base_font = QFont(self.window.font())
        return self._base_font

    def add_actions(self, view_menu) -> None:  # noqa: ANN001 - QMenu
        """Presentation mode and zoom in the Beeld menu; the steps' keys, off until presenting."""
        window = self.window
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

    def _build_bar(self) -> None:
        """The bar that stands for the context panel while presenting: step, situation, weights."""
        window = self.window
        splitter = window.takeCentralWidget()  # kept, not deleted: it goes into the new frame
        frame = QWidget()
        column = QVBoxLayout(frame)
        column.setContentsMargins(0, 0, 0, 0)
        self.bar = QFrame()
        self.bar.setObjectName("presentationBar")
        self.bar.setFrameShape(QFrame.Shape.StyledPanel)
        lines = QVBoxLayout(self.bar)
        self.indicator = QLabel()
        self.indicator.setObjectName("stepIndicator")
        self.indicator.setTextFormat(Qt.TextFormat.RichText)
        self.summary = _wrapping_label("presentationSummary")
        self.weights = _wrapping_label("presentationWeights")
        for widget in (self.indicator, self.summary, self.weights):
            lines.addWidget(widget)
        self.bar.hide()
        column.addWidget(self.bar)
        column.addWidget(splitter, 1)
        self.splitter = splitter
        window.setCentralWidget(frame)

    # ---- zoom ---------------------------------------------------------------------------------
    def set_zoom(self, factor: float, remember: bool = True) -> None:
        factor = min(max(float(factor), ZOOM_STEPS[0]), ZOOM_STEPS[-1])
        self.zoom = factor
        from PySide6.QtGui import QFont

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
        for widget in (window.context_panel, window.statusBar(), window.search_box):
            widget.hide()
        self.bar.show()
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
        self.bar.hide()
        for widget in (window.context_panel, window.statusBar(), window.search_box, window.table.parentWidget(),
                       window.detail):
            widget.show()
        if window.result is not None:
            window.notes.show_advice(window.result)  # the tier and what-if lines as the advice has them
        self._enable_steps(False)
        self.toggle_action.setChecked(False)
        self.set_zoom(ZOOM.read(window.settings), remember=False)
        window.showMaximized() if self._was_maximized else window.showNormal()

    def _enable_steps(self, on: bool) -> None:
        for action in (self.next_action, self.previous_action, self.leave_action):
            action.setEnabled(on)

    def go(self, step: int) -> None:
        from ui.presentation_steps import STEPS  # the steps load when presenting, not before the first frame

        self.step = min(max(step, 1), STEPS)
        self.show_step()

    def show_step(self) -> None:
        """Show the parts of the window this step reveals; the page scrolls to the part it is about."""
        from html import escape

        from ui.presentation_steps import REVEALS, STEP_TITLES, STEPS, summary_line, weights_line

        window, reveal = self.window, REVEALS[self.step - 1]
        where = tr("Stap {0} van {1}: {2}").format(self.step, STEPS, tr(STEP_TITLES[self.step - 1]))
        self.indicator.setText(f"<b>{escape(where)}</b>  {'●' * self.step}{'○' * (STEPS - self.step)}")
        self.indicator.setAccessibleName(where)
        self.summary.setText(summary_line(window.context_panel.context()))
        result = window.result
        self.weights.setVisible(reveal.weights)
        if result is None:
            self.weights.setText(tr("Catalogus laden…"))
        else:
            ranking = window.workshop.group_ranking
            self.weights.setText(weights_line(result.advice.context, len(ranking.participants()) if ranking.on else 0))
        window.table.parentWidget().setVisible(reveal.ranking)
        window.detail.setVisible(reveal.page)
        for note in (window.notes.tier, window.notes.what_if):
            note.setVisible(reveal.firmness and bool(note.text()))
        window.notes.live.hide()  # "Nieuwe eerste plaats" is news while sliding, not on a stage
        window.notes_area.release()  # a step is a new view: no room kept for notes of the one before
        if reveal.page and result is not None and result.advice.results:
            window.select_method(result.advice.results[0].method.id)
            self.scroll_page(reveal.page_part)
            QTimer.singleShot(0, lambda part=reveal.page_part: self.scroll_page(part))  # once the page has its size

    def scroll_page(self, part: str) -> None:
        """Scroll the method page so that *part* (firmness, caveats; "" the top) stands at the top."""
        from ui.presentation_steps import part_position

        detail = self.window.detail
        if not self.active or not detail.isVisible():
            return
        y = part_position(detail.document(), part, self.window.result)
        detail.verticalScrollBar().setValue(int(y) if y is not None else 0)
