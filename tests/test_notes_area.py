"""The list stays where it is while notes above it come and go, and settles after a pause."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect

from ui import notes_area

# Two situations found by trying every place with every goal: the first has four lines of notes above the
# list (no clear winner, the first place's margin, the news of the first place), the second one line.
MANY_NOTES = ("village", "social_cohesion")
ONE_NOTE = ("municipality", "volunteering")


def describe(window, situation: tuple[str, str]) -> None:
    panel = window.context_panel
    for setting, box in panel.settings.items():
        box.setChecked(setting == situation[0])
    for goal, box in panel.goals.boxes.items():
        box.setChecked(goal == situation[1])


def list_top(window) -> int:
    return window.table.mapTo(window, QPoint(0, 0)).y()


def on_screen_as_painted(window, widget) -> bool:
    """What the window's backing store holds for *widget* (what the user sees after the repaints Qt chose
    to make) equals a fresh paint of the whole window."""
    from PySide6.QtWidgets import QApplication

    area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size()).intersected(window.rect())
    shown = QApplication.primaryScreen().grabWindow(window.winId()).toImage().copy(area)
    fresh = window.grab().toImage().copy(area).convertToFormat(shown.format())
    return shown == fresh


def test_a_note_that_goes_while_the_user_works_leaves_the_list_in_place(window, qtbot):
    describe(window, MANY_NOTES)
    qtbot.wait(1)  # the notes are laid out, as before a paint
    assert window.notes.tier.isVisible()
    top = list_top(window)
    describe(window, ONE_NOTE)
    qtbot.wait(1)
    assert not window.notes.tier.isVisible() and not window.notes.what_if.isVisible()
    assert list_top(window) == top  # the list did not jump up
    assert on_screen_as_painted(window, window.notes_area)  # the gone note left no words on screen
    assert on_screen_as_painted(window, window.table)


def test_the_room_of_a_gone_note_is_given_back_after_a_pause(window, qtbot):
    describe(window, MANY_NOTES)
    qtbot.wait(1)
    with_tier = list_top(window)
    describe(window, ONE_NOTE)
    qtbot.wait(1)
    assert list_top(window) == with_tier
    qtbot.waitUntil(lambda: list_top(window) < with_tier, timeout=notes_area.SETTLE_MS + 2000)
    shown = [n for n in (window.notes.what_if, window.notes.live, window.notes.fit) if n.isVisible()]
    assert shown == [window.notes.live], "the one note is still said"
    for note in shown:  # every note whole, above the list
        bottom = note.mapTo(window, QPoint(0, note.height())).y()
        assert bottom <= list_top(window)
    assert on_screen_as_painted(window, window.table)


def test_a_note_that_comes_pushes_the_list_down_at_once_and_is_read_whole(window, qtbot):
    describe(window, MANY_NOTES)
    qtbot.wait(1)
    describe(window, ONE_NOTE)
    window.notes_area.settle()
    qtbot.wait(1)
    top = list_top(window)
    describe(window, MANY_NOTES)  # the tier comes
    qtbot.wait(1)
    tier = window.notes.tier
    assert tier.isVisible() and list_top(window) > top
    assert tier.mapTo(window, QPoint(0, tier.height())).y() <= list_top(window)
    assert tier.height() >= tier.heightForWidth(tier.width())  # not cut
    assert on_screen_as_painted(window, window.notes_area)


def test_turning_search_on_gives_the_room_back_at_once(window, qtbot):
    describe(window, MANY_NOTES)
    qtbot.wait(1)
    describe(window, ONE_NOTE)
    qtbot.wait(1)
    held = window.notes_area.minimumHeight()
    window.search_box.run("vrijwilligers")
    qtbot.wait(1)
    needed = window.notes_area.needed()
    assert window.notes_area.minimumHeight() == needed < held


def test_without_notes_the_list_stands_right_under_the_search_box(window, qtbot):
    notes = (window.notes.offer, window.notes.search, window.notes.fit, window.notes.tier, window.notes.what_if,
             window.notes.live)
    for note in notes:  # as when nothing needs saying
        note.hide()
    window.notes_area.settle()
    qtbot.wait(1)
    assert not window.notes_area.isVisible()
    box = window.search_box
    gap = list_top(window) - box.mapTo(window, QPoint(0, box.height())).y()
    assert gap == window.table.parentWidget().layout().spacing()
    window.notes.fit.show()  # a note that comes shows its area with it, at once
    assert window.notes_area.isVisible() and window.notes.fit.isVisible()
