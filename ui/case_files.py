"""Cases leaving and entering the window as files: export, import, the PDF report, CSV and printing.

All writing goes through ``app.api``, which checks first and replaces a
target file whole; a refused import shows its Dutch message and changes nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

from ui import case_prompts as prompts
from ui.case_dialog import one_line
from ui.i18n import tr

AUTHOR = "report/author"


def _safe_file_name(name: str) -> str:
    """A suggestion for a file name: the case name without path separators or control characters."""
    kept = "".join(c if c.isalnum() or c in " -_." else "_" for c in one_line(name, 60))
    return kept.strip(" .") or "casus"


class CaseFiles(QObject):
    def __init__(self, actions):  # noqa: ANN001 - ui.case_actions.CaseActions
        super().__init__(actions)
        self.actions = actions

    @property
    def window(self):  # noqa: ANN201
        return self.actions.window

    def _problem(self, title: str, error: Exception) -> None:
        prompts.tell(self.window, title, str(error))

    def export(self) -> None:
        from app.api import CASE_FILE_SUFFIX, CaseError, Cases

        case = self.actions.case_now()
        path = prompts.file_to_save(self.window, self.tr("Casus exporteren"),
                                    _safe_file_name(case.name) + CASE_FILE_SUFFIX,
                                    self.tr("Methodewijzer-casus (*{0})").format(CASE_FILE_SUFFIX))
        if not path:
            return
        if not path.endswith(CASE_FILE_SUFFIX):
            path += CASE_FILE_SUFFIX
        try:
            Cases.export_case(case, path)
        except (CaseError, OSError) as error:
            self._problem(self.tr("Niet geëxporteerd"), error)
            return
        self.window.status.showMessage(self.tr("Casus geëxporteerd naar {0}").format(path), 5000)

    def import_(self) -> None:
        from app.api import CaseError

        cases = self.actions.cases
        path = prompts.file_to_open(self.window, self.tr("Casus importeren"),
                                    self.tr("Casus of rapport (*.json *.pdf)"))
        if not path or not self.actions._may_leave():
            return
        try:
            case = cases.read_file(path)
            name = case.name
            while cases.exists(name):
                name = prompts.text_input(self.window, self.tr("Naam bestaat al"), self.tr(
                    "Er bestaat al een casus met deze naam. Onder welke naam importeren?"), name + self.tr(" (2)"))
                if name is None:
                    return
            stored = cases.import_file(path, as_name=name)
        except (CaseError, OSError) as error:
            self._problem(self.tr("Niet geïmporteerd"), error)
            return
        self.actions._show(stored)
        self.window.status.showMessage(self.tr("Casus ‘{0}’ geïmporteerd.").format(one_line(stored.name)), 5000)

    def _report(self, suffix: str, title: str, filters: str) -> None:
        from app.api import CaseError, save_report

        case = self.actions.case_now()
        path = prompts.file_to_save(self.window, title, _safe_file_name(case.name) + suffix, filters)
        if not path:
            return
        if not path.lower().endswith(suffix):
            path += suffix
        try:
            save_report(self.window.catalogue, case, path, self.author(), tr, *self.compared())
        except (CaseError, OSError) as error:
            self._problem(self.tr("Niet opgeslagen"), error)
            return
        self.window.status.showMessage(self.tr("Opgeslagen: {0}").format(path), 5000)

    def save_report(self) -> None:
        self._report(".pdf", self.tr("Rapport opslaan als PDF"), self.tr("PDF-bestand (*.pdf)"))

    def save_csv(self) -> None:
        self._report(".csv", self.tr("Ranglijst opslaan als CSV"), self.tr("CSV-bestand (*.csv)"))

    def compared(self) -> tuple[list[str], bool]:
        """The methods in an open comparison view join the report; by the group's weights if the window uses them."""
        workshop = self.window.workshop
        return workshop.compared_ids(), workshop.group_ranking.on

    def author(self) -> str:
        value = self.actions.settings.value(AUTHOR, "")
        return value if isinstance(value, str) else ""

    def set_author(self) -> None:
        name = prompts.text_input(self.window, self.tr("Opsteller"), self.tr(
            "Naam die op rapporten staat (leeg laten mag):"), self.author())
        if name is not None:
            self.actions.settings.setValue(AUTHOR, name.strip())

    def print_report(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from app.api import case_report_html, paint_report

        html = case_report_html(self.window.catalogue, self.actions.case_now(), self.author(), tr, *self.compared())
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        preview = QPrintPreviewDialog(printer, self.window)
        preview.setWindowTitle(self.tr("Afdrukvoorbeeld"))
        preview.paintRequested.connect(
            lambda device: paint_report(html, device, tr("Adviesrapport Methodewijzer"), tr("Pagina {0} van {1}")))
        self._preview = preview
        preview.exec()
