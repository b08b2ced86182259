"""The notes' labels answer every size question exactly as a plain word-wrapped QLabel does, also after their
text, width, font or margins changed (pytest-qt, Hypothesis)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from ui.wrapped_label import WrappedLabel

WORDS = st.sampled_from(["Met", "gewicht", "3", "op", "plaats", "blijft", "Buurtbemiddeling", "eerste", "tot",
                         "4,5", "—", "Buurtgericht werken in de wijk", "een", "heel", "lang", "woord"])
TEXTS = st.lists(WORDS, min_size=0, max_size=30).map(" ".join)


def plain_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    return label


@settings(max_examples=60, deadline=None)
@given(steps=st.lists(st.tuples(TEXTS, st.integers(20, 900), st.sampled_from([9, 11, 16]), st.integers(0, 6)),
                      min_size=1, max_size=8))
def test_size_answers_equal_a_plain_label_s(qapp, steps):
    quick, plain = WrappedLabel(), plain_label()
    quick.setTextFormat(Qt.TextFormat.PlainText)
    for text, width, points, margin in steps:
        for label in (quick, plain):
            label.setText(text)
            font = QFont(label.font())
            font.setPointSize(points)
            label.setFont(font)
            label.setContentsMargins(margin, margin, margin, margin)
        for _ in range(2):  # the second time from what was kept
            assert quick.heightForWidth(width) == plain.heightForWidth(width)
            assert quick.sizeHint() == plain.sizeHint()
            assert quick.minimumSizeHint() == plain.minimumSizeHint()


def test_a_bold_style_sheet_is_taken_into_account(qtbot):
    quick, plain = WrappedLabel(), plain_label()
    for label in (quick, plain):
        qtbot.addWidget(label)
        label.setText("Nieuwe eerste plaats: Buurtgericht werken in de wijk, met een heel lang woord erbij")
        label.heightForWidth(200)  # asked before the style sheet makes it bold
        label.setStyleSheet("font-weight: bold")
        label.show()
    assert quick.heightForWidth(200) == plain.heightForWidth(200)
    assert quick.sizeHint() == plain.sizeHint()
