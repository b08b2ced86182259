"""A found text cut to the lines of its list cell: plain text with bold ranges, laid out by Qt (QTextLayout).

The cut is the plain one (words dropped from the end until the text and its "…" fit); what makes it quick is
passing over cuts that surely cannot fit without laying them out (``_hopeless``): tested to be sound and to
give the plain word-by-word search's cut in ``tests/test_snippet_fit_sound.py`` and ``…_fit_fast.py``.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from PySide6.QtGui import QFont, QTextLayout

from ui.snippet_layout import ELLIPSIS, advance, lay_out

__all__ = ["ELLIPSIS", "fitted_layout"]


def fitted_layout(text: str, marks, font: QFont, width: float, height: float,  # noqa: ANN001
                  skip_hopeless: bool = True, named: str | None = None) -> QTextLayout:
    """The snippet laid out in *width*, cut with "…" to the lines that fit in *height*, the first hit in view.

    Words are dropped from the end one cut at a time until the text fits; with *skip_hopeless* the cuts that
    surely cannot fit are passed over unlaid (``_hopeless``), so the same cut is found in ~2 layouts, not
    ~14. *named* is ``font.key()`` when the caller has it (Qt takes as long to say it as a cut to test).
    """
    width = max(width, 50)
    layout = lay_out(text, marks, font, width, height if skip_hopeless else None)
    lines = [layout.lineAt(i) for i in range(layout.lineCount())]
    fit = 0
    while fit < len(lines) and lines[fit].y() + lines[fit].height() <= height:
        fit += 1
    if fit >= len(lines):
        return layout
    if fit == 0:  # not even a line fits: the text as it is, every line (laid out whole)
        return layout if not skip_hopeless else lay_out(text, marks, font, width)
    first_hit = min((start for start, end in marks if 0 <= start < end <= len(text)), default=0)
    end = lines[fit - 1].textStart() + lines[fit - 1].textLength()
    laid_out = skip_hopeless  # the text as it is was laid out just now
    if first_hit >= end - 1:  # the found word would be cut off: start the text shortly before it
        start = text.rfind(" ", 0, max(first_hit - 30, 0)) + 1
        text, marks = ELLIPSIS + text[start:], [(a - start + 1, b - start + 1) for a, b in marks if a >= start]
        laid_out = False
    if not skip_hopeless:
        return _plain_cut(text, marks, font, width, height, layout, laid_out)
    base, n = text, len(text)  # every cut is a beginning of *base* and "…": base[:n] + "…"
    hopeless = None
    while True:  # drop words from the end until the text and its "…" fit
        if not laid_out:  # a cut is laid out only until a line falls below the cell: then it does not fit
            layout = lay_out(text, marks, font, width, height if len(text) >= 2 else None)
            lines = None
        laid_out = False
        bottom = layout.lineAt(layout.lineCount() - 1)
        if bottom.y() + bottom.height() <= height or len(text) < 2:
            return layout
        if hopeless is None:
            if lines is None:
                lines = [layout.lineAt(i) for i in range(layout.lineCount())]
            hopeless = _hopeless(layout, lines, marks, font, named or font.key(), width, height)
        n = _cut_end(base, n)
        while hopeless is not None and n >= 1 and hopeless(n):
            shorter = _cut_end(base, n)
            if shorter == n:
                break
            n = shorter
        text = base[:n] + ELLIPSIS


def _plain_cut(text: str, marks, font: QFont, width: float, height: float,  # noqa: ANN001
               layout: QTextLayout, laid_out: bool) -> QTextLayout:
    """Every cut laid out in turn, longest first, until one fits: the plain search the quick one must equal."""
    while True:
        if not laid_out:
            layout = lay_out(text, marks, font, width)
        laid_out = False
        bottom = layout.lineAt(layout.lineCount() - 1)
        if bottom.y() + bottom.height() <= height or len(text) < 2:
            return layout
        text = _cut(text)


def _cut_end(base: str, n: int) -> int:
    """How long the beginning of *base* kept by ``_cut(base[:n] + "…")`` is (the cut is it and "…")."""
    kept = len(base[:n].rstrip(ELLIPSIS).rstrip())
    return len(base[:min(max(base.rfind(" ", 0, kept), kept - 12, 1), kept)].rstrip(CUT_OFF))


def _cut(text: str) -> str:
    """*text* without its last word (or its last twelve characters), ending in "…"."""
    cut = text.rstrip(ELLIPSIS).rstrip()
    cut = cut[:max(cut.rfind(" "), len(cut) - 12, 1)]
    return cut.rstrip(" ,.;:") + ELLIPSIS


SPACES = re.compile(r"\s+")


def _hopeless(layout: QTextLayout, lines: list, marks, font: QFont, named: str, width: float,  # noqa: ANN001
              height: float):  # noqa: ANN202
    """A test on the length of a beginning of *layout*'s text (laid out in *lines*, bold where *marks* say,
    *named* the font's ``key()``): True when it cannot fit in *height*.

    Sound tests only. By width: a text that fits has at most ``height / lowest line`` lines, each at most
    *width* wide; the first characters are as wide in any layout as in *layout*, less the spaces a line
    break leaves out and a little kerning, which are allowed for per line. By lines (``_below``): a
    beginning that keeps every line above the first line below the cell as in *layout* does not fit. By
    the last line (``_tail``): nor does one whose part of the cell's last line is too wide with its "…".
    """
    tops = [line.y() for line in lines]
    heights = [line.height() for line in lines]
    lowest = min(min(heights), advance(font, named, False, None), advance(font, named, True, None))
    if lowest <= 0:
        return None
    fit = 0
    while fit < len(lines) and tops[fit] + heights[fit] <= height:
        fit += 1
    text = layout.text()
    if fit == 0 or fit >= len(lines):
        past, pulled, tail = float("inf"), -1, None
    else:
        past, pulled = _below(text, lines[fit], font, named, height, lowest)
        tail = _tail(text, lines[fit - 1], font, named, width, height, lowest)
    bold = _bold_edges(marks, len(text))
    starts, before, total = [], [], 0.0
    for line in lines:  # (a QTextLine is only valid while its layout lives: nothing below keeps one)
        starts.append(line.textStart())
        before.append(total)
        total += line.naturalTextWidth()
    room = -1.0  # the test by width's room, made when first needed: most cells need only the tests above

    def hopeless(length: int) -> bool:
        nonlocal room
        if length > past or length == pulled:
            return True
        if tail is not None and tail[0] < length <= tail[1] and text[length:length + 1] in SPLITS:
            return _with_ellipsis(text, length, tail[1], bold, font, named) > tail[2]
        if room < 0:
            spaces = " " * max(map(len, SPACES.findall(text)), default=0)
            slack = max(advance(font, named, False, spaces), advance(font, named, True, spaces)) + 2
            room = int(height / lowest) * (width + slack)
        # The lines before the one the beginning ends on only: Qt's cursorToX, for the part of that line,
        # costs about a layout on its first call, and this test seldom decides.
        return before[bisect_right(starts, length) - 1] > room

    return hopeless


def _tail(text: str, last, font: QFont, named: str, width: float, height: float,  # noqa: ANN001
          lowest: float) -> tuple[int, int, float] | None:
    """Beginnings of *text* ending on *last*, the cell's last line, that (with "…" after them) cannot fit:
    (after, end, most): a length in (after, end] whose ``_with_ellipsis`` is more than *most* does not fit.

    As in ``_below``: a beginning that holds the cell's last line up to past a sure break in it has every
    line above laid out as in the layout, and that line starting where it does there. When that line's
    part and "…" are wider than the cell, Qt breaks the line, and the line after it starts below the cell
    (the plain search laid these cuts out one by one: a third layout in about a quarter of the cells).
    """
    if last.y() + 2 * lowest <= height:
        return None
    start = last.textStart()
    end = start + len(text[start:start + last.textLength()].rstrip(" "))  # Qt leaves out the trailing spaces
    sure = next((m.end() for m in SURE_BREAK.finditer(text, start, end) if m.start() > start), None)
    if sure is None:
        return None
    return sure, end, width + 1 - last.naturalTextWidth()  # (a pixel for the sums' rounding)


def _with_ellipsis(text: str, length: int, end: int, bold: list[tuple[int, int]], font: QFont,
                   named: str) -> float:
    """How much wider the last line ending at *end* becomes when its text from *length* on (a space or a
    closing mark, then the rest of the line) is replaced by "…": the line's natural width plus this is the
    cut's part of that line with its "…".

    Qt shapes runs of one weight apart and kerns pairs of characters within a run (a kerned character is
    narrower by its kerning with the next): the rest's width alone (``_width``) is taken away and its
    kerning with the line's trailing space given back; the cut's last character loses its kerning with the
    rest and takes its kerning with "…"; and "…" is added. The rest starts with no letter, so no
    ligature crosses the cut.
    """
    def weight(at: int) -> bool:
        return any(first <= at < last for first, last in bold)

    ellipsis_bold = weight(length)  # a mark running on past the cut's end takes in its "…" (``lay_out``)
    change = advance(font, named, ellipsis_bold, ELLIPSIS) - _width(text, length, end, bold, font, named)
    before = weight(length - 1)
    change += _kern(font, named, before, text[length - 1], text[length]) if before == weight(length) else 0.0
    change -= _kern(font, named, before, text[length - 1], ELLIPSIS) if before == ellipsis_bold else 0.0
    if end < len(text) and weight(end - 1) == weight(end):
        change += _kern(font, named, weight(end), text[end - 1], text[end])
    return change


def _kern(font: QFont, named: str, bold: bool, first: str, second: str) -> float:
    """How much narrower the two characters are together than apart (negative when kerned apart)."""
    return (advance(font, named, bold, first) + advance(font, named, bold, second)
            - advance(font, named, bold, first + second))


def _bold_edges(marks, length: int) -> list[tuple[int, int]]:  # noqa: ANN001
    """The bold ranges of a text of *length* laid out with *marks* (as ``lay_out`` clips them), joined."""
    joined: list[tuple[int, int]] = []
    for start, end in sorted(marks):
        end = min(end, length)
        if 0 <= start < end:
            if joined and start <= joined[-1][1]:
                joined[-1] = (joined[-1][0], max(end, joined[-1][1]))
            else:
                joined.append((start, end))
    return joined


def _width(text: str, start: int, end: int, bold: list[tuple[int, int]], font: QFont, named: str) -> float:
    """How wide text[start:end] is alone, each part in its own weight (shaped apart in a layout too)."""
    total, at = 0.0, start
    for first, last in bold:
        if last <= at or first >= end:
            continue
        if first > at:
            total += advance(font, named, False, text[at:first])
        total += advance(font, named, True, text[max(first, at):min(last, end)])
        at = min(last, end)
    if at < end:
        total += advance(font, named, False, text[at:end])
    return total


# A sure place to break a line: spaces after a letter, digit or closing mark, before a letter or digit.
SURE_BREAK = re.compile(r"(?<=[^\W_]|[,.;:!?]) +(?=[^\W_])")
CUT_OFF = " ,.;:"  # what ``_cut`` takes off the end of a cut before its "…"
SPLITS = frozenset(CUT_OFF)  # characters after a cut's end across which no ligature joins


def _below(text: str, below, font: QFont, named: str, height: float,  # noqa: ANN001
           lowest: float) -> tuple[float, int]:
    """Lengths of beginnings of *text* that (with "…" after them) cannot fit in *height*, *below* being the
    layout's first line below the cell: every length past the first, and the one length given second (-1
    for none).

    Lines are broken greedily: a line's end depends only on the text up to the next place a break may
    come after it. So a beginning that holds the first line below the cell up to past a sure break in it
    has every line above laid out as in the layout, and at least one line more, which starts below the
    cell. So does the beginning that ends with that line's first word without its closing marks, when "…"
    is wider than those marks: the word did not fit on the line above, and with "…" it is wider still.
    """
    if below.y() + lowest <= height:
        return float("inf"), -1
    start = below.textStart()
    sure = next((m.end() for m in SURE_BREAK.finditer(text, start) if m.start() > start), None)
    end = text.find(" ", start)
    word = text[start:end if end >= 0 else len(text)]
    kept = word.rstrip(CUT_OFF)
    ellipsis = min(advance(font, named, bold, ELLIPSIS) for bold in (False, True))
    marks = max(advance(font, named, bold, word[len(kept):]) for bold in (False, True))
    wider = kept and ellipsis >= marks + max(2.0, ellipsis / 4)  # room for kerning and a glyph's overhang
    return float("inf") if sure is None else sure, start + len(kept) if wider else -1
