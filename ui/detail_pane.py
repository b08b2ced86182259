"""The method page's pane: the last few method pages kept laid out, each in a view of its own.

When the top methods take turns (a slider step that puts another method first), the page shown changes.
A page given to a text view is laid out whole again, even a kept document at the very same width (Qt sets
its page size, and that lays out every block anew): about 2 ms a step at 19 methods. Here each recent page
keeps a view (``ui.detail_view.DetailView``) of its own, laid out at the pane's width; a page that comes back
is shown by showing its view, and only its pieces that differ are replaced. Placeholders, exclusions and
other whole pages share one view.

The view shown is the page to the rest of the window (``MainWindow.detail``): it has the focus, its links,
its text and its scroll bar. Another page coming in takes over the focus, starts at its top, and is hidden
or shown as the page before it was.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QWidget

from ui.detail_view import DetailView

PAGES_KEPT = 6  # method pages kept laid out, each in a view of its own


class DetailPane(QWidget):
    """Shows one DetailView at a time, filling the pane; the others wait hidden with their pages laid out."""

    knowledgeRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        # Filled with the window's colour, as beneath it: a page that goes and the one that comes in its place
        # repaint the pane alone, not the splitters and panes around it.
        self.setAutoFillBackground(True)
        self._switching = True
        self._hiding = False
        self._pages: dict[tuple, DetailView] = {}  # method pages by heading, body and font; the latest last
        self._own = self._view()  # the placeholder, an exclusion, any page given whole
        self._shown = self._own
        self._own.show()
        self.setFocusProxy(self._own)
        self._switching = False

    @property
    def shown(self) -> DetailView:
        return self._shown

    def _view(self) -> DetailView:
        own = getattr(self, "_own", None)
        view = DetailView(self, placeholder=own is None)  # a page's view is given its page at once
        view.setTabChangesFocus(True)
        view.setGeometry(self.rect())
        view.hide()
        view.answers_for_visibility = lambda visible, view=view: self._answer_for(view, visible)
        view.knowledgeRequested.connect(self.knowledgeRequested)
        if own is not None:
            QWidget.setTabOrder(own, view)  # the pane's views side by side in the focus chain
        return view

    def _answer_for(self, view: DetailView, visible: bool) -> bool:
        """Whether the pane is shown or hidden for *view* (the page shown, hidden or shown from outside)."""
        if self._switching or view is not self._shown:
            return False
        self._hiding = not visible
        try:
            self.setVisible(visible)
        finally:
            self._hiding = False
        return True

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - Qt's name
        """Hidden with the focus in it, the pane lets the page say where the focus goes, as the page did when it
        was hidden itself (Qt asks the widget it hides)."""
        if self._hiding:
            self._hiding = False  # the page asks its parents in turn when it has no link left
            return self._shown.focusNextPrevChild(forward)
        return super().focusNextPrevChild(forward)

    def show_placeholder(self) -> None:
        self._show(self._own)
        self._own.show_placeholder()

    def setHtml(self, text: str) -> None:  # noqa: N802 - Qt's name
        """*text* as a page of its own; the same page as the one shown is left where the reader is."""
        came = self._own is not self._shown
        self._show(self._own)
        self._own.setHtml(text)
        if came:  # the same page as the view last showed comes back at its top, as a page given anew
            self._own.to_top()

    def setPlainText(self, text: str) -> None:  # noqa: N802 - Qt's name
        self._show(self._own)
        self._own.setPlainText(text)

    def show_parts(self, head: str, live: str | tuple[str, ...], rest: str) -> None:
        """The method page head + live + rest (``DetailView.show_parts``), in the view that last showed this
        page, when one is kept."""
        key = (head, rest, self.font().key())
        view = self._pages.pop(key, None)
        if view is None:
            if len(self._pages) >= PAGES_KEPT:  # the oldest page's view (never the one shown: that is the latest)
                view = self._pages.pop(next(iter(self._pages)))  # takes the new page: cheaper than a new widget
            else:
                view = self._view()
        self._pages[key] = view
        came = view is not self._shown
        self._show(view)
        view.show_parts(head, live, rest)
        if came:
            view.to_top()

    def _show(self, view: DetailView) -> None:
        """*view* shown in the pane in place of the page before it, which passes it the focus."""
        before = self._shown
        if view is before:
            return
        self._switching = True
        try:
            resized = view.size() != self.size()
            view.setGeometry(self.rect())
            view.show()  # the page shown is never hidden on its own: the pane is hidden for it
            if resized:  # laid out again for the new width, whole now, its height told (Qt does the rest later)
                view.lay_out_now()
            self._shown = view
            self.setFocusProxy(view)
            if before.hasFocus():
                view.setFocus(Qt.FocusReason.OtherFocusReason)
            before.hide()
        finally:
            self._switching = False

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        self._shown.setGeometry(self.rect())  # the others when shown: each is laid out again only if it is
        super().resizeEvent(event)

    def changeEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        if event.type() == QEvent.Type.FontChange:  # kept pages are kept by font: those in another will not return
            for key in [key for key, view in self._pages.items() if view is not self._shown]:
                self._pages.pop(key).deleteLater()
        super().changeEvent(event)
