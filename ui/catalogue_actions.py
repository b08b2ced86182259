"""The Catalogus menu: add, change, hide, show and delete methods, export and import packages, changes.

Every change goes through ``app.api`` (``UserRecords``, the package
functions), one transaction each, and is pushed on the window's undo stack
as the records before and after it (``ui.undo_commands``). After a change
the window's advice is made again from the refreshed catalogue and the
search index takes in just the changed methods, in a worker
(``ui.index_catch_up``): the list and the ranking agree at once, search as
soon as the index has it. Changing a method's fields lives in
``ui.method_edit``. A change another desk made first is a conflict: the
user is told who and when, and the window shows the catalogue as it now is
(``ui.conflict_dialog`` settles conflicts of edited fields). Wijzigingen
shows the change log.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMenu

from ui import case_prompts as prompts
from ui.i18n import tr

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
        self.editing = None  # ui.method_edit.MethodEditing, made with the records (its forms load then)
        from ui.index_catch_up import IndexCatchUp

        self.index = IndexCatchUp(window)  # the search index takes in each change off the window's thread
        self.actions: dict[str, QAction] = {}
        for key, text, slot in (
            ("new", self.tr("&Nieuwe methode…"), self.new_method),
            ("edit", self.tr("Methode &aanpassen…"), lambda: self.editing.edit_current()),
            ("hide", self.tr("Methode &verbergen"), self.hide_current),
            ("remove", self.tr("Eigen methode ve&rwijderen"), self.remove_current),
            ("unhide", self.tr("Verborgen methoden &tonen…"), self.unhide),
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
        window.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)  # right click on a method
        window.table.addActions([self.actions[k] for k in ("edit", "hide", "remove")])
        self._update()

    def catalogue_ready(self, catalogue) -> None:  # noqa: ANN001 - app.api.Catalogue
        from app.api import open_user_records
        from ui.method_edit import MethodEditing

        self.records = open_user_records(catalogue)
        if self.editing is None:
            self.editing = MethodEditing(self)
        self._update()

    def _update(self) -> None:
        ready = self.records is not None
        for key in ("new", "edit", "hide", "remove", "export", "import", "log"):
            self.actions[key].setEnabled(ready)
        self.actions["unhide"].setEnabled(ready and bool(self.records.catalogue.hidden))

    def _changed(self, changed=(), removed=()) -> None:  # noqa: ANN001 - Methods, ids
        """Advice and search from the refreshed catalogue (``UserRecords`` refreshed it already)."""
        from app.api import Advisor

        window, catalogue = self.window, self.records.catalogue
        window.advisor = Advisor(catalogue.methods, catalogue.knowledge)
        window.table.fit_names(catalogue.methods)
        self.index.submit(catalogue, list(changed), list(removed))
        window.rerank(window.context_panel.context())
        if window.search_box.text():
            window.run_search(window.search_box.text())
        self._update()

    def _after(self, ids) -> None:  # noqa: ANN001 - ids whose records changed
        catalogue = self.records.catalogue
        self._changed(changed=[m for m in (catalogue.get(i) for i in ids) if m is not None],
                      removed=[i for i in ids if catalogue.get(i) is None])

    def _refused(self, error: Exception) -> None:
        from app.api import ConflictError

        if isinstance(error, ConflictError):  # show what the other desk did
            catalogue = self.records.catalogue
            catalogue.refresh()
            self._changed(changed=catalogue.methods, removed=[m.id for m in catalogue.hidden])
        prompts.tell(self.window, self.tr("Niet gelukt"), str(error))

    def record(self, text: str, ids, change, settle=None) -> bool:  # noqa: ANN001 - ids, calls into app.api
        """Make *change* one edit the user can undo: the records of *ids* are copied before and after.

        *settle(error)*, when given, settles a ``ConflictError`` (``ui.conflict_dialog.resolve``) and returns
        the choice carried out; mine kept or copied counts as the edit, theirs taken or cancel saves nothing.
        """
        from dataclasses import replace

        from app.api import CatalogueUnavailable, ConflictError, RecordError, take_snapshot
        from ui.conflict_dialog import KEEP_MINE, SAVE_AS_NEW
        from ui.undo_commands import RecordsCommand

        try:
            before, known = take_snapshot(self.records, ids), set(self.records.catalogue.status)
            try:
                change()
            except ConflictError as error:
                if settle is None:
                    raise
                if settle(error) not in (KEEP_MINE, SAVE_AS_NEW):
                    self.records.catalogue.refresh()
                    self._after(ids)  # theirs on screen; nothing of this desk's saved
                    return False
            ids = [*ids, *sorted(set(self.records.catalogue.status) - known)]  # a copy saved as a new method
            before = replace(before, ids=frozenset(ids))  # ids new since had no records before
            after = take_snapshot(self.records, ids)
        except (RecordError, CatalogueUnavailable) as error:
            self._refused(error)
            return False
        self.window.undo_stack.push(RecordsCommand(text, before, after, self._put))
        self._after(ids)
        return True

    def _put(self, snapshot, current):  # noqa: ANN001, ANN202 - app.api's RecordSnapshots
        """Undo or redo: the records as *snapshot* holds them, if they are still *current*; the snapshot as
        stored, or False when that was refused (another desk saved them since: the user is told who)."""
        from app.api import CatalogueUnavailable, RecordError, put_snapshot

        try:
            stored = put_snapshot(self.records, snapshot, current)
        except (RecordError, CatalogueUnavailable) as error:
            self._refused(error)
            return False
        self._after(snapshot.ids)
        return stored

    def current(self, title: str) -> str | None:
        """The chosen method's id; without one, the user is told to choose first."""
        method_id = self.window.current_method_id()
        if method_id is None:
            prompts.tell(self.window, title, self.tr("Kies eerst een methode in de lijst."))
        return method_id

    # ---- changes ---------------------------------------------------------------------------
    def new_method(self) -> None:
        catalogue = self.records.catalogue
        from ui.method_form import MethodForm  # imported when first used: the menu is built at start

        form = MethodForm([m.id for m in (*catalogue.methods, *catalogue.hidden)], self.window)
        if not form.exec():
            return
        document = form.document()
        if self.record(self.tr("methode toevoegen"), [document["id"]], lambda: self.records.add(document)):
            self.window.select_method(document["id"])
            self.window.status.showMessage(self.tr("Methode ‘{0}’ toegevoegd.").format(document["name"]), 8000)

    def hide_current(self) -> None:
        method_id = self.current(self.tr("Methode verbergen"))
        if method_id is not None and self.record(self.tr("methode verbergen"), [method_id],
                                                 lambda: self.records.hide(method_id, True)):
            self.window.status.showMessage(self.tr("Methode verborgen. Terughalen via Catalogus."), 8000)

    def remove_current(self) -> None:
        method_id = self.current(self.tr("Eigen methode verwijderen"))
        if method_id is None:
            return
        name = self.records.catalogue.get(method_id).name
        if prompts.ask(self.window, self.tr("Eigen methode verwijderen"),
                       self.tr("‘{0}’ verwijderen? U kunt dit ongedaan maken met Ctrl+Z.").format(name),
                       prompts.Button.Yes | prompts.Button.No, prompts.Button.No) != prompts.Button.Yes:
            return
        if self.record(self.tr("eigen methode verwijderen"), [method_id], lambda: self.records.remove(method_id)):
            self.window.status.showMessage(self.tr("Methode ‘{0}’ verwijderd.").format(name), 8000)

    def unhide(self) -> None:
        hidden = sorted(self.records.catalogue.hidden, key=lambda m: m.name)
        index = choose_hidden(self.window, self.tr("Verborgen methoden"),
                              self.tr("Welke methode wilt u weer tonen?"), [m.name for m in hidden])
        if index is not None:
            method_id = hidden[index].id
            if self.record(self.tr("methode weer tonen"), [method_id], lambda: self.records.hide(method_id, False)):
                self.window.select_method(method_id)

    def show_log(self) -> None:
        catalogue = self.records.catalogue
        names = {m.id: m.name for m in (*catalogue.methods, *catalogue.hidden)}
        from ui.change_log_dialog import ChangeLogDialog

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
        text = self.tr("Toegevoegd: {0}\nBijgewerkt: {1}\nOngemoeid gelaten: {2}").format(
            ", ".join(plan.added) or "—", ", ".join(plan.updated) or "—", ", ".join(plan.left_alone) or "—")
        notes = "".join(f"\n• {note}" for note in plan.notes)  # the application's own Dutch sentences
        if prompts.ask(self.window, self.tr("Catalogus importeren"), text + notes + "\n\n" + self.tr("Nu importeren?"),
                       prompts.Button.Yes | prompts.Button.No, prompts.Button.No) != prompts.Button.Yes:
            return
        self.record(self.tr("pakket importeren"), [*plan.added, *plan.updated, *plan.left_alone],
                    lambda: run_import(catalogue, plan))
