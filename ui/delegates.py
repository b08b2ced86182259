"""Painting for the advice list: the search snippet with its marks (the score bar: ``ui.score_bar``; the
snippet's cut to its cell: ``ui.snippet_fit``).

The snippet arrives as plain text plus marked ranges and is drawn as exactly
that (QTextLayout with bold ranges), so catalogue text never becomes markup.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF
from PySide6.QtGui import QFont, QPainter, QPalette, QTextLayout
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QToolTip

from ui.advice_model import SNIPPET_ROLE
from ui.kept import Kept
from ui.score_bar import ScoreBarDelegate, bar_colours
from ui.snippet_fit import ELLIPSIS, fitted_layout

# The score bar's and the cut's names, for their importers.
__all__ = ["ELLIPSIS", "ScoreBarDelegate", "SnippetDelegate", "bar_colours", "fitted_layout"]

# Qt's enum members, read once: reading one through its class runs Python's enum machinery, per cell painted.
ITEM = QStyle.ControlElement.CE_ItemViewItem
SELECTED = QStyle.StateFlag.State_Selected
TEXT, HIGHLIGHTED_TEXT = QPalette.ColorRole.Text, QPalette.ColorRole.HighlightedText

MARGIN = 4
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
        self._fitted: Kept[QTextLayout] = Kept(FITTED_KEPT)  # by text, marks, font and room: the same cell again

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
        named = font.key()
        key = (snippet[0], tuple(map(tuple, snippet[1])), named, width, height)
        return self._fitted.made(key, lambda: fitted_layout(snippet[0], snippet[1], font, width, height,
                                                            named=named))

    def helpEvent(self, event, view, option, index) -> bool:  # noqa: ANN001
        if event.type() == QEvent.Type.ToolTip and index.data(SNIPPET_ROLE):
            QToolTip.showText(event.globalPos(), index.data(SNIPPET_ROLE)[0], view)
            return True
        return super().helpEvent(event, view, option, index)
