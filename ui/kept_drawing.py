"""Drawings kept and copied instead of painted again, where the copy gives the very same pixels.

Some of what a slider step repaints costs far more to draw than to copy: a
score bar is two antialiased shapes drawn from Python, and Fusion's scroll
bar fills its groove and handle with gradients that Qt hands to a thread
pool (about a millisecond for the method page's bar). Their looks repeat:
the same scores, the same few page heights as the top methods take turns.
A copy equals drawing in place only when it lands on whole device pixels,
unscaled, and when the drawing covers every pixel (nothing beneath shows
through an antialiased edge); these checks say when.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QImage, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QScrollBar, QWidget

from ui.kept import Kept

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStyleOptionSlider

LOOKS_KEPT = 32  # scroll bar looks: a few page heights and places, at one or two sizes
GROOVES_KEPT = 8  # scroll bar grooves: one per size and state, whatever the range and place
# Styles whose scroll bar groove is the same whatever the range and place, and whose other parts drawn over
# a copy of it give the bar drawn whole, pixel for pixel (held so by tests/test_kept_scroll_bar.py).
GROOVE_APART = frozenset({"fusion", "windows"})


def on_device_pixels(painter: QPainter, rect: QRect) -> QRect | None:
    """*rect* in the device's pixels when the painter puts it on whole pixels, unscaled, unrotated and fully
    opaque; else None."""
    ratio = painter.device().devicePixelRatioF()
    device = painter.deviceTransform()  # the widget's place in the window, and the pixel ratio
    if device.isRotating() or device.m11() != ratio or device.m22() != ratio or painter.opacity() != 1.0:
        return None
    x, y, width, height = rect.getRect()
    x, y, width, height = x * ratio + device.dx(), y * ratio + device.dy(), width * ratio, height * ratio
    if x % 1 or y % 1 or width % 1 or height % 1:
        return None
    return QRect(int(x), int(y), int(width), int(height))


def opaque(image: QImage) -> bool:
    """Whether every pixel of *image* is fully opaque."""
    argb = image.convertToFormat(QImage.Format.Format_ARGB32)  # four bytes a pixel, no padding: alpha each fourth
    return min(bytes(argb.constBits())[3::4], default=255) == 255


class KeptScrollBar(QScrollBar):
    """A scroll bar that paints each look (its range, place, size, state and colours) once and copies it after;
    a look that lets anything beneath show through, or a painter off the pixel grid, is painted as usual."""

    def __init__(self, orientation: Qt.Orientation, parent: QWidget | None = None):
        super().__init__(orientation, parent)
        self._kept: Kept[QPixmap | None] = Kept(LOOKS_KEPT)
        # A search gives the list's bar a new range at almost every second letter: a new look, but over the
        # same groove (the groove's gradients are most of a bar's drawing: ~0.7 of ~1 ms at 700 pixels).
        self._grooves: Kept[QPixmap] = Kept(GROOVES_KEPT)
        # Fusion leaves a few pixels of the bar to what lies beneath: filled with its own background (the window's
        # colour, as beneath it), they are known, and a copy holds them too.
        self.setAutoFillBackground(True)

    def paintEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        # Under the mouse or held, the bar shows which of its parts is pointed at or pressed, which Qt keeps to
        # itself: painted as usual then. So is a bar with nothing to scroll (a placeholder's): its looks are not
        # the ones that take turns, and the window's first frame need not wait for QStyle's enums.
        if self.maximum() > self.minimum() and not (self.underMouse() or self.isSliderDown()):
            ratio = self.devicePixelRatioF()
            option = self._option()
            look = self._look(option, ratio)
            pixmap = self._kept.made(look, lambda: self._drawing(option, ratio))
            if pixmap is not None:
                painter = QPainter(self)
                copied = on_device_pixels(painter, self.rect()) is not None \
                    and painter.device().devicePixelRatioF() == ratio
                if copied:
                    painter.drawPixmap(0, 0, pixmap)
                painter.end()
                if copied:
                    return
        super().paintEvent(event)

    def _option(self) -> QStyleOptionSlider:
        """What QScrollBar paints from, nothing pointed at or pressed."""
        from PySide6.QtWidgets import QStyle, QStyleOptionSlider
        option = QStyleOptionSlider()
        self.initStyleOption(option)
        option.subControls = QStyle.SubControl.SC_All
        return option

    def _look(self, option: QStyleOptionSlider, ratio: float) -> tuple:
        return (*self._groove_look(option, ratio), option.minimum, option.maximum, option.sliderPosition,
                option.sliderValue, option.singleStep, option.pageStep)

    def _groove_look(self, option: QStyleOptionSlider, ratio: float) -> tuple:
        """All of the look but the range and the place (the groove's look in GROOVE_APART's styles)."""
        return (ratio, option.rect.width(), option.rect.height(), option.state.value, option.orientation.value,
                option.upsideDown, option.direction.value, option.palette.cacheKey(),
                option.palette.currentColorGroup().value, self.font().key(), id(self.style()))

    def _drawing(self, option: QStyleOptionSlider, ratio: float) -> QPixmap | None:
        """The bar as QScrollBar paints it, when that covers every pixel; else None. Where the style draws the
        groove apart from the rest (GROOVE_APART), the rest is drawn over a kept copy of the groove."""
        from PySide6.QtWidgets import QStyle

        background = self.palette().brush(self.backgroundRole())
        if not self.autoFillBackground() or background.style() != Qt.BrushStyle.SolidPattern:
            return None
        if self.style().name() not in GROOVE_APART:
            pixmap = self._blank(ratio)
            self._draw(pixmap, option, QStyle.SubControl.SC_All)
        else:
            groove = self._grooves.made(self._groove_look(option, ratio),
                                        lambda: self._draw(self._blank(ratio), option,
                                                           QStyle.SubControl.SC_ScrollBarGroove))
            pixmap = groove.copy()  # drawn on below: the kept groove stays as it is
            self._draw(pixmap, option, QStyle.SubControl.SC_All & ~QStyle.SubControl.SC_ScrollBarGroove)
        return pixmap if opaque(pixmap.toImage()) else None

    def _blank(self, ratio: float) -> QPixmap:
        pixmap = QPixmap(round(self.width() * ratio), round(self.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(self.palette().brush(self.backgroundRole()).color())  # what Qt fills the bar with first
        return pixmap

    def _draw(self, pixmap: QPixmap, option: QStyleOptionSlider, parts) -> QPixmap:  # noqa: ANN001 - SubControl
        from PySide6.QtWidgets import QStyle

        palette, option.subControls = self.palette(), parts
        painter = QPainter(pixmap)
        # A painter on a widget starts with its colours and font.
        painter.setPen(QPen(palette.brush(self.foregroundRole()), 1))
        painter.setBackground(palette.brush(self.backgroundRole()))
        painter.setFont(self.font())
        self.style().drawComplexControl(QStyle.ComplexControl.CC_ScrollBar, option, painter, self)
        painter.end()
        return pixmap
