"""Painting for the advice list: the score as a bar, the search snippet with its marks.

The snippet arrives as plain text plus marked ranges and is drawn as exactly
that (QTextLayout with bold ranges), so catalogue text never becomes markup.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QPainter, QPalette, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.advice_model import SCORE_ROLE, SNIPPET_ROLE


class ScoreBarDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # noqa: ANN001
        score = index.data(SCORE_ROLE)
        if score is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        style = option.widget.style() if option.widget else None
        if style:
            style.drawPrimitive(QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget)
        rect = option.rect.adjusted(4, 5, -34, -5)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        palette = option.palette
        painter.setBrush(palette.color(QPalette.ColorRole.Midlight))
        painter.drawRoundedRect(QRectF(rect), 3, 3)
        filled = QRectF(rect.x(), rect.y(), rect.width() * max(0.0, min(score, 100.0)) / 100.0, rect.height())
        # A weaker fit is drawn in a lighter shade of the palette's highlight, so any theme stays legible.
        strength = 100 if score >= 60 else 160 if score >= 40 else 220
        painter.setBrush(palette.color(QPalette.ColorRole.Highlight).lighter(strength))
        painter.drawRoundedRect(filled, 3, 3)
        painter.setPen(option.palette.color(QPalette.ColorRole.Text))
        painter.drawText(option.rect.adjusted(0, 0, -4, 0),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), f"{score:.0f}")
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:  # noqa: ANN001
        return QSize(130, super().sizeHint(option, index).height())


class SnippetDelegate(QStyledItemDelegate):
    """Lays the snippet out as plain text with bold ranges (QTextLayout): no HTML is parsed per paint,
    which is most of what a list of search hits costs to draw."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # noqa: ANN001
        snippet = index.data(SNIPPET_ROLE)
        if not snippet:
            super().paint(painter, option, index)
            return
        text, marks = snippet
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        layout = QTextLayout(text, option.font)
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        ranges = []
        for start, end in sorted(marks):
            if 0 <= start < end <= len(text):
                marked = QTextLayout.FormatRange()
                marked.start, marked.length, marked.format = start, end - start, bold
                ranges.append(marked)
        layout.setFormats(ranges)
        wrap = QTextOption()
        wrap.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layout.setTextOption(wrap)
        width, height, y = max(option.rect.width() - 8, 50), option.rect.height(), 0.0
        layout.beginLayout()
        while y < height:  # lines below the cell are never made: an unplaced line would draw at the top
            line = layout.createLine()
            if not line.isValid():
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(4, y))
            y += line.height()
        layout.endLayout()
        selected = option.state & QStyle.StateFlag.State_Selected
        painter.save()
        painter.setClipRect(option.rect)
        painter.setPen(option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        layout.draw(painter, QPointF(option.rect.topLeft()) + QPointF(0, 2))
        painter.restore()
