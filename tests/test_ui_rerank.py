"""A re-rank tells the list only what changed, and the window still shows exactly the new advice.

The list no longer resets on every slider step: rows whose numbers changed are
repainted, rows that hold other methods are said to change whole, and only
a different number of rows resets. These tests hold the fast path to the
plain one (a list filled afresh) and to what a user sees: nothing stale on
screen, the chosen method kept, one re-rank per move.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QImage

from advisor import vocabulary as voc
from advisor.context import CRITERIA, MAX_WEIGHT, MIN_WEIGHT, Context
from app.advice import Advisor
from ui import advice_model
from ui.advice_filter import AdviceFilter
from ui.advice_model import ANSWERED_ROLES, METHOD_ID_ROLE, NAME, SNIPPET, AdviceModel
from ui.detail_view import DetailView
from ui.i18n import tr
from ui.method_page import method_parts, ranking_pieces, robust_page

ROLES = sorted(ANSWERED_ROLES)

situations = st.fixed_dictionaries({
    "settings": st.frozensets(st.sampled_from(sorted(voc.SETTINGS)), max_size=2),
    "target_groups": st.frozensets(st.sampled_from(sorted(voc.TARGET_GROUPS)), max_size=2),
    "goals": st.frozensets(st.sampled_from(sorted(voc.GOALS)), max_size=2),
    "must": st.frozensets(st.sampled_from(["setting", "goal"]), max_size=1),
})
weights = st.fixed_dictionaries({c: st.integers(MIN_WEIGHT, MAX_WEIGHT) for c in CRITERIA})
# Each step re-weighs the last situation (most steps, as a slider does) or describes another one.
steps = st.lists(st.one_of(weights, situations), min_size=2, max_size=8)


def contexts(steps: list[dict]):  # noqa: ANN201 - yields Contexts
    """The situation after each step: new weights for the last facts, or new facts with default weights."""
    facts = {"settings": frozenset({"district"})}
    for step in steps:
        if set(step) == set(CRITERIA):
            yield Context(**facts, weights=step)
        else:
            facts = step
            yield Context(**facts)


def every_cell(model) -> list:  # noqa: ANN001 - an AdviceModel or a filter over one
    return [[model.index(row, column).data(role) for column in range(AdviceModel.COLUMNS) for role in ROLES]
            for row in range(model.rowCount())]


def filled(advice, firmness) -> tuple[AdviceModel, AdviceFilter]:  # noqa: ANN001
    model, proxy = AdviceModel(), AdviceFilter()
    proxy.setSourceModel(model)
    model.set_ranking(advice.results, advice.excluded, not advice.fit.no_criteria, firmness)
    return model, proxy


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps, found=st.frozensets(st.sampled_from(["abcd", "idop", "twexx", "moedercentra", "vouchersysteem"])))
def test_a_list_updated_re_rank_by_re_rank_reads_like_a_list_filled_afresh(qapp, methods, knowledge, steps,
                                                                           found):
    advisor = Advisor(methods, knowledge)
    model, proxy = AdviceModel(), AdviceFilter()
    proxy.setSourceModel(model)
    proxy.set_allowed(found)
    for context in contexts(steps):
        result = advisor.advise(context)
        advice = result.advice
        every_cell(model)  # a view has read every row before the change
        model.set_ranking(advice.results, advice.excluded, not advice.fit.no_criteria, result.robust.methods)
        fresh, fresh_proxy = filled(advice, result.robust.methods)
        fresh_proxy.set_allowed(found)
        assert every_cell(model) == every_cell(fresh)
        assert every_cell(proxy) == every_cell(fresh_proxy)  # a search shows the same methods, in the new order
        plain, _proxy = filled(advice, list(result.robust.methods))  # every place built whole, its range read
        assert every_cell(fresh) == every_cell(plain)
        built = replace(advice, results=list(advice.results))  # every place's RankedMethod built and read
        assert every_cell(filled(built, list(result.robust.methods))[0]) == every_cell(fresh)


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps, method_id=st.sampled_from(["abcd", "idop", "twexx", "moedercentra", "eigen-kracht-conferentie"]))
def test_a_method_page_updated_in_part_reads_like_the_page_made_whole(qtbot, methods, knowledge, steps, method_id):
    advisor = Advisor(methods, knowledge)
    view = DetailView()
    qtbot.addWidget(view)
    for context in contexts(steps):
        result = advisor.advise(context)
        ranking = result.advice.results
        place = next((i for i in range(len(ranking)) if ranking[i].method.id == method_id), None)
        if place is None:  # excluded by a must: the window shows another page, made whole
            view.setHtml("<p>uitgesloten</p>")
            continue
        ranked = ranking[place]
        robust = robust_page(result, method_id, ranked.rank)
        head, live, rest = method_parts(ranked.method, ranked, tr, robust)
        pieces = ranking_pieces(ranked.method, ranked, tr, robust)  # as the window gives them
        assert "".join(pieces) == live
        view.show_parts(head, pieces, rest)
        whole = DetailView()
        qtbot.addWidget(whole)
        whole.setHtml(head + live + rest)
        assert view.document().toHtml() == whole.document().toHtml()
        assert view.toPlainText() == whole.toPlainText()


def shown_and_fresh(window) -> tuple[QImage, QImage]:  # noqa: ANN001
    """What the window's backing store holds (painted piece by piece) and the window painted whole now."""
    screen = window.windowHandle().screen()
    shown = screen.grabWindow(window.winId()).toImage().convertToFormat(QImage.Format.Format_RGB32)
    return shown, window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@pytest.mark.gui
