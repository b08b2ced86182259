"""The left-hand panel where a professional describes their situation.

One group per matcher criterion: what the user says about it, how much it
weighs (0-5) and whether it is a must. Every change emits ``changed`` at once,
so the ranking follows the user's hand. Every control is named with its group
("Budget: onbekend") so a screen reader says which of the alike boxes it is;
those composed names are made again after a switch of language (``retranslate``).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advisor import vocabulary as voc
from advisor.context import DEFAULT_WEIGHTS, MAX_WEIGHT, MIN_WEIGHT, WEIGHT_REASONS, Context
from ui.check_list import CheckList
from ui.i18n import term, tr
from ui.money_edit import MoneyEdit
from ui.stability_band import StabilityBand


def _hint() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.hide()
    return label


# What each entry of a saved state must be; one of another type is dropped (its default is used).
STATE_TYPES = {"settings": list, "target_groups": list, "goals": list, "must": list, "weights": dict}


class WeightRow(QWidget):
    """Weight slider with its value, and the must toggle, for one criterion."""

    changed = Signal()

    def __init__(self, criterion: str, title: str, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.criterion = criterion
        self.title = title
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(MIN_WEIGHT, MAX_WEIGHT)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setToolTip(tr(WEIGHT_REASONS[criterion]))
        self.value = QLabel()
        self.value.setMinimumWidth(self.fontMetrics().horizontalAdvance("5") + 4)
        self.must = QCheckBox(self.tr("moet"))
        self.must.setToolTip(self.tr("Methoden die hier niet aan voldoen, worden uitgesloten"))
        self.retranslate(title)
        self.hint = _hint()
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Gewicht")), 0, 0)
        layout.addWidget(self.slider, 0, 1)
        layout.addWidget(self.value, 0, 2)
        layout.addWidget(self.must, 0, 3)
        layout.addWidget(self.hint, 1, 0, 1, 4)
        layout.setColumnStretch(1, 1)
        self.band = StabilityBand.under(self.slider, layout)
        self.slider.valueChanged.connect(self._on_value)
        self.must.toggled.connect(self.changed)
        self.set_weight(DEFAULT_WEIGHTS[criterion])

    def retranslate(self, title: str) -> None:
        """The names that include the group's title, in the language now installed."""
        self.title = title
        self.slider.setAccessibleName(self.tr("{0}: gewicht").format(title))
        self.must.setAccessibleName(self.tr("{0}: moet (harde eis)").format(title))

    def _on_value(self, value: int) -> None:
        self.value.setText(str(value))
        self.changed.emit()

    def set_weight(self, weight: int) -> None:
        self.slider.setValue(int(weight))
        self.value.setText(str(int(weight)))

    def explain(self, context: Context) -> None:
        """Say at the control when ‘moet’ cannot do anything yet."""
        text = ""
        if self.must.isChecked() and not context.asks(self.criterion):
            text = self.tr("‘moet’ werkt pas als u bij {0} iets invult; nu sluit het niets uit.").format(self.title)
        elif self.criterion in ("handbook", "research") and context.asks(self.criterion) and not self.must.isChecked():
            text = self.tr("Telt nu mee in de score; pas met ‘moet’ vallen methoden zonder dit af.")
        if text == self.hint.text() and self.hint.isHidden() != bool(text):
            return  # as it says already: every re-rank asks each row
        self.hint.setText(text)
        self.hint.setVisible(bool(text))
        self.must.setAccessibleDescription(text)


