"""The main window: context on the left, ranked advice in the middle, the method on the right.

It appears at once; the catalogue and the search index load in the
background and fill the window when ready. All data comes through
``app.api``; nothing here knows about SQL or the index.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt, QTimer
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
from ui.advice_model import AdviceModel
from ui.advice_notes import AdviceNotes
from ui.advice_table import AdviceTable
from ui.context_panel import ContextPanel
from ui.detail_pane import DetailPane
from ui.detail_view import DetailView
from ui.focus_ring import FocusRing, PaneCycler
from ui.i18n import chosen_language, current_language, ledger, use_language
from ui.search_box import SearchBox
from ui.stability_band import show_bands
from ui.window_loading import START_WAIT_MS, CatalogueLoading
from ui.window_page import MethodPageShowing
from ui.window_state import restore_window, save_window

# Modules needed only once there is something to show (the matcher's wording, the detail page,
# painting, dialogs) are imported where used, so the window appears sooner.


# Made by _fill_menus, just after the first frame; asked for earlier, they are made at once.
MADE_AFTER_FIRST_FRAME = frozenset({"case_actions", "catalogue_actions", "undo_stack", "undo_action", "redo_action",
                                    "quit_action", "find_action", "help_action", "workshop", "tasks",
                                    "catalogue_watch"})


class MainWindow(CatalogueLoading, MethodPageShowing, QMainWindow):
    """The window; its start (``ui.window_loading``) and its method page and search (``ui.window_page``) are
    parts of it kept in modules of their own."""

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

    # ---- background knowledge, language, size ----------------------------------------------------
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
