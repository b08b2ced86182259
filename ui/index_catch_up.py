"""Bringing the search index along after an edit in the window, off the window's thread.

An edit is queued with the search (``submit``: quick) and written by a task
(``apply_submitted``), so the window keeps answering while Whoosh writes: a
search meanwhile answers from the index as it was, and is run again once the
edit is in. Edits made while one is written are taken in by the same task, in
order; an open search runs again as soon as they are in (a merge of the
small segments edits leave may follow in the same task). The status bar says
the index is catching up only when that takes noticeably long; a normal edit
passes without a word.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)
SAY_AFTER_MS = 700  # an edit at 10,000 methods takes about half a second; longer is worth a word


class IndexCatchUp(QObject):
    def __init__(self, window):  # noqa: ANN001 - ui.main_window.MainWindow
        super().__init__(window)
        self.window = window
        self._running = None  # the search whose edits a task is writing
        self._said = ""
        self._slow = QTimer(self)
        self._slow.setSingleShot(True)
        self._slow.setInterval(SAY_AFTER_MS)
        self._slow.timeout.connect(self._say_slow)

    def submit(self, catalogue, changed, removed) -> None:  # noqa: ANN001 - app.api Catalogue, Methods, ids
        search = self.window.search
        if search is None:
            return
        search.submit(catalogue, changed, removed)
        if self._running is None:
            self._start(search)

    def busy(self) -> bool:
        return self._running is not None

    def _start(self, search) -> None:  # noqa: ANN001 - app.api SearchService
        self._running = search
        self._slow.start()
        self.window.tasks.run(search.apply_submitted, lambda wrote: self._done(search, wrote),
                              lambda error: self._failed(search, error), lambda *_n: self._in(search))

    def _in(self, search) -> None:  # noqa: ANN001
        """Edits are in the index (a merge of segments may follow in the same task): an open search runs again."""
        self._quiet()
        window = self.window
        if search is window.search and window.search_box.text():
            window.run_search(window.search_box.text())

    def _done(self, search, wrote: bool) -> None:  # noqa: ANN001
        self._running = None
        if wrote and search.behind and search is self.window.search:  # queued after the task's last look
            self._start(search)
            return
        self._quiet()

    def _failed(self, search, error: BaseException) -> None:  # noqa: ANN001
        self._running = None
        self._quiet()
        log.warning("Zoekindex bijwerken mislukte: %s", error)
        self.window.status.showMessage(self.tr("De zoekindex kon niet worden bijgewerkt; zoeken vindt de laatste "
                                               "wijziging misschien nog niet."), 8000)

    def _say_slow(self) -> None:
        if self._running is not None and self._running.behind:  # edits wait, not a merge
            self._said = self.tr("Zoekindex bijwerken…")
            self.window.status.showMessage(self._said)

    def _quiet(self) -> None:
        self._slow.stop()
        if self._said and self.window.status.currentMessage() == self._said:
            self.window.status.clearMessage()
        self._said = ""
