"""A method page that comes back from its kept document (laid out again, its changed pieces replaced) reads and
looks exactly like the page made whole in a view of its own (pytest-qt, offscreen, Hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QImage

from advisor import vocabulary as voc
from advisor.context import CRITERIA, MAX_WEIGHT, MIN_WEIGHT, Context
from app.advice import Advisor
from ui.detail_view import PAGES_KEPT, DetailView
from ui.i18n import tr
from ui.method_page import method_parts, ranking_pieces, robust_page

FACTS = {"settings": frozenset({"district"}), "goals": frozenset(sorted(voc.GOALS)[:2])}
# Each step re-weighs the situation and shows one of a few methods' pages (or the placeholder, or an
# exclusion): pages come back, with other numbers, after others were shown.
steps = st.lists(st.tuples(st.fixed_dictionaries({c: st.integers(MIN_WEIGHT, MAX_WEIGHT) for c in CRITERIA}),
                           st.sampled_from(["abcd", "idop", "twexx", "moedercentra", "dialoogmethode",
                                            "kern-met-pit", "vouchersysteem", None, "uitgesloten"])),
                 min_size=2, max_size=14)


def painted(view: DetailView) -> QImage:
    return view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps)
def test_a_page_that_comes_back_reads_and_looks_like_the_page_made_whole(qtbot, qapp, methods, knowledge, steps):
    advisor = Advisor(methods, knowledge)
    view, whole = DetailView(), DetailView()
    for shown in (view, whole):
        qtbot.addWidget(shown)
        shown.resize(450, 520)
        shown.show()
    for weights, method_id in steps:
        result = advisor.advise(Context(**FACTS, weights=weights))
        ranked = next((r for r in result.advice.results if r.method.id == method_id), None)
        if ranked is None:  # no method page: the placeholder, or another page made whole
            for shown in (view, whole):
                shown.show_placeholder() if method_id is None else shown.setHtml("<p>uitgesloten</p>")
        else:
            robust = robust_page(result, method_id, ranked.rank)
            head, live, rest = method_parts(ranked.method, ranked, tr, robust)
            view.show_parts(head, ranking_pieces(ranked.method, ranked, tr, robust), rest)
            whole.setHtml(head + live + rest)
        qapp.processEvents()
        assert view.document().toHtml() == whole.document().toHtml()
        assert view.verticalScrollBar().maximum() == whole.verticalScrollBar().maximum()
        assert view.verticalScrollBar().value() == whole.verticalScrollBar().value() == 0
        assert painted(view) == painted(whole)
    assert len(view._pages) <= PAGES_KEPT


def test_the_placeholder_after_a_method_page_is_plain_text_in_the_views_font(qtbot, methods, knowledge):
    """Qt types plain text in the format its cursor last had: after a method page, that was the page's title."""
    view, fresh = DetailView(), DetailView()
    qtbot.addWidget(view)
    qtbot.addWidget(fresh)
    result = Advisor(methods, knowledge).advise(Context(**FACTS))
    first = result.advice.results[0]
    view.show_parts(*method_parts(first.method, first, tr, robust_page(result, first.method.id, first.rank)))
    view.show_placeholder()
    assert view.document().toHtml() == fresh.document().toHtml()
    assert "font-weight:700" not in view.document().toHtml()
