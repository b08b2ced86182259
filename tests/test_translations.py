"""English: every text the window asks to translate exists, finished, in the .ts file; the .qm is built from it."""

from __future__ import annotations

import os
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QMessageBox

import resources
from advisor import vocabulary as voc

TS = resources.ROOT / "translations" / "methodewijzer_en.ts"


class Recorder(QTranslator):
    """Says nothing is translated (so the window stays Dutch) and notes every (context, source) asked for."""

    def __init__(self):
        super().__init__()
        self.asked: set[tuple[str, str, bool]] = set()

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001
        self.asked.add((context, source, n >= 0))
        return ""


def finished_entries() -> dict[tuple[str, str], list[str]]:
    entries = {}
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            entries[(name, message.findtext("source"))] = forms
    return entries


def full_flow(window, qtbot, monkeypatch) -> None:
    """What a user does in one session: every control, every method page, search, dialogs, menus."""
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: 0)
    panel = window.context_panel
    for box in panel.settings.values():
        box.setChecked(True)
    for checklist in (panel.target_groups, panel.goals):
        for box in checklist.boxes.values():
            box.setChecked(True)
    panel.production_power.setCurrentIndex(1)
    panel.budget_unknown.setChecked(False)
    panel.budget.edit.clear()
    qtbot.keyClicks(panel.budget.edit, "5000,50")
    qtbot.keyClicks(panel.budget.edit, "k")
    panel.months_unknown.setChecked(False)
    panel.months.setValue(12)
    panel.handbook.setChecked(True)
    panel.research.setChecked(True)
    for row in panel.weights.values():
        row.must.setChecked(True)
        row.must.setChecked(False)
    panel.weights["target_group"].must.setChecked(True)
    for method in window.catalogue.methods:
        window.select_method(method.id)
    window.reset_context()
    panel.weights["budget"].must.setChecked(True)
    panel.settings["street"].setChecked(True)
    panel.months_unknown.setChecked(False)
    panel.months.setValue(1)
    for method in window.catalogue.methods:
        window.select_method(method.id)
    window.undo_action.trigger()
    for query in ("moeder", "zzzqqq"):
        window.search_box.setText(query)
        window.search_box.flush()
    window.help_action.trigger()
    window.show_about()
    window.show_knowledge("")
    for action in window.menuBar().actions():
        action.menu().aboutToShow.emit()
    window._knowledge_dialog.close()
    from ui.method_form import MethodForm

    form = MethodForm(["abcd"], window)  # the new-method form with its problems: empty, bad id, taken id
    for method_id in ("Fout Id", "abcd"):
        form.id.setText(method_id)
    form.document()
    form.deleteLater()
    catalogue_flow(window, monkeypatch)
    workshop_flow(window)


def catalogue_flow(window, monkeypatch) -> None:
    """Change a shipped method with the form, its panel and comparison, restore, undo, redo; an own method's panel."""
    from app.api import FieldVersions
    from ui.field_compare import FieldCompare
    from ui.field_labels import LABELS, field_label, value_text
    from ui.method_form import MethodForm

    monkeypatch.setattr(MethodForm, "exec", lambda form: (form.texts["goal"].setPlainText("Lokaal doel."), 1)[1])
    window.select_method("abcd")
    window.catalogue_actions.actions["edit"].trigger()
    panel = window.local_changes
    panel.show_method(window.catalogue.get("abcd"),
                      {"origin": "variant", "overridden": ["goal"], "upstream_changed": ["goal"]})
    FieldCompare("ABCD-methode", FieldVersions("goal", "toen", "nu", None), window).deleteLater()
    panel.buttons[("restore", "goal")].click()
    window.undo_action.trigger()
    window.redo_action.trigger()
    window.catalogue_actions.actions["remove"].trigger()  # asks first; the test answers No
    panel.show_method(window.catalogue.get("abcd"), {"origin": "own"})
    for field in LABELS:
        field_label(field)
    value_text("goal", None)
    FieldCompare("ABCD-methode", FieldVersions("budget", {"class": "low", "reason": "r", "amounts": []},
                                               {"class": "high"}, {"class": "unknown"}), window).deleteLater()
    monkeypatch.setattr(MethodForm, "exec", lambda form: 1)  # saved unchanged: "Niets veranderd."
    window.catalogue_actions.actions["edit"].trigger()


def workshop_flow(window) -> None:
    """Presentation (every step), zoom, comparison and the group dialog with its answers revealed."""
    from tests.test_group import CSV

    show = window.workshop.presentation
    show.enter()
    for step in range(1, 7):
        show.go(step)
    show.leave()
    window.workshop.presentation.zoom_by(1)
    window.workshop.presentation.set_zoom(1.0)
    window.workshop.compare()
    window.workshop.comparison.boxes[1].setCurrentIndex(0)  # one method twice: asks for two
    window.workshop.comparison.close()
    window.workshop.group()
    dialog = window.workshop.group_dialog
    from advisor.group_csv import parse_participants

    dialog.set_participants(parse_participants(CSV))
    dialog.reveal.setChecked(True)
    dialog.table.item(0, 1).setText("9")
    dialog.close()


