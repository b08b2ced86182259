"""The band under a weight slider within which the current first place holds.

A professional dragging a weight sees before letting go how far it can move
without changing the top method: a thin bar under the slider, filled in the
palette's highlight colour where the top holds and left in the groove colour
where another method takes over. The same interval is said in words (the
accessible description of both bar and slider, and the tooltip), so it does
not depend on seeing colour. The numbers come from ``advisor.stability``.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPalette
from PySide6.QtWidgets import QLayout, QSizePolicy, QSlider, QVBoxLayout, QWidget

from advisor.context import MAX_WEIGHT, MIN_WEIGHT
from ui.i18n import tr

HEIGHT = 5


class StabilityBand(QWidget):
    """Paints [min, max] of one criterion's stability interval on the scale of its slider."""

    def __init__(self, slider: QSlider, parent: QWidget | None = None):
        super().__init__(parent)
        self.slider = slider
        self.stability = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hide()

    @classmethod
    def under(cls, slider: QSlider, layout: QLayout) -> StabilityBand:
        """A band placed directly under *slider*, which takes the slider's place in *layout*."""
        holder = QWidget(slider.parentWidget())
        layout.replaceWidget(slider, holder)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(slider)
        band = cls(slider, holder)
        column.addWidget(band)
        return band

    def sizeHint(self) -> QSize:
        return QSize(self.slider.sizeHint().width(), HEIGHT)

    def set_stability(self, stability) -> None:  # noqa: ANN001 - advisor.stability.Stability or None
        """Show *stability*, or nothing when the criterion does not count now."""
        if stability == self.stability and self.isHidden() == (stability is None):
            return  # most re-ranks leave most bands as they were: no new words, no repaint
        self.stability = stability
        from advisor.messages import criterion_label, render_stability  # loaded with the first advice

        words = render_stability(stability, tr) if stability is not None else ""
        self.setAccessibleName(tr("Bereik van {0} waarin de eerste plaats blijft").format(
            tr(criterion_label(stability.criterion))) if stability is not None else "")
        self.setAccessibleDescription(words)
        self.setToolTip(words)
        self.slider.setAccessibleDescription(words)
        self.setVisible(stability is not None)
        self.update()

    def span(self) -> tuple[int, int]:
        """Pixel x of weight MIN_WEIGHT and MAX_WEIGHT: the centres of the slider handle at its ends."""
        from PySide6.QtWidgets import QStyle, QStyleOptionSlider  # hundreds of enum values: after the first frame

        option = QStyleOptionSlider()
        self.slider.initStyleOption(option)
        handle = self.slider.style().subControlRect(QStyle.ComplexControl.CC_Slider, option,
                                                    QStyle.SubControl.SC_SliderHandle, self.slider)
        half = handle.width() // 2
        return half, max(half, self.slider.width() - half - 1)

    def x_of(self, weight: float, span: tuple[int, int] | None = None) -> int:
        left, right = span or self.span()
        return round(left + (right - left) * (weight - MIN_WEIGHT) / (MAX_WEIGHT - MIN_WEIGHT))

    def paintEvent(self, _event) -> None:  # noqa: ANN001
        if self.stability is None:
            return
        painter = QPainter(self)
        palette = self.palette()
        span = left, right = self.span()  # asked of the style once a paint, not once for each end
        top = (self.height() - HEIGHT) // 2
        painter.fillRect(QRect(left, top, right - left + 1, HEIGHT), palette.color(QPalette.ColorRole.Mid))
        low, high = self.x_of(self.stability.min, span), self.x_of(self.stability.max, span)
        painter.fillRect(QRect(low, top, max(2, high - low + 1), HEIGHT), palette.color(QPalette.ColorRole.Highlight))
        painter.end()


def show_bands(rows, stability) -> None:  # noqa: ANN001 - {criterion: WeightRow}, advisor Stability tuple
    """Give every weight row its band for the new advice; rows whose criterion does not count show none."""
    by_criterion = {s.criterion: s for s in stability}
    for criterion, row in rows.items():
        row.band.set_stability(by_criterion.get(criterion))
