"""Changing a method's fields in the window: the form, putting a shipped text back, comparing.

Catalogus → Methode aanpassen… (also the panel above the page and the
list's context menu) opens the method form with the method's current
values. Saving stores only the fields the user changed: for a shipped
method as local changes, field by field; an own method is replaced. Every
step is one undoable edit through ``CatalogueActions.record``. The save
names the record version read when the form opened: when another desk saved
the method in between, the conflict dialog (``ui.conflict_dialog``) asks
which version stays; Annuleren there brings the form back with the user's
input still in it, and saving again asks again.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from advisor.method_document import method_to_document, set_field
from ui.conflict_dialog import resolve
from ui.field_compare import FieldCompare
from ui.field_labels import field_label
from ui.method_form import MethodForm

CANCELLED = "cancelled"  # the user closed the conflict dialog: back to the form, input kept


class MethodEditing(QObject):
    def __init__(self, actions):  # noqa: ANN001 - ui.catalogue_actions.CatalogueActions
        super().__init__(actions)
        self.actions = actions
        self.window = actions.window
        panel = self.window.local_changes
        panel.editRequested.connect(self.edit_current)
        panel.removeRequested.connect(actions.remove_current)
        panel.restoreRequested.connect(self.restore_field)
        panel.compareRequested.connect(self.compare)

    def edit_current(self) -> None:
        method_id = self.actions.current(self.tr("Methode aanpassen"))
        if method_id is not None:
            self.edit(method_id)

    def edit(self, method_id: str) -> None:
        records = self.actions.records
        method = records.catalogue.get(method_id, hidden=True)
        own = records.catalogue.status[method_id]["origin"] == "own"
        opened = records.version(method_id)
        form = MethodForm([], self.window, method=method, shipped=not own)
        while form.exec():
            changed = form.changed_fields()
            if not changed:
                self.window.status.showMessage(self.tr("Niets veranderd."), 5000)
                return
            if self._save(method, own, opened, changed) is not CANCELLED:
                return
            form.tell(self.tr("Een andere werkplek heeft deze methode intussen opgeslagen. Uw invoer staat er "
                              "nog: kopieer of pas hem aan. Opslaan vraagt opnieuw welke versie blijft."))

    def _save(self, method, own: bool, opened: int, changed: dict) -> object:  # noqa: ANN001 - a Method
        """Save *changed*; True when saved, CANCELLED when the user cancelled a conflict, else False."""
        records, method_id = self.actions.records, method.id
        document = method_to_document(method) if own else {"id": method_id}
        for field, value in changed.items():
            set_field(document, field, value)
        choices = []

        def save(expected: int) -> None:
            records.edit(method_id, document, expected_version=expected)

        def settle(error) -> str | None:  # noqa: ANN001 - app.api.ConflictError
            choices.append(resolve(self.window, records, error, save))
            return choices[-1]

        if self.actions.record(self.tr("methode aanpassen"), [method_id], lambda: save(opened), settle):
            self.window.select_method(method_id)
            self.window.status.showMessage(self.tr("‘{0}’ aangepast: {1}.").format(
                method.name, ", ".join(field_label(f) for f in changed)), 8000)
            return True
        return CANCELLED if choices == [None] else False

    def restore_field(self, field: str) -> None:
        method_id = self.window.current_method_id()
        if method_id is not None and self.actions.record(
                self.tr("meegeleverde tekst terugzetten"), [method_id],
                lambda: self.actions.records.restore(method_id, field)):
            self.window.select_method(method_id)
            self.window.status.showMessage(
                self.tr("Meegeleverde tekst teruggezet: {0}.").format(field_label(field)), 8000)

    def compare(self, field: str) -> None:
        from app.api import field_versions, keep_version

        method_id = self.window.current_method_id()
        if method_id is None:
            return
        records = self.actions.records
        versions = field_versions(records, method_id).get(field)
        if versions is None:
            return
        dialog = FieldCompare(records.catalogue.get(method_id, hidden=True).name, versions, self.window)
        if not dialog.exec():
            return
        value = dialog.chosen_value()
        if self.actions.record(self.tr("keuze na vergelijken"), [method_id],
                               lambda: keep_version(records, method_id, field, value)):
            self.window.select_method(method_id)