def test_every_text_the_window_asks_for_is_translated(qtbot, qapp, monkeypatch, db_url, qsettings):
    from ui.main_window import MainWindow

    recorder = Recorder()
    qapp.installTranslator(recorder)
    try:
        window = MainWindow(db_url, qsettings)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.search is not None, timeout=60_000)
        full_flow(window, qtbot, monkeypatch)
        window.close()
        window.tasks.wait()
        from advisor.messages import TEMPLATES
        from ui.i18n import term, tr
        for vocabulary, terms in voc.VOCABULARIES.items():
            for key in terms:
                term(vocabulary, key)
        for template in TEMPLATES.values():
            tr(template)
    finally:
        qapp.removeTranslator(recorder)
    ours = {(c, s, plural) for c, s, plural in recorder.asked if not c.startswith("Q")}
    if os.environ.get("METHODEWIJZER_DUMP_TR"):
        with open(os.environ["METHODEWIJZER_DUMP_TR"], "w", encoding="utf-8") as out:
            for context, source, plural in sorted(ours):
                out.write(f"{context}\t{int(plural)}\t{source!r}\n")
    entries = finished_entries()
    missing = sorted((c, s) for c, s, _ in ours if (c, s) not in entries)
    assert not missing, f"{len(missing)} texts not translated, e.g. {missing[:5]}"
    wrong_plurals = sorted((c, s) for c, s, plural in ours if plural and len(entries[(c, s)]) != 2)
    assert not wrong_plurals
    assert len(ours) > 150


def test_the_built_qm_matches_the_ts(qapp):
    """The shipped .qm is built from the current .ts: every finished entry reads the same from both."""
    translator = QTranslator()
    assert translator.load("methodewijzer_en", str(resources.ROOT / "translations"))
    for (context, source), forms in finished_entries().items():
        if len(forms) == 2:
            assert translator.translate(context, source, None, 2) == forms[1], source
        else:
            assert translator.translate(context, source) == forms[0], source


@pytest.mark.parametrize("source", ["%n maand(en)", "maand(en)"])
def test_english_plurals(qapp, source):
    translator = QTranslator()
    assert translator.load("methodewijzer_en", str(resources.ROOT / "translations"))
    one, many = (translator.translate("Methodewijzer", source, None, n) for n in (1, 12))
    assert one != many and "month" in one and many.endswith("months")


def test_the_window_speaks_english_when_asked(qtbot, db_url, qsettings):
    from ui.i18n import use_language
    from ui.main import parse_args
    from ui.main_window import MainWindow

    assert parse_args(["methodewijzer", "--lang", "en"]).lang == "en"
    try:
        window = MainWindow(db_url, qsettings, language=parse_args(["methodewijzer", "--lang", "en"]).lang)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.search is not None, timeout=60_000)
        assert window.windowTitle() == "Untitled situation[*] — Methodewijzer"
        assert "Describe your situation" in window.notes.fit.text()
        window.context_panel.settings["village"].setChecked(True)
        window.context_panel.months_unknown.setChecked(False)
        window.context_panel.months.setValue(1)
        assert window.context_panel.months.suffix() == " month"
        page = window.detail.toPlainText()
        assert "Why this place" in page and "Fits your setting: village." in page
        assert "1.00" in page  # English number format
        window.context_panel.budget_unknown.setChecked(False)
        window.context_panel.budget.setValue(2500)
        assert "€ 2,500" in window.detail.toPlainText()
        assert window.context_panel.settings["village"].accessibleName() == "Setting: village"
        window.close()
        window.tasks.wait()
    finally:
        use_language("nl")


def test_the_cli_speaks_english_when_asked(capsys, db_url):
    from app.cli import main

    assert main(["--db", db_url, "--lang", "en", "match", "--setting", "village", "--months", "1"]) == 0
    out = capsys.readouterr().out
    assert "Fits your setting: village." in out and "Past bij" not in out
    assert main(["--db", db_url, "--lang", "en", "match", "--setting", "street", "--budget", "2500"]) == 0
    assert "your € 2,500" in capsys.readouterr().out
    assert main(["--db", db_url, "match", "--setting", "village"]) == 0
    assert "Past bij uw plaats: dorp." in capsys.readouterr().out


def test_every_text_in_the_code_has_an_english_translation(tmp_path) -> None:
    """What ``pyside6-lupdate`` finds in ``ui/`` (the README's way to collect texts) is translated, not only what
    the window's run-through above asks for: the case dialogs, files and prompts were left out of that run and
    spoke Dutch to English users. A text asked through ``self.tr`` in a class must be translated in that class's
    context (Qt asks with the object's class), one asked through ``ui.i18n.tr`` (no context for lupdate) in
    ours; lupdate names some contexts after the variable a text is asked through (``parent.tr``): those must be
    translated in some context."""
    import re
    import subprocess
    import sys
    from pathlib import Path

    from ui.i18n import CONTEXT

    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted((resources.ROOT.parent / "ui").glob("*.py"))
    classes = {name for path in sources for name in re.findall(r"^class (\w+)", path.read_text(), re.MULTILINE)}
    found_ts = tmp_path / "found.ts"
    subprocess.run([str(lupdate), *map(str, sources), "-ts", str(found_ts)], check=True, capture_output=True)
    translated = finished_entries()
    anywhere = {source for _context, source in translated}
    missing = []
    for context in ET.parse(found_ts).getroot().iter("context"):
        name = context.findtext("name") or CONTEXT
        for message in context.iter("message"):
            source = message.findtext("source")
            if (name, source) not in translated and (name in classes or name == CONTEXT or source not in anywhere):
                missing.append((name, source))
    assert len(list(ET.parse(found_ts).getroot().iter("message"))) > 300
    assert sorted(missing) == [], sorted(missing)
