"""Cases in the window as a professional uses them: save, new, open, close with changes, undo a delete."""

from __future__ import annotations

import json

import pytest

from tests.test_ui import check
from ui import case_prompts
from ui.case_actions import LAST_CASE, UNSAVED
from ui.case_dialog import CaseDetailsDialog, OpenCaseDialog

Button = case_prompts.Button
HOSTILE = "<b>Dorp</b> & ../wijk"


def describe(win) -> None:
    win.context_panel.settings["village"].setChecked(True)
    check(win, win.context_panel.target_groups, "seniors")
    win.context_panel.weights["goal"].set_weight(1)


def answer(monkeypatch, *answers):
    asked = []
    queue = list(answers)
    monkeypatch.setattr(case_prompts, "ask", lambda _p, title, text, *_a: (asked.append((title, text)),
                                                                          queue.pop(0))[1])
    return asked


def fill_save_dialog(monkeypatch, name, decision="moedercentra", reason="Team kent het"):
    def exec_(dialog):
        dialog.name.setText(name)
        dialog.notes.setPlainText("notitie")
        dialog.decision.setCurrentIndex(dialog.decision.findData(decision))
        dialog.reason.setPlainText(reason)
        return 1

    monkeypatch.setattr(CaseDetailsDialog, "exec", exec_)


def open_window(qtbot, db_url, qsettings):
    from ui.main_window import MainWindow

    win = MainWindow(db_url, qsettings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.case_actions.cases is not None, timeout=60_000)
    return win


def test_describe_save_new_open_brings_the_situation_back(window, monkeypatch):
    actions = window.case_actions
    describe(window)
    assert window.isWindowModified()
    fill_save_dialog(monkeypatch, HOSTILE)
    actions.actions["save"].trigger()
    assert not window.isWindowModified() and HOSTILE in window.windowTitle()
    saved = window.context_panel.context()
    actions.actions["new"].trigger()
    assert window.context_panel.context() != saved and not window.isWindowModified()
    assert "Naamloze situatie" in window.windowTitle()
    seen = {}

    def choose(dialog):
        dialog.search.setText("dorp")
        seen["items"] = [dialog.list.item(i).text() for i in range(dialog.list.count())
                         if not dialog.list.item(i).isHidden()]
        return 1

    monkeypatch.setattr(OpenCaseDialog, "exec", choose)
    actions.actions["open"].trigger()
    assert window.context_panel.context() == saved
    assert seen["items"][0].startswith(HOSTILE)  # listed literally, found by search
    assert actions.current.decision_id == "moedercentra" and actions.current.notes == "notitie"
    assert not window.isWindowModified()


def test_ctrl_s_on_an_open_case_saves_without_asking(window, monkeypatch):
    describe(window)
    fill_save_dialog(monkeypatch, "Wijk")
    window.case_actions.actions["save"].trigger()
    window.context_panel.settings["street"].setChecked(True)
    assert window.isWindowModified()
    monkeypatch.setattr(CaseDetailsDialog, "exec", lambda _d: pytest.fail("Ctrl+S asked for a name again"))
    window.case_actions.actions["save"].trigger()
    assert not window.isWindowModified()
    assert "street" in window.case_actions.cases.load("Wijk").context.settings


def test_closing_with_unsaved_changes_asks(window, monkeypatch, qsettings):
    describe(window)
    asked = answer(monkeypatch, Button.Cancel, Button.Discard)
    window.close()
    assert window.isVisible() and asked[0][0] == "Niet-opgeslagen wijzigingen"
    window.close()
    assert not window.isVisible() and len(asked) == 2
    assert qsettings.value(LAST_CASE) == "" and "village" in json.loads(qsettings.value(UNSAVED))["settings"]


@pytest.mark.parametrize("reply", [Button.Yes, Button.No])
def test_an_unsaved_situation_is_offered_not_forced(qtbot, db_url, qsettings, monkeypatch, reply):
    first = open_window(qtbot, db_url, qsettings)
    describe(first)
    answer(monkeypatch, Button.Discard)
    first.close()
    first.tasks.wait()
    asked = answer(monkeypatch, reply, Button.Discard)
    second = open_window(qtbot, db_url, qsettings)
    assert asked and asked[0][0] == "Vorige situatie herstellen?"
    restored = second.context_panel.settings["village"].isChecked()
    assert restored == (reply == Button.Yes) and second.isWindowModified() == restored
    assert qsettings.value(UNSAVED) is None  # offered once
    second.close()
    second.tasks.wait()


def test_the_last_saved_case_reopens_on_start(qtbot, db_url, qsettings, monkeypatch):
    first = open_window(qtbot, db_url, qsettings)
    describe(first)
    fill_save_dialog(monkeypatch, "Dorpshuis")
    first.case_actions.actions["save"].trigger()
    context = first.context_panel.context()
    first.close()
    first.tasks.wait()
    asked = answer(monkeypatch)
    second = open_window(qtbot, db_url, qsettings)
    assert second.context_panel.context() == context and "Dorpshuis" in second.windowTitle()
    assert not second.isWindowModified() and not asked
    second.close()
    second.tasks.wait()


