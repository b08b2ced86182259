"""The Bestand menu's case actions and what the window knows about the case it shows.

The window shows either a saved case or an unnamed situation. It is
*modified* when the situation on screen differs from what was last saved
(for an unnamed one: from an empty situation); the title bar carries the name
and Qt's ``[*]`` mark. On start the last case is reopened only if it was
saved when the app closed; an unsaved situation is offered, never forced.
"""

from __future__ import annotations

import json
from dataclasses import replace

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from ui import case_prompts as prompts
from ui.case_dialog import CaseDetailsDialog, OpenCaseDialog, one_line
from ui.case_files import CaseFiles

LAST_CASE = "cases/last"
UNSAVED = "context/state"  # the key the window used before cases existed, so an old situation is offered too
Button = prompts.Button


class CaseActions(QObject):
    def __init__(self, window, menu: QMenu):  # noqa: ANN001 - ui.main_window.MainWindow
        super().__init__(window)
        self.window, self.panel, self.settings = window, window.context_panel, window.settings
        self.cases = None  # app.api.Cases, once the catalogue is open
        self.current = None  # the saved app.api.Case on screen, or None for an unnamed situation
        self.deleted: list = []  # cases deleted this session, newest last, for undo
        self.empty_state = self.saved_state = self.panel.state()
        self.files = CaseFiles(self)
        self.actions: dict[str, QAction] = {}
        for key, text, shortcut, slot in (
            ("new", self.tr("&Nieuw"), "Ctrl+N", self.new),
            ("open", self.tr("&Openen…"), "Ctrl+O", self.open),
            ("save", self.tr("Op&slaan"), "Ctrl+S", self.save),
            ("save_as", self.tr("Opslaan &als…"), "Ctrl+Shift+S", self.save_as),
            ("delete", self.tr("&Verwijderen"), "", self.delete),
            ("undo_delete", self.tr("Verwijderen &ongedaan maken"), "", self.undo_delete),
            ("share", self.tr("&Delen met collega's"), "", self.share),
            (None, None, None, None),
            ("export", self.tr("&Exporteren…"), "", self.files.export),
            ("import", self.tr("&Importeren…"), "", self.files.import_),
            (None, None, None, None),
            ("report", self.tr("&Rapport opslaan als PDF…"), "", self.files.save_report),
            ("csv", self.tr("Ranglijst opslaan als &CSV…"), "", self.files.save_csv),
            ("print", self.tr("Af&drukken…"), "Ctrl+P", self.files.print_report),
            ("author", self.tr("Naam van de &opsteller…"), "", self.files.set_author),
            (None, None, None, None),
        ):
            if key is None:
                menu.addSeparator()
                continue
            action = QAction(text, window)
            if shortcut:
                action.setShortcuts([QKeySequence(shortcut)])
            action.triggered.connect(slot)
            menu.addAction(action)
            self.actions[key] = action
        self.actions["share"].setCheckable(True)
        self.sharing: dict | None = None  # owner and shared mark of the current case, read when it is shown
        self.panel.changed.connect(self._update)
        self._update()

    # ---- state ----------------------------------------------------------------------------
    def modified(self, context=None) -> bool:  # noqa: ANN001 - the panel's Context, when just made
        return self.panel.state(context) != self.saved_state

    def name(self) -> str:
        return self.current.name if self.current is not None else self.tr("Naamloze situatie")

    def _update(self, context=None) -> None:  # noqa: ANN001 - the panel's new Context, when it changed
        ready = self.cases is not None
        for key in ("open", "save", "save_as", "export", "import", "report", "csv", "print"):
            self.actions[key].setEnabled(ready)
        self.actions["delete"].setEnabled(ready and self.current is not None)
        self.actions["undo_delete"].setEnabled(ready and bool(self.deleted))
        mine = self.sharing is not None and self.sharing["owner"] == self.cases.viewer
        self.actions["share"].setEnabled(ready and self.current is not None and mine)
        self.actions["share"].setChecked(bool(self.sharing and self.sharing["shared"]))
        # Qt's modified mark needs the literal [*], so the title's frame is not a translatable text.
        self.window.setWindowTitle(one_line(self.name(), 80).replace("[*]", "[ * ]") + "[*] — Methodewijzer")
        self.window.setWindowModified(self.modified(context))

    def case_now(self):  # noqa: ANN201 - app.api.Case
        """The situation on screen as a case (named, with notes and decision, when one is open)."""
        from app.api import Case

        group = tuple(getattr(self.window, "group_participants", ()))
        if self.current is not None:
            return replace(self.current, context=self.panel.context(), group=group)
        return Case(name=self.name(), context=self.panel.context(), group=group)

    def _show(self, case) -> None:  # noqa: ANN001
        self.panel.set_state({**case.context.to_dict(), "weights": dict(case.context.weights)})
        self.window.workshop.group_ranking.case_opened(case.group)  # a group ranks the window
        self._mark_saved(case)
        changed = self.cases.advice_changed(case)
        if changed:
            names = {m.id: m.name for m in self.window.catalogue.methods}
            prompts.tell(self.window, self.tr("Advies veranderd"), self.tr(
                "Deze casus is gemaakt met een oudere catalogus. Het advies is sindsdien veranderd: eerst "
                "stond ‘{0}’ bovenaan, nu ‘{1}’.").format(names.get(changed[0], changed[0]),
                                                        names.get(changed[1], changed[1])), warning=False)

    def _mark_saved(self, case) -> None:  # noqa: ANN001
        self.current = case
        self.saved_state = self.panel.state()
        self.sharing = self.cases.sharing(case.name) if case is not None and self.cases is not None else None
        self._update()

    # ---- start and close --------------------------------------------------------------------
    def catalogue_ready(self, catalogue) -> None:  # noqa: ANN001
        from app.api import open_cases

        self.cases = open_cases(catalogue)
        self._update()
        if self.modified():  # the user began before the catalogue was ready: leave their work alone
            return
        last = self.settings.value(LAST_CASE, "")
        if isinstance(last, str) and last and self.cases.sharing(last) is not None:
            self._show(self.cases.load(last))
            return
        try:
            pending = json.loads(self.settings.value(UNSAVED, "") or "{}")
        except (TypeError, ValueError):
            pending = {}
        if not isinstance(pending, dict) or not pending or pending == self.empty_state or \
                not self.window.isVisible():
            return
        answer = prompts.ask(self.window, self.tr("Vorige situatie herstellen?"), self.tr(
            "Bij het vorige gebruik is een situatie niet opgeslagen. Wilt u die terugzien?"),
            Button.Yes | Button.No, Button.No)
        if answer == Button.Yes:
            self.panel.set_state(pending)
        self.settings.remove(UNSAVED)

    def may_close(self) -> bool:
        """Ask about unsaved changes; False when the user wants to stay. Remembers what to offer next time."""
        if self.modified():
            answer = prompts.ask(self.window, self.tr("Niet-opgeslagen wijzigingen"), self.tr(
                "De situatie ‘{0}’ heeft wijzigingen die niet zijn opgeslagen. Wilt u ze opslaan?")
                .format(one_line(self.name())), Button.Save | Button.Discard | Button.Cancel, Button.Save)
            if answer == Button.Cancel or answer == Button.Save and not self.save():
                return False
        saved = self.current is not None and not self.modified()
        self.settings.setValue(LAST_CASE, self.current.name if saved else "")
        if self.modified():
            self.settings.setValue(UNSAVED, json.dumps(self.panel.state()))
        else:
            self.settings.remove(UNSAVED)
        if self.cases is not None:
            self.cases.close()
        return True

    def _may_leave(self) -> bool:
        """Before replacing the situation on screen: save, discard or stay."""
        if not self.modified():
            return True
        answer = prompts.ask(self.window, self.tr("Niet-opgeslagen wijzigingen"), self.tr(
            "De situatie ‘{0}’ heeft wijzigingen die niet zijn opgeslagen. Eerst opslaan?")
            .format(one_line(self.name())), Button.Save | Button.Discard | Button.Cancel, Button.Save)
        return answer == Button.Discard or answer == Button.Save and self.save()

    # ---- actions ------------------------------------------------------------------------------
    def new(self) -> None:
        if self._may_leave():
            self.current = None
            self.panel.reset()
            self.window.workshop.group_ranking.case_opened(())  # a new situation starts without a group
            self._mark_saved(None)

    def open(self) -> None:
        if self.cases is None or not self._may_leave():
            return
        names = {m.id: m.name for m in self.window.catalogue.methods}
        dialog = OpenCaseDialog(self.cases.list(shared_too=True), names, self.window, self.cases.viewer)
        if dialog.exec() and dialog.chosen() is not None:
            self._show(self.cases.load(dialog.chosen()))

    def save(self) -> bool:
        if self.current is None:
            return self.save_as()
        return self._store(self.case_now(), replace_existing=True)

    def save_as(self) -> bool:
        if self.cases is None:
            return False
        case = self.case_now()
        methods = [(m.id, m.name) for m in self.window.catalogue.methods]
        dialog = CaseDetailsDialog(case.name if self.current else "", case.notes, case.decision_id,
                                   case.decision_reason, methods, self.window)
        if not dialog.exec():
            return False
        case = replace(case, **dialog.values())
        exists = self.cases.exists(case.name)
        if exists and (self.current is None or case.name != self.current.name):
            answer = prompts.ask(self.window, self.tr("Casus vervangen?"), self.tr(
                "Er bestaat al een casus ‘{0}’. Vervangen?").format(one_line(case.name)),
                Button.Yes | Button.No, Button.No)
            if answer != Button.Yes:
                return False
        if self.current is None or case.name != self.current.name:
            case = replace(case, created="")
        return self._store(case, replace_existing=exists)

    def _store(self, case, replace_existing: bool) -> bool:  # noqa: ANN001
        from app.api import CaseError

        try:
            stored = self.cases.save(case, replace_existing=replace_existing)
        except CaseError as error:
            prompts.tell(self.window, self.tr("Niet opgeslagen"), str(error))
            return False
        self._mark_saved(stored)
        self.window.status.showMessage(self.tr("Casus ‘{0}’ opgeslagen.").format(one_line(stored.name)), 5000)
        return True

    def share(self, on: bool) -> None:
        """Let colleagues see the current case (File → Delen met collega's), or stop that."""
        from app.api import CaseError

        try:
            self.cases.share(self.current.name, on)
        except CaseError as error:
            prompts.tell(self.window, self.tr("Niet gelukt"), str(error))
        self._mark_saved(self.current)
        shared = bool(self.sharing and self.sharing["shared"])
        text = self.tr("Casus ‘{0}’ wordt gedeeld met collega's.") if shared else \
            self.tr("Casus ‘{0}’ is alleen voor u.")
        self.window.status.showMessage(text.format(one_line(self.current.name)), 5000)

    def delete(self) -> None:
        from app.api import CaseError

        if self.cases is None or self.current is None:
            return
        try:
            self.deleted.append(self.cases.delete(self.current.name))
        except CaseError as error:  # a colleague's shared case: only its owner deletes it
            prompts.tell(self.window, self.tr("Niet verwijderd"), str(error))
            return
        self.current = None
        self.saved_state = self.empty_state
        self._update()
        self.window.status.showMessage(self.tr("Casus ‘{0}’ verwijderd. Ongedaan maken via Bestand → Verwijderen "
                                               "ongedaan maken.").format(one_line(self.deleted[-1].name)), 10000)

    def undo_delete(self) -> None:
        from app.api import CaseError

        if not self.deleted:
            return
        case = self.deleted[-1]
        try:
            self.cases.restore(case)
        except CaseError as error:
            prompts.tell(self.window, self.tr("Niet teruggezet"), str(error))
            return
        self.deleted.pop()
        if self.current is None and self.panel.context() == case.context:
            self._mark_saved(case)
        self._update()
        self.window.status.showMessage(self.tr("Casus ‘{0}’ teruggezet.").format(one_line(case.name)), 5000)
