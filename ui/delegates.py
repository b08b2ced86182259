"""Painting for the advice list: the score as a bar, the search snippet with its marks.

The snippet arrives as plain text plus marked ranges and is drawn as exactly
that (QTextLayout with bold ranges), so catalogue text never becomes markup.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import NamedTuple

from PySide6.QtCore import QEvent, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QRegion,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from ui.advice_model import SCORE_ROLE, SNIPPET_ROLE
from ui.kept_drawing import on_device_pixels

# Qt's enum members, read once: reading one through its class runs Python's enum machinery, per cell painted.
PANEL, ITEM = QStyle.PrimitiveElement.PE_PanelItemViewItem, QStyle.ControlElement.CE_ItemViewItem
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
        self._drawn: dict[tuple, QPixmap] = {}
        self._beneaths: dict[tuple, int | None] = {}  # the colour under a cell, by palette, style and state
        self._font: tuple[QFont | None, str] = (None, "")  # the painter's font and its key, made once

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # noqa: ANN001
        score = index.data(SCORE_ROLE)
        if score is None:
            super().paint(painter, option, index)
            return
        key = self._look(painter, option, score)
        if key is None:
            self.paint_plain(painter, option, score)
            return
        pixmap = self._drawn.get(key)
        if pixmap is None:
            if len(self._drawn) >= DRAWN_KEPT:
                del self._drawn[next(iter(self._drawn))]
            pixmap = self._drawn[key] = self._drawing(painter, option, score, key[-1])
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
        differ from drawing in place. (Asked per cell painted: flags are compared as numbers, what follows
        from the palette and the style is kept.)"""
        view = option.widget
        placed = on_device_pixels(painter, option.rect)
        if view is None or placed is None or option.backgroundBrush.style() != NO_BRUSH or painter.hasClipping() \
                or not _inside(placed, painter.paintEngine().systemClip()):
            return None
        ratio, width, height = painter.device().devicePixelRatioF(), option.rect.width(), option.rect.height()
        state, features, palette = option.state.value, option.features.value, option.palette
        beneath = self._beneath(view, palette, state, features)
        if beneath is None:
            return None
        font = painter.font()
        if font != self._font[0]:
            self._font = (font, font.key())
        return (score, width, height, ratio, state, features, palette.cacheKey(), palette.currentColorGroup().value,
                self._font[1], painter.renderHints().value, beneath)

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


def _inside(cell: QRect, clip: QRegion) -> bool:
    """Whether the *cell* lies whole within one rectangle of the painter's *clip* (in the device's pixels): a
    shape the clip cuts is antialiased a shade otherwise along the cut than the same shape copied."""
    return any(part.contains(cell) for part in clip)


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


MARGIN = 4
ELLIPSIS = "…"
FITTED_KEPT = 512  # laid-out snippets kept: a few screens of cells


class SnippetDelegate(QStyledItemDelegate):
    """Lays the snippet out as plain text with bold ranges (QTextLayout): no HTML is parsed per paint,
    which is most of what a list of search hits costs to draw.

    Rows keep a fixed height (a search may show thousands), so a snippet longer than the cell ends in a
    visible "…", starts with one when the found word lies further on, and is shown whole in the tooltip;
    the cell's text for a screen reader is the whole snippet (the model's display text).
    """

    def __init__(self, parent=None):  # noqa: ANN001
        super().__init__(parent)
        self._fitted: dict[tuple, QTextLayout] = {}  # by text, marks, font and room: the same cell again

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # noqa: ANN001
        snippet = index.data(SNIPPET_ROLE)
        if not snippet:
            super().paint(painter, option, index)
            return
        # The cell's background, selection and focus only: its text is drawn below, and the model gives this
        # column no font, colour or alignment, so reading the cell's seven roles (initStyleOption) is not needed.
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(ITEM, option, painter, option.widget)
        layout = self._layout(snippet, option.font, option.rect.width() - 2 * MARGIN, option.rect.height() - 2)
        painter.save()
        painter.setClipRect(option.rect)
        painter.setPen(option.palette.color(HIGHLIGHTED_TEXT if option.state & SELECTED else TEXT))
        layout.draw(painter, QPointF(option.rect.topLeft()) + QPointF(MARGIN, 2))
        painter.restore()

    def _layout(self, snippet: tuple[str, tuple], font: QFont, width: float, height: float) -> QTextLayout:
        """``fitted_layout`` of *snippet*, kept for the next paint of the same cell (a hover, a scroll, a
        re-rank while searching); the oldest go first once FITTED_KEPT are kept."""
        key = (snippet[0], tuple(map(tuple, snippet[1])), font.key(), width, height)
        layout = self._fitted.get(key)
        if layout is None:
            if len(self._fitted) >= FITTED_KEPT:
                del self._fitted[next(iter(self._fitted))]
            layout = self._fitted[key] = fitted_layout(snippet[0], snippet[1], font, width, height)
        return layout

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: ANN001
        if event.type() == QEvent.Type.ToolTip and index.data(SNIPPET_ROLE):
            QToolTip.showText(event.globalPos(), index.data(SNIPPET_ROLE)[0], view)
            return True
        return super().helpEvent(event, view, option, index)


