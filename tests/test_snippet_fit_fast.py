"""The found text's cut, made quicker by passing over cuts that cannot fit, is the very cut the plain
word-by-word search makes: same text, same bold words, same lines (pytest-qt, offscreen, Hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QFont, QFontMetrics, QTextLayout

from ui.delegates import ELLIPSIS, fitted_layout

WORDS = st.sampled_from(["de", "buurt", "vrijwilligers", "welzijnswerk,", "bewonersinitiatieven", "en", "x",
                         "meedoen;", "Gemeente.", "ouderenzorgvrijwilligersorganisaties", "  ", "…", "wijk:"])


def shown(layout: QTextLayout) -> tuple:
    lines = [layout.lineAt(i) for i in range(layout.lineCount())]
    bold = sorted((r.start, r.length) for r in layout.formats())
    return layout.text(), bold, [(line.textStart(), line.textLength()) for line in lines]


@settings(max_examples=120, deadline=None)
@given(words=st.lists(WORDS, min_size=1, max_size=90), hits=st.lists(st.integers(0, 400), max_size=3),
       width=st.integers(50, 520), lines=st.integers(1, 5), point_size=st.sampled_from([7, 9, 18]),
       extra=st.integers(0, 9))
def test_the_quick_cut_equals_the_plain_one(qapp, words, hits, width, lines, point_size, extra):
    text = " ".join(words)
    marks = [(start, start + 5) for start in hits if start + 5 <= len(text)]
    font = QFont()
    font.setPointSize(point_size)
    height = QFontMetrics(font).lineSpacing() * lines + extra
    plain = fitted_layout(text, marks, font, width, height, skip_hopeless=False)
    quick = fitted_layout(text, marks, font, width, height)
    assert shown(quick) == shown(plain)


def test_a_long_snippet_in_a_narrow_cell_is_cut_the_same(qapp):
    text = " ".join(["bewoners organiseren samen activiteiten voor de buurt"] * 12)
    font = QFont()
    height = QFontMetrics(font).lineSpacing() * 2
    plain = fitted_layout(text, [(0, 8)], font, 200, height, skip_hopeless=False)
    quick = fitted_layout(text, [(0, 8)], font, 200, height)
    assert shown(quick) == shown(plain)
    assert quick.text().endswith(ELLIPSIS) and len(quick.text()) < len(text) / 4