def test_a_slider_move_re_ranks_once_keeps_the_chosen_method_and_leaves_nothing_stale(window, qtbot, qapp):
    window.resize(1400, 860)
    panel = window.context_panel
    panel.set_state({"settings": ["district"], "target_groups": sorted(voc.TARGET_GROUPS)[:1],
                     "goals": sorted(voc.GOALS)[:2], "production_power": sorted(voc.PRODUCTION_POWER)[0]})
    qapp.processEvents()
    table = window.table
    table.setFocus()
    table.setCurrentIndex(window.proxy.index(3, NAME))  # the user chooses the fourth method
    chosen = window.current_method_id()
    advised, resets = [], []
    advise = window.advisor.advise
    window.advisor.advise = lambda context: advised.append(context) or advise(context)
    window.model.modelReset.connect(lambda: resets.append(1))
    for criterion in ("goal", "target_group", "setting", "production_power", "goal"):
        before, slider = len(advised), panel.weights[criterion].slider
        slider.setValue((slider.value() + 2) % (MAX_WEIGHT + 1))
        qapp.processEvents()
        assert len(advised) == before + 1
        assert window.current_method_id() == chosen
        ranked = window.model.ranked(window.model.row_of(chosen))
        assert f"Waarom deze plek: {ranked.rank} —" in window.detail.toPlainText()
        shown, fresh = shown_and_fresh(window)
        assert shown == fresh
    assert resets == []
    panel.settings["neighbourhood"].click()  # a situation change of the same methods: rows change, no reset
    qapp.processEvents()
    assert window.current_method_id() == chosen
    shown, fresh = shown_and_fresh(window)
    assert shown == fresh


@pytest.mark.gui
def test_slider_steps_that_change_the_first_method_leave_on_screen_what_a_whole_paint_shows(window, qtbot, qapp):
    """Moving the weights as a user does, the first method (and so the page, its scroll bar and most names)
    changes now and then: after every step the window on screen, painted piece by piece, equals the window
    painted whole. (Both copy the kept score-bar and scroll-bar looks; those copies are held to Qt's own
    painting in test_score_cell_paint and test_kept_scroll_bar.)"""
    window.resize(1400, 860)
    panel = window.context_panel
    panel.set_state({"target_groups": sorted(voc.TARGET_GROUPS)[:1], "goals": sorted(voc.GOALS)[:2],
                     "production_power": sorted(voc.PRODUCTION_POWER)[0]})
    qapp.processEvents()
    sliders = [panel.weights[c].slider for c in ("setting", "target_group", "goal", "production_power")]
    firsts = {window.current_method_id()}
    for step in range(16):
        slider = sliders[step % len(sliders)]
        slider.setValue((slider.value() + 1) % (MAX_WEIGHT + 1))
        qapp.processEvents()
        firsts.add(window.current_method_id())
        assert window.current_method_id() == window.model.ranked(0).method.id
        shown, fresh = shown_and_fresh(window)
        assert shown == fresh
    assert len(firsts) > 2  # (the page changed method several times)


