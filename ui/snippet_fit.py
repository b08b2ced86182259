"""A found text cut to the lines of its list cell: plain text with bold ranges, laid out by Qt (QTextLayout).

The cut is the plain one (words dropped from the end until the text and its "…" fit); what makes it quick is
passing over cuts that surely cannot fit without laying them out (``_hopeless``), tested against the plain
word-by-word search in ``tests/test_snippet_fit_fast.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from PySide6.QtCore import QPointF
from PySide6.QtGui import QFont, QFontMetricsF, QTextCharFormat, QTextLayout, QTextOption

ELLIPSIS = "…"


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
    named = font.key()  # once: asked of Qt for every width below, it cost as much as the widths
    lowest = min([line.height() for line in lines] + [_advance(font, named, bold, None) for bold in (False, True)])
    if lowest <= 0:
        return None
    past, pulled = _below(layout.text(), lines, font, named, height, lowest)
    spaces = max((len(run) for run in re.findall(r"\s+", layout.text())), default=0)
    slack = max(_advance(font, named, bold, " " * spaces) for bold in (False, True)) + 2
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


def _below(text: str, lines: list, font: QFont, named: str, height: float,  # noqa: ANN001
           lowest: float) -> tuple[float, int]:
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
    ellipsis = min(_advance(font, named, bold, ELLIPSIS) for bold in (False, True))
    marks = max(_advance(font, named, bold, word[len(kept):]) for bold in (False, True))
    wider = kept and ellipsis >= marks + max(2.0, ellipsis / 4)  # room for kerning and a glyph's overhang
    return float("inf") if sure is None else sure, start + len(kept) if wider else -1


ADVANCES: dict[tuple[str, bool, str | None], float] = {}  # by font, bold, text; no font's metrics are kept


def _advance(font: QFont, named: str, bold: bool, text: str | None) -> float:
    """How wide *text* is in *font* (bold or not; *named* is its ``key()``); for None the font's height."""
    key = (named, bold, text)
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


LAYOUT_PARTS: dict[str, QTextCharFormat | QTextOption] = {}  # the bold format and the wrapping, made once


def _laid_out(text: str, marks, font: QFont, width: float, below: float | None = None) -> QTextLayout:  # noqa: ANN001
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
