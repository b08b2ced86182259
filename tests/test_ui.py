"""The desktop window as a professional uses it (pytest-qt, offscreen)."""

from __future__ import annotations

import sqlite3
import subprocess
import sys

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QLabel, QMessageBox

from advisor.context import Context
from advisor.matcher import advise
from advisor.model import Method, Publication, Study
from ui.advice_filter import AdviceFilter
from ui.advice_model import CATEGORY, METHOD_ID_ROLE, NAME, AdviceModel
from ui.detail_view import DetailView
from ui.method_page import method_html, web_url


def visible_ids(win) -> list[str]:
    return [win.proxy.index(r, NAME).data(METHOD_ID_ROLE) for r in range(win.proxy.rowCount())]


def check(win, checklist, key: str) -> None:
    checklist.boxes[key].setChecked(True)


def test_window_shows_all_methods_ranked(window):
    assert window.proxy.rowCount() == 19
    assert window.detail.toPlainText().strip()


def test_filling_in_a_context_puts_the_matchers_top_on_top(window, methods, knowledge, qtbot):
    window.context_panel.settings["village"].setChecked(True)
    check(window, window.context_panel.target_groups, "seniors")
    check(window, window.context_panel.goals, "local_facilities")
    window.context_panel.budget_unknown.setChecked(False)
    window.context_panel.budget.setValue(5000)
    expected = advise(methods, window.context_panel.context(), knowledge).results
    assert visible_ids(window)[:3] == [r.method.id for r in expected[:3]]
    assert visible_ids(window)[0] == "het-ondernemende-dorp"
    assert "Het Ondernemende Dorp" in window.detail.toPlainText()
    assert "Waarom deze plek" in window.detail.toPlainText()


def test_moving_a_weight_changes_the_order(window, qtbot):
    window.context_panel.settings["street"].setChecked(True)
    check(window, window.context_panel.goals, "liveability")
    window.context_panel.budget_unknown.setChecked(False)
    window.context_panel.budget.setValue(1000)
    what_if = window.result.what_if
    assert what_if is not None
    assert window.notes.what_if.isVisible() and what_if.method.name in window.notes.what_if.text()
    before = visible_ids(window)
    window.context_panel.weights[what_if.criterion].slider.setValue(int(what_if.new_weight))
    after = visible_ids(window)
    assert after != before
    assert after[0] == what_if.method.id


def test_must_excludes_methods_and_shows_why(window):
    check(window, window.context_panel.target_groups, "women_with_children")
    window.context_panel.weights["target_group"].must.setChecked(True)
    excluded = [r for r in range(window.model.rowCount()) if window.model.excluded(r) is not None]
    assert excluded and window.proxy.rowCount() == 19
    assert window.notes.excluded_title.isVisible()
    reason = window.model.index(excluded[0], CATEGORY).data()
    assert "doelgroep" in reason and reason.endswith(".")
    window.table.setCurrentIndex(window.proxy.index(excluded[0], NAME))
    assert "Uitgesloten" in window.detail.toPlainText()


def test_typing_in_the_search_box_narrows_the_list(window, qtbot):
    qtbot.keyClicks(window.search_box, "moeder")
    window.search_box.flush()
    ids = visible_ids(window)
    assert 0 < len(ids) < 19
    assert "moedercentra" in ids
    assert not window.table.isColumnHidden(5)
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert window.focusWidget() is window.table
    assert window.current_method_id() in ids
    window.search_box.clear()
    assert window.proxy.rowCount() == 19


def test_ctrl_f_focuses_the_search_box(window, qtbot):
    window.table.setFocus()
    window.find_action.trigger()
    assert window.focusWidget() is window.search_box
    assert [s.toString() for s in window.find_action.shortcuts()] == ["Ctrl+F"]
    assert [s.toString() for s in window.quit_action.shortcuts()] == ["Ctrl+Q"]
    assert [s.toString() for s in window.help_action.shortcuts()] == ["F1"]


def test_reset_can_be_undone(window):
    window.context_panel.settings["district"].setChecked(True)
    window.reset_context()
    assert not window.context_panel.settings["district"].isChecked()
    window.undo_action.trigger()
    assert window.context_panel.settings["district"].isChecked()


def test_a_broken_database_gets_a_message_not_a_crash(qtbot, tmp_path, qsettings, monkeypatch):
    from ui.main_window import MainWindow

    bad = tmp_path / "kapot.sqlite3"
    bad.write_bytes(b"geen database")
    win = MainWindow(f"sqlite:///{bad}", qsettings)
    qtbot.addWidget(win)
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "catalogueProblem") is not None, timeout=20_000)
    assert "niets aan veranderd" in win.findChild(QMessageBox, "catalogueProblem").text()
    assert bad.read_bytes() == b"geen database"
    win.tasks.wait()


