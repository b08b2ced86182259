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


def real_texts() -> list[str]:
    import resources
    from advisor.catalogue_reader import read_catalogue

    return [" ".join(text.split()) for m in read_catalogue(resources.CATALOGUE)
            for text in (m.summary, m.goal, m.approach, m.target_group) if text]


TEXTS = real_texts()


@settings(max_examples=150, deadline=None)
@given(text=st.sampled_from(TEXTS), start=st.integers(0, 600), length=st.integers(30, 260),
       hit=st.integers(0, 259), width=st.integers(120, 360), lines=st.integers(2, 5))
def test_catalogue_snippets_in_list_cells_are_cut_as_the_plain_cut(qapp, text, start, length, hit, width, lines):
    """Found texts as the list shows them (up to 200 characters of a method's text, four lines of a narrow
    column): the cut that passes over what cannot fit, past the line below the cell included, is the plain one."""
    piece = text[min(start, max(len(text) - length, 0)):][:length]
    marks = [(hit, hit + 6)] if hit + 6 <= len(piece) else []
    font = QFont()
    height = QFontMetrics(font).lineSpacing() * lines + 10
    plain = fitted_layout(piece, marks, font, width, height, skip_hopeless=False)
    assert shown(fitted_layout(piece, marks, font, width, height)) == shown(plain)


def test_the_list_keeps_a_cut_snippet_for_its_next_paint_and_no_more_than_it_may(qapp):
    from ui.delegates import FITTED_KEPT, SnippetDelegate

    delegate, font = SnippetDelegate(), QFont()
    snippet = (TEXTS[0], ((0, 5),))
    first = delegate._layout(snippet, font, 180, 70)
    assert delegate._layout(snippet, font, 180, 70) is first  # the same cell again: not cut again
    assert shown(first) == shown(fitted_layout(*snippet, font, 180, 70, skip_hopeless=False))
    assert shown(delegate._layout(snippet, font, 240, 70)) == shown(fitted_layout(*snippet, font, 240, 70))
    for n in range(FITTED_KEPT + 5):
        delegate._layout((f"{n} {TEXTS[1]}", ()), font, 180, 70)
    assert len(delegate._fitted) == FITTED_KEPT
    assert delegate._layout(snippet, font, 180, 70) is not first  # the oldest went first
