"""The left-hand panel where a professional describes their situation.

One group per matcher criterion: what the user says about it, how much it
weighs (0-5) and whether it is a must. Every change emits ``changed`` at once,
so the ranking follows the user's hand.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from advisor import vocabulary as voc
from advisor.context import DEFAULT_WEIGHTS, MAX_WEIGHT, MIN_WEIGHT, WEIGHT_REASONS, Context
from ui.i18n import term
from ui.stability_band import StabilityBand

DUTCH = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands)


# What each entry of a saved state must be; one of another type is dropped (its default is used).
STATE_TYPES = {"settings": list, "target_groups": list, "goals": list, "must": list, "weights": dict}


class WeightRow(QWidget):
    """Weight slider with its value, and the must toggle, for one criterion."""

    changed = Signal()

    def __init__(self, criterion: str, title: str, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.criterion = criterion
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(MIN_WEIGHT, MAX_WEIGHT)
        self.slider.setPageStep(1)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.slider.setAccessibleName(self.tr("Gewicht van {0}").format(title))
        self.slider.setToolTip(WEIGHT_REASONS[criterion])
        self.value = QLabel()
        self.value.setMinimumWidth(12)
        self.must = QCheckBox(self.tr("moet"))
        self.must.setToolTip(self.tr("Methoden die hier niet aan voldoen, worden uitgesloten"))
        self.must.setAccessibleName(self.tr("{0} is een harde eis").format(title))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(self.tr("Gewicht")))
        layout.addWidget(self.slider, 1)
        layout.addWidget(self.value)
        layout.addWidget(self.must)
        self.band = StabilityBand.under(self.slider, layout)
        self.slider.valueChanged.connect(self._on_value)
        self.must.toggled.connect(self.changed)
        self.set_weight(DEFAULT_WEIGHTS[criterion])

    def _on_value(self, value: int) -> None:
        self.value.setText(str(value))
        self.changed.emit()

    def set_weight(self, weight: int) -> None:
        self.slider.setValue(int(weight))
        self.value.setText(str(int(weight)))


class ContextPanel(QScrollArea):
    changed = Signal(object)

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.setWidgetResizable(True)
        self._quiet = False
        body = QWidget()
        layout = QVBoxLayout(body)
        self.weights: dict[str, WeightRow] = {}

        self.settings = {key: QCheckBox(term("settings", key)) for key in voc.SETTINGS}
        grid = QGridLayout()
        for i, box in enumerate(self.settings.values()):
            grid.addWidget(box, i // 3, i % 3)
        layout.addWidget(self._group("setting", self.tr("Plaats"), grid))

        self.target_groups = self._checklist("target_groups")
        layout.addWidget(self._group("target_group", self.tr("Doelgroep"), self.target_groups))
        self.goals = self._checklist("goals")
        layout.addWidget(self._group("goal", self.tr("Doelen"), self.goals))

        self.production_power = QComboBox()
        self.production_power.addItem(self.tr("geen voorkeur"), None)
        for key in voc.PRODUCTION_POWER:
            self.production_power.addItem(term("production_power", key), key)
        self.production_power.setAccessibleName(self.tr("Productiekracht"))
        layout.addWidget(self._group("production_power", self.tr("Productiekracht"), self.production_power))

        self.budget_unknown = QCheckBox(self.tr("onbekend"))
        self.budget = QSpinBox()
        self.budget.setRange(0, 100_000_000)
        self.budget.setSingleStep(500)
        self.budget.setGroupSeparatorShown(True)
        self.budget.setPrefix("€ ")
        self.budget.setLocale(DUTCH)
        self.budget.setAccessibleName(self.tr("Budget in euro"))
        layout.addWidget(self._group("budget", self.tr("Budget"), self._pair(self.budget, self.budget_unknown)))

        self.months_unknown = QCheckBox(self.tr("onbekend"))
        self.months = QSpinBox()
        self.months.setRange(1, 600)
        self.months.setSuffix(self.tr(" maanden"))
        self.months.setAccessibleName(self.tr("Tijdshorizon in maanden"))
        layout.addWidget(self._group("duration", self.tr("Tijd"), self._pair(self.months, self.months_unknown)))

        self.handbook = QCheckBox(self.tr("Er moet een handboek zijn"))
        layout.addWidget(self._group("handbook", self.tr("Handboek"), self.handbook))
        self.research = QCheckBox(self.tr("Onderzoek naar de methode telt mee"))
        layout.addWidget(self._group("research", self.tr("Onderzoek"), self.research))

        self.reset_button = QPushButton(self.tr("Standaardwaarden"))
        self.reset_button.setToolTip(self.tr("Alles leegmaken en de gewichten terugzetten"))
        layout.addWidget(self.reset_button)
        layout.addStretch(1)
        self.setWidget(body)

        for box in self.settings.values():
            box.toggled.connect(self._emit)
        for widget in (self.target_groups, self.goals):
            widget.itemChanged.connect(self._emit)
        self.production_power.currentIndexChanged.connect(self._emit)
        for box, spin in ((self.budget_unknown, self.budget), (self.months_unknown, self.months)):
            box.toggled.connect(spin.setDisabled)
            box.toggled.connect(self._emit)
            spin.valueChanged.connect(self._emit)
        self.handbook.toggled.connect(self._emit)
        self.research.toggled.connect(self._emit)
        self.reset()

    def _group(self, criterion: str, title: str, content) -> QGroupBox:  # noqa: ANN001
        group = QGroupBox(title)
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

    def _checklist(self, vocabulary: str) -> QListWidget:
        widget = QListWidget()
        for key in voc.VOCABULARIES[vocabulary]:
            item = QListWidgetItem(term(vocabulary, key))
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            widget.addItem(item)
        widget.setMinimumHeight(widget.sizeHintForRow(0) * 5 + 6)
        widget.setMaximumHeight(widget.sizeHintForRow(0) * 6 + 6)
        return widget

    @staticmethod
    def _pair(spin: QSpinBox, unknown: QCheckBox) -> QWidget:
        widget = QWidget()
        row = QHBoxLayout(widget)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(spin, 1)
        row.addWidget(unknown)
        return widget

    @staticmethod
    def _checked(widget: QListWidget) -> frozenset[str]:
        return frozenset(widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())
                         if widget.item(i).checkState() == Qt.CheckState.Checked)

    def _emit(self, *_args) -> None:  # noqa: ANN002
        if not self._quiet:
            self.changed.emit(self.context())

    def context(self) -> Context:
        return Context(
            settings=frozenset(k for k, box in self.settings.items() if box.isChecked()),
            target_groups=self._checked(self.target_groups),
            goals=self._checked(self.goals),
            production_power=self.production_power.currentData(),
            budget_eur=None if self.budget_unknown.isChecked() else self.budget.value(),
            months=None if self.months_unknown.isChecked() else self.months.value(),
            require_handbook=self.handbook.isChecked(),
            require_research=self.research.isChecked(),
            weights={c: row.slider.value() for c, row in self.weights.items()},
            must=frozenset(c for c, row in self.weights.items() if row.must.isChecked()),
        )

    def state(self) -> dict:
        """The panel as plain data, for QSettings."""
        return {**self.context().to_dict(), "weights": {c: r.slider.value() for c, r in self.weights.items()}}

    def set_state(self, state: dict) -> None:
        """Restore a saved state; unknown or impossible values fall back to defaults, one by one."""
        state = {key: value for key, value in state.items() if isinstance(value, STATE_TYPES.get(key, object))}
        self._quiet = True
        try:
            for key, box in self.settings.items():
                box.setChecked(key in state.get("settings", ()))
            for widget, key in ((self.target_groups, "target_groups"), (self.goals, "goals")):
                chosen = set(state.get(key, ()))
                for i in range(widget.count()):
                    item = widget.item(i)
                    item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in chosen
                                       else Qt.CheckState.Unchecked)
            index = self.production_power.findData(state.get("production_power"))
            self.production_power.setCurrentIndex(max(index, 0))
            for value, spin, unknown in ((state.get("budget_eur"), self.budget, self.budget_unknown),
                                         (state.get("months"), self.months, self.months_unknown)):
                valid = isinstance(value, int) and not isinstance(value, bool) and \
                    spin.minimum() <= value <= spin.maximum()
                unknown.setChecked(not valid)
                spin.setEnabled(valid)
                if valid:
                    spin.setValue(value)
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


