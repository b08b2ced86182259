"""Own methods in the window: the new-method form checks as you type, and a saved method is advised,
found, hidden and brought back with undo."""

from __future__ import annotations

from ui.method_form import MethodForm


def visible_ids(window) -> set[str]:
    from ui.advice_model import METHOD_ID_ROLE, NAME

    proxy = window.proxy
    return {proxy.index(row, NAME).data(METHOD_ID_ROLE) for row in range(proxy.rowCount())}


def index_caught_up(window) -> None:  # noqa: ANN001
    """Wait until the search index has taken in the window's edits (a worker writes them: ui.index_catch_up)."""
    import time

    from PySide6.QtCore import QCoreApplication

    end = time.monotonic() + 30
    while window.catalogue_actions.index.busy() and time.monotonic() < end:
        QCoreApplication.processEvents()
        time.sleep(0.002)
    assert not window.catalogue_actions.index.busy()


def fill_in(form: MethodForm) -> None:
    form.name.setText("Buurtkamer Plus")
    form.texts["summary"].setPlainText("Bewoners runnen samen een buurtkamer met een wekelijkse kookavond.")
    for key in ("target_group", "goal", "approach"):
        form.texts[key].setPlainText("Eigen tekst van de organisatie.")
    form.developer.setPlainText("Gemeente Voorbeeld")
    form.lists["settings"].boxes["neighbourhood"].setChecked(True)
    form.lists["target_groups"].boxes["all_residents"].setChecked(True)
    form.lists["goals"].boxes["social_cohesion"].setChecked(True)
    form.months.setValue(12)


def test_new_method_is_checked_at_the_field_then_advised_found_hidden_and_undone(window, qtbot, monkeypatch):
    seen = {}

    def exec_(form):
        form.show()
        qtbot.keyClicks(form.id, "Buurt Kamer")
        seen["bad_id"] = (form.problems["id"].isVisible(), form.problems["id"].text(), form.save_button.isEnabled())
        form.id.setText("abcd")  # a shipped method's id
        seen["taken"] = form.problems["id"].text()
        form.id.setText("buurtkamer-plus")
        seen["fixed"] = form.problems["id"].isVisible()
        fill_in(form)
        seen["ready"] = form.save_button.isEnabled()
        form.hide()
        return 1

    monkeypatch.setattr(MethodForm, "exec", exec_)
    window.catalogue_actions.actions["new"].trigger()
    shown, message, save_enabled = seen["bad_id"]
    assert shown and "kleine letters" in message and not save_enabled
    assert "bestaat al" in seen["taken"]
    assert not seen["fixed"] and seen["ready"]

    assert "buurtkamer-plus" in visible_ids(window)
    assert window.model.row_of("buurtkamer-plus") >= 0
    index_caught_up(window)
    window.search_box.setText("kookavond")
    window.search_box.flush()
    assert visible_ids(window) == {"buurtkamer-plus"}
    window.search_box.setText("")

    window.select_method("buurtkamer-plus")
    window.catalogue_actions.actions["hide"].trigger()
    assert "buurtkamer-plus" not in visible_ids(window)
    index_caught_up(window)
    window.search_box.setText("kookavond")
    window.search_box.flush()
    assert visible_ids(window) == set()
    window.search_box.setText("")

    window.undo_action.trigger()  # the hide
    assert "buurtkamer-plus" in visible_ids(window)
    window.undo_action.trigger()  # the add
    assert "buurtkamer-plus" not in visible_ids(window)
    assert not window.undo_action.isEnabled()


def test_a_hidden_shipped_method_comes_back_through_the_list(window, monkeypatch):
    from ui import catalogue_actions

    window.select_method("abcd")
    window.catalogue_actions.actions["hide"].trigger()
    assert "abcd" not in visible_ids(window)
    offered = []
    monkeypatch.setattr(catalogue_actions, "choose_hidden",
                        lambda _p, _t, _l, names: (offered.extend(names), names.index("ABCD-methode"))[1])
    window.catalogue_actions.actions["unhide"].trigger()
    assert offered == ["ABCD-methode"] and "abcd" in visible_ids(window)
