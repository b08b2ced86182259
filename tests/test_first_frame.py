"""What the window's first frame may lean on: pieces built sooner or later must not change what it shows.

The start builds only what the first frame shows; these tests hold the shortcuts it takes to the
plain way of doing the same thing.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget


def test_the_list_reaches_its_own_viewport_by_name(window):  # noqa: ANN001
    """AdviceTable wraps its viewport through findChild (cheap) instead of viewport() (PySide then loads every
    QWidget class); if Qt renamed the viewport the list would still work, but this shortcut would be gone."""
    table = window.table
    found = table.findChild(QWidget, "qt_scrollarea_viewport", Qt.FindChildOption.FindDirectChildrenOnly)
    assert found is not None and found is table.viewport()


def test_a_start_without_options_has_the_options_argparse_gives():
    from ui.main import parse_args, parser

    assert vars(parse_args(["methodewijzer"])) == vars(parser().parse_known_args([])[0])
    assert vars(parse_args([])) == vars(parser().parse_known_args([])[0])
    assert vars(parse_args(["methodewijzer", "--lang", "en", "-style", "fusion"])) == {"db": None, "lang": "en"}


def test_a_remembered_zoom_is_in_the_first_frame_before_the_menus_are_filled(qtbot, db_url, qsettings):
    from ui.main_window import MainWindow
    from ui.settings import ZOOM

    plain = MainWindow(db_url, qsettings)
    qtbot.addWidget(plain)
    ZOOM.write(qsettings, 1.5)
    zoomed = MainWindow(db_url, qsettings)
    qtbot.addWidget(zoomed)
    assert not zoomed.__dict__["_menus_filled"]  # nothing has run yet: this is what the first frame shows
    assert zoomed.table.font().pointSizeF() == plain.table.font().pointSizeF() * 1.5
    assert zoomed.context_panel.minimumWidth() > plain.context_panel.minimumWidth()


def test_the_situation_panel_is_wide_enough_for_its_groups_at_a_remembered_zoom_in_english(qtbot, db_url, qsettings):
    """Its width was fitted before the zoomed labels had their new sizes: in English at 110 % every group
    was cut on the right, under the panel's scroll bar."""
    from PySide6.QtCore import QPoint

    from ui.main_window import MainWindow

    qsettings.setValue("ui/language", "en")
    qsettings.setValue("view/zoom", 1.1)
    window = MainWindow(db_url, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.advisor is not None, timeout=60_000)
    qtbot.wait(10)
    panel = window.context_panel
    body = panel.widget()
    assert body.width() >= body.minimumSizeHint().width()
    for group in panel.groups.values():
        right = group.mapTo(panel.viewport(), QPoint(group.width(), 0)).x()
        assert right <= panel.viewport().width(), group.title()
    window.tasks.wait()


def test_a_fault_while_showing_the_catalogue_turns_the_garbage_collector_back_on(window, monkeypatch):
    """The start turns the collector off until the first advice is painted; advice that fails is never
    painted, and the collector must not stay off for the rest of the session."""
    import gc

    import pytest

    def broken(_context) -> None:  # noqa: ANN001
        raise RuntimeError("advice failed")

    monkeypatch.setattr(window, "rerank", broken)
    gc.disable()
    try:
        with pytest.raises(RuntimeError, match="advice failed"):
            window._catalogue_ready((window.catalogue, True))
        assert gc.isenabled()
    finally:
        gc.enable()


FIRST_FRAME_ENUMS = r"""
import enum, os, sys
made = []
make = enum.EnumType.__call__
def counting(cls, value, names=None, *args, **kwargs):
    if names is not None:  # PySide builds a Qt class's enums through the functional API
        made.append(str(value))
    return make(cls, value, names, *args, **kwargs)
enum.EnumType.__call__ = counting
from PySide6.QtCore import QEvent, QObject
from ui.main import build
app, window = build(sys.argv[:1])
class FirstFrame(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and watched is window:
            print(" ".join(made), flush=True)
            os._exit(0)
        return False
first = FirstFrame()
window.installEventFilter(first)
app.exec()
"""


def test_the_first_frame_builds_no_enums_of_the_page_s_text_classes_or_qstyle(tmp_path):
    """PySide builds every enum of a Qt class when the class is first used (~0.3 ms each). The placeholder page
    needs no QTextCursor or QTextDocument, and a scroll bar with nothing to scroll no QStyle: a real start, in a
    process of its own, until its first frame."""
    import os
    import subprocess
    import sys

    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_DATA_HOME": str(tmp_path),
           "XDG_CONFIG_HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", FIRST_FRAME_ENUMS], env=env, capture_output=True, text=True,
                         timeout=120, check=True)
    made = set(out.stdout.split())
    assert "WindowType" in made  # (the count saw the start's enums)
    assert not made & {"MoveMode", "MoveOperation", "FindFlag", "ComplexControl", "SubControl"}
