"""The found text's layout and the widths the cut tests with (``ui.snippet_fit``): plain text with bold
ranges in a QTextLayout, and widths and heights of pieces of text in the cell's font, kept per font."""

from __future__ import annotations

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QTextCharFormat, QTextLayout, QTextOption

ELLIPSIS = "…"

ADVANCES: dict[tuple[str, bool, str | None], float] = {}  # by font, bold, text
METRICS: dict[tuple[str, bool], QFontMetricsF] = {}  # by font and bold: ~9 us to make, per text measured


def advance(font: QFont, named: str, bold: bool, text: str | None) -> float:
    """How wide *text* is in *font* (bold or not; *named* is its ``key()``); for None the font's height."""
    key = (named, bold, text)
    found = ADVANCES.get(key)
    if found is None:
        if len(ADVANCES) > 4096:
            ADVANCES.clear()
            METRICS.clear()
        metrics = METRICS.get((named, bold))
        if metrics is None:
            used = QFont(font)
            if bold:
                used.setWeight(QFont.Weight.Bold)
            metrics = METRICS[named, bold] = QFontMetricsF(used)
        found = ADVANCES[key] = metrics.height() if text is None else metrics.horizontalAdvance(text)
    return found


LAYOUT_PARTS: dict[str, QTextCharFormat | QTextOption] = {}  # the bold format and the wrapping, made once


def lay_out(text: str, marks, font: QFont, width: float, below: float | None = None) -> QTextLayout:  # noqa: ANN001
    """*text* with bold *marks* in lines of *width*; with *below*, no more lines after one that ends below it."""
    layout = QTextLayout(text, font)
    if marks:
        bold = LAYOUT_PARTS.get("bold")
        if bold is None:
            bold = LAYOUT_PARTS["bold"] = QTextCharFormat()
            bold.setFontWeight(QFont.Weight.Bold)
        ranges = []
        for start, end in sorted(marks):
            end = min(end, len(text))
            if 0 <= start < end:
                marked = QTextLayout.FormatRange()
                marked.start, marked.length, marked.format = start, end - start, bold
                ranges.append(marked)
        layout.setFormats(ranges)
    wrap = LAYOUT_PARTS.get("wrap")
    if wrap is None:
        wrap = LAYOUT_PARTS["wrap"] = QTextOption()
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
