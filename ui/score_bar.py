"""The score column of the advice list: the score as a bar, with its number beside it.

Every slider step moves every score, so the column is repainted on each one;
drawn in Python, its two antialiased bars and a number per cell were most of
the list's repaint. Each look is drawn once and copied after, where a copy
gives the very same pixels (``ui.kept_drawing``).
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QEvent, QObject, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.advice_model import SCORE_ROLE
from ui.kept import Kept

# Qt's enum members, read once: reading one through its class runs Python's enum machinery, per cell painted.
PANEL = QStyle.PrimitiveElement.PE_PanelItemViewItem
SELECTED, ANTIALIASING = QStyle.StateFlag.State_Selected, QPainter.RenderHint.Antialiasing
TEXT, HIGHLIGHTED_TEXT = QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText
HIGHLIGHT, BASE, MID = QPalette.ColorRole.Highlight, QPalette.ColorRole.Base, QPalette.ColorRole.Mid
ALTERNATE_BASE, ALTERNATE = QPalette.ColorRole.AlternateBase, QStyleOptionViewItem.ViewItemFeature.Alternate
SHOW_SELECTED = QStyle.StyleHint.SH_ItemView_ShowDecorationSelected
NORMAL, INACTIVE, DISABLED = QPalette.ColorGroup.Normal, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled
SOLID, NO_BRUSH = Qt.BrushStyle.SolidPattern, Qt.BrushStyle.NoBrush
SELECTED_BIT, ACTIVE_BIT, ALTERNATE_BIT = SELECTED.value, QStyle.StateFlag.State_Active.value, ALTERNATE.value
PLAIN_PANELS = frozenset({"fusion", "windows"})  # styles whose item-view panels are QCommonStyle's plain fills
DRAWN_KEPT = 256  # score cells kept drawn: every score of a few catalogues' lists, selected or not
PAINT_EVENT = QEvent.Type.Paint
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class ScoreBarDelegate(QStyledItemDelegate):
    """The score as a bar with its number beside it.

    Drawn in Python, two antialiased rounded bars and a number per cell were most of the list's repaint on
    a slider step (every score moves). A cell's pixels follow from its score, size, colours and state only,
    so each look is drawn once into a pixmap, over the plain colour the view fills the cell with first, and
    copied on later paints (``_drawn``); anything the copy could not give exactly (a patterned brush, a
    scaled or rotated painter, a position between device pixels) is drawn the plain way (``paint_plain``).
    """

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._drawn: Kept[QPixmap] = Kept(DRAWN_KEPT)
        self._beneaths: dict[tuple, int | None] = {}  # the colour under a cell, by palette, style and state
        self._font: tuple[QFont | None, str] = (None, "")  # the painter's font and its key, made once
        self._passes = PaintPasses()
        self._scene: tuple | None = None  # (pass, what the pass's painter gives every cell) or None

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # noqa: ANN001
        score = index.data(SCORE_ROLE)
        if score is None:
            super().paint(painter, option, index)
            return
        key = self._look(painter, option, score)
        if key is None:
            self.paint_plain(painter, option, score)
            return
        pixmap = self._drawn.made(key, lambda: self._drawing(painter, option, score, key[-1]))
        painter.drawPixmap(option.rect.topLeft(), pixmap)

    def paint_plain(self, painter: QPainter, option: QStyleOptionViewItem, score: float) -> None:
        # The cell's background and selection only: the view's option has them; reading the cell's text,
        # font and colours (initStyleOption) would ask the model seven more questions per row.
        style = option.widget.style() if option.widget else None
        if style:
            style.drawPrimitive(PANEL, option, painter, option.widget)
        colours = bar_colours(option.palette, score, bool(option.state & SELECTED))
        rect = QRectF(option.rect.adjusted(4, 5, -34, -5))
        painter.save()
        painter.setRenderHint(ANTIALIASING)
        painter.setPen(QPen(colours.track_edge, 1))
        painter.setBrush(colours.track)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(QPen(colours.fill_edge, 1))
        painter.setBrush(colours.fill)
        painter.drawRoundedRect(QRectF(rect.x(), rect.y(), rect.width() * max(0.0, min(score, 100.0)) / 100.0,
                                       rect.height()), 3, 3)
        painter.setPen(colours.number)
        painter.drawText(option.rect.adjusted(0, 0, -4, 0), RIGHT, f"{score:.0f}")
        painter.restore()

    def _look(self, painter: QPainter, option: QStyleOptionViewItem, score: float) -> tuple | None:
        """All the cell's pixels depend on, ending with the plain colour beneath it; None when a copy could
        differ from drawing in place. (Asked per cell painted: what the painter and the view give every cell of
        one paint of the list is read at its first cell, ``_scene``.)"""
        view = option.widget
        scene = self._scene_of(painter, option, view) if view is not None else None
        if scene is None or option.backgroundBrush.style() != NO_BRUSH:
            return None
        ratio, dx, dy, clip, common, beneaths = scene
        x, y, width, height = option.rect.getRect()
        left, top, right, bottom = x * ratio + dx, y * ratio + dy, (x + width) * ratio + dx, (y + height) * ratio + dy
        if left % 1 or top % 1 or width * ratio % 1 or height * ratio % 1 \
                or not _inside(left, top, right, bottom, clip):
            return None
        state, features = option.state.value, option.features.value
        under = (state & (SELECTED_BIT | ACTIVE_BIT), features & ALTERNATE_BIT)
        beneath = beneaths.get(under, False)
        if beneath is False:
            beneath = beneaths[under] = self._beneath(view, option.palette, state, features)
        if beneath is None:
            return None
        return (score, width, height, ratio, state, features, *common, beneath)

    def _scene_of(self, painter: QPainter, option: QStyleOptionViewItem, view) -> tuple | None:  # noqa: ANN001
        """What every cell of this paint of *view* shares: the painter's place on the device's pixels (None when
        off the pixel grid, scaled, rotated, translucent or clipped), the paint's clip in device pixels, the
        palette, font and hints, and the colours beneath cells by state. Read at the first cell of each paint
        of the view's viewport and kept for its other cells; painted anywhere else (a drag's picture, say),
        read for the one cell."""
        viewport = view.viewport()
        here = self._passes.current(viewport) if painter.device() is viewport else None
        if here is not None and self._scene is not None and self._scene[0] == here:
            return self._scene[1]
        ratio = painter.device().devicePixelRatioF()
        device = painter.deviceTransform()
        scene = None
        if not (device.isRotating() or device.m11() != ratio or device.m22() != ratio or painter.opacity() != 1.0
                or painter.hasClipping()):
            clip = [(r.x(), r.y(), r.x() + r.width(), r.y() + r.height()) for r in painter.paintEngine().systemClip()]
            palette, font = option.palette, painter.font()
            if font != self._font[0]:
                self._font = (font, font.key())
            common = (palette.cacheKey(), palette.currentColorGroup().value, self._font[1], painter.renderHints().value)
            scene = (ratio, device.dx(), device.dy(), clip, common, {})
        self._scene = (here, scene) if here is not None else None
        return scene

    def _beneath(self, view, palette: QPalette, state: int, features: int) -> int | None:  # noqa: ANN001
        """The plain colour (rgba) the view and the viewport put under a cell: QCommonStyle's item-view row
        panel (the highlight or the alternate colour, in its colour group) or the viewport's own fill."""
        style, viewport = view.style(), view.viewport()
        key = (palette.cacheKey(), viewport.palette().cacheKey(), id(style), view.isEnabled(),
               state & (SELECTED_BIT | ACTIVE_BIT), features & ALTERNATE_BIT)
        if key in self._beneaths:
            return self._beneaths[key]
        group = NORMAL if view.isEnabled() else DISABLED
        if group == NORMAL and not state & ACTIVE_BIT:
            group = INACTIVE
        at_selection = QStyleOptionViewItem()
        at_selection.state = QStyle.StateFlag(state)
        if state & SELECTED_BIT and style.styleHint(SHOW_SELECTED, at_selection, view):
            brush = palette.brush(group, HIGHLIGHT)
        elif features & ALTERNATE_BIT:
            brush = palette.brush(group, ALTERNATE_BASE)
        else:
            brush = viewport.palette().brush(viewport.backgroundRole())
        plain = style.name().lower() in PLAIN_PANELS and brush.style() == SOLID
        beneath = self._beneaths[key] = brush.color().rgba() if plain else None
        return beneath

    def _drawing(self, painter: QPainter, option: QStyleOptionViewItem, score: float, beneath: int) -> QPixmap:
        """The cell drawn at (0, 0) over its plain colour, as ``paint_plain`` draws it in place."""
        ratio = painter.device().devicePixelRatioF()
        pixmap = QPixmap(round(option.rect.width() * ratio), round(option.rect.height() * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(QColor.fromRgba(beneath))
        at_origin = QStyleOptionViewItem(option)
        at_origin.rect = QRect(0, 0, option.rect.width(), option.rect.height())
        drawing = QPainter(pixmap)
        drawing.setFont(painter.font())
        drawing.setRenderHints(painter.renderHints())
        self.paint_plain(drawing, at_origin, score)
        drawing.end()
        return pixmap

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: ANN001
        return QSize(130, super().sizeHint(option, index).height())


def _inside(left: float, top: float, right: float, bottom: float, clip: list) -> bool:
    """Whether the cell lies whole within one rectangle of the paint's *clip* (in the device's pixels; a shape
    the clip cuts is antialiased a shade otherwise along the cut than the same shape copied). The rectangle
    found is put first: the cells of a column follow each other, mostly in one rectangle."""
    for i, (a, b, c, d) in enumerate(clip):
        if a <= left and b <= top and right <= c and bottom <= d:
            if i:
                clip.insert(0, clip.pop(i))
            return True
    return False


class PaintPasses(QObject):
    """A number per widget that changes with each of its paint events: what was read from one paint's painter
    holds for that paint only."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._counts: dict[QWidget, int] = {}

    def current(self, widget: QWidget) -> int:
        """The number of *widget*'s paint now under way (watched from the first time it is asked)."""
        count = self._counts.get(widget)
        if count is None:
            widget.installEventFilter(self)
            count = self._counts[widget] = 0
        return count

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if event.type() == PAINT_EVENT:
            self._counts[watched] = self._counts.get(watched, 0) + 1
        return False


class BarColours(NamedTuple):
    track: QColor
    track_edge: QColor
    fill: QColor
    fill_edge: QColor
    number: QColor


def bar_colours(palette: QPalette, score: float, selected: bool) -> BarColours:
    """The colours of one score bar, all from the palette so any theme stays legible.

    A weaker fit is filled with a lighter shade of the highlight colour, edged in the highlight itself so
    even the lightest fill stands out from its track. On a selected row the background *is* the highlight,
    so the bar takes the highlighted-text colour (made for contrast with it) as an edged track with a solid
    fill; the number beside it still tells the strength.
    """
    if selected:
        on_highlight = palette.color(HIGHLIGHTED_TEXT)
        return BarColours(QColor(Qt.GlobalColor.transparent), on_highlight, on_highlight, on_highlight, on_highlight)
    highlight = palette.color(HIGHLIGHT)
    strength = 100 if score >= 60 else 130 if score >= 40 else 160
    return BarColours(palette.color(BASE), palette.color(MID), highlight.lighter(strength), highlight,
                      palette.color(TEXT))
