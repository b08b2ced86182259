"""The main window's start: the catalogue read off the window's thread, the first advice, then search.

A part of ``ui.main_window.MainWindow`` (a mixin it inherits), kept in a module of its own because the
window's start has many steps and handlers; they use the window's widgets and say their texts in the
window's translation context ("MainWindow", as ``self.tr`` in the window itself would).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from ui.advice_model import SCORE, SNIPPET
from ui.after_paint import AfterPaint
from ui.i18n import tr

START_WAIT_MS = 300  # a shown window that gets no frame in this time (minimised) starts anyway


class CatalogueLoading:
    """Loading the catalogue and the search index into the window, and saying what went wrong if it fails."""

    def _check_binding(self) -> None:
        """Once, after the first advice (or the catalogue's failure) is shown."""
        if self.__dict__.get("_binding_checked"):
            return
        self._binding_checked = True
        from ui.binding_check import check_qt_binding

        if check_qt_binding(self.progress):
            warning = QLabel(QCoreApplication.translate(
                "MainWindow", "Waarschuwing: deze versie van Qt voor Python lekt geheugen en kan het programma na "
                              "lang gebruik laten vastlopen. Zie het logboek."))
            warning.setObjectName("bindingWarning")
            warning.setWordWrap(True)
            self.status.addPermanentWidget(warning, 1)

    def _load_catalogue(self) -> None:
        url = self.database_url

        def work():  # noqa: ANN202 - (Catalogue, read quickly)
            # Off the UI thread: a current local file is read without SQLAlchemy; anything else is opened in
            # full (created, updated, repaired). The matcher is imported here too, so the advice follows at once.
            from app.api import Advisor, open_catalogue, read_current_catalogue  # noqa: F401

            quick = read_current_catalogue(url)
            return (quick, True) if quick is not None else (open_catalogue(url), False)

        self.tasks.run(work, self._catalogue_ready, self._catalogue_failed)

    def _catalogue_ready(self, opened) -> None:  # noqa: ANN001 - (Catalogue, bool)
        try:
            self._show_catalogue(*opened)
        except BaseException:
            gc.enable()  # the advice will not be painted to turn it on: a fault must not leave it off for good
            raise

    def _show_catalogue(self, catalogue, quick: bool) -> None:  # noqa: ANN001 - a Catalogue
        from app.api import Advisor
        from ui.delegates import ScoreBarDelegate, SnippetDelegate

        self._fill_menus()  # the case and catalogue actions take the catalogue below
        self.table.setItemDelegateForColumn(SCORE, ScoreBarDelegate(self.table))
        self.table.setItemDelegateForColumn(SNIPPET, SnippetDelegate(self.table))

        self.catalogue = catalogue
        self.advisor = Advisor(catalogue.methods, catalogue.knowledge)
        self.table.fit_names(catalogue.methods)
        gc.freeze()  # the catalogue lives as long as the window: keep it out of the collector's scans
        self.rerank(self.context_panel.context())
        if not quick:  # opened in full (a first start): search and the index's progress follow at once
            self._catalogue_in_use(catalogue)
        # The rest waits until the advice is painted: a thread loading SQLAlchemy meanwhile slows the painting.
        AfterPaint(self.table.viewport(), lambda: self._advice_shown(catalogue, quick), START_WAIT_MS)

    def _advice_shown(self, catalogue, quick: bool) -> None:  # noqa: ANN001 - a Catalogue
        gc.enable()  # off since ui.main started the window; what the start made is frozen (_show_catalogue)
        from app.api import prepare_ranking

        self.tasks.run(prepare_ranking, lambda _done: None, lambda _error: None)  # numpy, before a slider moves
        if quick:  # SQLAlchemy loads for cases, editing and search
            from app.api import prepare_editing

            self.tasks.run(lambda: prepare_editing(catalogue), lambda _done: self._catalogue_in_use(catalogue),
                           self._catalogue_failed)
        self._check_binding()

    def _catalogue_in_use(self, catalogue) -> None:  # noqa: ANN001
        from app.api import open_plain_search, open_search

        self.case_actions.catalogue_ready(catalogue)
        self.catalogue_actions.catalogue_ready(catalogue)
        self._show_notices(catalogue)
        self.status.showMessage(tr("%n methode(n) geladen. Zoekindex voorbereiden…", len(catalogue.methods)))
        self.search_box.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()
        self.tasks.run(lambda progress: open_search(catalogue, progress), self._search_ready, self._search_failed,
                       self._search_progress)
        self.tasks.run(lambda: open_plain_search(catalogue), self._plain_search_ready, lambda _error: None)

    def _show_notices(self, catalogue) -> None:  # noqa: ANN001
        """Read-only (a local copy of an unreachable shared catalogue, a file without write rights) stays in view."""
        if not catalogue.notices:
            return
        said = " ".join(catalogue.notices)  # the application's own Dutch sentences
        if catalogue.read_only:
            said = QCoreApplication.translate("MainWindow", "Alleen lezen: {0}").format(said)
        self._add_notice(said, "catalogueNotice")

    def _add_notice(self, text: str, name: str) -> None:
        """A sentence that stays in view in the status bar, wrapped, as plain text."""
        notice = QLabel(text)
        notice.setObjectName(name)
        notice.setWordWrap(True)
        notice.setTextFormat(Qt.TextFormat.PlainText)
        notice.setAccessibleName(notice.text())
        notice.setMinimumWidth(notice.fontMetrics().averageCharWidth() * 70)
        self.status.addPermanentWidget(notice)  # no stretch: temporary messages keep room beside it

    def _catalogue_failed(self, error: BaseException) -> None:
        gc.enable()
        from PySide6.QtWidgets import QMessageBox

        from app.api import explain_failure

        self._check_binding()

        failure = explain_failure(error)
        self.status.showMessage(QCoreApplication.translate("MainWindow", "De catalogus kon niet worden geopend."))
        self.notes.show_message(failure.text())
        title = (QCoreApplication.translate("MainWindow", "Fout in Methodewijzer") if failure.is_bug
                 else QCoreApplication.translate("MainWindow", "Catalogus niet beschikbaar"))
        # Window-modal and non-blocking: a nested event loop inside a task's callback could delete the
        # window under a message box that lives on the stack.
        box = QMessageBox(QMessageBox.Icon.Critical, title, failure.text(), QMessageBox.StandardButton.Ok, self)
        box.setObjectName("catalogueProblem")
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _search_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        building = QCoreApplication.translate("MainWindow", "Zoekindex bouwen: {0} van {1} methoden")
        building = building.format(done, total)
        self.progress.setToolTip(building)
        if not self.search_box.text().strip():  # a search's own message stays while one is shown
            self.status.showMessage(building)

    def _plain_search_ready(self, plain) -> None:  # noqa: ANN001
        """Search by reading the methods' text until the index is ready (a first build can take minutes)."""
        if self.search is not None:
            return
        self._plain_search = plain
        self.search_box.setEnabled(True)
        if self.search_box.text():
            self.run_search(self.search_box.text())

    def _search_ready(self, search) -> None:  # noqa: ANN001
        self.search = search
        self._plain_search = None
        catalogue = self.catalogue  # the first change to a method then updates the index without reading them all
        self.tasks.run(lambda: search.prepare_updates(catalogue), lambda _done: None, lambda _error: None)
        self.progress.hide()
        self.search_box.setEnabled(True)
        self.status.showMessage(QCoreApplication.translate("MainWindow", "Klaar. Zoeken met Ctrl+F."), 5000)
        if search.notice:  # the application's own Dutch sentence: search runs from a temporary index
            self._add_notice(search.notice, "searchNotice")
        self.catalogue_watch.start()
        if self.search_box.text():
            self.run_search(self.search_box.text())

    def _search_failed(self, error: BaseException) -> None:
        from app.api import explain_failure

        self.progress.hide()
        said = QCoreApplication.translate("MainWindow", "Zoeken is niet beschikbaar: {0}")
        self.status.showMessage(said.format(explain_failure(error).message))
