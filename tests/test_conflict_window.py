"""Two desks in the window: the conflict dialog shows both versions field by field and each way out
does what it says; Catalogus → Wijzigingen lists the change log newest first, filtered by method;
the case list shows one's own cases unless shared ones are asked for."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from app.api import Case, Cases, ConflictError, UserRecords, open_catalogue
from ui import case_prompts, conflict_dialog
from ui.case_dialog import OpenCaseDialog
from ui.change_log_dialog import ChangeLogDialog
from ui.conflict_dialog import ConflictDialog

THEIRS = "Bram's samenvatting: bewoners brengen zelf in kaart wat er in de buurt al is."
MINE = "Mijn samenvatting: de buurt vertrekt vanuit kansen, niet vanuit problemen."
SHOTS = Path(os.environ.get("METHODEWIJZER_SHOTS", "/tmp"))


@pytest.fixture
def conflict(window, db_url, monkeypatch):
    """The window's desk opened abcd at version 0; Bram saved it since; the window's save is refused."""
    monkeypatch.setenv("LOGNAME", "bram")
    UserRecords(open_catalogue(db_url)).edit("abcd", {"summary": THEIRS})
    monkeypatch.setenv("LOGNAME", "anna")
    records = window.catalogue_actions.records
    with pytest.raises(ConflictError) as caught:
        records.edit("abcd", {"summary": MINE})
    return records, caught.value


def _save_mine(records):
    return lambda expected: records.edit("abcd", {"summary": MINE}, expected_version=expected)


def test_the_dialog_shows_both_versions_field_by_field_as_plain_text(window, conflict, qtbot):
    _records, error = conflict
    dialog = ConflictDialog(error.conflict, window)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(3)] == ["Samenvatting", MINE, THEIRS]
    assert "bram" in table.horizontalHeaderItem(2).text()
    assert dialog.buttons[conflict_dialog.TAKE_THEIRS].isDefault()
    dialog.grab().save(str(SHOTS / "conflict-dialog.png"))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # cancel: nothing chosen
    assert dialog.choice is None


def test_keep_mine_overwrites_knowingly_and_the_log_keeps_theirs(window, conflict, monkeypatch):
    records, error = conflict
    monkeypatch.setattr(conflict_dialog, "ask_choice", lambda *_: conflict_dialog.KEEP_MINE)
    assert conflict_dialog.resolve(window, records, error, _save_mine(records)) == conflict_dialog.KEEP_MINE
    assert open_catalogue(records.catalogue.url).get("abcd").summary == MINE
    log = records.log("abcd")
    assert [(r["who"], r["new"]) for r in log] == [("anna", MINE), ("bram", THEIRS)]


def test_take_theirs_saves_nothing_and_shows_theirs(window, conflict, monkeypatch):
    records, error = conflict
    before = records.digest()
    monkeypatch.setattr(conflict_dialog, "ask_choice", lambda *_: conflict_dialog.TAKE_THEIRS)
    conflict_dialog.resolve(window, records, error, _save_mine(records))
    assert records.digest() == before
    assert records.catalogue.get("abcd").summary == THEIRS and records.catalogue.status["abcd"]["version"] == 1


def test_save_as_new_keeps_theirs_and_stores_mine_as_an_own_method(window, conflict, monkeypatch):
    records, error = conflict
    answers = iter(["abcd", "abcd-anna"])  # first a taken id: told, asked again
    told = []
    monkeypatch.setattr(conflict_dialog, "ask_choice", lambda *_: conflict_dialog.SAVE_AS_NEW)
    monkeypatch.setattr(case_prompts, "text_input", lambda *_: next(answers))
    monkeypatch.setattr(case_prompts, "tell", lambda _p, _t, text, *_: told.append(text))
    assert conflict_dialog.resolve(window, records, error, _save_mine(records)) == conflict_dialog.SAVE_AS_NEW
    assert told and "bestaat al" in told[0]
    catalogue = open_catalogue(records.catalogue.url)
    assert catalogue.get("abcd").summary == THEIRS
    assert catalogue.get("abcd-anna").summary == MINE and catalogue.get("abcd-anna").name.endswith("(kopie)")


def test_hiding_what_another_desk_changed_says_who_and_shows_their_state(window, db_url, monkeypatch):
    monkeypatch.setenv("LOGNAME", "bram")
    UserRecords(open_catalogue(db_url)).hide("twexx")
    told = []
    monkeypatch.setattr(case_prompts, "tell", lambda _p, _t, text, *_: told.append(text))
    window.select_method("twexx")
    window.catalogue_actions.actions["hide"].trigger()
    assert told and "gewijzigd door bram" in told[0]
    assert "twexx" in {m.id for m in window.catalogue_actions.records.catalogue.hidden}
    assert not window.undo_stack.canUndo()  # nothing to undo: nothing was done


def test_changes_window_lists_newest_first_and_filters_by_method(window, qtbot, monkeypatch):
    records = window.catalogue_actions.records
    monkeypatch.setenv("LOGNAME", "anna")
    records.edit("abcd", {"summary": MINE})
    records.edit("twexx", {"goal": "Een eigen doel voor Twexx."})
    records.hide("moedercentra")
    seen = {}

    def exec_(dialog):
        dialog.show()
        seen["all"] = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
        seen["focus"] = dialog.focusWidget() is dialog.table
        dialog.choose_method("abcd")
        seen["abcd"] = [(dialog.table.item(r, 1).text(), dialog.table.item(r, 3).text(), dialog.table.item(r, 5)
                         .text()) for r in range(dialog.table.rowCount())]
        seen["detail"] = dialog.detail.toPlainText()
        dialog.choose_method("")
        dialog.resize(1000, 420)
        dialog.grab().save(str(SHOTS / "change-log.png"))
        return 0

    monkeypatch.setattr(ChangeLogDialog, "exec", exec_)
    window.select_method("kern-met-pit")  # no changes: the filter starts at all methods
    window.catalogue_actions.actions["log"].trigger()
    assert [name.split(" (")[-1] for name in seen["all"]] == ["moedercentra)", "twexx)", "abcd)"]
    assert seen["focus"]
    assert seen["abcd"] == [("anna", "Samenvatting", MINE)]
    assert MINE in seen["detail"] and "Asset-Based" in seen["detail"]


def test_the_case_list_shows_ones_own_unless_shared_ones_are_asked_for(window, db_url, qtbot, monkeypatch):
    from advisor.context import Context

    monkeypatch.setenv("LOGNAME", "bram")
    bram = Cases(open_catalogue(db_url))
    for name in ("Bram gedeeld", "Bram privé"):
        bram.save(Case(name=name, context=Context()))
    bram.share("Bram gedeeld")
    bram.close()
    monkeypatch.setenv("LOGNAME", "anna")
    anna = Cases(open_catalogue(db_url))
    anna.save(Case(name="Van Anna", context=Context()))
    dialog = OpenCaseDialog(anna.list(shared_too=True), {}, window, anna.viewer)
    qtbot.addWidget(dialog)

    def shown():
        return [dialog.list.item(i).text().split("\n")[0] for i in range(dialog.list.count())
                if not dialog.list.item(i).isHidden()]

    assert shown() == ["Van Anna"]
    dialog.shared_too.setChecked(True)
    assert sorted(shown()) == ["Bram gedeeld", "Van Anna"]
    assert "van bram, gedeeld" in next(dialog.list.item(i).text() for i in range(dialog.list.count())
                                       if "Bram" in dialog.list.item(i).text())
    anna.close()


def test_file_share_lets_colleagues_see_the_open_case(window, db_url, monkeypatch):
    monkeypatch.setenv("LOGNAME", "anna")
    actions = window.case_actions
    assert not actions.actions["share"].isEnabled()  # nothing saved on screen yet
    monkeypatch.setattr("ui.case_actions.CaseDetailsDialog.exec", lambda _d: 1)
    monkeypatch.setattr("ui.case_actions.CaseDetailsDialog.values", lambda _d: {
        "name": "Buurt West", "notes": "", "decision_id": None, "decision_reason": ""})
    actions.actions["save_as"].trigger()
    share = actions.actions["share"]
    assert share.isEnabled() and share.isCheckable() and not share.isChecked()
    share.trigger()
    assert share.isChecked() and "gedeeld" in window.status.currentMessage()
    monkeypatch.setenv("LOGNAME", "bram")
    bram = Cases(open_catalogue(db_url))
    assert [s["name"] for s in bram.list(shared_too=True)] == ["Buurt West"] and bram.list() == []
    bram.close()
    share.trigger()
    assert not share.isChecked()
    monkeypatch.setenv("LOGNAME", "carla")
    carla = Cases(open_catalogue(db_url))
    assert carla.list(shared_too=True) == []
    carla.close()


def _form_saving(monkeypatch, db_url, summary, meanwhile):
    """The window's form: while it is open, *meanwhile* (another desk) saves; then this desk saves *summary*."""
    from ui.method_form import MethodForm

    def exec_(form):
        meanwhile()
        form.texts["summary"].setPlainText(summary)
        return 1
    monkeypatch.setattr(MethodForm, "exec", exec_)


