"""The method page's scroll bar, copied from a kept drawing when a page height comes back, looks exactly as
Qt paints it, on screen and painted whole (pytest-qt, offscreen)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QScrollBar

from advisor.context import Context
from app.advice import Advisor
from ui.detail_view import DetailView
from ui.i18n import tr
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
