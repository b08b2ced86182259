"""The form for an own method, new or changed, and for changing a shipped one: the main fields of the
catalogue schema, checked as the user types.

Each problem is said in Dutch right under the field it concerns, and Save
stays off until there are none. The form only builds a catalogue document;
``UserRecords.add`` / ``edit`` (through ``app.api``) check it once more and
store it. A new method's fields the form does not ask for are written as
*not given*, never invented; a changed method keeps them as they are, and
``changed_fields`` names only what the user really changed.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advisor import vocabulary as voc
from advisor.catalogue_reader import ID_PATTERN
from advisor.method_document import get_field, method_to_document
from advisor.model import Method
from ui.check_list import CheckList
from ui.i18n import term

TEXTS = ("summary", "target_group", "goal", "approach")
LISTS = ("settings", "target_groups", "goals")
NOTES = ("handbook_note", "evidence_reason")
LOCAL_REASON = "Lokaal aangepast door de gebruiker."  # stored with the method, so Dutch like the catalogue


class MethodForm(QDialog):
    """Asks for a new method (``document()``) or changes to *method* (``changed_fields()``) once accepted.

    *shipped*: the method comes with the catalogue, so a changed attribute is marked as our reading.
    """

    def __init__(self, taken_ids, parent=None, method: Method | None = None,  # noqa: ANN001 - ids in use
                 shipped: bool = False):
        super().__init__(parent)
        self.original = method_to_document(method) if method is not None else None
        self.shipped = shipped
        self.setWindowTitle(self.tr("Nieuwe methode") if method is None
                            else self.tr("Methode aanpassen: {0}").format(method.name))
        self.taken = frozenset(taken_ids)
        self.problems: dict[str, QLabel] = {}
        self.id = QLineEdit()
        self.name = QLineEdit()
        self.category = self._combo("category")
        self.texts = {key: QPlainTextEdit() for key in TEXTS}
        self.developer = QPlainTextEdit()  # a shipped method's developer text runs to paragraphs
        self.developer.setMaximumHeight(self.developer.fontMetrics().lineSpacing() * 6)
        self.handbook = self._combo("handbook", first="unknown")
        self.evidence = self._combo("evidence")
        self.notes = {key: QPlainTextEdit() for key in NOTES}  # optional; shipped notes may span lines
        for edit in self.notes.values():
            edit.setMaximumHeight(edit.fontMetrics().lineSpacing() * 4)
        self.lists = {key: CheckList(key, label) for key, label in (
            ("settings", self.tr("Schaal")), ("target_groups", self.tr("Doelgroepen")), ("goals", self.tr("Doelen")))}
        self.production_power = self._combo("production_power")
        self.budget = self._combo("budget_class", first="unknown")
        self.months = QSpinBox()
        self.months.setRange(0, 600)
        self.months.setSpecialValueText(self.tr("onbekend"))
        form = QFormLayout()
        for key, label, widget in (
            ("id", self.tr("&Id (kleine letters, cijfers, streepjes)"), self.id),
            ("name", self.tr("&Naam"), self.name),
            ("category", self.tr("&Soort"), self.category),
            ("summary", self.tr("&Samenvatting"), self.texts["summary"]),
            ("target_group", self.tr("&Doelgroep (tekst)"), self.texts["target_group"]),
            ("goal", self.tr("Doe&l"), self.texts["goal"]),
            ("approach", self.tr("&Aanpak"), self.texts["approach"]),
            ("developer", self.tr("&Ontwikkelaar"), self.developer),
            ("handbook", self.tr("Handboe&k"), self.handbook),
            ("handbook_note", self.tr("Toelichting bij het handboek"), self.notes["handbook_note"]),
            ("evidence", self.tr("Onde&rzoek"), self.evidence),
            ("evidence_reason", self.tr("Toelichting bij het onderzoek"), self.notes["evidence_reason"]),
            ("settings", self.tr("Schaal"), self.lists["settings"]),
            ("target_groups", self.tr("Doelgroepen"), self.lists["target_groups"]),
            ("goals", self.tr("Doelen"), self.lists["goals"]),
            ("production_power", self.tr("&Productiekracht"), self.production_power),
            ("budget", self.tr("&Budget"), self.budget),
            ("months", self.tr("Loop&tijd in maanden"), self.months),
        ):
            widget.setAccessibleName(label.replace("&", ""))
            cell = QWidget()
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(widget)
            problem = QLabel()
            problem.setObjectName(f"problem_{key}")
            problem.setTextFormat(Qt.TextFormat.PlainText)
            problem.setWordWrap(True)
            bold = problem.font()  # the palette's own text colour, so a dark theme stays readable
            bold.setBold(True)
            problem.setFont(bold)
            problem.hide()
            column.addWidget(problem)
            self.problems[key] = problem
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, cell)
        body = QWidget()
        body.setLayout(form)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.notice = QLabel()  # why the form is back, e.g. after a cancelled conflict
        self.notice.setObjectName("notice")
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.notice.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.notice)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        for edit in (self.id, self.name, self.developer, *self.notes.values()):
            edit.textChanged.connect(self.validate)
        for edit in self.texts.values():
            edit.textChanged.connect(self.validate)
        for checks in self.lists.values():
            checks.changed.connect(self.validate)
        if method is not None:
            self._fill(method)
        self.validate()

    def tell(self, text: str) -> None:
        """Show *text* above the fields, as plain text (it may name another user)."""
        self.notice.setText(text)
        self.notice.setVisible(bool(text))

    def _fill(self, method: Method) -> None:
        self.id.setText(method.id)
        self.id.setReadOnly(True)
        self.name.setText(method.name)
        for combo, key in ((self.category, method.category), (self.production_power, method.production_power),
                           (self.budget, method.budget.budget_class), (self.handbook, method.handbook),
                           (self.evidence, method.evidence)):
            combo.setCurrentIndex(max(0, combo.findData(key)))
        for key, edit in self.texts.items():
            edit.setPlainText(getattr(method, key))
        self.developer.setPlainText(method.developer)
        self.notes["handbook_note"].setPlainText(method.handbook_note)
        self.notes["evidence_reason"].setPlainText(method.evidence_basis.reason)
        for key, checks in self.lists.items():
            checks.set_checked(getattr(method, key).values)
        self.months.setValue(method.duration.months or 0)

    def _combo(self, vocabulary: str, first: str | None = None) -> QComboBox:
        combo = QComboBox()
        keys = list(voc.VOCABULARIES[vocabulary])
        if first in keys:
            keys.insert(0, keys.pop(keys.index(first)))
        for key in keys:
            combo.addItem(term(vocabulary, key), key)
        return combo

    def find_problems(self) -> dict[str, str]:
        """What is wrong, by field, in the user's language."""
        found: dict[str, str] = {}
        method_id = self.id.text().strip()
        if not method_id:
            found["id"] = self.tr("Vul een id in, bijvoorbeeld buurtkamer-plus.")
        elif not ID_PATTERN.match(method_id):
            found["id"] = self.tr("Een id bestaat uit kleine letters, cijfers en losse streepjes ertussen "
                                  "(zoals buurtkamer-plus).")
        elif method_id in self.taken and self.original is None:
            found["id"] = self.tr("Er bestaat al een methode met dit id. Kies een ander id.")
        if not self.name.text().strip():
            found["name"] = self.tr("Vul een naam in.")
        for key, edit in self.texts.items():
            if not edit.toPlainText().strip():
                found[key] = self.tr("Dit veld is verplicht.")
        if not self.developer.toPlainText().strip():
            found["developer"] = self.tr("Vul in wie de methode heeft ontwikkeld.")
        for key, checks in self.lists.items():  # a method that leaves one unknown (the report is silent) may stay so
            if not checks.checked() and (self.original is None or get_field(self.original, key)["values"]):
                found[key] = self.tr("Kies er minstens één.")
        return found

    def validate(self) -> None:
        found = self.find_problems()
        for key, label in self.problems.items():
            label.setText(found.get(key, ""))
            label.setVisible(key in found)
        self.save_button.setEnabled(not found)

    def document(self) -> dict:
        """The method as a catalogue document; what the form does not ask is marked as not given."""
        not_given = self.tr("Niet opgegeven bij het invoeren.")
        given = {"basis": "source", "reason": ""}
        months = self.months.value()
        return {
            "id": self.id.text().strip(), "name": self.name.text().strip(), "category": self.category.currentData(),
            **{key: edit.toPlainText().strip() for key, edit in self.texts.items()},
            "developer": {"text": self.developer.toPlainText().strip()},
            "materials": {"handbook": self.handbook.currentData(),
                          "handbook_note": self.notes["handbook_note"].toPlainText().strip() or not_given},
            "research": {"evidence": self.evidence.currentData(), "evidence_basis": "source",
                         "evidence_reason": self.notes["evidence_reason"].toPlainText().strip() or not_given},
            "attributes": {
                **{key: {"values": sorted(checks.checked()), **given} for key, checks in self.lists.items()},
                "production_power": {"value": self.production_power.currentData(), **given},
                "professional_role": {"values": [], "basis": "source", "reason": not_given},
                "budget": {"class": self.budget.currentData(), **given},
                "duration": ({"months": months} if months else {}) | {"basis": "source",
                                                                       "reason": "" if months else not_given},
            },
        }

    def changed_fields(self) -> dict:
        """The fields (``advisor.method_document.FIELDS``) the user changed, with their new values."""
        old = self.original
        months = self.months.value()
        texts = {"name": self.name.text(), "developer": self.developer.toPlainText(),
                 **{key: edit.toPlainText() for key, edit in (*self.texts.items(), *self.notes.items())}}
        new = {key: text.strip() for key, text in texts.items()
               if text.strip() != (get_field(old, key) or "").strip()}
        for field, combo in (("category", self.category), ("handbook", self.handbook), ("evidence", self.evidence)):
            if combo.currentData() != get_field(old, field):
                new[field] = combo.currentData()
        attributes = {
            **{key: ("values", sorted(checks.checked())) for key, checks in self.lists.items()},
            "production_power": ("value", self.production_power.currentData()),
            "budget": ("class", self.budget.currentData()),
            "duration": ("months", months or None),
        }
        for field, (key, value) in attributes.items():
            before = get_field(old, field)
            if before.get(key) != value and not (key == "values" and sorted(before[key]) == value):
                new[field] = self._attribute(before, key, value)
        return new

    def _attribute(self, before: dict, key: str, value) -> dict:  # noqa: ANN001 - a term, terms or months
        """An attribute with the user's value; on a shipped method it is no longer the report's word."""
        changed = {**before, key: value} if value is not None else {k: v for k, v in before.items() if k != key}
        if self.shipped:
            changed.update(basis="assessment", reason=LOCAL_REASON)
        return changed
