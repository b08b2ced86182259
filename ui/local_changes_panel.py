"""Above the method page: whose the method is and which of its fields are changed here.

An own method says so, with its author and date. A shipped method the user
changed lists each changed field as "lokaal aangepast" with a button to put
the shipped text back; a field whose shipped text changed since the user's
change says so and offers the comparison. Real buttons, not links in the
page, so the keyboard reaches every one.
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from ui.field_labels import field_label
from ui.i18n import current_language, tr


def _label(text: str, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def _date(iso: str) -> str:
    day = QDate.fromString(iso[:10], Qt.DateFormat.ISODate)
    return QLocale().toString(day, QLocale.FormatType.ShortFormat) if day.isValid() else iso


class LocalChangesPanel(QScrollArea):
    """Shown for own methods and changed shipped ones; hidden for a method as shipped."""

    editRequested = Signal()
    removeRequested = Signal()  # an own method
    restoreRequested = Signal(str)  # a field name
    compareRequested = Signal(str)

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMaximumHeight(self.fontMetrics().lineSpacing() * 12)
        self.setAccessibleName(tr("Lokale aanpassingen"))
        self.buttons: dict[tuple[str, str], QPushButton] = {}  # (what, field) -> button, for tests and keys
        self._made: tuple | None = None  # what the shown widgets were made for, but the heading's words
        self._heading: QLabel | None = None
        self.hide()

    def _button(self, text: str, name: str, slot) -> QPushButton:  # noqa: ANN001
        button = QPushButton(text)
        button.setAccessibleName(name)
        button.clicked.connect(slot)
        return button

    def show_method(self, method, status: dict | None) -> None:  # noqa: ANN001 - advisor.model.Method or None
        origin = (status or {}).get("origin")
        if method is None or origin not in ("own", "variant"):
            self.hide()
            return
        if origin == "own":
            author = method.author or tr("onbekend")
            added = _date(method.created or "")
            heading = (tr("Eigen methode, toegevoegd door {0} op {1}.").format(author, added) if added
                       else tr("Eigen methode, toegevoegd door {0}.").format(author))  # no date: not "op ."
        else:
            heading = tr("Lokaal aangepast: deze meegeleverde methode is hier veranderd.")
        # Another method with the same kinds of change keeps the widgets (their buttons act on the method
        # shown) and gets its own heading: with many own methods, each change of page built them anew.
        made = (origin, tuple(status.get("overridden", ())), tuple(status.get("upstream_changed", ())),
                current_language())
        if made == self._made and self._heading is not None:
            if self._heading.text() != heading:
                self._heading.setText(heading)
            self.show()
            return
        self._made = made
        body = QWidget()
        column = QVBoxLayout(body)
        self.buttons = {}
        top = QHBoxLayout()
        self._heading = _label(heading, bold=True)
        top.addWidget(self._heading, 1)
        edit = self._button(tr("Aanpassen…"), tr("Methode aanpassen"), self.editRequested.emit)
        self.buttons[("edit", "")] = edit
        top.addWidget(edit, 0, Qt.AlignmentFlag.AlignTop)
        if origin == "own":
            remove = self._button(tr("Verwijderen…"), tr("Eigen methode verwijderen"), self.removeRequested.emit)
            self.buttons[("remove", "")] = remove
            top.addWidget(remove, 0, Qt.AlignmentFlag.AlignTop)
        column.addLayout(top)
        grid = QGridLayout()
        changed_upstream = set(status.get("upstream_changed", ()))
        row = 0
        for field in status.get("overridden", ()):
            name = field_label(field)
            grid.addWidget(_label(tr("{0}: lokaal aangepast").format(name)), row, 0)
            restore = self._button(tr("Meegeleverde tekst terugzetten"),
                                   tr("Meegeleverde tekst terugzetten: {0}").format(name),
                                   lambda _c=False, f=field: self.restoreRequested.emit(f))
            self.buttons[("restore", field)] = restore
            grid.addWidget(restore, row, 2)
            if field in changed_upstream:
                grid.addWidget(_label(tr("De meegeleverde tekst is veranderd sinds uw aanpassing."), bold=True),
                               row + 1, 0)
                compare = self._button(tr("Vergelijken…"), tr("Vergelijken: {0}").format(name),
                                       lambda _c=False, f=field: self.compareRequested.emit(f))
                self.buttons[("compare", field)] = compare
                grid.addWidget(compare, row + 1, 2)
                row += 1
            row += 1
        grid.setColumnStretch(0, 1)
        column.addLayout(grid)
        self.setWidget(body)
        self.show()