def fitted_layout(text: str, marks, font: QFont, width: float, height: float,  # noqa: ANN001
                  skip_hopeless: bool = True) -> QTextLayout:
    """The snippet laid out in *width*, cut with "…" to the lines that fit in *height*, the first hit in view.

    Words are dropped from the end one cut at a time until the text fits. Laying out every cut was most of
    a search's paint (fourteen layouts per cell); with *skip_hopeless* the cuts whose whole lines alone are
    wider than the cell's lines can hold are passed over unlaid (``_hopeless``), so the same cut is found.
    """
    width = max(width, 50)
    layout = _laid_out(text, marks, font, width, height if skip_hopeless else None)
    lines = [layout.lineAt(i) for i in range(layout.lineCount())]
    fit = 0
    while fit < len(lines) and lines[fit].y() + lines[fit].height() <= height:
        fit += 1
    if fit >= len(lines):
        return layout
    if fit == 0:  # not even a line fits: the text as it is, every line (laid out whole)
        return layout if not skip_hopeless else _laid_out(text, marks, font, width)
    first_hit = min((start for start, end in marks if 0 <= start < end <= len(text)), default=0)
    end = lines[fit - 1].textStart() + lines[fit - 1].textLength()
    laid_out = skip_hopeless  # the text as it is was laid out just now
    if first_hit >= end - 1:  # the found word would be cut off: start the text shortly before it
        start = text.rfind(" ", 0, max(first_hit - 30, 0)) + 1
        text, marks = ELLIPSIS + text[start:], [(a - start + 1, b - start + 1) for a, b in marks if a >= start]
        laid_out = False
    hopeless = None
    while True:  # drop words from the end until the text and its "…" fit
        if not laid_out:  # a cut is laid out only until a line falls below the cell: then it does not fit
            below = height if skip_hopeless and len(text) >= 2 else None
            layout = _laid_out(text, marks, font, width, below)
        laid_out = False
        bottom = layout.lineAt(layout.lineCount() - 1)
        if bottom.y() + bottom.height() <= height or len(text) < 2:
            return layout
        if skip_hopeless and hopeless is None:
            hopeless = _hopeless(layout, font, width, height)
        text = _cut(text)
        while hopeless is not None and len(text) >= 2 and hopeless(len(text) - len(ELLIPSIS)):
            shorter = _cut(text)
            if shorter == text:
                break
            text = shorter


def _cut(text: str) -> str:
    """*text* without its last word (or its last twelve characters), ending in "…"."""
    cut = text.rstrip(ELLIPSIS).rstrip()
    cut = cut[:max(cut.rfind(" "), len(cut) - 12, 1)]
    return cut.rstrip(" ,.;:") + ELLIPSIS


