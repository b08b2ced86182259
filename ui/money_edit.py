"""The budget field: reads an amount as the user types it, and says at once what it understood.

A spin box read "5000,50" as 500050 and "5k" as 5. Here "5000", "5.000",
"€ 5.000,50" and "5000,50" are read as the amounts they are (cents rounded to
whole euros, which is all the advice uses); anything else is refused with a
message next to the field and the last good amount stays in force. In English
the separators swap ("5,000.50"), as the field itself writes amounts then.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.i18n import number, tr

MAXIMUM = 100_000_000


def _amount_pattern(group: str, decimal: str) -> re.Pattern[str]:
    g, d = re.escape(group), re.escape(decimal)
    return re.compile(rf"^(\d{{1,3}}(?:{g}\d{{3}})+|\d+)(?:{d}(\d{{1,2}}))?$")


_PATTERNS = {".": _amount_pattern(".", ","), ",": _amount_pattern(",", ".")}


def parse_euros(text: str, group: str | None = None) -> int | None:
    """Whole euros for an amount ("5.000", "5000,50", "€ 750"; "5,000.50" in English), or None when it is not one.

    ``group`` is the thousands separator; by default the one of the language the window speaks.
    """
    group = group or ("," if QLocale().groupSeparator() == "," else ".")
    decimal = "." if group == "," else ","
    cleaned = text.replace("€", "").replace("\u00a0", "").replace(" ", "").strip()
    if cleaned.endswith(decimal + "-"):
        cleaned = cleaned[:-2]
    match = _PATTERNS[group].match(cleaned)
    if not match:
        return None
    euros = int(match.group(1).replace(group, ""))
    cents = int((match.group(2) or "0").ljust(2, "0"))
    amount = euros + (1 if cents >= 50 else 0)
    return amount if amount <= MAXIMUM else None


def euros_text(amount: int) -> str:
    return "€ " + number(amount)


class MoneyEdit(QWidget):
    """A line edit for whole euros with a feedback line under it; ``valueChanged`` on every good amount."""

    valueChanged = Signal(int)

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("bijv. 5.000"))
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setObjectName("moneyFeedback")
        self._value = 0
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("€"))
        row.addWidget(self.edit, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.feedback)
        self.setFocusProxy(self.edit)
        self.edit.textEdited.connect(self._typed)
        self.edit.editingFinished.connect(self._tidy)
        self.setValue(0)

    def value(self) -> int:
        return self._value

    def minimum(self) -> int:
        return 0

    def maximum(self) -> int:
        return MAXIMUM

    def is_valid(self) -> bool:
        return parse_euros(self.edit.text()) is not None

    def setValue(self, amount: int) -> None:  # noqa: N802 - same name as QSpinBox, which this replaces
        self.edit.setText(number(amount))
        self._accept(amount)

    def _accept(self, amount: int) -> None:
        self.feedback.clear()
        self.feedback.hide()
        self.edit.setAccessibleDescription("")
        if amount != self._value:
            self._value = amount
            self.valueChanged.emit(amount)

    def _typed(self, text: str) -> None:
        amount = parse_euros(text)
        if amount is None:
            message = tr("‘{0}’ is geen bedrag; typ bijv. 5000 of 5.000,50. Het advies rekent met {1}.") \
                .format(text, euros_text(self._value))
            self.feedback.setText("⚠ " + message)
            self.feedback.show()
            self.edit.setAccessibleDescription(message)
            return
        self._accept(amount)
        if "," in text:
            self.feedback.setText(tr("Gelezen als {0} (afgerond op hele euro’s)").format(euros_text(amount)))
            self.feedback.show()

    def retranslate(self) -> None:
        """The message under the field, if one is shown, in the language now installed."""
        if self.feedback.isVisibleTo(self):
            self._typed(self.edit.text())

    def _tidy(self) -> None:
        if self.is_valid():
            self.edit.setText(number(self._value))
