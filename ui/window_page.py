"""The main window's method page and search: which method is current, its page, the list's search.

A part of ``ui.main_window.MainWindow`` (a mixin it inherits), kept in a module of its own; it uses the
window's widgets and says its texts in the window's translation context ("MainWindow", as ``self.tr`` in
the window itself would).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QItemSelectionModel

from ui.advice_model import METHOD_ID_ROLE, NAME
from ui.i18n import current_language, tr

if TYPE_CHECKING:
    from ui.kept import Kept

FRAMES_KEPT = 8  # method pages' frames kept (_page_frame)


class MethodPageShowing:
    """The current method's page (with its local changes) and the search that narrows the list."""

    _frames: Kept[tuple] | None = None  # the method pages' frames last made, by method id (_page_frame)
    _local_shown: tuple | None = None  # what the local changes panel was last made for (_show_local_changes)
    _searching = False  # whether the list shows a search's hits (run_search)

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
                self.status.showMessage(QCoreApplication.translate(
                    "MainWindow", "Zoeken begint bij twee letters; woorden als ‘de’ en ‘het’ tellen niet mee."))
            elif not query.strip():
                self.status.clearMessage()
            return
        self.proxy.show_found(frozenset(hits.ids), hits.snippet)
        self.table.show_search_columns(True)
        said = (tr("%n methode(n) gevonden voor ‘{0}’", len(hits)).format(query) if hits
                else QCoreApplication.translate("MainWindow", "Niets gevonden voor ‘{0}’").format(query))
        if self.search is None:
            said = QCoreApplication.translate(
                "MainWindow", "{0} (eenvoudig gezocht: de zoekindex wordt nog gebouwd)").format(said)
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
