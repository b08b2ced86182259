"""What a search leaves on screen is the list as it now reads, in the same turn of the event loop.

Qt lays a filtered list's rows out a turn later and shows or hides its scroll bar a turn after that; until
then a search that hid rows showed the old ones below the new (typing a third letter, Backspace, Escape).
The window's backing store (what is on screen after the piecewise repaints) is compared with the list
painted whole, after every key, as soon as the key's events are handled.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest

from advisor import vocabulary as voc
from ui.kept import Kept

KEYS = [*"sug", Qt.Key.Key_Backspace, Qt.Key.Key_Backspace, *"n", Qt.Key.Key_Escape, *"bin", Qt.Key.Key_Backspace,
        Qt.Key.Key_Backspace, Qt.Key.Key_Backspace, *"xyz", Qt.Key.Key_Escape]


def list_on_screen_and_fresh(window) -> tuple[QImage, QImage]:  # noqa: ANN001
    """The list as the backing store holds it, and the list painted whole now (the search box, whose clear
    button fades in over a while, is left out)."""
    area = QRect(window.table.mapTo(window, QPoint(0, 0)), window.table.size())
    screen = window.windowHandle().screen()
    shown = screen.grabWindow(window.winId()).toImage().convertToFormat(QImage.Format.Format_RGB32)
    fresh = window.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    return shown.copy(area), fresh.copy(area)


@pytest.mark.gui
def test_every_key_of_a_search_leaves_the_list_on_screen_as_it_reads(window, qapp):
    window.resize(1400, 860)
    window.context_panel.set_state({"target_groups": sorted(voc.TARGET_GROUPS)[:1], "goals": sorted(voc.GOALS)[:2],
                                    "production_power": sorted(voc.PRODUCTION_POWER)[0]})
    qapp.processEvents()
    counts = []
    for key in KEYS:
        QTest.keyClick(window.search_box, key)
        window.search_box.flush()  # the debounce's delay is not waited for
        qapp.processEvents()
        counts.append(window.proxy.rowCount())
        shown, fresh = list_on_screen_and_fresh(window)
        assert shown == fresh, (window.search_box.text(), counts)
    # The keys hid rows, brought them back, emptied the list and filled it again (one letter searches nothing
    # yet and keeps the whole list).
    total = window.model.rowCount()
    assert counts[0] == total > counts[1] > counts[2] > 0 and 0 in counts and counts[-1] == total


@pytest.mark.gui
def test_a_search_that_stays_a_search_fits_its_columns_once(window, qapp):
    """Typing on in a search whose list keeps its scroll bar changes rows only: no column or row is resized
    (each such change repainted the whole list), and the column widths stay as fitted."""
    window.resize(1400, 860)
    qapp.processEvents()
    resized = []
    for header in (window.table.horizontalHeader(), window.table.verticalHeader()):
        header.sectionResized.connect(lambda *section: resized.append(section))
    for letter in "vri":
        QTest.keyClick(window.search_box, letter)
    window.search_box.flush()
    qapp.processEvents()
    widths = [window.table.columnWidth(c) for c in range(window.proxy.columnCount())]
    scroll_bar = window.table.verticalScrollBar().isVisible()
    resized.clear()
    for letter in "jwil":
        QTest.keyClick(window.search_box, letter)
        window.search_box.flush()
        qapp.processEvents()
        assert window.table.verticalScrollBar().isVisible() == scroll_bar
    assert 0 < window.proxy.rowCount() < window.model.rowCount()
    assert resized == []
    assert [window.table.columnWidth(c) for c in range(window.proxy.columnCount())] == widths


class Paints(QObject):
    """Counts the paint events of the widgets it watches."""

    def __init__(self, *widgets):  # noqa: ANN002
        super().__init__()
        self.count = 0
        for widget in widgets:
            widget.installEventFilter(self)

    def eventFilter(self, _watched, event) -> bool:  # noqa: ANN001, N802 - Qt's name
        self.count += event.type() == QEvent.Type.Paint
        return False


@pytest.mark.gui
def test_every_key_of_a_search_is_painted_in_its_own_turn(window, qapp):
    """The list's new column widths and row heights are taken in before the paint: nothing of a key is left to
    repaint a turn later (it repainted the whole list again, after the next key), and a first letter, which
    changes nothing in the list, repaints nothing of it."""
    window.resize(1400, 860)
    window.context_panel.set_state({"target_groups": sorted(voc.TARGET_GROUPS)[:1], "goals": sorted(voc.GOALS)[:2],
                                    "production_power": sorted(voc.PRODUCTION_POWER)[0]})
    qapp.processEvents()
    table = window.table
    paints = Paints(table, table.viewport(), table.horizontalHeader().viewport(), table.verticalScrollBar())
    qapp.processEvents()  # the window settles from its start first
    paints.count = 0
    before = window.search_box.text()
    for key in KEYS:
        QTest.keyClick(window.search_box, key)
        window.search_box.flush()
        qapp.processEvents()
        painted, paints.count = paints.count, 0
        qapp.processEvents()
        assert paints.count == 0, window.search_box.text()
        if before == "" and window.search_box.text():  # after Escape: the whole list, and one letter keeps it
            assert painted == 0
        before = window.search_box.text()


@pytest.mark.gui
def test_the_list_scroll_bar_copied_from_a_kept_drawing_looks_as_qt_paints_it(window, qapp, monkeypatch):
    """Searches that find as many rows again give the list's scroll bar a look it had: copied then, the very
    pixels Qt paints for it (compared on screen with the bar painted by Qt in its place)."""
    window.resize(1400, 860)
    qapp.processEvents()
    bar = window.table.verticalScrollBar()
    kept = bar._kept
    for query in ["be", "bin", "", "be", "bin", ""]:
        window.search_box.setText(query)
        window.search_box.flush()
        qapp.processEvents()
        assert bar.isVisible() or query == "bin"
        copied, _fresh = list_on_screen_and_fresh(window)
        with monkeypatch.context() as patched:  # painted by Qt, not copied
            patched.setattr(bar, "_drawing", lambda *_look: None)
            patched.setattr(bar, "_kept", Kept(1))
            bar.repaint()
            painted, _fresh = list_on_screen_and_fresh(window)
        assert bar._kept is kept
        assert copied == painted, query
    assert sum(look is not None for look in kept.values()) > 0  # (copies were compared)
