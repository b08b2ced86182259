"""Painting for the advice list: the score as a bar, the search snippet with its marks.

The snippet arrives as plain text plus marked ranges; it is escaped here and
only our own <b> tags are added, so catalogue text never becomes markup.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from ui.advice_model import SCORE_ROLE, SNIPPET_ROLE


def marked_html(text: str, marks) -> str:  # noqa: ANN001
    out, last = [], 0
    for start, end in sorted(marks):
        if start < last or end > len(text):
            continue
        out.append(escape(text[last:start]))
        out.append(f"<b>{escape(text[start:end])}</b>")
        last = end
    out.append(escape(text[last:]))
    return "".join(out)


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
    def _document(self, option: QStyleOptionViewItem, index) -> QTextDocument | None:  # noqa: ANN001
        snippet = index.data(SNIPPET_ROLE)
        if not snippet:
            return None
        text, marks = snippet
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setHtml(marked_html(text, marks))
        doc.setTextWidth(max(option.rect.width(), 200))
        return doc

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:  # noqa: ANN001
        doc = self._document(option, index)
        if doc is None:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        painter.translate(option.rect.topLeft())
        painter.setClipRect(option.rect.translated(-option.rect.topLeft()))
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(QPalette.ColorRole.Text,
                                     option.palette.color(QPalette.ColorRole.HighlightedText))
        doc.documentLayout().draw(painter, context)
        painter.restore()
