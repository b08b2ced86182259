"""Keyboard, screen-reader names, Dutch numbers and plurals, and the budget field (pytest-qt, offscreen)."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from advisor.criteria import CriterionScore
from advisor.messages import render
from ui.advice_model import NAME, SCORE
from ui.money_edit import parse_euros


def focus(win) -> QWidget:
    return QApplication.focusWidget()


def pane_of(win, widget) -> str:
    for name, pane in (("list", win.table), ("detail", win.detail), ("context", win.context_panel),
                       ("search", win.search_box)):
        if widget is pane or pane.isAncestorOf(widget):
            return name
    return "other"


@pytest.fixture
def active(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_tab_from_the_search_box_reaches_every_pane_and_never_sticks(active, qtbot):
    """The page keeps Tab only to walk its links, one press per link, as a browser does."""
    active.search_box.setFocus()
    seen, previous, link = [], active.search_box, -1
    for _ in range(12):
        qtbot.keyClick(focus(active), Qt.Key.Key_Tab)
        now = focus(active)
        at = active.detail.textCursor().selectionStart() if active.detail.chosen_link() else -1
        moved_on = now is active.detail and at > link
        assert now is not previous or moved_on, f"Tab stayed in {now.accessibleName()}"
        link = at
        if pane_of(active, now) not in seen[-1:]:
            seen.append(pane_of(active, now))
        previous = now
    assert seen[:3] == ["list", "detail", "context"]


def test_tab_leaves_the_list_after_one_press_even_on_a_chosen_row(active, qtbot):
    active.context_panel.settings["village"].setChecked(True)
    active.focus_results()
    qtbot.keyClick(active.table, Qt.Key.Key_Down)
    assert active.table.currentIndex().row() == 1
    qtbot.keyClick(active.table, Qt.Key.Key_Tab)
    assert focus(active) is active.detail


def test_f6_cycles_the_panes(active, qtbot):
    active.table.setFocus()
    order = []
    for _ in range(3):
        qtbot.keyClick(focus(active), Qt.Key.Key_F6)
        order.append(pane_of(active, focus(active)))
    assert order == ["detail", "context", "list"]
    qtbot.keyClick(focus(active), Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert pane_of(active, focus(active)) == "context"


def test_the_focused_widget_gets_a_visible_ring(active, qtbot):
    slider = active.context_panel.weights["goal"].slider
    slider.setFocus()
    qtbot.waitUntil(lambda: active.focus_ring.isVisible())
    ring = active.focus_ring
    assert ring.target() is slider
    assert ring.geometry().contains(slider.geometry()) and ring.geometry() != slider.geometry()


def test_every_interactive_widget_has_a_unique_name_with_its_visible_text(window):
    widgets = [w for w in window.findChildren(QWidget)
               if w.focusPolicy() != Qt.FocusPolicy.NoFocus and w.isVisibleTo(window) and w.isEnabled()
               and w.focusProxy() is None and w.parentWidget() is not None and not w.inherits("QMenu")]
    names = [w.accessibleName() for w in widgets]
    assert all(names), [type(w).__name__ for w, n in zip(widgets, names, strict=True) if not n]
    assert len(names) == len(set(names)), sorted(n for n in names if names.count(n) > 1)
    panel = window.context_panel
    for box in (panel.budget_unknown, panel.months_unknown, panel.weights["goal"].must):
        assert box.text() in box.accessibleName()
    assert panel.budget_unknown.accessibleName() != panel.months_unknown.accessibleName()
    assert "Productiekracht" in panel.production_power.accessibleName()


def test_the_unknown_tick_comes_before_its_field(window):
    panel = window.context_panel
    for tick, field in ((panel.budget_unknown, panel.budget.edit), (panel.months_unknown, panel.months)):
        after = tick.nextInFocusChain()
        while not after.focusPolicy() & Qt.FocusPolicy.TabFocus or after.focusProxy() is not None:
            after = after.nextInFocusChain()
        assert after is field


def test_a_click_on_a_goal_label_ticks_it_and_the_summary_says_so(window, qtbot):
    box = window.context_panel.goals.boxes["participation"]
    on_text = box.rect().center()
    on_text.setX(box.fontMetrics().horizontalAdvance(box.text()) // 2 + box.iconSize().width() + 8)
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=on_text)
    assert box.isChecked()
    assert "participatie" in window.context_panel.goals.summary.text()
    assert window.context_panel.goals.height() >= sum(b.height() for b in window.context_panel.goals.boxes.values())


def test_first_start_lists_methods_by_name_without_scores_or_choice(window):
    names = [window.proxy.index(r, NAME).data() for r in range(window.proxy.rowCount())]
    assert names == sorted(names, key=str.casefold)
    assert window.table.isColumnHidden(SCORE)
    assert not window.table.currentIndex().isValid()
    assert "Beschrijf links uw situatie" in window.notes.fit.text()


def test_a_new_first_place_is_announced(window):
    window.context_panel.settings["village"].setChecked(True)
    first = window.proxy.index(0, NAME).data()
    assert window.notes.live.text() == f"Nieuwe eerste plaats: {first}"


def test_must_on_an_empty_criterion_says_so_at_the_control(window):
    row = window.context_panel.weights["budget"]
    row.must.setChecked(True)
    assert row.hint.isVisibleTo(window) and "niets" in row.hint.text()
    window.context_panel.budget_unknown.setChecked(False)
    assert not row.hint.isVisibleTo(window)


def test_detail_page_uses_dutch_numbers_and_says_contributions_add_up(window):
    window.context_panel.settings["village"].setChecked(True)
    text = window.detail.toPlainText()
    assert "1,00" in text and "1.00" not in text
    assert "tellen samen op tot de score" in text
    assert re.search(r"\+\d+,\d\b", text)


@pytest.mark.parametrize(("typed", "expected"), [
    ("5000", 5000), ("5.000", 5000), ("€ 5.000", 5000), ("5000,50", 5001), ("5.000,49", 5000), ("750,-", 750),
    ("5k", None), ("5,000.50", None), ("veel", None), ("", None), ("-10", None), ("1.00", None),
])
def test_budget_reads_dutch_amounts(typed, expected):
    assert parse_euros(typed, group=".") == expected


@pytest.mark.parametrize(("typed", "expected"), [
    ("5,000", 5000), ("5,000.50", 5001), ("5000.49", 5000), ("5.000,50", None), ("1,00", None),
])
def test_budget_reads_english_amounts(typed, expected):
    assert parse_euros(typed, group=",") == expected


def test_in_english_the_budget_field_reads_back_what_it_writes(qtbot):
    from PySide6.QtCore import QLocale

    from ui.money_edit import MoneyEdit

    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    try:
        field = MoneyEdit()
        qtbot.addWidget(field)
        field.setValue(12500)
        assert field.edit.text() == "12,500"
        assert field.is_valid() and field.value() == 12500
        field.edit.clear()
        qtbot.keyClicks(field.edit, "7,250.50")
        assert field.value() == 7251
    finally:
        QLocale.setDefault(before)


def test_budget_field_refuses_what_it_cannot_read_visibly(window, qtbot):
    panel = window.context_panel
    panel.budget_unknown.setChecked(False)
    panel.budget.edit.clear()
    qtbot.keyClicks(panel.budget.edit, "5000,50")
    assert panel.context().budget_eur == 5001
    panel.budget.edit.clear()
    qtbot.keyClicks(panel.budget.edit, "5k")
    assert panel.budget.feedback.isVisibleTo(window) and "5k" in panel.budget.feedback.text()
    assert panel.context().budget_eur == 5  # "5" was a good amount on the way to "5k"; the k changed nothing


def test_dutch_plurals(window):
    from ui.i18n import tr

    assert tr("%n maand(en)", 1) == "1 maand" and tr("%n maand(en)", 12) == "12 maanden"
    window.context_panel.months.setValue(12)
    assert window.context_panel.months.suffix() == " maanden"
    window.context_panel.months.setValue(1)
    assert window.context_panel.months.suffix() == " maand"
    fits = CriterionScore("duration", 1.0, True, "duration.fits", {"months": 1, "horizon": 1})
    assert render(fits, tr) == render(fits) == "Duurt 1 maand en past in uw 1 maand."
    window.context_panel.weights["target_group"].must.setChecked(True)
    window.context_panel.target_groups.boxes["women_with_children"].setChecked(True)
    assert "methoden uitgesloten" in window.notes.excluded_title.text()
    assert tr("%n methode(n) gevonden voor ‘{0}’", 1).startswith("1 methode gevonden")


def test_a_narrow_window_keeps_names_and_labels_whole(window, qtbot):
    window.context_panel.settings["village"].setChecked(True)
    window.resize(760, 520)
    qtbot.waitUntil(lambda: window.advice_splitter.orientation() == Qt.Orientation.Vertical)
    qtbot.wait(50)
    font = window.table.fontMetrics()
    longest = max(font.horizontalAdvance(word) for m in window.catalogue.methods for word in m.name.split())
    assert window.table.columnWidth(NAME) >= longest
    panel = window.context_panel
    assert panel.viewport().width() >= panel.widget().minimumSizeHint().width()
    window.resize(1600, 900)
    qtbot.waitUntil(lambda: window.advice_splitter.orientation() == Qt.Orientation.Horizontal)


def test_a_requirement_without_must_says_it_only_counts(window):
    panel = window.context_panel
    panel.handbook.setChecked(True)
    hint = panel.weights["handbook"].hint
    assert hint.isVisibleTo(window) and "moet" in hint.text()
    panel.weights["handbook"].must.setChecked(True)
    assert not hint.isVisibleTo(window)


def test_the_chosen_language_is_remembered(window, qtbot):
    """Remembered for the next start, and taken at once (no restart asked for)."""
    from ui.i18n import use_language

    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "Bee&ld")
    languages = next(a.menu() for a in view.actions() if a.menu())
    english = next(a for a in languages.actions() if a.text() == "English")
    try:
        english.trigger()
        assert window.settings.value("ui/language") == "en"
        qtbot.waitUntil(lambda: view.title() == "&View")
    finally:
        use_language("nl")


def test_the_rank_column_is_as_wide_as_this_catalogues_ranks_need(window):
    """With 19 methods "2 (2–11)" needs two digits a side, not three: the names get that room."""
    from ui.advice_model import CELL_PADDING, RANK

    window.context_panel.settings["village"].setChecked(True)
    table, model = window.table, window.model
    width = table.horizontalHeader().sectionSize(RANK)
    metrics = table.fontMetrics()
    texts = [model.index(row, RANK).data() or "" for row in range(model.rowCount())]
    assert any("–" in text for text in texts)  # a rank range is shown
    assert all(metrics.horizontalAdvance(text) < width for text in texts)
    assert width < CELL_PADDING + metrics.horizontalAdvance("000 (000–000)")
