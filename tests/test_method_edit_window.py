"""Changing methods in the window: the form stores only what changed, the panel marks local fields and puts
shipped text back, a field changed upstream is compared and settled, and every edit can be undone and redone,
as the database holds it after reopening."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtWidgets import QLabel

import resources
from advisor.method_document import get_field, method_to_document
from app.api import open_catalogue, open_user_records
from tests.test_own_methods_window import visible_ids
from ui.field_compare import FieldCompare
from ui.method_form import MethodForm

GOAL = "Bij ons kost Kern met Pit ook € 300 aan zaalhuur."


def stored(db_url: str, catalogue_dir=None) -> dict:  # noqa: ANN001
    """What a fresh start reads: each method's origin marks, document and hidden mark.

    Record versions are left out: they only ever go up (an undo is a change of its own)."""
    catalogue = open_catalogue(db_url, catalogue_dir=catalogue_dir)
    hidden = {m.id for m in catalogue.hidden}
    versions = ("version", "hidden_version")
    return {m.id: ({k: v for k, v in catalogue.status[m.id].items() if k not in versions}, method_to_document(m),
                   m.id in hidden)
            for m in (*catalogue.methods, *catalogue.hidden)}


def answer_form(monkeypatch, change) -> None:  # noqa: ANN001 - a function of the open form
    def exec_(form):
        change(form)
        return 1
    monkeypatch.setattr(MethodForm, "exec", exec_)


def test_editing_a_shipped_method_stores_only_the_changed_fields_and_restores_one(window, monkeypatch, db_url):
    shipped = window.catalogue.get("kern-met-pit")
    seen = {}

    def change(form):
        seen["prefilled"] = (form.id.text(), form.id.isReadOnly(), form.texts["goal"].toPlainText(),
                             form.lists["settings"].checked(), form.save_button.isEnabled())
        form.texts["goal"].setPlainText(GOAL)
        form.lists["settings"].boxes["municipality"].setChecked(True)
        form.evidence.setCurrentIndex(form.evidence.findData("evaluated"))
    answer_form(monkeypatch, change)
    window.select_method("kern-met-pit")
    window.catalogue_actions.actions["edit"].trigger()

    assert seen["prefilled"] == ("kern-met-pit", True, shipped.goal, frozenset(shipped.settings.values), True)
    status, doc, _hidden = stored(db_url)["kern-met-pit"]
    assert status == {"origin": "variant", "overridden": ["evidence", "goal", "settings"], "upstream_changed": []}
    assert shipped.evidence == "none_known" and doc["research"]["evidence"] == "evaluated"
    assert doc["goal"] == GOAL and "municipality" in doc["attributes"]["settings"]["values"]
    assert doc["attributes"]["settings"]["basis"] == "assessment"  # no longer the report's word
    assert doc["summary"] == shipped.summary  # untouched fields stay shipped
    page = window.detail.toPlainText()
    assert "€ 300" in page and "Doel (lokaal aangepast)" in page and "Doelgroep (lokaal" not in page

    panel = window.local_changes
    assert panel.isVisible() and set(panel.buttons) == {("edit", ""), ("restore", "evidence"), ("restore", "goal"),
                                                         ("restore", "settings")}
    assert "Doel: lokaal aangepast" in [w.text() for w in panel.widget().findChildren(QLabel)]
    panel.buttons[("restore", "goal")].click()
    status, doc, _hidden = stored(db_url)["kern-met-pit"]
    assert status["overridden"] == ["evidence", "settings"] and doc["goal"] == shipped.goal
    assert "Doel (lokaal" not in window.detail.toPlainText()

    window.undo_action.trigger()  # the restore
    assert stored(db_url)["kern-met-pit"][1]["goal"] == GOAL
    window.redo_action.trigger()
    assert stored(db_url)["kern-met-pit"][1]["goal"] == shipped.goal


def test_a_field_changed_upstream_is_compared_and_the_choice_kept(qtbot, db_url, qsettings, tmp_path, monkeypatch):
    from ui.main_window import MainWindow

    records = open_user_records(open_catalogue(db_url))
    edit = {"id": "kern-met-pit", "goal": GOAL}
    records.edit("kern-met-pit", edit)
    shipped_then = records.catalogue.get("kern-met-pit")
    then_goal = get_field(method_to_document(records.shipped("kern-met-pit")), "goal")
    changed = tmp_path / "catalogus"
    shutil.copytree(resources.CATALOGUE, changed)
    text = (changed / "kern-met-pit.toml").read_text(encoding="utf-8")
    (changed / "kern-met-pit.toml").write_text(text.replace('goal = """', 'goal = """Nieuw: ', 1), encoding="utf-8")
    monkeypatch.setenv("METHODEWIJZER_CATALOGUE_DIR", str(changed))

    window = MainWindow(db_url, qsettings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.search is not None, timeout=60_000)
    window.select_method("kern-met-pit")
    panel = window.local_changes
    texts = [label.text() for label in panel.widget().findChildren(QLabel)]
    assert "De meegeleverde tekst is veranderd sinds uw aanpassing." in texts
    seen = {}

    def choose(dialog):
        seen["columns"] = {key: view.toPlainText() for key, view in dialog.views.items()}
        dialog.choices["shipped_then"].setChecked(True)
        return 1
    monkeypatch.setattr(FieldCompare, "exec", choose)
    panel.buttons[("compare", "goal")].click()
    assert seen["columns"]["shipped_then"] == then_goal and seen["columns"]["yours"] == GOAL
    assert seen["columns"]["shipped_now"].startswith("Nieuw: ")
    status, doc, _hidden = stored(db_url, changed)["kern-met-pit"]
    assert status == {"origin": "variant", "overridden": ["goal"], "upstream_changed": []}
    assert doc["goal"] == then_goal and shipped_then.goal == GOAL
    assert ("compare", "goal") not in panel.buttons

    window.undo_action.trigger()  # the flag and the user's own text come back
    status, doc, _hidden = stored(db_url, changed)["kern-met-pit"]
    assert status["upstream_changed"] == ["goal"] and doc["goal"] == GOAL
    window.close()
    window.tasks.wait()


@pytest.fixture
def package(tmp_path, db_url):
    """A package with one own method, made in another database."""
    from app.api import export_package
    from tests.test_own_methods_window import fill_in

    other = open_user_records(open_catalogue(f"sqlite:///{tmp_path / 'ander.sqlite3'}"))
    form = MethodForm([])
    form.id.setText("uit-pakket")
    fill_in(form)
    other.add(form.document())
    form.deleteLater()
    path = tmp_path / "pakket.jsonl"
    export_package(other.catalogue, path)
    return path


def test_every_edit_of_the_session_is_undone_and_redone_as_the_database_holds_it(window, monkeypatch, db_url,
                                                                                  package):
    from tests.test_own_methods_window import fill_in
    from ui import case_prompts, catalogue_actions

    actions = window.catalogue_actions
    monkeypatch.setattr(case_prompts, "ask", lambda *_a: case_prompts.Button.Yes)
    monkeypatch.setattr(case_prompts, "file_to_open", lambda *_a: str(package))
    states = [stored(db_url)]

    def step(do) -> None:  # noqa: ANN001
        do()
        states.append(stored(db_url))
        assert states[-1] != states[-2]

    def new(form):
        form.id.setText("buurtkamer-plus")
        fill_in(form)
    answer_form(monkeypatch, new)
    step(actions.actions["new"].trigger)
    window.select_method("buurtkamer-plus")
    answer_form(monkeypatch, lambda form: form.name.setText("Buurtkamer Extra"))
    step(actions.actions["edit"].trigger)  # an own method: replaced
    window.select_method("abcd")
    answer_form(monkeypatch, lambda form: form.texts["summary"].setPlainText("Lokale samenvatting."))
    step(actions.actions["edit"].trigger)  # a shipped one: a local change
    step(lambda: window.local_changes.buttons[("restore", "summary")].click())
    step(actions.actions["hide"].trigger)
    monkeypatch.setattr(catalogue_actions, "choose_hidden", lambda _p, _t, _l, names: 0)
    step(actions.actions["unhide"].trigger)
    window.select_method("buurtkamer-plus")
    assert ("edit", "") in window.local_changes.buttons  # an own method: change or delete it from its page
    step(window.local_changes.buttons[("remove", "")].click)
    step(actions.actions["import"].trigger)
    assert states[-1]["uit-pakket"][0] == {"origin": "own"}
    assert window.undo_stack.count() == len(states) - 1

    for before in reversed(states[:-1]):
        window.undo_action.trigger()
        assert stored(db_url) == before
    assert not window.undo_action.isEnabled()
    assert found(window, "kookavond") == set()  # search follows undo
    for after in states[1:]:
        window.redo_action.trigger()
        assert stored(db_url) == after
    assert found(window, "kookavond") == {"uit-pakket"}  # and redo
    window.search_box.setText("")
    assert visible_ids(window) >= {"uit-pakket", "abcd"} and "buurtkamer-plus" not in visible_ids(window)


def found(window, query: str) -> set[str]:
    from tests.test_own_methods_window import index_caught_up

    index_caught_up(window)
    window.search_box.setText(query)
    window.search_box.flush()
    return visible_ids(window)


def test_the_list_offers_edit_hide_and_delete_on_a_right_click(window):
    actions = window.catalogue_actions.actions
    assert [a.text() for a in window.table.actions()] == [actions[k].text() for k in ("edit", "hide", "remove")]


def test_an_undo_the_database_refuses_is_told_and_leaves_the_stack(window, monkeypatch, db_url):
    from ui import case_prompts

    told = []
    monkeypatch.setattr(case_prompts, "tell", lambda _p, _t, text, warning=True: told.append(text))
    window.select_method("abcd")
    window.catalogue_actions.actions["hide"].trigger()
    before = stored(db_url)
    window.catalogue.offline = True  # the shared catalogue went away: only a read-only copy is left
    window.undo_action.trigger()
    assert told and "niets gewijzigd" in told[0]
    assert stored(db_url) == before and window.undo_stack.count() == 0 and not window.undo_action.isEnabled()


def test_saving_the_form_unchanged_changes_no_field_of_any_shipped_method(qtbot, methods):
    for method in methods:
        form = MethodForm([], method=method, shipped=True)
        qtbot.addWidget(form)
        assert form.save_button.isEnabled(), method.id
        assert form.changed_fields() == {}, method.id


def test_a_re_rank_leaves_the_local_changes_panel_with_its_focused_button_as_it_is(window, monkeypatch, qapp):
    """The panel above a changed method's page is made again only when it would read otherwise: a slider step
    must not take away the button the keyboard is on."""
    answer_form(monkeypatch, lambda form: form.texts["goal"].setPlainText(GOAL))
    window.select_method("kern-met-pit")
    window.catalogue_actions.actions["edit"].trigger()
    window.context_panel.set_state({"settings": ["district"], "goals": ["liveability"]})
    qapp.processEvents()
    window.table.setFocus()
    window.table.setCurrentIndex(window.proxy.mapFromSource(window.model.index(window.model.row_of("kern-met-pit"), 1)))
    button = window.local_changes.buttons[("edit", "")]
    button.setFocus()
    for _step in range(3):
        slider = window.context_panel.weights["goal"].slider
        slider.setValue((slider.value() + 1) % (slider.maximum() + 1))
        qapp.processEvents()
        assert window.current_method_id() == "kern-met-pit"
        assert window.local_changes.buttons[("edit", "")] is button and qapp.focusWidget() is button
    window.local_changes.buttons[("restore", "goal")].click()  # the method reads as shipped again: no panel
    qapp.processEvents()
    assert window.local_changes.isHidden()


@pytest.mark.parametrize(("created", "heading"), [
    ("", "Eigen methode, toegevoegd door Anna."),
    ("2026-11-29T03:00:00+00:00", "Eigen methode, toegevoegd door Anna op "),
])
def test_an_own_method_says_who_added_it_and_when_only_if_it_is_known(qtbot, methods, created, heading):
    """An own method without a date (an imported or generated one) said "toegevoegd door … op ."."""
    import dataclasses

    from ui.local_changes_panel import LocalChangesPanel

    panel = LocalChangesPanel()
    qtbot.addWidget(panel)
    panel.show_method(dataclasses.replace(methods[0], author="Anna", created=created), {"origin": "own"})
    said = [label.text() for label in panel.findChildren(QLabel) if "toegevoegd door" in label.text()]
    assert len(said) == 1 and said[0].startswith(heading) and not said[0].endswith("op .")