def _bram_saves(db_url, monkeypatch, change):
    def save():
        monkeypatch.setenv("LOGNAME", "bram")
        change(UserRecords(open_catalogue(db_url)))
        monkeypatch.setenv("LOGNAME", "anna")
    return save


@pytest.mark.parametrize("choice", [conflict_dialog.KEEP_MINE, conflict_dialog.TAKE_THEIRS,
                                    conflict_dialog.SAVE_AS_NEW])
def test_the_edit_form_saves_against_the_version_it_opened_and_a_conflict_asks_which_stays(
        window, db_url, monkeypatch, choice):
    monkeypatch.setenv("LOGNAME", "anna")
    _form_saving(monkeypatch, db_url, MINE, _bram_saves(db_url, monkeypatch,
                                                         lambda r: r.edit("abcd", {"summary": THEIRS})))
    asked = []

    def ask(_parent, conflict):
        asked.append([(d.name, d.mine, d.theirs) for d in conflict.differences()])
        return choice
    monkeypatch.setattr(conflict_dialog, "ask_choice", ask)
    monkeypatch.setattr(case_prompts, "text_input", lambda *_: "abcd-anna")
    window.select_method("abcd")
    window.catalogue_actions.actions["edit"].trigger()

    assert asked == [[("summary", MINE, THEIRS)]]  # the dialog came up, with both versions
    stored = open_catalogue(db_url)
    records = window.catalogue_actions.records
    assert stored.get("abcd").summary == (MINE if choice == conflict_dialog.KEEP_MINE else THEIRS)
    assert window.catalogue.get("abcd").summary == stored.get("abcd").summary  # the window shows what is stored
    assert [r["who"] for r in records.log("abcd")] == (["anna", "bram"] if choice == conflict_dialog.KEEP_MINE
                                                       else ["bram"])
    copy = stored.get("abcd-anna")
    assert (copy is not None and copy.summary == MINE) == (choice == conflict_dialog.SAVE_AS_NEW)
    assert window.undo_stack.count() == (1 if choice in (conflict_dialog.KEEP_MINE, conflict_dialog.SAVE_AS_NEW)
                                         else 0)
    if choice == conflict_dialog.SAVE_AS_NEW:  # undo takes the copy away and leaves bram's text
        window.undo_action.trigger()
        assert open_catalogue(db_url).get("abcd-anna") is None
        assert open_catalogue(db_url).get("abcd").summary == THEIRS


