"""Workshop mode in the window: presentation (F11, zoom, steps), comparison, the group's weights."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt

from tests.test_group import CSV
from ui.advice_model import NAME
from ui.settings import ZOOM


def describe(window):
    panel = window.context_panel
    panel.settings["village"].setChecked(True)
    panel.goals.boxes["local_facilities"].setChecked(True)
    panel.budget_unknown.setChecked(False)
    panel.budget.setValue(5000)


def top_line(page) -> str:
    """The text at the top of the visible part of a page."""
    from PySide6.QtCore import QPoint

    return page.cursorForPosition(QPoint(4, 4)).block().text()


def test_f11_presents_the_real_window_and_pagedown_reveals_its_parts(window, qtbot):
    describe(window)
    base = window.workshop.presentation.base_font.pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_F11)
    show = window.workshop.presentation
    qtbot.waitUntil(lambda: window.isFullScreen())
    assert show.active and not window.context_panel.isVisible()
    assert "Plaats: dorp" in show.summary.text() and "\n" not in show.summary.text()
    assert show.indicator.accessibleName() == "Stap 1 van 6: De situatie"
    assert not window.table.isVisible() and not window.detail.isVisible() and not show.weights.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert show.indicator.accessibleName().startswith("Stap 2 van 6")
    assert show.weights.isVisible() and "doelen 5" in show.weights.text() and not window.table.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    results = window.result.advice.results
    assert show.indicator.accessibleName() == "Stap 3 van 6: De ranglijst"
    assert window.table.isVisible() and not window.detail.isVisible()  # the window's own list, at 200 %
    assert window.table.font().pointSizeF() == base * 2
    assert window.proxy.index(0, NAME).data() == results[0].method.name
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert window.detail.isVisible() and window.current_method_id() == results[0].method.id
    assert top_line(window.detail) == results[0].method.name  # its page from the top: name, then the reasons
    assert "Waarom deze plek" in window.detail.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert show.indicator.accessibleName() == "Stap 5 van 6: Hoe vast het advies staat"
    assert window.notes.tier.isVisible() or window.notes.what_if.isVisible()
    assert top_line(window.detail).startswith(("Sterk", "Zwak"))
    qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert show.indicator.accessibleName() == "Stap 6 van 6: Waar u op moet letten"
    assert top_line(window.detail) == "Let op"
    for _ in range(3):
        qtbot.keyClick(window, Qt.Key.Key_PageDown)
    assert show.step == 6
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    qtbot.keyClick(window, Qt.Key.Key_PageUp)
    assert show.indicator.accessibleName().startswith("Stap 4 van 6") and not window.notes.tier.isVisible()
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not show.active and not show.bar.isVisible()
    for part in (window.context_panel, window.table, window.detail, window.search_box):
        assert part.isVisible()


def test_zoom_scales_the_whole_window_and_is_remembered(window, qtbot, qsettings):
    before = window.table.font().pointSizeF()
    row_before = window.table.verticalHeader().defaultSectionSize()
    for _ in range(7):  # 1.0 → 1.1 → … → 2.5 → 3.0 → stays at the largest
        qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.workshop.presentation.zoom == 3.0
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.workshop.presentation.zoom == 2.5
    assert window.table.font().pointSizeF() == before * 2.5
    assert window.detail.font().pointSizeF() == before * 2.5
    assert window.context_panel.font().pointSizeF() == before * 2.5
    assert window.table.verticalHeader().defaultSectionSize() > row_before * 2
    header = window.table.horizontalHeader()
    for column in range(window.model.columnCount()):  # no column title is cut at the larger font
        if not window.table.isColumnHidden(column):
            title = window.model.headerData(column, Qt.Orientation.Horizontal)
            widest = max(header.fontMetrics().horizontalAdvance(line) for line in title.splitlines())
            assert header.sectionSize(column) >= widest, title
    assert ZOOM.read(qsettings) == 2.5
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.table.font().pointSizeF() == before and ZOOM.read(qsettings) == 1.0


def test_zoom_is_restored_in_a_new_window(qtbot, db_url, qsettings):
    from ui.main_window import MainWindow

    ZOOM.write(qsettings, 2.0)
    win = MainWindow(db_url, qsettings)
    qtbot.addWidget(win)
    assert win.workshop.presentation.zoom == 2.0
    assert win.table.font().pointSizeF() == win.workshop.presentation.base_font.pointSizeF() * 2


def test_ctrl_click_two_methods_and_compare(window, qtbot):
    describe(window)
    table = window.table
    first, third = window.proxy.index(0, NAME), window.proxy.index(2, NAME)
    table.selectionModel().select(first, QItemSelectionModel.SelectionFlag.ClearAndSelect
                                  | QItemSelectionModel.SelectionFlag.Rows)
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     table.visualRect(third).center())
    results = window.result.advice.results
    assert window.workshop.selected_ids() == [results[0].method.id, results[2].method.id]
    window.workshop.compare_action.trigger()
    dialog = window.workshop.comparison
    qtbot.waitExposed(dialog)
    text = dialog.page.toPlainText()
    for name in (results[0].method.name, results[2].method.name):
        assert name in text
    assert "scoort vooral hoger op" in text and "Zekerheid" in text and "■" in text
    from advisor.messages import render

    assert all(render(c.score) in text for c in results[2].criteria)  # each criterion's reason, side by side
    assert dialog.boxes[2].currentData() is None  # two chosen: no third column
    dialog.boxes[2].setFocus()
    for _ in range(2):  # keyboard: past the first method (already chosen) to the second
        qtbot.keyClick(dialog.boxes[2], Qt.Key.Key_Down)
    assert len(dialog.chosen()) == 3
    dialog.close()


def test_group_entry_reveal_and_saved_with_the_case(window, qtbot, tmp_path):
    describe(window)
    window.workshop.group_action.trigger()
    dialog = window.workshop.group_dialog
    assert dialog.table.rowCount() == 3 and dialog.table.item(0, 0).text() == "Deelnemer 1"
    assert "Kendalls W" in dialog.page.toPlainText() and "verborgen" in dialog.page.toPlainText()
    bad = tmp_path / "fout.csv"
    bad.write_bytes(b"participant;goal\nA;9\n")
    assert not dialog.import_csv(bad)
    assert dialog.table.rowCount() == 3 and "buiten 0–5" in dialog.refused.text()
    good = tmp_path / "groep.csv"
    good.write_bytes(CSV)
    assert dialog.import_csv(good)
    assert [dialog.table.item(r, 0).text() for r in range(3)] == ["Anna", "Bram", "Deelnemer 3"]
    dialog.table.item(0, 1 + 2).setText("7")  # goal out of range: said, nothing computed
    assert "buiten 0–5" in dialog.page.toPlainText()
    dialog.table.item(0, 1 + 2).setText("4,5")
    assert window.group_participants[0].weights["goal"] == 4.5
    dialog.reveal.setChecked(True)
    assert "verborgen" not in dialog.page.toPlainText()
    case = window.case_actions.case_now()
    assert [p.name for p in case.group] == ["Anna", "Bram", "Deelnemer 3"]


def pdf_text(path) -> str:
    import pypdf

    return " ".join(" ".join(page.extract_text().split()) for page in pypdf.PdfReader(str(path)).pages)


def test_an_open_comparison_joins_the_pdf_report_and_the_print(window, qtbot, monkeypatch, tmp_path):
    from tests.test_case_window import print_preview_to
    from ui import case_prompts

    describe(window)
    results = window.result.advice.results
    window.table.selectionModel().select(window.proxy.index(0, NAME), QItemSelectionModel.SelectionFlag.Select
                                         | QItemSelectionModel.SelectionFlag.Rows)
    window.table.selectionModel().select(window.proxy.index(1, NAME), QItemSelectionModel.SelectionFlag.Select
                                         | QItemSelectionModel.SelectionFlag.Rows)
    window.workshop.compare_action.trigger()
    qtbot.waitExposed(window.workshop.comparison)
    said = window.workshop.comparison.page.toPlainText().splitlines()[0]
    target = tmp_path / "met-vergelijking.pdf"
    monkeypatch.setattr(case_prompts, "file_to_save", lambda *_a: str(target))
    window.case_actions.actions["report"].trigger()
    text = pdf_text(target)
    section = text[text.index("Methoden naast elkaar"):]
    assert " ".join(said.split()) in section  # the strongest difference, in the window's words
    assert results[0].method.name in section and results[1].method.name in section
    assert text.index("Hoe vast het advies staat") < text.index("Methoden naast elkaar") < text.index("Bronnen")

    printed = tmp_path / "afdruk.pdf"
    print_preview_to(monkeypatch, printed)
    window.case_actions.actions["print"].trigger()
    assert "Methoden naast elkaar" in pdf_text(printed)

    window.workshop.comparison.close()  # closed: the report is the plain one again
    window.case_actions.actions["report"].trigger()
    assert "Methoden naast elkaar" not in pdf_text(target)


GROUP_CSV = (b"participant,goal,budget,setting,target_group,production_power,duration,handbook,research\n"
             b"Anna,0,5,0,0,0,0,5,0\nBram,0,5,0,0,0,0,4,0\nCor,1,4,0,0,0,1,5,0\n")


def test_an_opened_case_with_a_group_ranks_by_the_group_until_the_trainer_goes_back(window, monkeypatch, tmp_path):
    from app.api import Case, advise_group, parse_participants
    from ui import case_prompts
    from ui.case_dialog import OpenCaseDialog

    describe(window)
    context = window.context_panel.context()
    people = parse_participants(GROUP_CSV)
    group_order = [r.method.id for r in advise_group(window.advisor, context, people).group.advice.results]
    own_order = [r.method.id for r in window.advisor.advise(context).advice.results]
    assert group_order != own_order  # the example only proves something when the two rankings differ
    window.case_actions.cases.save(Case(name="Workshop Oost", context=context, group=people))
    banner = window.workshop.group_ranking
    monkeypatch.setattr(case_prompts, "ask", lambda *_a: case_prompts.Button.Discard)  # leave the unsaved one
    window.case_actions.actions["new"].trigger()
    assert not banner.banner.isVisible() and window.group_participants == ()
    monkeypatch.setattr(OpenCaseDialog, "exec", lambda _d: 1)
    monkeypatch.setattr(OpenCaseDialog, "chosen", lambda _d: "Workshop Oost")
    window.case_actions.actions["open"].trigger()

    def listed():
        return [window.model.ranked(window.proxy.mapToSource(window.proxy.index(r, NAME)).row()).method.id
                for r in range(window.proxy.rowCount())]

    assert listed() == group_order and banner.banner.isVisible()
    assert banner.label.text() == "Gerangschikt met de groepsweging (3 deelnemers)."
    assert window.detail.toPlainText().startswith(window.result.advice.results[0].method.name)
    assert not window.context_panel.weights["goal"].slider.isEnabled()
    assert window.context_panel.context() == context and not window.isWindowModified()  # own weights kept
    window.workshop.compare_action.trigger()  # compared as ranked on screen, also on paper
    target = tmp_path / "groep.pdf"
    monkeypatch.setattr(case_prompts, "file_to_save", lambda *_a: str(target))
    window.case_actions.actions["report"].trigger()
    assert "Met de gewichten van de groep" in pdf_text(target)
    window.workshop.comparison.close()

    banner.button.click()  # back to one's own weights
    assert listed() == own_order and "eigen gewichten" in banner.label.text()
    assert window.context_panel.weights["goal"].slider.isEnabled()
    banner.button.click()
    assert listed() == group_order
