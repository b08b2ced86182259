"""The main window: context on the left, ranked advice in the middle, the method on the right.

It appears at once; the catalogue and the search index load in the
background and fill the window when ready. All data comes through
``app.api``; nothing here knows about SQL or the index.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QItemSelectionModel, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.advice_filter import AdviceFilter
from ui.advice_model import (
    METHOD_ID_ROLE,
    NAME,
    SCORE,
    SNIPPET,
    AdviceModel,
)
from ui.advice_notes import AdviceNotes
from ui.advice_table import AdviceTable
from ui.after_paint import AfterPaint
from ui.context_panel import ContextPanel
from ui.detail_pane import DetailPane
from ui.detail_view import DetailView
from ui.focus_ring import FocusRing, PaneCycler
from ui.i18n import chosen_language, current_language, ledger, tr, use_language
from ui.search_box import SearchBox
from ui.stability_band import show_bands
from ui.window_state import restore_window, save_window

if TYPE_CHECKING:
    from ui.kept import Kept

# Modules needed only once there is something to show (the matcher's wording, the detail page,
# painting, dialogs) are imported where used, so the window appears sooner.


FRAMES_KEPT = 8  # method pages' frames kept (_page_frame)
START_WAIT_MS = 300  # a shown window that gets no frame in this time (minimised) starts anyway
# Made by _fill_menus, just after the first frame; asked for earlier, they are made at once.
MADE_AFTER_FIRST_FRAME = frozenset({"case_actions", "catalogue_actions", "undo_stack", "undo_action", "redo_action",
                                    "quit_action", "find_action", "help_action", "workshop", "tasks",
                                    "catalogue_watch"})


class MainWindow(QMainWindow):
    _frames: Kept[tuple] | None = None  # the method pages' frames last made, by method id (_page_frame)
    _local_shown: tuple | None = None  # what the local changes panel was last made for (_show_local_changes)
    _searching = False  # whether the list shows a search's hits (run_search)

    @property
    def detail(self) -> DetailView:
        """The method page shown (the pane keeps the last few laid out, each in a view of its own)."""
        return self.pages.shown

    def __init__(self, database_url: str | None = None, settings: QSettings | None = None,
                 language: str | None = None):
        super().__init__()
        self.settings = settings or QSettings()
        use_language(chosen_language(self.settings, language))
        self._language = current_language()  # what the window's texts are in
        self.setWindowTitle(self.tr("Methodewijzer — methoden voor actief burgerschap"))
        # The title CaseActions keeps (made just after the first frame), so the title bar does not change then.
        self.setWindowTitle(QCoreApplication.translate("CaseActions", "Naamloze situatie") + "[*] — Methodewijzer")
        self.database_url = database_url
        self.catalogue = self.advisor = self.search = None
        self._plain_search = None  # answers while the index is being built
        self.result = None
        self._pinned: str | None = None  # a method the user chose; otherwise the top one is shown
        self.group_participants: tuple = ()  # a workshop's participants (Groepsweging), saved with the case
        self._selecting = False
        self._shown = None  # the RankedMethod whose page the detail pane shows
        self._retranslating = False
        self._started = self._menus_filled = False
        self._build()
        self._menu_titles()
        from ui.presentation import Presentation

        self._presentation = Presentation(self)  # its frame around the panes and a remembered zoom: in the first frame
        self._restore()
        self.status.showMessage(self.tr("Catalogus laden…"))
        QTimer.singleShot(0, self._start_unless_painting)

    # ---- starting: the first frame first, then the menus' actions and the catalogue ------------------
    def _start_unless_painting(self) -> None:
        """A window that is not shown starts loading now; a shown one after its first frame is painted
        (``paintEvent``), or after a short wait if no frame comes (a minimised start)."""
        QTimer.singleShot(START_WAIT_MS if self.isVisible() else 0, self._start)

    def paintEvent(self, event) -> None:  # noqa: ANN001
        super().paintEvent(event)
        if not self._started:
            QTimer.singleShot(0, self._start)  # runs once this frame is on screen

    def _start(self) -> None:
        if self._started:
            return
        self._started = True
        # Menus first, then the catalogue's thread: run side by side, each Qt call of the menus waited for
        # the thread's imports to let go of the GIL, and both took longer than one after the other.
        self._fill_menus()
        self._load_catalogue()

    def __getattr__(self, name: str):  # noqa: ANN204 - the action or helper asked for
        """The menus' actions and helpers exist once asked for, even before the first frame is painted."""
        if name in MADE_AFTER_FIRST_FRAME and not self.__dict__.get("_menus_filled", True):
            self._fill_menus()
            return getattr(self, name)
        raise AttributeError(name)

    # ---- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.context_panel = ContextPanel()
        self.context_panel.fit_width()
        self.search_box = SearchBox()
        self.notes = AdviceNotes()
        self.model = AdviceModel(self)
        self.proxy = AdviceFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = AdviceTable(self.proxy)
        self.table.setAccessibleName(self.tr("Methoden op volgorde"))
        middle = QWidget()
        column = QVBoxLayout(middle)
        column.setContentsMargins(0, 0, 0, 0)
        # Said once, in another language than Dutch: the report's texts are not translated.
        self.language_note = QLabel(self.tr("Beschrijvingen van methoden en achtergrondkennis staan in het "
                                            "Nederlands, zoals in het rapport."))
        self.language_note.setWordWrap(True)
        self.language_note.setVisible(current_language() != "nl")
        column.addWidget(self.language_note)
        from ui.notes_area import NotesArea

        self.notes_area = NotesArea((self.notes.offer, self.notes.search, self.notes.fit, self.notes.tier,
                                     self.notes.what_if, self.notes.live), column.spacing())
        for widget in (self.search_box, self.notes_area, self.table, self.notes.legend, self.notes.excluded_title):
            column.addWidget(widget, 1 if widget is self.table else 0)
        self.pages = DetailPane()  # the method page; the view it shows is self.detail
        # The list and the page side by side; in a narrow window (large font, 200 %) the page goes under the list.
        self.advice_splitter = QSplitter()
        self.advice_splitter.addWidget(self._scrolling(middle))
        from ui.local_changes_panel import LocalChangesPanel

        self.local_changes = LocalChangesPanel()  # own method, or which fields are changed here
        page = QWidget()
        page_column = QVBoxLayout(page)
        page_column.setContentsMargins(0, 0, 0, 0)
        page_column.addWidget(self.local_changes)
        page_column.addWidget(self.pages, 1)
        self.advice_splitter.addWidget(page)
        self.advice_splitter.setStretchFactor(0, 3)
        self.advice_splitter.setStretchFactor(1, 2)
        self.splitter = QSplitter()
        for widget in (self.context_panel, self.advice_splitter):
            self.splitter.addWidget(widget)
        self.splitter.setStretchFactor(1, 5)
        self.setCentralWidget(self.splitter)
        self.status = self.statusBar()
        self.progress = QProgressBar()  # hidden until the search index builds; the status bar is as high with it
        self.progress.setMaximumWidth(220)
        self.progress.hide()
        self.status.addPermanentWidget(self.progress)

        self.focus_ring = FocusRing(self)
        self.panes = PaneCycler([(self.context_panel, next(iter(self.context_panel.settings.values()))),
                                 (middle, self.table), (self.pages, self.pages)])
        self.context_panel.changed.connect(self.rerank)
        self.context_panel.reset_button.clicked.connect(self.reset_context)
        self.search_box.queryChanged.connect(self.run_search)
        self.search_box.enterResults.connect(self.focus_results)
        self.notes.offer.clicked.connect(self.take_offer)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.pages.knowledgeRequested.connect(self.show_knowledge)

    @staticmethod
    def _scrolling(column: QWidget) -> QScrollArea:
        """The notes and the list scroll together when the window is too low for them (200 % on 1280×720),
        rather than being squeezed until the notes are cut and the list shows no row."""
        area = QScrollArea()
        area.setWidget(column)
        area.setWidgetResizable(True)
        area.setFrameShape(QScrollArea.Shape.NoFrame)
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls are the tab stops, not the frame
        return area

    def _menu_titles(self) -> None:
        """The menu bar with its titles, so the first frame shows it complete; ``_fill_menus`` adds the
        actions of Bestand, Bewerken, Catalogus and Help after it."""
        bar = self.menuBar()
        self._file_menu = bar.addMenu(self.tr("&Bestand"))
        self._edit_menu = bar.addMenu(self.tr("B&ewerken"))
        self._catalogue_menu = bar.addMenu(self.tr("&Catalogus"))
        self._view = bar.addMenu(self.tr("Bee&ld"))
        self._help_menu = bar.addMenu(self.tr("&Help"))

    def _fill_menus(self) -> None:
        """The menus' actions, and the helpers the first frame does not need: loading and watching."""
        if self._menus_filled:
            return
        self._menus_filled = True
        from ui.catalogue_watch import CatalogueWatch
        from ui.tasks import TaskRunner

        self.tasks = TaskRunner(self)
        self.catalogue_watch = CatalogueWatch(self)  # other desks' changes to a shared catalogue
        from ui.window_menus import fill_menus

        fill_menus(self)

    def show_help(self) -> None:
        from ui.help import show_help

        show_help(self)

    def show_about(self) -> None:
        from ui.help import show_about

        show_about(self)

    def _check_binding(self) -> None:
        """Once, after the first advice (or the catalogue's failure) is shown."""
        if self.__dict__.get("_binding_checked"):
            return
        self._binding_checked = True
        from ui.binding_check import check_qt_binding

        if check_qt_binding(self.progress):
            warning = QLabel(self.tr("Waarschuwing: deze versie van Qt voor Python lekt geheugen en kan het "
                                     "programma na lang gebruik laten vastlopen. Zie het logboek."))
            warning.setObjectName("bindingWarning")
            warning.setWordWrap(True)
            self.status.addPermanentWidget(warning, 1)

    # ---- loading --------------------------------------------------------------------------
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
        self._add_notice(self.tr("Alleen lezen: {0}").format(said) if catalogue.read_only else said,
                         "catalogueNotice")

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
        self.status.showMessage(self.tr("De catalogus kon niet worden geopend."))
        self.notes.show_message(failure.text())
        title = self.tr("Fout in Methodewijzer") if failure.is_bug else self.tr("Catalogus niet beschikbaar")
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
        building = self.tr("Zoekindex bouwen: {0} van {1} methoden").format(done, total)
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
        self.status.showMessage(self.tr("Klaar. Zoeken met Ctrl+F."), 5000)
        if search.notice:  # the application's own Dutch sentence: search runs from a temporary index
            self._add_notice(search.notice, "searchNotice")
        self.catalogue_watch.start()
        if self.search_box.text():
            self.run_search(self.search_box.text())

    def _search_failed(self, error: BaseException) -> None:
        from app.api import explain_failure

        self.progress.hide()
        self.status.showMessage(self.tr("Zoeken is niet beschikbaar: {0}").format(explain_failure(error).message))

    # ---- advice ---------------------------------------------------------------------------
    def rerank(self, context) -> None:  # noqa: ANN001
        if self.advisor is None:
            return
        self.result = self.advisor.advise(self.workshop.ranking_context(context))  # the group's, when chosen
        advice = self.result.advice
        scored = not advice.fit.no_criteria
        if scored != self.model.scored:  # names become scores or back: the list is laid out anew
            self.notes_area.release()
        self.model.set_ranking(advice.results, advice.excluded, scored, self.result.robust.methods)
        self.table.fit_columns()
        show_bands(self.context_panel.weights, self.workshop.bands(self.result.robust.stability))
        self.notes.show_advice(self.result)
        first = advice.results[0].method.id if advice.results and scored else None
        self.select_method(self._pinned or first)

    def reset_context(self) -> None:
        from ui.undo_commands import EditCommand

        before = self.context_panel.state()
        self.context_panel.reset()
        self.undo_stack.push(EditCommand(self.tr("situatie terugzetten"), before, self.context_panel.state(),
                                         self.context_panel.set_state))
        self.status.showMessage(self.tr("Situatie teruggezet. Ongedaan maken met Ctrl+Z."), 8000)

    # ---- selection, detail, search -----------------------------------------------------------
    def current_method_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(METHOD_ID_ROLE) if index.isValid() else None

    def select_method(self, method_id: str | None) -> None:
        row = self.model.row_of(method_id) if method_id else -1
        proxy_index = self.proxy.mapFromSource(self.model.index(row, NAME)) if row >= 0 else None
        if (proxy_index is None or not proxy_index.isValid()) and self.model.scored:
            proxy_index = self.proxy.index(0, NAME)
        if proxy_index is None:
            self.table.selectionModel().clear()
        elif proxy_index.isValid():
            self._selecting = True
            try:
                self.table.selectionModel().setCurrentIndex(
                    proxy_index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
            finally:
                self._selecting = False
        self.show_current()

    def _current_changed(self, *_args) -> None:  # noqa: ANN002
        if self._selecting:  # select_method renders the page once, when it is done
            return
        if self.table.hasFocus():
            self._pinned = self.current_method_id()
        self.show_current()

    def show_current(self) -> None:
        index = self.table.currentIndex()
        method_id = index.data(METHOD_ID_ROLE) if index.isValid() else None
        if self.catalogue is not None:
            self._show_local_changes(self.catalogue.get(method_id) if method_id else None,
                                     self.catalogue.status.get(method_id))
        if not index.isValid():
            self._shown = None
            self.pages.show_placeholder()
            return
        from ui.method_page import excluded_html, ranking_pieces, robust_page

        row = self.proxy.mapToSource(index).row()
        excluded = self.model.excluded(row)
        if excluded is not None:
            self._shown = None
            self.pages.setHtml(excluded_html(excluded, tr, self._local_fields(excluded.method.id)))
            return
        ranked = self.model.ranked(row)
        if ranked is self._shown:  # same place of the same ranking (a keystroke in search): page unchanged
            return
        self._shown = ranked
        head, rest = self._page_frame(ranked.method)
        live = ranking_pieces(ranked.method, ranked, tr, robust_page(self.result, ranked.method.id, ranked.rank))
        self.pages.show_parts(head, live, rest)

    def _show_local_changes(self, method, status: dict | None) -> None:  # noqa: ANN001 - Method or None
        """The panel above the page for *method*, made again only when it would read otherwise: it builds its
        labels and buttons anew, and a re-rank of an own method rebuilt it on every slider step."""
        import copy  # not before the first frame: each module imported after PySide6 passes its __feature__ hook

        shown = (method, copy.deepcopy(status), current_language())
        kept = self._local_shown
        if kept is not None and kept[0] is method and kept[1:] == shown[1:]:
            return
        self._local_shown = shown
        self.local_changes.show_method(method, status)

    def _page_frame(self, method) -> tuple[str, str]:  # noqa: ANN001 - advisor.model.Method
        """The method page's heading and body, kept while the method, its local changes and the language stay:
        a re-rank of the same method changes only the part about its place (building the rest was half of
        the page's time)."""
        from ui.method_page import method_frame

        local = tuple(self._local_fields(method.id))
        if self._frames is None:
            from ui.kept import Kept

            self._frames = Kept(FRAMES_KEPT)  # the last few methods': those that take turns at the top
        key = (method.id, local, current_language())
        kept = self._frames.made(key, lambda: (method, *method_frame(method, tr, local)))
        if kept[0] is not method:  # the method was loaded again (edited, or another catalogue): made anew
            self._frames.forget(key)
            kept = self._frames.made(key, lambda: (method, *method_frame(method, tr, local)))
        return kept[1], kept[2]

    def _local_fields(self, method_id: str) -> list[str]:
        return self.catalogue.status.get(method_id, {}).get("overridden", []) if self.catalogue else []

    def run_search(self, query: str) -> None:
        searcher = self.search or self._plain_search
        # Only ids now; the model asks for a snippet per row it paints (a search may find thousands).
        hits = searcher.find(query, as_you_type=True) if query.strip() and searcher is not None else None
        searching = hits is not None and hits.searchable
        if searching != self._searching:  # the list gets or loses its found-text column
            self._searching = searching
            self.notes_area.release()
        if not searching:  # the whole list, as before the first letter
            self.proxy.show_found(None, {})
            self.table.show_search_columns(False)
            self.notes.show_search("", 0)
            self.table.lay_out_now()
            if hits is not None:  # one letter typed so far, or only words such as "de": "nothing found" was untrue
                self.status.showMessage(self.tr("Zoeken begint bij twee letters; woorden als ‘de’ en ‘het’ tellen "
                                                "niet mee."))
            elif not query.strip():
                self.status.clearMessage()
            return
        self.proxy.show_found(frozenset(hits.ids), hits.snippet)
        self.table.show_search_columns(True)
        said = (tr("%n methode(n) gevonden voor ‘{0}’", len(hits)).format(query) if hits
                else self.tr("Niets gevonden voor ‘{0}’").format(query))
        if self.search is None:
            said = self.tr("{0} (eenvoudig gezocht: de zoekindex wordt nog gebouwd)").format(said)
        self.status.showMessage(said)
        self.notes.show_search(query, len(hits), hits.suggestion)
        self.select_method(self._pinned or self.current_method_id())
        self.table.lay_out_now()

    def take_offer(self) -> None:
        """Search with the offered spelling and go on to what it found."""
        self.search_box.run(self.notes.offered)
        self.focus_results()

    def focus_results(self) -> None:
        self.table.setFocus()
        self.advice_splitter.widget(0).ensureWidgetVisible(self.table, 0, 0)
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, NAME))

    def show_knowledge(self, item_id: str) -> None:
        from ui.knowledge_dialog import KnowledgeDialog

        if self.catalogue is None:
            return
        dialog = KnowledgeDialog(self.catalogue.knowledge, self)
        if item_id:
            dialog.select(item_id)
        dialog.show()
        self._knowledge_dialog = dialog

    def changeEvent(self, event) -> None:  # noqa: ANN001
        if event.type() == QEvent.Type.LanguageChange and not self._retranslating:
            self._retranslating = True  # one event per installed translator: retranslate once, after the last
            QTimer.singleShot(0, self.retranslate)
        super().changeEvent(event)

    def retranslate(self) -> None:
        """Everything shown in the language now installed: whole texts through the ledger, then what is
        composed (the panel's names, the advice, the method page, the search and its counts)."""
        from ui.live_language import retranslate_shown_texts

        self._retranslating = False
        if current_language() == self._language:  # the event of the window's own first language
            return
        self._language = current_language()
        retranslate_shown_texts(ledger(), self)
        self.language_note.setVisible(current_language() != "nl")
        self.status.clearMessage()
        self.notes.retranslate()
        self._shown = None
        self.context_panel.retranslate()  # re-ranks: list, notes, bands, title
        self.context_panel.fit_width()  # the other language's labels may be longer
        self.show_current()
        if self.search_box.text():
            self.run_search(self.search_box.text())

    def resizeEvent(self, event) -> None:  # noqa: ANN001
        narrow = self.width() < self.fontMetrics().averageCharWidth() * 150
        self.advice_splitter.setOrientation(Qt.Orientation.Vertical if narrow else Qt.Orientation.Horizontal)
        super().resizeEvent(event)

    # ---- settings ----------------------------------------------------------------------------
    def _restore(self) -> None:
        restore_window(self, self.settings)
        if not self.settings.contains("window/splitter"):  # panes in proportion, whatever the size and font
            width = self.splitter.width() or self.width()
            self.splitter.setSizes([width * 3 // 10, width * 7 // 10])
            self.advice_splitter.setSizes([width * 4 // 10, width * 3 // 10])

    def closeEvent(self, event) -> None:  # noqa: ANN001
        if not self.case_actions.may_close():
            event.ignore()
            return
        save_window(self, self.settings)
        if self.catalogue is not None:
            self.catalogue.back_up(older_than_s=0)  # a clean close: keep a copy of what the user made
        self.catalogue_watch.stop()
        super().closeEvent(event)