def formats(view):
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            yield it.fragment().charFormat()
            it += 1
        block = block.next()


def anchors(view) -> list[str]:
    return [fmt.anchorHref() for fmt in formats(view) if fmt.isAnchor() and fmt.anchorHref()]


HOSTILE = Method(
    id="vijandig", name="<b>Vet</b> <img src='file:///etc/passwd'>", section="4.2.99",
    category="invite_co_initiative",
    summary='Klik <a href="file:///etc/passwd">hier</a> <script>alert(1)</script>',
    target_group="<i>iedereen</i>", goal="&amp; doel", approach="<h1>stap</h1>",
    approach_steps=("<a href='javascript:alert(1)'>stap 1</a>",),
    publications=(Publication("<b>boek</b>", url="javascript:alert(1)"),),
    web=("www.voorbeeld.nl", "file:///etc/passwd"),
    studies=(Study("<img src=x>", "<b>uitkomst</b>"),),
)


def test_hostile_text_is_shown_literally_and_opens_nothing(qtbot, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    view = DetailView()
    qtbot.addWidget(view)
    view.setHtml(method_html(HOSTILE, None))
    text = view.toPlainText()
    for literal in ("<b>Vet</b>", "<img src='file:///etc/passwd'>", '<a href="file:///etc/passwd">hier</a>',
                    "<script>alert(1)</script>", "<h1>stap</h1>", "&amp; doel"):
        assert literal in text
    assert anchors(view) == ["https://www.voorbeeld.nl"]
    assert not any(fmt.isImageFormat() for fmt in formats(view))
    for url in ("file:///etc/passwd", "javascript:alert(1)", "ftp://x.nl/a"):
        view.follow(QUrl(url))
    assert opened == []
    view.follow(QUrl("https://www.voorbeeld.nl"))
    assert opened == ["https://www.voorbeeld.nl"]


@pytest.mark.parametrize("address, url", [
    ("www.movisie.nl", "https://www.movisie.nl"), ("https://x.nl/a", "https://x.nl/a"),
    ("file:///etc/passwd", None), ("javascript:alert(1)", None), ("gewoon tekst", None),
])
def test_only_web_addresses_become_links(address, url):
    assert web_url(address) == url


def test_models_pass_the_qt_model_tester(qtmodeltester, methods, knowledge):
    context = Context(settings=frozenset({"district"}), goals=frozenset({"liveability"}))
    model = AdviceModel()
    model.set_ranking(advise(methods, context, knowledge).results)
    model.set_snippets({"abcd": ("een <b>fragment</b>", ((3, 11),))})
    qtmodeltester.check(model)
    proxy = AdviceFilter()
    proxy.setSourceModel(model)
    proxy.set_allowed(frozenset({"abcd", "idop"}))
    qtmodeltester.check(proxy)
    assert sorted(proxy.index(r, NAME).data(METHOD_ID_ROLE) for r in range(proxy.rowCount())) == ["abcd", "idop"]


def test_window_module_loads_without_database_or_search_libraries():
    code = ("import sys, ui.main_window; "
            "print(sorted(m for m in ('sqlalchemy', 'whoosh') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_damaged_settings_fall_back_to_defaults(qtbot, db_url, qsettings):
    from ui.main_window import MainWindow

    qsettings.setValue("window/geometry", "geen geometrie")
    qsettings.setValue("context/state", '{"settings": ["maan"], "budget_eur": -5, "weights": {"goal": 9}}')
    win = MainWindow(db_url, qsettings)
    qtbot.addWidget(win)
    context = win.context_panel.context()
    assert context.settings == frozenset()
    assert context.budget_eur is None
    assert context.weights["goal"] == 5
    qsettings.setValue("context/state", "{kapot")
    again = MainWindow(db_url, qsettings)
    qtbot.addWidget(again)
    assert again.context_panel.context() == Context()
    for w in (win, again):
        w.close()
        w.tasks.wait()


def test_text_keeps_an_editors_lists_and_escapes_everything():
    from ui.method_page import text_html

    html = text_html("Acht bakens:\n1. <b>eerste</b>\n2. tweede\nloopt door\nHet eind.\n\nNieuwe alinea.")
    assert html == ("<p>Acht bakens:</p><ol><li>&lt;b&gt;eerste&lt;/b&gt;</li><li>tweede loopt door</li></ol>"
                    "<p>Het eind.</p><p>Nieuwe alinea.</p>")


def test_caveat_links_open_the_knowledge_they_cite(window, qtbot):
    window.select_method("vouchersysteem")
    anchor = next(a for a in anchors(window.detail) if a.startswith("kennis:"))
    window.detail.follow(QUrl(anchor))
    dialog = window._knowledge_dialog
    qtbot.addWidget(dialog)
    assert dialog.list.currentItem().data(Qt.ItemDataRole.UserRole) == anchor.split(":", 1)[1]
    assert "§" in dialog.text.toPlainText()


def test_help_and_about_show_the_source_as_plain_text(window, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append((box.textFormat(), box.text())))
    window.help_action.trigger()
    window.show_about()
    assert [fmt for fmt, _ in shown] == [Qt.TextFormat.PlainText] * 2
    assert all("MOVISIE" in text for _, text in shown)
    assert "LGPL" in shown[1][1]


def test_vocabulary_and_reasons_follow_an_installed_translation(qtbot, qapp, methods):
    from PySide6.QtCore import QTranslator

    from advisor.messages import render
    from ui.context_panel import ContextPanel
    from ui.i18n import tr

    class English(QTranslator):
        WORDS = {"ouderen": "older people", "dorp": "village", "Richt zich op uw doelgroep: {terms}.":
                 "Aimed at your target group: {terms}."}

        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
            return self.WORDS.get(source, "")

    english = English()
    qapp.installTranslator(english)
    try:
        panel = ContextPanel()
        qtbot.addWidget(panel)
        labels = [box.text() for box in panel.target_groups.boxes.values()]
        assert "older people" in labels and panel.settings["village"].text() == "village"
        context = Context(target_groups=frozenset({"seniors"}))
        moeder = next(r for r in advise(methods, context).results if "seniors" in r.method.target_groups.values)
        assert render(moeder.criteria[0].score, tr) == "Aimed at your target group: older people."
    finally:
        qapp.removeTranslator(english)


def test_a_wrong_typed_value_for_every_setting_starts_the_window_with_defaults(qtbot, db_url, qsettings):
    from ui.main_window import MainWindow
    from ui.settings import ALL
    from ui.window_state import DEFAULT_SIZE

    wrong = {"window/geometry": 12345, "window/splitter": ["geen", "staat"], "context/state": 42,
             "view/zoom": "groot"}
    assert set(wrong) == {s.key for s in ALL}
    for key, value in wrong.items():
        qsettings.setValue(key, value)
    qsettings.sync()
    win = MainWindow(db_url, qsettings)
    qtbot.addWidget(win)
    assert (win.width(), win.height()) == DEFAULT_SIZE
    assert win.context_panel.context() == Context()
    assert win.workshop.presentation.zoom == 1.0
    qsettings.setValue("context/state", '{"settings": 5, "goals": "leefbaarheid", "weights": [1, 2]}')
    again = MainWindow(db_url, qsettings)
    qtbot.addWidget(again)
    assert again.context_panel.context() == Context()
    for w in (win, again):
        w.close()
        w.tasks.wait()


def test_search_in_a_temporary_index_says_so_in_the_status_bar(qtbot, db_url, qsettings, tmp_path, monkeypatch):
    from ui.main_window import MainWindow

    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / "Methodewijzer").write_text("een bestand waar de cachemap hoort")
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    win = MainWindow(db_url, qsettings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.search is not None, timeout=60_000)
    said = win.findChild(QLabel, "searchNotice").text()
    assert "tijdelijke index" in said and str(cache / "Methodewijzer" / "index") in said
    assert win.search_box.isEnabled() and win.search.search("vrijwilligers")
    win.grab().save(str(tmp_path / "tijdelijke-index.png"))
    win.close()
    win.tasks.wait()
    print(tmp_path / "tijdelijke-index.png")


def test_closing_the_window_keeps_a_copy_of_what_the_user_changed(qtbot, qsettings, tmp_path, monkeypatch):
    from app.api import open_catalogue, open_user_records
    from ui.main_window import MainWindow

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    folder = tmp_path / "data" / "Methodewijzer"
    open_catalogue()  # the default database, with nothing of the user's yet: no copy
    win = MainWindow(None, qsettings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.search is not None, timeout=60_000)
    open_user_records(win.catalogue).hide("twexx")  # as the Catalogus menu does
    assert not list(folder.glob("*.daily-*"))
    win.close()
    win.tasks.wait()
    copies = list(folder.glob("methodewijzer.sqlite3.daily-*"))
    assert len(copies) == 1
    with sqlite3.connect(copies[0]) as conn:
        assert conn.execute("SELECT method_id FROM hidden_methods").fetchall() == [("twexx",)]
