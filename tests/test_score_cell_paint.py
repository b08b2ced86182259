"""The score cells look exactly as when every bar is drawn in place, also when copied from a kept drawing:
selected and alternate rows, an inactive window, a dark palette, twice the pixels, a scrolled list (pytest-qt,
offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import QStyledItemDelegate, QWidget

from advisor import vocabulary as voc
from advisor.context import Context
from advisor.matcher import advise
from tests.advice_list import advice_list
from ui.advice_model import NAME, SCORE, SCORE_ROLE
from ui.advice_table import AdviceTable
from ui.score_bar import ScoreBarDelegate


class PlainScoreBarDelegate(ScoreBarDelegate):
    """Every bar drawn in place, nothing kept: the score cell as it was drawn before the kept drawings."""

    def paint(self, painter, option, index) -> None:  # noqa: ANN001
        score = index.data(SCORE_ROLE)
        if score is None:
            QStyledItemDelegate.paint(self, painter, option, index)
        else:
            self.paint_plain(painter, option, score)


def painted(table: AdviceTable, delegate: QStyledItemDelegate, ratio: float = 1.0) -> QImage:
    """The list's rows as the view paints them with *delegate* for the score column."""
    table.setItemDelegateForColumn(SCORE, delegate)
    viewport = table.viewport()
    image = QImage(viewport.size() * ratio, QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(0)
    viewport.render(image)
    return image


@pytest.fixture
def table(qtbot, methods, knowledge) -> AdviceTable:  # noqa: ANN001
    model, proxy, table = advice_list(qtbot, 700, 520)
    advice = advise(methods, Context(settings=frozenset({"district"}), goals=frozenset(sorted(voc.GOALS)[:2])),
                    knowledge)
    model.set_ranking(advice.results, advice.excluded)
    table.show()
    qtbot.waitExposed(table)
    table.setFocus()
    table.selectionModel().setCurrentIndex(proxy.index(2, NAME), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                           | QItemSelectionModel.SelectionFlag.Rows)
    return table


def test_score_cells_copied_from_kept_drawings_look_as_drawn_in_place(table):
    quick = ScoreBarDelegate(table)
    for ratio in (1.0, 2.0, 1.5):
        plain = painted(table, PlainScoreBarDelegate(table), ratio)
        assert painted(table, quick, ratio) == plain
        assert painted(table, quick, ratio) == plain  # now copied from the kept drawings
    assert quick._drawn  # (the quick delegate did keep drawings: the copies were compared)
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    assert painted(table, quick) == painted(table, PlainScoreBarDelegate(table))


def test_score_cells_follow_the_palette_and_the_window_state(table, qtbot):
    quick = ScoreBarDelegate(table)
    painted(table, quick)  # drawings kept for the light palette
    dark = QPalette(table.palette())
    for role, colour in ((QPalette.ColorRole.Base, "#202020"), (QPalette.ColorRole.AlternateBase, "#303030"),
                         (QPalette.ColorRole.Text, "#f0f0f0"), (QPalette.ColorRole.Highlight, "#2a6fb0"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff")):
        dark.setColor(role, QColor(colour))
    table.setPalette(dark)
    plain = painted(table, PlainScoreBarDelegate(table))
    assert painted(table, quick) == plain
    table.setEnabled(False)
    assert painted(table, quick) == painted(table, PlainScoreBarDelegate(table))
    table.setEnabled(True)
    table.setFocus()
    dark.setColor(QPalette.ColorGroup.Inactive, QPalette.ColorRole.Highlight, QColor("#806020"))
    table.setPalette(dark)
    active = painted(table, quick)
    assert active == painted(table, PlainScoreBarDelegate(table))
    other = QWidget()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    qtbot.waitUntil(lambda: not table.isActiveWindow())
    inactive = painted(table, quick)
    assert inactive == painted(table, PlainScoreBarDelegate(table))
    assert inactive != active  # (the selected row took the inactive highlight)


def test_a_cell_painted_outside_the_list_s_paint_is_drawn_for_its_own_painter(table):
    """What one paint of the list read from its painter (its clip, its place on the pixels) holds for that paint
    only: a cell then painted elsewhere (as Qt does for a dragged row's picture) looks as drawn in place."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter
    from PySide6.QtWidgets import QStyleOptionViewItem

    quick, plain = ScoreBarDelegate(table), PlainScoreBarDelegate(table)
    painted(table, quick)  # a paint of the list: the quick delegate read its painter
    index = table.model().index(1, SCORE)
    option = QStyleOptionViewItem()
    option.initFrom(table)
    option.widget = table
    option.rect = table.visualRect(index).translated(QPoint(3, 7))  # elsewhere on another device

    def alone(delegate) -> QImage:  # noqa: ANN001
        image = QImage(table.viewport().size() * 2, QImage.Format.Format_ARGB32_Premultiplied)
        image.setDevicePixelRatio(2.0)  # twice the pixels of the list's own paint
        image.fill(QColor("#ffffff"))
        painter = QPainter(image)
        painter.translate(0.5, 0.25)  # between the device's pixels
        delegate.paint(painter, option, index)
        painter.end()
        return image

    assert alone(quick) == alone(plain)
    blank = QImage(alone(plain).size(), QImage.Format.Format_ARGB32_Premultiplied)
    blank.setDevicePixelRatio(2.0)
    blank.fill(QColor("#ffffff"))
    assert alone(quick) != blank  # (it drew)
