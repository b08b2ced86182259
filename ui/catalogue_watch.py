"""Keeping an open window in step with a catalogue that other desks change.

A ``QTimer`` asks now and then for the database's change counter, off the UI
thread, through ``app.api.ChangeWatch`` (one small read). When the counter
went past the one the window read, another desk changed the catalogue: the
records are read again and the search index is brought along in the
background (``app.api.catch_up``); back on the UI thread the advice is made
again, an open search is run again, and the status bar says what happened.
A local copy of an unreachable server has nobody changing it and is not watched.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

log = logging.getLogger(__name__)
CHECK_INTERVAL_MS = 10_000


class CatalogueWatch(QObject):
    def __init__(self, window):  # noqa: ANN001 - ui.main_window.MainWindow
        super().__init__(window)
        self.window = window
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self._watch = None  # app.api.ChangeWatch of the open catalogue
        self._busy = False  # a check or a catch-up is on its way: the next tick waits for it

    def start(self) -> None:
        """Watch the window's catalogue from now on (call once its search index is ready)."""
        from app.api import ChangeWatch

        catalogue = self.window.catalogue
        if catalogue is None or catalogue.offline or self._watch is not None:
            return
        self._watch = ChangeWatch(catalogue)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        if self._watch is not None and not self._busy:
            self._watch.close()

    def check(self) -> None:
        if self._busy or self._watch is None or self.window.search is None:
            return
        self._busy = True
        self.window.tasks.run(self._watch.counter, self._counted, self._failed)

    def _counted(self, counter: int | None) -> None:
        from app.api import catch_up

        catalogue, search = self.window.catalogue, self.window.search
        if counter is None or counter <= catalogue.change_counter:  # unchanged, our own change, or no answer
            self._busy = False
            return
        self.window.tasks.run(lambda: catch_up(catalogue, search), self._caught_up, self._failed)

    def _caught_up(self, result) -> None:  # noqa: ANN001 - app.api.CaughtUp
        from app.api import Advisor

        self._busy = False
        window = self.window
        catalogue = window.catalogue
        if result.search is not None:
            old, window.search = window.search, result.search
            old.close()
        window.advisor = Advisor(catalogue.methods, catalogue.knowledge)
        window.table.fit_names(catalogue.methods)
        window.rerank(window.context_panel.context())
        if window.search_box.text():
            window.run_search(window.search_box.text())
        window.catalogue_actions.catalogue_ready(catalogue)
        if result.changed or result.removed or result.search is not None:
            window.status.showMessage(self.tr("De catalogus is op een andere werkplek gewijzigd; de lijst en het "
                                              "zoeken zijn bijgewerkt."), 8000)
        if not self.timer.isActive() and self._watch is not None:
            self._watch.close()  # the window stopped watching while this ran

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        log.warning("Bijwerken na een wijziging elders mislukte: %s", error)
