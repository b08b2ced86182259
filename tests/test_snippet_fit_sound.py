"""The tests the quick cut of a found text uses to pass over cuts unlaid are sound: every cut it passes
over, laid out, does not fit; and the quick cut equals the plain one in other typefaces and with kerned
pairs at the cuts (pytest-qt, offscreen, Hypothesis). ``tests/test_snippet_fit_fast.py`` holds the first
tests of the quick cut."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter, QTextLayout

from ui.snippet_fit import _cut, _cut_end, _hopeless, fitted_layout
from ui.snippet_layout import ELLIPSIS, lay_out

# Words with pairs fonts kern (AV, To, Wa, y., f,, r.), closing marks a cut takes off, and long words.
WORDS = st.sampled_from(["AV", "To", "Wat", "Yvonne", "y.", "kerf,", "vr.", "LT;", "buurt", "de", "en", "x",
                         "vrijwilligers", "welzijnswerk:", "bewonersinitiatieven", "Tweede", "Fy", "P.",
                         "ouderenzorgvrijwilligersorganisaties", "(samen)", "…", "ff", "fi", "W.A.V."])
FAMILIES = st.sampled_from(["DejaVu Sans", "DejaVu Serif", "DejaVu Sans Mono", "DejaVu Sans Condensed"])


def font_of(family: str, size: int, italic: bool) -> QFont:
    font = QFont(family)
    font.setPointSize(size)
    font.setItalic(italic)
    return font


def fits(layout: QTextLayout, height: float) -> bool:
    bottom = layout.lineAt(layout.lineCount() - 1)
    return bottom.y() + bottom.height() <= height


def pixels(layout: QTextLayout, width: int, height: int) -> QImage:
    """The cut drawn as the list's cell draws it (clipped to the cell)."""
    image = QImage(width + 8, height + 4, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setClipRect(0, 0, width + 8, height + 4)
    layout.draw(painter, QPointF(4, 2))
    painter.end()
    return image


def shown(layout: QTextLayout) -> tuple:
    lines = [layout.lineAt(i) for i in range(layout.lineCount())]
    bold = sorted((r.start, r.length) for r in layout.formats())
    return layout.text(), bold, [(line.textStart(), line.textLength(), line.y()) for line in lines]


CASES = dict(words=st.lists(WORDS, min_size=1, max_size=60), hits=st.lists(st.integers(0, 300), max_size=4),
             length=st.integers(1, 9), width=st.integers(50, 420), lines=st.integers(1, 5),
             family=FAMILIES, size=st.sampled_from([7, 9, 11, 18]), italic=st.booleans(), extra=st.integers(0, 9))


def case(words, hits, length, width, lines, family, size, italic, extra):  # noqa: ANN001, ANN201
    text = " ".join(words)
    marks = [(start, start + length) for start in hits if start < len(text)]
    font = font_of(family, size, italic)
    return text, marks, font, width, QFontMetrics(font).lineSpacing() * lines + extra


@settings(max_examples=150, deadline=None)
@given(**CASES)
def test_every_cut_passed_over_does_not_fit(qapp, **drawn):
    text, marks, font, width, height = case(**drawn)
    layout = lay_out(text, marks, font, width, height)
    if fits(layout, height):
        return
    lines = [layout.lineAt(i) for i in range(layout.lineCount())]
    hopeless = _hopeless(layout, lines, marks, font, font.key(), width, height)
    if hopeless is None:
        return
    n = len(text)
    for _ in range(200):
        shorter = _cut_end(text, n)
        if shorter == n or shorter < 1:
            break
        n = shorter
        if hopeless(n):
            assert not fits(lay_out(text[:n] + ELLIPSIS, marks, font, width), height), (text[:n], width)


@settings(max_examples=150, deadline=None)
@given(**CASES)
def test_the_quick_cut_equals_the_plain_one_in_other_typefaces(qapp, **drawn):
    text, marks, font, width, height = case(**drawn)
    plain = fitted_layout(text, marks, font, width, height, skip_hopeless=False)
    quick = fitted_layout(text, marks, font, width, height)
    assert shown(quick) == shown(plain)
    assert pixels(quick, width, height) == pixels(plain, width, height)
    assert shown(fitted_layout(text, marks, font, width, height, named=font.key())) == shown(plain)


@given(text=st.text(st.sampled_from("ab ,.;:…\t"), max_size=40), cut=st.integers(0, 40))
def test_a_cut_counted_in_characters_is_the_cut(text, cut):
    n = min(cut, len(text))
    assert text[:_cut_end(text, n)] + ELLIPSIS == _cut(text[:n] + ELLIPSIS)
    assert text[:_cut_end(text, len(text))] + ELLIPSIS == _cut(text)