class ContextPanel(QScrollArea):
    changed = Signal(object)

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(self.tr("Uw situatie"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # its controls are the tab stops, not the frame
        self._quiet = False
        body = QWidget()
        layout = QVBoxLayout(body)
        self.weights: dict[str, WeightRow] = {}
        self.groups: dict[str, QGroupBox] = {}

        place = self.tr("Plaats")
        self.settings = {key: QCheckBox(term("settings", key)) for key in voc.SETTINGS}
        grid = QGridLayout()
        for i, box in enumerate(self.settings.values()):
            grid.addWidget(box, i // 3, i % 3)
        layout.addWidget(self._group("setting", place, grid))

        self.target_groups = CheckList("target_groups", self.tr("Doelgroep"))
        layout.addWidget(self._group("target_group", self.target_groups.group, self.target_groups))
        self.goals = CheckList("goals", self.tr("Doelen"))
        layout.addWidget(self._group("goal", self.goals.group, self.goals))

        power = self.tr("Productiekracht")
        self.production_power = QComboBox()
        self.production_power.addItem(self.tr("geen voorkeur"), None)
        for key in voc.PRODUCTION_POWER:
            self.production_power.addItem(term("production_power", key), key)
        self.production_power.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        layout.addWidget(self._group("production_power", power, self.production_power))

        budget = self.tr("Budget")
        self.budget_unknown = QCheckBox(self.tr("onbekend"))
        self.budget = MoneyEdit()
        layout.addWidget(self._group("budget", budget, self._pair(self.budget_unknown, self.budget)))

        horizon = self.tr("Tijd")
        self.months_unknown = QCheckBox(self.tr("onbekend"))
        self.months = QSpinBox()
        self.months.setRange(1, 600)
        layout.addWidget(self._group("duration", horizon, self._pair(self.months_unknown, self.months)))

        self.handbook = QCheckBox(self.tr("Er moet een handboek zijn"))
        self.handbook.setAccessibleName(self.tr("Handboek: er moet een handboek zijn"))
        layout.addWidget(self._group("handbook", self.tr("Handboek"), self.handbook))
        self.research = QCheckBox(self.tr("Onderzoek naar de methode telt mee"))
        self.research.setAccessibleName(self.tr("Onderzoek: onderzoek naar de methode telt mee"))
        layout.addWidget(self._group("research", self.tr("Onderzoek"), self.research))

        self.reset_button = QPushButton(self.tr("Standaardwaarden"))
        self.reset_button.setToolTip(self.tr("Alles leegmaken en de gewichten terugzetten"))
        self.reset_button.setAccessibleName(self.tr("Uw situatie: standaardwaarden"))
        layout.addWidget(self.reset_button)
        layout.addStretch(1)
        self.setWidget(body)
        body.installEventFilter(self)  # its size hints follow a new font or language: the width follows them
        self._name_controls()

        for box in self.settings.values():
            box.toggled.connect(self._emit)
        for widget in (self.target_groups, self.goals):
            widget.changed.connect(self._emit)
        self.production_power.currentIndexChanged.connect(self._emit)
        for box, field in ((self.budget_unknown, self.budget), (self.months_unknown, self.months)):
            box.toggled.connect(field.setDisabled)
            box.toggled.connect(self._emit)
            field.valueChanged.connect(self._emit)
        self.months.valueChanged.connect(self._months_suffix)
        self.handbook.toggled.connect(self._emit)
        self.research.toggled.connect(self._emit)
        self.reset()

    def _name_controls(self) -> None:
        """Names made of a group's title and a control's text, and texts that are not widgets' own."""
        title = {criterion: group.title() for criterion, group in self.groups.items()}
        for box in self.settings.values():
            box.setAccessibleName(f"{title['setting']}: {box.text()}")
        self.target_groups.retranslate(title["target_group"])
        self.goals.retranslate(title["goal"])
        self.production_power.setAccessibleName(title["production_power"])
        self.production_power.setItemText(0, self.tr("geen voorkeur"))
        for i, key in enumerate(voc.PRODUCTION_POWER, 1):
            self.production_power.setItemText(i, term("production_power", key))
        self.budget_unknown.setAccessibleName(self.tr("{0}: onbekend").format(title["budget"]))
        self.budget.edit.setAccessibleName(self.tr("{0}: bedrag in euro").format(title["budget"]))
        self.months_unknown.setAccessibleName(self.tr("{0}: onbekend").format(title["duration"]))
        self.months.setAccessibleName(self.tr("{0}: tijdshorizon in maanden").format(title["duration"]))
        self._months_suffix(self.months.value())
        for criterion, row in self.weights.items():
            row.retranslate(title[criterion])

    def retranslate(self) -> None:
        """After the window has put its whole texts in the new language: the composed ones, the hints,
        the budget's message; then the window hears of it as of any change."""
        self._name_controls()
        self.budget.retranslate()
        self._emit()

    def fit_width(self) -> None:
        """Wide enough for the longest label at the current font, so nothing is cut and no sideways scrolling."""
        self.setMinimumWidth(self.widget().minimumSizeHint().width() + self.verticalScrollBar().sizeHint().width()
                             + 2 * self.frameWidth())

    def eventFilter(self, watched, event) -> bool:  # noqa: ANN001, N802 - Qt's name
        # A zoom or another language changes the labels' size hints only once their layout has been redone (a
        # fit straight after the change measured the old ones: at 110 % in English the groups were cut on the
        # right). Qt has redone the panel's layout before a filter sees its LayoutRequest.
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit_width()
        return super().eventFilter(watched, event)

    def _group(self, criterion: str, title: str, content) -> QGroupBox:  # noqa: ANN001
        group = QGroupBox(title)
        self.groups[criterion] = group
        box = QVBoxLayout(group)
        if isinstance(content, QGridLayout):
            box.addLayout(content)
        else:
            box.addWidget(content)
        row = WeightRow(criterion, title)
        row.changed.connect(self._emit)
        self.weights[criterion] = row
        box.addWidget(row)
        return group

    @staticmethod
    def _pair(unknown: QCheckBox, field: QWidget) -> QWidget:
        """The tick before the field, on screen and in tab order: the field works only once it is unticked."""
        widget = QWidget()
        row = QHBoxLayout(widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(unknown, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(field, 1)
        return widget

    def _months_suffix(self, months: int) -> None:
        self.months.setSuffix(" " + tr("maand(en)", months))

    def _emit(self, *_args) -> None:  # noqa: ANN002
        if not self._quiet:
            context = self.context()
            for row in self.weights.values():
                row.explain(context)
            self.changed.emit(context)

    def context(self) -> Context:
        return Context(
            settings=frozenset(k for k, box in self.settings.items() if box.isChecked()),
            target_groups=self.target_groups.checked(),
            goals=self.goals.checked(),
            production_power=self.production_power.currentData(),
            budget_eur=None if self.budget_unknown.isChecked() else self.budget.value(),
            months=None if self.months_unknown.isChecked() else self.months.value(),
            require_handbook=self.handbook.isChecked(),
            require_research=self.research.isChecked(),
            weights={c: row.slider.value() for c, row in self.weights.items()},
            must=frozenset(c for c, row in self.weights.items() if row.must.isChecked()),
        )

    def state(self, context: Context | None = None) -> dict:
        """The panel as plain data, for QSettings; from *context* when it is the panel's own just made (what
        ``changed`` carries), rather than reading every control again."""
        context = context or self.context()
        return {**context.to_dict(), "weights": {c: context.weights[c] for c in self.weights}}

    def set_state(self, state: dict) -> None:
        """Restore a saved state; unknown or impossible values fall back to defaults, one by one."""
        state = {key: value for key, value in state.items() if isinstance(value, STATE_TYPES.get(key, object))}
        self._quiet = True
        try:
            for key, box in self.settings.items():
                box.setChecked(key in state.get("settings", ()))
            self.target_groups.set_checked(state.get("target_groups", ()))
            self.goals.set_checked(state.get("goals", ()))
            index = self.production_power.findData(state.get("production_power"))
            self.production_power.setCurrentIndex(max(index, 0))
            for value, field, unknown in ((state.get("budget_eur"), self.budget, self.budget_unknown),
                                          (state.get("months"), self.months, self.months_unknown)):
                valid = isinstance(value, int) and not isinstance(value, bool) and \
                    field.minimum() <= value <= field.maximum()
                unknown.setChecked(not valid)
                field.setEnabled(valid)
                if valid:
                    field.setValue(value)
            self._months_suffix(self.months.value())
            self.handbook.setChecked(bool(state.get("require_handbook")))
            self.research.setChecked(bool(state.get("require_research")))
            weights, must = state.get("weights", {}), set(state.get("must", ()))
            for criterion, row in self.weights.items():
                weight = weights.get(criterion, DEFAULT_WEIGHTS[criterion])
                ok = isinstance(weight, int) and MIN_WEIGHT <= weight <= MAX_WEIGHT
                row.set_weight(weight if ok else DEFAULT_WEIGHTS[criterion])
                row.must.setChecked(criterion in must)
        finally:
            self._quiet = False
        self._emit()

    def reset(self) -> None:
        self.set_state({})
