"""The found-text cells of the list look exactly as when drawn the plain way: the cell's seven roles read
(initStyleOption), every cut of the snippet laid out, nothing kept between paints (pytest-qt, offscreen)."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QPointF
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate

from advisor import vocabulary as voc
from advisor.context import Context
from advisor.matcher import advise
from tests.advice_list import advice_list
from ui.advice_model import NAME, SNIPPET, SNIPPET_ROLE
from ui.advice_table import AdviceTable
from ui.delegates import MARGIN, SnippetDelegate, fitted_layout


class PlainSnippetDelegate(QStyledItemDelegate):
    """The snippet cell as it was drawn before the quick path."""

    def paint(self, painter, option, index) -> None:  # noqa: ANN001
        snippet = index.data(SNIPPET_ROLE)
        if not snippet:
            super().paint(painter, option, index)
            return
        self.initStyleOption(option, index)
        option.text = ""
        option.widget.style().drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        layout = fitted_layout(*snippet, option.font, option.rect.width() - 2 * MARGIN, option.rect.height() - 2,
                               skip_hopeless=False)
        selected = option.state & QStyle.StateFlag.State_Selected
        painter.save()
        painter.setClipRect(option.rect)
        painter.setPen(option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))
        layout.draw(painter, QPointF(option.rect.topLeft()) + QPointF(MARGIN, 2))
        painter.restore()


def snippets(methods) -> dict[str, tuple[str, tuple]]:  # noqa: ANN001
    """A found text per method: a long piece of its own text with a word marked somewhere in it."""
    found = {}
    for n, m in enumerate(methods):
        text = " ".join(f"{m.summary} {m.approach}".split())[: 120 + 9 * n]
        hit = text.find(" ", (len(text) * n) // len(methods)) + 1
        end = text.find(" ", hit)
        found[m.id] = (text, ((hit, end if end > hit else len(text)),))
    return found


def painted(table: AdviceTable, delegate: QStyledItemDelegate) -> QImage:
    table.setItemDelegateForColumn(SNIPPET, delegate)
    table.viewport().update()
    return table.viewport().grab().toImage()


def test_found_text_cells_look_as_drawn_the_plain_way(qtbot, methods, knowledge):
    model, proxy, table = advice_list(qtbot, 760, 700)
    advice = advise(methods, Context(goals=frozenset(sorted(voc.GOALS)[:2])), knowledge)
    model.set_ranking(advice.results, advice.excluded)
    proxy.show_found(frozenset(m.id for m in methods[::2]), snippets(methods))
    table.show_search_columns(True)
    table.show()
    table.setFocus()
    table.selectionModel().setCurrentIndex(proxy.index(1, NAME), QItemSelectionModel.SelectionFlag.ClearAndSelect
                                           | QItemSelectionModel.SelectionFlag.Rows)
    quick = SnippetDelegate(table)
    plain = painted(table, PlainSnippetDelegate(table))
    assert painted(table, quick) == plain
    assert painted(table, quick) == plain  # drawn again from the kept cuts
    assert quick._fitted  # (the quick delegate did paint the found texts)
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    assert painted(table, quick) == painted(table, PlainSnippetDelegate(table))
