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
