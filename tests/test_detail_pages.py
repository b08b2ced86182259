"""A method page that comes back in its kept view (its changed pieces replaced) reads and looks exactly like the
page made whole in a view of its own, and the pane of kept pages behaves as one page: focus, links, visibility,
scroll position (pytest-qt, offscreen, Hypothesis)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QUrl
from PySide6.QtGui import QImage, QTextCursor
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from advisor import vocabulary as voc
from advisor.context import CRITERIA, MAX_WEIGHT, MIN_WEIGHT, Context
from app.advice import Advisor
from ui.detail_pane import PAGES_KEPT, DetailPane
from ui.detail_view import DetailView
from ui.i18n import tr
from ui.method_page import method_parts, ranking_pieces, robust_page

FACTS = {"settings": frozenset({"district"}), "goals": frozenset(sorted(voc.GOALS)[:2])}
# Each step re-weighs the situation and shows one of a few methods' pages (or the placeholder, or an
# exclusion): pages come back, with other numbers, after others were shown.
steps = st.lists(st.tuples(st.fixed_dictionaries({c: st.integers(MIN_WEIGHT, MAX_WEIGHT) for c in CRITERIA}),
                           st.sampled_from(["abcd", "idop", "twexx", "moedercentra", "dialoogmethode",
                                            "kern-met-pit", "vouchersysteem", None, "uitgesloten"])),
                 min_size=2, max_size=14)


def painted(view: DetailView | DetailPane) -> QImage:
    return view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=steps)
def test_a_page_that_comes_back_reads_and_looks_like_the_page_made_whole(qtbot, qapp, methods, knowledge, steps):
    advisor = Advisor(methods, knowledge)
    view, whole = DetailPane(), DetailView()
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
        page = view.shown
        assert page.document().toHtml() == whole.document().toHtml()
        assert page.verticalScrollBar().maximum() == whole.verticalScrollBar().maximum()
        assert page.verticalScrollBar().value() == whole.verticalScrollBar().value() == 0
        assert painted(view) == painted(whole)
        assert [child for child in view.findChildren(DetailView) if child.isVisible()] == [page]
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


def side_by_side(qtbot) -> tuple[DetailPane, DetailView]:  # noqa: ANN001
    """A pane of kept pages and a plain view to make each page whole in, shown at one size."""
    pane, whole = DetailPane(), DetailView()
    for shown in (pane, whole):
        qtbot.addWidget(shown)
        shown.resize(450, 400)
        shown.show()
    return pane, whole


def pages_of(result, count: int) -> list[tuple]:  # noqa: ANN001 - an AdviceWithWhatIf
    return [method_parts(r.method, r, tr, robust_page(result, r.method.id, r.rank))
            for r in list(result.advice.results)[:count]]


def test_a_kept_page_comes_back_at_its_top_with_the_focus_and_its_links(qtbot, qapp, methods, knowledge):
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.resize(450, 300)
    pane.show()
    qtbot.waitExposed(pane)
    asked: list[str] = []
    pane.knowledgeRequested.connect(asked.append)
    first, second = pages_of(Advisor(methods, knowledge).advise(Context(**FACTS)), 2)
    pane.show_parts(*first)
    kept = pane.shown
    start, end, _href = kept.links()[-1]  # the reader chose the last link (Tab), far down the page
    chosen = kept.textCursor()
    chosen.setPosition(start)
    chosen.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    kept.setTextCursor(chosen)
    assert kept.chosen_link() is not None and kept.verticalScrollBar().value() > 0
    pane.show_parts(*second)
    pane.activateWindow()
    qtbot.waitUntil(pane.isActiveWindow)
    pane.setFocus()
    assert QApplication.focusWidget() is pane.shown is not kept
    pane.show_parts(*first)
    qapp.processEvents()
    assert pane.shown is kept and QApplication.focusWidget() is kept and kept.isVisible()
    assert kept.verticalScrollBar().value() == 0 and not kept.textCursor().hasSelection()
    knowledge_link = next(href for _start, _end, href in kept.links() if href.startswith("kennis:"))
    kept.follow(QUrl(knowledge_link))
    assert asked == [QUrl(knowledge_link).path()]


def test_a_page_hidden_from_outside_hides_the_pane_and_the_next_page_stays_hidden(qtbot, qapp, methods, knowledge):
    """The workshop presentation hides the page at some steps; another method chosen then must not show it."""
    holder = QWidget()
    qtbot.addWidget(holder)
    column = QVBoxLayout(holder)
    pane = DetailPane()
    column.addWidget(pane)
    holder.resize(450, 300)
    holder.show()
    qtbot.waitExposed(holder)
    first, second = pages_of(Advisor(methods, knowledge).advise(Context(**FACTS)), 2)
    pane.show_parts(*first)
    pane.shown.setVisible(False)
    assert pane.isHidden() and not pane.shown.isVisible()
    pane.show_parts(*second)
    pane.show_placeholder()
    assert not any(view.isVisible() for view in pane.findChildren(DetailView))
    pane.shown.show()
    qapp.processEvents()
    assert pane.isVisible() and pane.shown.isVisible() and pane.shown.geometry() == pane.rect()
    assert [view for view in pane.findChildren(DetailView) if view.isVisible()] == [pane.shown]


def test_a_kept_page_shown_after_the_pane_was_resized_is_laid_out_at_the_new_width(qtbot, qapp, methods,
                                                                                  knowledge):
    pane, whole = side_by_side(qtbot)
    first, second = pages_of(Advisor(methods, knowledge).advise(Context(**FACTS)), 2)
    pane.show_parts(*first)
    pane.show_parts(*second)
    for shown in (pane, whole):
        shown.resize(300, 380)
    pane.show_parts(*first)
    whole.setHtml("".join(first))
    qapp.processEvents()
    assert pane.shown.verticalScrollBar().maximum() == whole.verticalScrollBar().maximum()
    assert painted(pane) == painted(whole)


def test_more_pages_than_are_kept_each_read_and_look_as_made_whole_in_the_views_font(qtbot, qapp, methods,
                                                                                      knowledge):
    """The oldest page's view takes a new page; a font change (zoom) makes every page anew in the new font."""
    pane, whole = side_by_side(qtbot)
    pages = pages_of(Advisor(methods, knowledge).advise(Context(**FACTS)), PAGES_KEPT + 3)
    for round_ in range(2):
        if round_:
            font = pane.font()
            font.setPointSizeF(font.pointSizeF() * 1.5)
            for shown in (pane, whole):
                shown.setFont(font)
        for parts in pages + pages[:2]:
            pane.show_parts(*parts)
            whole.setHtml("".join(parts))
            qapp.processEvents()
            assert pane.shown.toPlainText() == whole.toPlainText()
            assert pane.shown.verticalScrollBar().maximum() == whole.verticalScrollBar().maximum()
            assert painted(pane) == painted(whole)
            assert len(pane.findChildren(DetailView)) <= PAGES_KEPT + 1  # the kept pages and the placeholder's


