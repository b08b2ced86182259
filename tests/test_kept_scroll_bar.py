"""The method page's scroll bar, copied from a kept drawing when a page height comes back, looks exactly as
Qt paints it, on screen and painted whole (pytest-qt, offscreen)."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtGui import QCursor, QImage
from PySide6.QtWidgets import QScrollBar, QStyleFactory

from advisor.context import Context
from app.advice import Advisor
from ui.detail_view import DetailView
from ui.i18n import tr
from ui.kept_drawing import KeptScrollBar
from ui.method_page import method_parts, robust_page


def image(view: DetailView, on_screen: bool = False) -> QImage:
    """The view painted whole now, or what its window's backing store holds (painted piece by piece)."""
    if on_screen:
        shown = view.windowHandle().screen().grabWindow(view.winId())
        return shown.toImage().convertToFormat(QImage.Format.Format_RGB32)
    return view.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)


def test_the_page_scroll_bar_copied_from_a_kept_drawing_looks_as_qt_paints_it(qtbot, qapp, methods, knowledge):
    kept, plain = DetailView(), DetailView()
    plain.setVerticalScrollBar(QScrollBar(Qt.Orientation.Vertical))  # painted by Qt every time
    for view in (kept, plain):
        qtbot.addWidget(view)
        view.resize(450, 500)
        view.show()
        qtbot.waitExposed(view)
    result = Advisor(methods, knowledge).advise(Context(settings=frozenset({"district"})))
    pages = [method_parts(r.method, r, tr, robust_page(result, r.method.id, r.rank))
             for r in list(result.advice.results)[:4]]
    for parts in pages + pages[::-1]:  # each height again: then copied
        for view in (kept, plain):
            view.show_parts(*parts)
        qapp.processEvents()
        assert image(kept) == image(plain)
        assert image(kept, on_screen=True) == image(kept)
    kept.verticalScrollBar().setValue(120)  # another place of the handle
    plain.verticalScrollBar().setValue(120)
    qapp.processEvents()
    assert image(kept) == image(plain)
    assert image(kept, on_screen=True) == image(kept)
    looks = kept.verticalScrollBar()._kept
    assert 0 < sum(look is not None for look in looks.values()) < 2 * len(pages)  # (copies were compared)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(["fusion", "windows"]),
       st.lists(st.tuples(st.integers(40, 600), st.integers(1, 100_000), st.integers(1, 900), st.floats(0, 1),
                          st.booleans()), min_size=1, max_size=12))
def test_a_bar_drawn_over_a_kept_groove_looks_as_qt_paints_it(qtbot, qapp, style_name, steps):
    """Each new range or place draws the handle and arrows over a copy of the groove (kept per size and
    state); a bar with a range it had before is copied whole. Both must give Qt's own pixels."""
    style = QStyleFactory.create(style_name)
    bars = []
    for place, kind in enumerate((KeptScrollBar, QScrollBar)):
        bar = kind(Qt.Orientation.Vertical)
        bar.setStyle(style)
        bar.setAutoFillBackground(True)
        qtbot.addWidget(bar)
        bar.move(700 + 40 * place, 700)  # away from the pointer: a bar under it is painted by Qt
        bar.show()
        bars.append(bar)
    for height, maximum, page, place, enabled in steps + steps[::-1]:
        for bar in bars:
            bar.resize(16, height)
            bar.setRange(0, maximum)
            bar.setPageStep(page)
            bar.setValue(round(place * maximum))
            bar.setEnabled(enabled)
        qapp.processEvents()
        kept, plain = (bar.grab().toImage().convertToFormat(QImage.Format.Format_RGB32) for bar in bars)
        assert kept == plain
        assert not bars[0].underMouse()


def test_new_ranges_of_a_bar_share_one_groove(qtbot, qapp):
    bar = KeptScrollBar(Qt.Orientation.Vertical)
    qtbot.addWidget(bar)
    bar.setGeometry(700, 100, 16, 500)
    bar.show()
    qtbot.waitExposed(bar)
    assert not bar.underMouse(), QCursor.pos()
    for maximum in (10, 100, 1000, 10_000, 100_000):  # a search's second letters: each finds other numbers
        bar.setRange(0, maximum)
        bar.grab()  # painted through its paintEvent
    assert len(bar._kept) == 5
    assert len(bar._grooves) == 1
