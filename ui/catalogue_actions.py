"""The Catalogus menu: add an own method, hide and unhide methods, export and import packages, undo, changes.

Every change goes through ``app.api`` (``UserRecords``, the package
functions), one transaction each; after it the window's advice is made
again from the refreshed catalogue and the search index takes in just the
changed methods, so the list, the ranking and search agree at once.
A change another desk made first is a conflict: the user is told who and
when, and the window shows the catalogue as it now is (``ui.conflict_dialog``
settles conflicts of edited fields). Wijzigingen shows the change log.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu

from ui import case_prompts as prompts
from ui.change_log_dialog import ChangeLogDialog
from ui.i18n import tr
from ui.method_form import MethodForm

PACKAGE_FILTER = "*.jsonl"


def choose_hidden(parent, title: str, label: str, names: list[str]) -> int | None:  # noqa: ANN001
    """The index of the hidden method the user picks, or None; a function of its own so tests can answer."""
    name, ok = QInputDialog.getItem(parent, title, label, names, 0, False)
    return names.index(name) if ok and name in names else None


class CatalogueActions(QObject):
    def __init__(self, window, menu: QMenu):  # noqa: ANN001 - ui.main_window.MainWindow
        super().__init__(window)
        self.window = window
        self.records = None  # app.api.UserRecords, once the catalogue is open
        self.done: list[tuple[str, object]] = []  # ("add", Method) or ("hide", id) this session, newest last
        self.actions: dict[str, QAction] = {}
        for key, text, slot in (
            ("new", self.tr("&Nieuwe methode…"), self.new_method),
            ("hide", self.tr("Methode &verbergen"), self.hide_current),
            ("unhide", self.tr("Verborgen methoden &tonen…"), self.unhide),
            ("undo", self.tr("&Laatste wijziging ongedaan maken"), self.undo),
            (None, None, None),
            ("export", self.tr("&Exporteren…"), self.export),
            ("import", self.tr("&Importeren…"), self.import_),
            (None, None, None),
            ("log", self.tr("&Wijzigingen…"), self.show_log),
        ):
            if key is None:
                menu.addSeparator()
                continue
            action = QAction(text, window)
            action.triggered.connect(slot)
            menu.addAction(action)
            self.actions[key] = action
        self._update()

    def catalogue_ready(self, catalogue) -> None:  # noqa: ANN001 - app.api.Catalogue
        from app.api import open_user_records

        self.records = open_user_records(catalogue)
        self._update()

    def _update(self) -> None:
        ready = self.records is not None
        for key in ("new", "hide", "export", "import", "log"):
            self.actions[key].setEnabled(ready)
        self.actions["unhide"].setEnabled(ready and bool(self.records.catalogue.hidden))
        self.actions["undo"].setEnabled(ready and bool(self.done))

    def _changed(self, changed=(), removed=()) -> None:  # noqa: ANN001 - Methods, ids
        """Advice and search from the refreshed catalogue (``UserRecords`` refreshed it already)."""
        from app.api import Advisor

        window, catalogue = self.window, self.records.catalogue
        window.advisor = Advisor(catalogue.methods, catalogue.knowledge)
        window.table.fit_names(catalogue.methods)
        if window.search is not None:
            window.search.update(catalogue, changed=list(changed), removed=list(removed))
        window.rerank(window.context_panel.context())
        if window.search_box.text():
            window.run_search(window.search_box.text())
        self._update()

    def _refused(self, error: Exception) -> None:
        prompts.tell(self.window, self.tr("Niet gelukt"), str(error))

    # ---- changes ---------------------------------------------------------------------------
    def new_method(self) -> None:
        from app.api import RecordError

        catalogue = self.records.catalogue
        form = MethodForm([m.id for m in (*catalogue.methods, *catalogue.hidden)], self.window)
        if not form.exec():
            return
        try:
            method = self.records.add(form.document())
        except RecordError as error:
            self._refused(error)
            return
        self.done.append(("add", method))
        self._changed(changed=[method])
        self.window.select_method(method.id)
        self.window.status.showMessage(self.tr("Methode ‘{0}’ toegevoegd.").format(method.name), 8000)

    def hide_current(self) -> None:
        method_id = self.window.current_method_id()
        if method_id is None:
            prompts.tell(self.window, self.tr("Methode verbergen"), self.tr("Kies eerst een methode in de lijst."))
            return
        if not self._hide(method_id, True):
            return
        self.done.append(("hide", method_id))
        self.window.status.showMessage(self.tr("Methode verborgen. Terughalen via Catalogus."), 8000)

    def _hide(self, method_id: str, hide: bool) -> bool:
        from app.api import ConflictError

        try:
            self.records.hide(method_id, hide)
        except ConflictError as error:
            self.records.catalogue.refresh()  # show what the other desk did
            catalogue = self.records.catalogue
            self._changed(changed=catalogue.methods, removed=[m.id for m in catalogue.hidden])
            self._refused(error)
            return False
        if hide:
            self._changed(removed=[method_id])
        else:
            self._changed(changed=[self.records.catalogue.get(method_id)])
        return True

    def unhide(self) -> None:
        hidden = sorted(self.records.catalogue.hidden, key=lambda m: m.name)
        index = choose_hidden(self.window, self.tr("Verborgen methoden"),
                              self.tr("Welke methode wilt u weer tonen?"), [m.name for m in hidden])
        if index is not None:
            self._hide(hidden[index].id, False)

    def undo(self) -> None:
        if not self.done:
            return
        from app.api import RecordError

        kind, what = self.done.pop()
        if kind == "add":
            try:
                self.records.remove(what.id)
            except RecordError as error:  # another desk changed it since: theirs stays
                self._refused(error)
                return
            self._changed(removed=[what.id])
        else:
            self._hide(what, False)
            self.window.select_method(what)

    def show_log(self) -> None:
        catalogue = self.records.catalogue
        names = {m.id: m.name for m in (*catalogue.methods, *catalogue.hidden)}
        dialog = ChangeLogDialog(lambda method_id: self.records.log(method_id), names, self.window)
        current = self.window.current_method_id()
        if current is not None:
            dialog.choose_method(current)
        dialog.exec()

    # ---- packages --------------------------------------------------------------------------
    def export(self) -> None:
        from app.api import RecordError, export_package

        path = prompts.file_to_save(self.window, self.tr("Catalogus exporteren"), "catalogus.jsonl",
                                    self.tr("Catalogus-pakket ({0})").format(PACKAGE_FILTER))
        if not path:
            return
        try:
            count = export_package(self.records.catalogue, Path(path))
        except (RecordError, OSError) as error:
            self._refused(error)
            return
        self.window.status.showMessage(tr("%n methode(n) geëxporteerd.", count), 8000)

    def import_(self) -> None:
        from app.api import RecordError, plan_import, run_import

        path = prompts.file_to_open(self.window, self.tr("Catalogus importeren"),
                                    self.tr("Catalogus-pakket ({0})").format(PACKAGE_FILTER))
        if not path:
            return
        catalogue = self.records.catalogue
        try:
            plan = plan_import(catalogue, Path(path))
        except RecordError as error:
            self._refused(error)
            return
        text = self.tr("Toegevoegd: {0}\nBijgewerkt: {1}\nOngemoeid gelaten: {2}\n\nNu importeren?").format(
            ", ".join(plan.added) or "—", ", ".join(plan.updated) or "—", ", ".join(plan.left_alone) or "—")
        if prompts.ask(self.window, self.tr("Catalogus importeren"), text,
                       prompts.Button.Yes | prompts.Button.No, prompts.Button.No) != prompts.Button.Yes:
            return
        try:
            run_import(catalogue, plan)
        except RecordError as error:
            self._refused(error)
            return
        ids = [*plan.added, *plan.updated]
        self._changed(changed=[m for m in (catalogue.get(i) for i in ids) if m is not None],
                      removed=[i for i in ids if catalogue.get(i) is None])