def test_a_re_rank_that_changes_the_page_shown_keeps_where_the_reader_scrolled_to(qtbot, qapp, methods, knowledge):
    """The part about the method's place is replaced in the page; the reader further down stays there (the
    page used to jump back to its top, to the text cursor it had left there)."""
    advisor = Advisor(methods, knowledge)
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.resize(450, 400)
    pane.show()
    method_id = "abcd"
    shown = []
    for goal in sorted(voc.GOALS)[:4]:
        result = advisor.advise(Context(settings=frozenset({"district"}), goals=frozenset({goal})))
        ranked = next(r for r in result.advice.results if r.method.id == method_id)
        robust = robust_page(result, method_id, ranked.rank)
        head, _live, rest = method_parts(ranked.method, ranked, tr, robust)
        pieces = ranking_pieces(ranked.method, ranked, tr, robust)
        pane.show_parts(head, pieces, rest)
        qapp.processEvents()
        if not shown:
            pane.shown.verticalScrollBar().setValue(300)
        shown.append(pieces)
        assert pane.shown.verticalScrollBar().value() == 300
    assert len(set(shown)) > 1  # the page did change


def test_a_page_given_whole_again_after_a_method_page_starts_at_its_top(qtbot, qapp, methods, knowledge):
    pane = DetailPane()
    qtbot.addWidget(pane)
    pane.resize(450, 200)
    pane.show()
    first = pages_of(Advisor(methods, knowledge).advise(Context(**FACTS)), 1)[0]
    excluded = "".join(f"<p>uitgesloten, regel {i}</p>" for i in range(40))
    pane.setHtml(excluded)
    pane.shown.verticalScrollBar().setValue(200)
    pane.show_parts(*first)
    pane.setHtml(excluded)
    qapp.processEvents()
    assert pane.shown.verticalScrollBar().value() == 0
    pane.shown.verticalScrollBar().setValue(200)
    pane.setHtml(excluded)  # the page shown again: the reader stays where they are
    assert pane.shown.verticalScrollBar().value() == 200