def test_cancelling_the_conflict_brings_the_form_back_with_what_was_typed(window, db_url, monkeypatch):
    """Annuleren in the conflict dialog: the form again, the user's text still in it and a note why;
    nothing saved until the user saves again, which asks again."""
    from ui.method_form import MethodForm

    monkeypatch.setenv("LOGNAME", "anna")
    bram = _bram_saves(db_url, monkeypatch, lambda r: r.edit("abcd", {"summary": THEIRS}))
    seen = []

    def exec_(form):
        if not seen:  # first time: bram saves meanwhile, anna types hers and saves
            bram()
            form.texts["summary"].setPlainText(MINE)
        else:  # back after Annuleren: what does the form hold, and what does the window show?
            form.show()
            form.grab().save(str(SHOTS / "edit-form-after-cancel.png"))
            form.hide()
            stored = open_catalogue(db_url)
            seen.append(stored.get("abcd").summary)
            seen.append(window.catalogue.get("abcd").summary)
        seen.append((form.texts["summary"].toPlainText(), form.notice.isVisibleTo(form), form.notice.text()))
        return 1
    monkeypatch.setattr(MethodForm, "exec", exec_)
    answers = iter([None, conflict_dialog.KEEP_MINE])
    monkeypatch.setattr(conflict_dialog, "ask_choice", lambda *_: next(answers))
    window.select_method("abcd")
    window.catalogue_actions.actions["edit"].trigger()

    first, stored_then, shown_then, (typed, noted, note) = seen
    assert first[:2] == (MINE, False)
    assert stored_then == THEIRS and shown_then == THEIRS  # nothing of anna's saved by Annuleren
    assert typed == MINE and noted and "andere werkplek" in note
    assert open_catalogue(db_url).get("abcd").summary == MINE  # saved again, kept hers knowingly
    assert [r["who"] for r in window.catalogue_actions.records.log("abcd")] == ["anna", "bram"]
    assert window.undo_stack.count() == 1