def _hopeless(layout: QTextLayout, font: QFont, width: float, height: float):  # noqa: ANN202
    """A test on the length of a beginning of *layout*'s text: True when it cannot fit in *height*.

    Sound tests only. By width: a text that fits has at most ``height / lowest line`` lines, each at most
    *width* wide; the first characters are as wide in any layout as in *layout*, less the spaces a line
    break leaves out and a little kerning, which are allowed for per line. By lines (``_below``): a
    beginning that keeps every line above the first line below the cell as in *layout* does not fit.
    """
    lines = [layout.lineAt(i) for i in range(layout.lineCount())]
    lowest = min([line.height() for line in lines] + [_advance(font, bold, None) for bold in (False, True)])
    if lowest <= 0:
        return None
    past, pulled = _below(layout.text(), lines, font, height, lowest)
    spaces = max((len(run) for run in re.findall(r"\s+", layout.text())), default=0)
    slack = max(_advance(font, bold, " " * spaces) for bold in (False, True)) + 2
    room = int(height / lowest) * (width + slack)
    starts, before, total = [], [], 0.0
    for line in lines:
        starts.append(line.textStart())
        before.append(total)
        total += line.naturalTextWidth()
    widths = [line.naturalTextWidth() for line in lines]
    del lines

    def hopeless(length: int) -> bool:
        if length > past or length == pulled:
            return True
        at = bisect_right(starts, length) - 1
        line = layout.lineAt(at)  # (a QTextLine is only valid while its layout lives: keep the layout)
        within = line.cursorToX(length)[0] - line.cursorToX(line.textStart())[0]
        return before[at] + max(0.0, min(within, widths[at])) > room

    return hopeless


# A sure place to break a line: spaces after a letter, digit or closing mark, before a letter or digit.
SURE_BREAK = re.compile(r"(?<=[^\W_]|[,.;:!?]) +(?=[^\W_])")
CUT_OFF = " ,.;:"  # what ``_cut`` takes off the end of a cut before its "…"


def _below(text: str, lines: list, font: QFont, height: float, lowest: float) -> tuple[float, int]:  # noqa: ANN001
    """Lengths of beginnings of *text* that (with "…" after them) cannot fit in *height*: every length past
    the first, and the one length given second (-1 for none).

    Lines are broken greedily: a line's end depends only on the text up to the next place a break may
    come after it. So a beginning that holds the first line below the cell up to past a sure break in it
    has every line above laid out as in *lines*, and at least one line more, which starts below the cell.
    So does the beginning that ends with that line's first word without its closing marks, when "…" is
    wider than those marks: the word did not fit on the line above, and with "…" it is wider still.
    """
    fit = 0
    while fit < len(lines) and lines[fit].y() + lines[fit].height() <= height:
        fit += 1
    if fit == 0 or fit >= len(lines) or lines[fit].y() + lowest <= height:
        return float("inf"), -1
    start = lines[fit].textStart()
    sure = next((m.end() for m in SURE_BREAK.finditer(text, start) if m.start() > start), None)
    end = text.find(" ", start)
    word = text[start:end if end >= 0 else len(text)]
    kept = word.rstrip(CUT_OFF)
    ellipsis = min(_advance(font, bold, ELLIPSIS) for bold in (False, True))
    marks = max(_advance(font, bold, word[len(kept):]) for bold in (False, True))
    wider = kept and ellipsis >= marks + max(2.0, ellipsis / 4)  # room for kerning and a glyph's overhang
    return float("inf") if sure is None else sure, start + len(kept) if wider else -1


ADVANCES: dict[tuple[str, bool, str | None], float] = {}  # by font, bold, text; no font's metrics are kept


def _advance(font: QFont, bold: bool, text: str | None) -> float:
    """How wide *text* is in *font* (bold or not); for None the font's height."""
    key = (font.key(), bold, text)
    found = ADVANCES.get(key)
    if found is None:
        if len(ADVANCES) > 4096:
            ADVANCES.clear()
        used = QFont(font)
        if bold:
            used.setWeight(QFont.Weight.Bold)
        metrics = QFontMetricsF(used)
        found = ADVANCES[key] = metrics.height() if text is None else metrics.horizontalAdvance(text)
    return found


def _laid_out(text: str, marks, font: QFont, width: float, below: float | None = None) -> QTextLayout:  # noqa: ANN001
    """*text* with bold *marks* in lines of *width*; with *below*, no more lines after one that ends below it."""
    layout = QTextLayout(text, font)
    bold = QTextCharFormat()
    bold.setFontWeight(QFont.Weight.Bold)
    ranges = []
    for start, end in sorted(marks):
        end = min(end, len(text))
        if 0 <= start < end:
            marked = QTextLayout.FormatRange()
            marked.start, marked.length, marked.format = start, end - start, bold
            ranges.append(marked)
    layout.setFormats(ranges)
    wrap = QTextOption()
    wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(wrap)
    layout.beginLayout()
    y = 0.0
    while (line := layout.createLine()).isValid():
        line.setLineWidth(width)
        line.setPosition(QPointF(0, y))
        y += line.height()
        if below is not None and y > below:
            break
    layout.endLayout()
    return layout