def test_delete_can_be_undone(window, monkeypatch):
    actions = window.case_actions
    describe(window)
    fill_save_dialog(monkeypatch, "Weg ermee")
    actions.actions["save"].trigger()
    assert actions.actions["delete"].isEnabled() and not actions.actions["undo_delete"].isEnabled()
    actions.actions["delete"].trigger()
    assert actions.cases.list() == [] and "Naamloze situatie" in window.windowTitle()
    assert actions.actions["undo_delete"].isEnabled()
    actions.actions["undo_delete"].trigger()
    assert [c["name"] for c in actions.cases.list()] == ["Weg ermee"]
    assert actions.current.name == "Weg ermee" and not window.isWindowModified()


def test_export_import_and_a_refused_file(window, monkeypatch, tmp_path):
    actions = window.case_actions
    describe(window)
    fill_save_dialog(monkeypatch, "Uit")
    actions.actions["save"].trigger()
    target = tmp_path / "uit.methodewijzer.json"
    monkeypatch.setattr(case_prompts, "file_to_save", lambda *_a: str(target))
    actions.actions["export"].trigger()
    assert json.loads(target.read_text("utf-8"))["name"] == "Uit"
    actions.cases.delete("Uit")
    monkeypatch.setattr(case_prompts, "file_to_open", lambda *_a: str(target))
    actions.actions["new"].trigger()
    actions.actions["import"].trigger()
    assert actions.current.name == "Uit" and window.context_panel.settings["village"].isChecked()
    bad = tmp_path / "kapot.methodewijzer.json"
    bad.write_bytes(b'{"format": "methodewijzer-case", "format_version": 99}')
    told = []
    monkeypatch.setattr(case_prompts, "file_to_open", lambda *_a: str(bad))
    monkeypatch.setattr(case_prompts, "tell", lambda _p, title, text, *a, **k: told.append(text))
    before = actions.cases.digest()
    actions.actions["import"].trigger()
    assert told and "nieuwere" in told[0] and actions.cases.digest() == before


def test_report_from_the_window(window, monkeypatch, tmp_path):
    import pypdf

    describe(window)
    fill_save_dialog(monkeypatch, HOSTILE)
    window.case_actions.actions["save"].trigger()
    target = tmp_path / "rapport"
    monkeypatch.setattr(case_prompts, "file_to_save", lambda *_a: str(target))
    window.case_actions.actions["report"].trigger()
    text = " ".join(pypdf.PdfReader(str(tmp_path / "rapport.pdf")).pages[0].extract_text().split())
    assert HOSTILE in text and "Plaats: dorp" in text


def print_preview_to(monkeypatch, printed) -> None:
    """Afdrukken's preview paints its pages into the PDF file *printed* instead of opening."""
    from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

    def preview(dialog):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(printed))
        dialog.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", preview)


def test_ctrl_p_previews_the_same_report_pages(window, monkeypatch, tmp_path):
    import pypdf

    describe(window)
    printed = tmp_path / "afdruk.pdf"
    print_preview_to(monkeypatch, printed)
    assert window.case_actions.actions["print"].shortcuts()[0].toString() == "Ctrl+P"
    window.case_actions.actions["print"].trigger()
    reader = pypdf.PdfReader(str(printed))
    text = " ".join(" ".join(p.extract_text().split()) for p in reader.pages)
    assert "Naamloze situatie" in text and "Plaats: dorp" in text
    assert f"Pagina {len(reader.pages)} van {len(reader.pages)}" in text


def test_opening_a_case_whose_advice_changed_says_so(window, monkeypatch):
    from sqlalchemy import update

    from db import schema

    actions = window.case_actions
    describe(window)
    fill_save_dialog(monkeypatch, "Toen")
    actions.actions["save"].trigger()
    with actions.cases.engine.begin() as conn:  # as if saved with an older catalogue that put another method first
        conn.execute(update(schema.cases).values(catalogue_version="ouder", top_method="moedercentra"))
    told = []
    monkeypatch.setattr(case_prompts, "tell", lambda _p, title, text, *a, **k: told.append(text))
    monkeypatch.setattr(OpenCaseDialog, "exec", lambda _d: 1)
    actions.actions["new"].trigger()
    actions.actions["open"].trigger()
    top_now = window.result.advice.results[0].method.name
    assert len(told) == 1 and "Moedercentra" in told[0] and top_now in told[0]


def test_case_times_are_written_as_the_interface_language_writes_dates(qapp):
    """The case list and the change log gave an English user Dutch dates (09-11-2026); now each language's own."""
    from datetime import datetime

    from ui.case_dialog import local_time
    from ui.i18n import use_language

    iso = "2026-11-09T10:05:30+00:00"
    local = datetime.fromisoformat(iso).astimezone()
    try:
        use_language("en")
        assert local_time(iso) == f"{local:%d/%m/%Y %H:%M}"
        assert local_time(iso, seconds=True) == f"{local:%d/%m/%Y %H:%M:%S}"
    finally:
        use_language("nl")
    assert local_time(iso) == f"{local:%d-%m-%Y %H:%M}"
    assert local_time("gisteren") == "gisteren"  # unreadable: as it is