def answers(model: AdviceModel) -> dict[tuple[int, int, int], object]:
    """Every answer of every cell, as a view reads them: {(row, column, role): answer}."""
    return {(row, column, role): model.index(row, column).data(role)
            for row in range(model.rowCount()) for column in range(AdviceModel.COLUMNS) for role in ROLES}


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps)
@pytest.mark.parametrize("single_cells", [advice_model.SINGLE_CELLS, 0])  # cell by cell, and in runs of rows
def test_a_re_rank_signals_exactly_the_cells_that_now_read_otherwise(qapp, methods, knowledge, steps, single_cells,
                                                                     monkeypatch):
    """The list repaints only the cells it is told changed: none may be left out (a stale number on screen),
    and a cell that reads as before is not repainted. Another method in a row is said first, without roles,
    so that a filter by method asks about the rows again."""
    monkeypatch.setattr(advice_model, "SINGLE_CELLS", single_cells)
    advisor = Advisor(methods, knowledge)
    model = AdviceModel()
    said, resets = [], []
    model.dataChanged.connect(lambda first, last, roles: said.append(
        (first.row(), last.row(), first.column(), last.column(), list(roles))))
    model.modelReset.connect(lambda: resets.append(1))
    for context in contexts(steps):
        advice = (result := advisor.advise(context)).advice
        before = answers(model)  # a view has read every cell
        said.clear()
        resets.clear()
        model.set_ranking(advice.results, advice.excluded, not advice.fit.no_criteria, result.robust.methods)
        if resets:  # another number of rows: the view reads everything again
            continue
        after = answers(model)
        changed = {(row, column) for (row, column, role), answer in after.items()
                   if answer != before[row, column, role] and role != METHOD_ID_ROLE}
        moved = {row for row in range(model.rowCount())
                 if after[row, NAME, METHOD_ID_ROLE] != before[row, NAME, METHOD_ID_ROLE]}
        covered = {(row, column) for first, last, left, right, _roles in said
                   for row in range(first, last + 1) for column in range(left, right + 1)}
        assert changed <= covered
        assert {(row, NAME) for row in moved} <= covered
        assert {(row, SNIPPET) for row in moved} <= covered
        if moved:
            assert said[0][4] == []
        assert all(roles for *_cell, roles in said[1:])
        assert covered - changed - {(row, NAME) for row in moved} - {(row, SNIPPET) for row in moved} <= (
            {(said[0][0], said[0][2])} if said and said[0][4] == [] else set())


def test_a_new_method_page_has_its_final_scroll_range_when_first_painted(qtbot, methods, knowledge):
    """Qt lays a new page out in steps on a timer; the scroll bar painted with the page must already fit it,
    not be put right a turn of the event loop later."""
    view = DetailView()
    qtbot.addWidget(view)
    view.resize(450, 500)
    view.show()
    qtbot.waitExposed(view)
    result = Advisor(methods, knowledge).advise(Context(settings=frozenset({"district"})))
    bar = view.verticalScrollBar()
    for ranked in list(result.advice.results)[:6]:
        view.show_parts(*method_parts(ranked.method, ranked, tr, robust_page(result, ranked.method.id, ranked.rank)))
        at_once = bar.maximum()
        qtbot.wait(40)  # Qt's layout timer runs every 10 ms
        assert bar.maximum() == at_once > 0