def test_undo_is_logged_and_refused_when_another_desk_saved_the_method_since(window, db_url, monkeypatch):
    monkeypatch.setenv("LOGNAME", "anna")
    _form_saving(monkeypatch, db_url, MINE, lambda: None)
    window.select_method("abcd")
    window.catalogue_actions.actions["edit"].trigger()
    records = window.catalogue_actions.records
    shipped = records.shipped("abcd").summary
    window.undo_action.trigger()
    assert records.version("abcd") == 2 and open_catalogue(db_url).get("abcd").summary == shipped
    assert [(r["who"], r["old"], r["new"]) for r in records.log("abcd")][0] == ("anna", MINE, shipped)
    window.redo_action.trigger()
    assert records.version("abcd") == 3 and open_catalogue(db_url).get("abcd").summary == MINE

    _bram_saves(db_url, monkeypatch, lambda r: r.edit("abcd", {"summary": THEIRS}))()
    told = []
    monkeypatch.setattr(case_prompts, "tell", lambda _p, _t, text, *_: told.append(text))
    window.undo_action.trigger()
    assert told and "gewijzigd door bram" in told[0]
    assert open_catalogue(db_url).get("abcd").summary == THEIRS == window.catalogue.get("abcd").summary
    assert records.version("abcd") == 4 and not window.undo_stack.canUndo()  # the edit is dropped, not pretended


def test_restoring_a_field_is_a_logged_save_and_refused_after_another_desks_save(window, db_url, monkeypatch):
    monkeypatch.setenv("LOGNAME", "anna")
    _form_saving(monkeypatch, db_url, MINE, lambda: None)
    window.select_method("abcd")
    window.catalogue_actions.actions["edit"].trigger()
    records = window.catalogue_actions.records
    window.local_changes.buttons[("restore", "summary")].click()
    shipped = records.shipped("abcd").summary
    assert records.version("abcd") == 2 and records.log("abcd")[0]["new"] == shipped
    window.undo_action.trigger()  # the local text is back
    assert records.version("abcd") == 3
    _bram_saves(db_url, monkeypatch, lambda r: r.edit("abcd", {"goal": "Bram's doel."}))()
    told = []
    monkeypatch.setattr(case_prompts, "tell", lambda _p, _t, text, *_: told.append(text))
    before = records.digest()
    window.select_method("abcd")
    window.local_changes.buttons[("restore", "summary")].click()
    assert told and "gewijzigd door bram" in told[0] and records.digest() == before
    assert window.catalogue.get("abcd").goal == "Bram's doel."  # the window shows bram's save now
    window.select_method("abcd")
    window.local_changes.buttons[("restore", "summary")].click()  # seen now: restoring works
    assert open_catalogue(db_url).get("abcd").summary == shipped and records.version("abcd") == 5
