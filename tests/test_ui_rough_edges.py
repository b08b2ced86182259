"""The last rough edges of #13: the found text cut visibly, the selected row's score bar, the search offer,
keyboard links on the method page and the live language switch (pytest-qt, offscreen)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import QApplication

from ui.advice_model import SNIPPET
from ui.delegates import ELLIPSIS, bar_colours, fitted_layout

LONG = ("Vrijwilligers uit de wijk organiseren samen met bewoners activiteiten voor ouderen en jongeren, "
        "met steun van het welzijnswerk en de gemeente, zodat buurtbewoners elkaar leren kennen en "
        "meedoen aan het leven in de buurt; de methode vraagt weinig geld maar wel een lange adem van "
        "iedereen die eraan meedoet en een vaste plek om samen te komen met de vrijwilligers")


def shown_text(layout) -> str:  # noqa: ANN001
    return layout.text()


def lines_fit(layout, height: float) -> bool:  # noqa: ANN001
    last = layout.lineAt(layout.lineCount() - 1)
    return last.y() + last.height() <= height


@pytest.mark.parametrize("point_size", [9, 18])  # 18 pt: about what 200 % makes of the default font
def test_a_long_snippet_ends_in_a_visible_ellipsis_within_the_cell(qapp, point_size):
    font = QFont()
    font.setPointSize(point_size)
    height = QFontMetrics(font).lineSpacing() * 4
    layout = fitted_layout(LONG, [(0, 13)], font, 260, height)
    assert lines_fit(layout, height)
    assert shown_text(layout).endswith(ELLIPSIS)
    assert shown_text(layout).startswith("Vrijwilligers")


def test_a_hit_far_into_the_snippet_stays_in_view(qapp):
    font = QFont()
    height = QFontMetrics(font).lineSpacing() * 4
    hit = LONG.rindex("vrijwilligers")
    layout = fitted_layout(LONG, [(hit, hit + 13)], font, 220, height)
    shown = shown_text(layout)
    assert shown.startswith(ELLIPSIS) and "vrijwilligers" in shown and lines_fit(layout, height)
    bold = [r for r in layout.formats() if r.format.fontWeight() == QFont.Weight.Bold]
    assert [shown[r.start:r.start + r.length] for r in bold] == ["vrijwilligers"]


def test_a_short_snippet_is_shown_whole(qapp):
    font = QFont()
    layout = fitted_layout("Kort stukje tekst", [(0, 4)], font, 300, QFontMetrics(font).lineSpacing() * 4)
    assert shown_text(layout) == "Kort stukje tekst"


def contrast(a: QColor, b: QColor) -> float:
    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.Base, "#1e1e1e"),
                         (QPalette.ColorRole.Text, "#f0f0f0"), (QPalette.ColorRole.Highlight, "#3d7ad6"),
                         (QPalette.ColorRole.HighlightedText, "#ffffff"), (QPalette.ColorRole.Midlight, "#3a3a3a")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.mark.parametrize("palette", ["light", "dark"])
@pytest.mark.parametrize("score", [10, 50, 90])
def test_the_selected_rows_score_bar_stands_out_from_the_selection(qapp, palette, score):
    colours = QApplication.style().standardPalette() if palette == "light" else dark_palette()
    background = colours.color(QPalette.ColorRole.Highlight)
    bar = bar_colours(colours, score, selected=True)
    for colour in (bar.fill, bar.track_edge, bar.number):
        assert contrast(colour, background) >= 3, (palette, score, colour.name())


@pytest.mark.parametrize("palette", ["light", "dark"])
@pytest.mark.parametrize("score", [10, 50, 90])
def test_even_the_lightest_bar_is_edged_visibly_against_its_track(qapp, palette, score):
    colours = QApplication.style().standardPalette() if palette == "light" else dark_palette()
    bar = bar_colours(colours, score, selected=False)
    assert contrast(bar.fill_edge, bar.track) >= 3, (palette, score)
    assert contrast(bar.number, colours.color(QPalette.ColorRole.Base)) >= 4.5


def search(window, text: str) -> None:
    window.search_box.setText(text)
    window.search_box.flush()


def test_a_typo_is_offered_corrected_and_the_offer_runs_by_keyboard(window, qtbot):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    offer = window.notes.offer
    search(window, "jongren")
    assert offer.isVisible() and offer.text() == "Bedoelde u ‘jongeren’?"
    assert offer.accessibleName() == offer.text() and offer.focusPolicy() != 0
    window.search_box.setFocus()
    qtbot.keyClick(window.search_box, "\t")
    assert QApplication.focusWidget() is offer  # the next tab stop after the search box
    qtbot.keyClick(offer, " ")
    assert window.search_box.text() == "jongeren"
    assert not offer.isVisible()  # the corrected word is a known word: nothing more to offer
    assert QApplication.focusWidget() is window.table


def test_the_offer_keeps_field_names_and_leaves_when_the_search_does(window):
    search(window, "doelgroep:jongren")
    assert window.notes.offer.text() == "Bedoelde u ‘doelgroep:jongeren’?"
    search(window, "ouderen")
    assert not window.notes.offer.isVisible()
    search(window, "jongren zzzqqq")  # the corrected query finds nothing either: no offer
    assert not window.notes.offer.isVisible()
    search(window, "vrijwiligers")
    window.search_box.clear()
    assert not window.notes.offer.isVisible()


def test_tab_walks_the_links_of_the_method_page_and_enter_opens_one(window, qtbot, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QDesktopServices

    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.context_panel.settings["street"].setChecked(True)
    window.select_method("tijdvoorelkaar")
    page = window.detail
    links = [href for _start, _end, href in page.links()]
    assert links[0] == "kennis:tijdvoorelkaar-roosjes-werkten-niet" and links[-1] == "https://www.timebanks.co.uk"
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is page and page.chosen_link() is None
    chosen = []
    for _ in links:
        qtbot.keyClick(page, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is page
        chosen.append(page.chosen_link())
    assert chosen == links  # one press per link, in reading order
    qtbot.keyClick(page, Qt.Key.Key_Tab)
    assert window.context_panel.isAncestorOf(QApplication.focusWidget())  # past the last link: the next pane
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert page.chosen_link() == links[-1]
    qtbot.keyClick(page, Qt.Key.Key_Return)
    assert opened == ["https://www.timebanks.co.uk"]  # in the system browser
    for _ in links[1:]:
        qtbot.keyClick(page, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(page, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: getattr(window, "_knowledge_dialog", None) is not None)
    assert window._knowledge_dialog.isVisible() and len(opened) == 1
    window._knowledge_dialog.close()


def language_words() -> tuple[set[str], set[str]]:
    """Whole texts only one language uses: (Dutch sources, English translations), '&' left out."""
    from tests.test_translations import finished_entries

    dutch, english = set(), set()
    for (_context, source), forms in finished_entries().items():
        if len(forms) == 1 and forms[0] != source:
            dutch.add(source.replace("&", ""))
            english.add(forms[0].replace("&", ""))
    both = dutch & english
    return {t for t in dutch - both if len(t) > 2}, {t for t in english - both if len(t) > 2}


def shown_texts(window) -> set[str]:
    """Every text the window shows or names for a screen reader, split into its parts."""
    import re

    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QLineEdit, QWidget

    texts, whole = [window.windowTitle(), window.statusBar().currentMessage()], []
    for widget in [window, *window.findChildren(QWidget)]:
        if not widget.isVisibleTo(window) and widget is not window:
            continue
        texts += [widget.accessibleName(), widget.toolTip(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QLineEdit):  # whole: its examples are Dutch search words in either language
            whole.append(widget.placeholderText())

    def menu_texts(actions) -> None:  # noqa: ANN001
        for action in actions:
            texts.append(action.text())
            if action.menu():
                menu_texts(action.menu().actions())

    menu_texts(window.menuBar().actions())
    model = window.table.model()
    texts += [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())
              if not window.table.isColumnHidden(c)]
    for row in range(model.rowCount()):  # the found text is the method's own (Dutch) text
        texts += [str(model.index(row, c).data() or "") for c in range(model.columnCount()) if c != SNIPPET]
    texts += window.detail.toPlainText().splitlines()
    parts = set(whole)
    for text in texts:
        text = (text or "").replace("&", "")
        parts.add(text.strip())
        parts.update(p.strip() for p in re.split(r"[:\n]\s*|, | — | · ", text) if p.strip())
    return parts


def switch_language(window, qtbot, name: str) -> None:
    from PySide6.QtWidgets import QMenu

    choices = [a for menu in window.findChildren(QMenu) for a in menu.actions() if a.text() == name]
    assert len(choices) == 1
    choices[0].trigger()
    english = name == "English"
    qtbot.waitUntil(lambda: window.language_note.isVisibleTo(window) == english and not window._retranslating)


def test_the_language_switches_live_and_back_without_leftovers(window, qtbot):
    from ui.i18n import use_language

    dutch, english = language_words()
    panel = window.context_panel
    panel.set_state({"settings": ["street"], "goals": ["participation"], "budget_eur": 5000, "must": ["duration"]})
    window.select_method("tijdvoorelkaar")
    window.search_box.setText("jongren")
    window.search_box.flush()
    assert not shown_texts(window) & english
    try:
        switch_language(window, qtbot, "English")
        shown = shown_texts(window)
        assert not shown & dutch, sorted(shown & dutch)[:10]
        assert {"File", "View", "Setting", "Goals", "Did you mean ‘jongeren’?", "Why this place"} <= {
            s.split(" 4")[0] for s in shown}
        assert panel.settings["street"].accessibleName() == "Setting: street"
        assert window.notes.offer.text() == "Did you mean ‘jongeren’?"
        assert window.language_note.isVisible()
        assert window.settings.value("ui/language") == "en"
        switch_language(window, qtbot, "Nederlands")
        shown = shown_texts(window)
        assert not shown & english, sorted(shown & english)[:10]
        assert panel.settings["street"].accessibleName() == "Plaats: straat"
        assert not window.language_note.isVisible()
    finally:
        use_language("nl")


def test_a_low_window_scrolls_the_notes_and_list_instead_of_cutting_them(window, qtbot):
    """1280×720 at 200 % leaves 640×360 for the window: notes whole, the list at least three rows high."""
    window.resize(640, 360)
    window.context_panel.set_state({"settings": ["street"], "goals": ["participation"], "budget_eur": 5000})
    search(window, "vrijwiligers")
    notes = window.notes
    shown = [label for label in (notes.offer, notes.tier, notes.what_if, notes.live, notes.legend)
             if label.isVisibleTo(window)]
    assert notes.tier in shown and notes.what_if in shown
    qtbot.waitUntil(lambda: all(label.height() >= label.heightForWidth(label.width()) for label in shown
                                if label.heightForWidth(label.width()) > 0))
    row = window.table.verticalHeader().defaultSectionSize()
    assert window.table.viewport().height() >= 2 * row
    window.focus_results()
    area = window.advice_splitter.widget(0)
    top = window.table.mapTo(area.widget(), window.table.rect().topLeft()).y()
    assert area.verticalScrollBar().value() <= top < area.verticalScrollBar().value() + area.viewport().height()


def test_an_ampersand_in_the_offered_query_is_shown_not_taken_as_a_shortcut(window):
    window.notes.show_offer("jongeren & ouderen")
    assert window.notes.offer.text().count("&&") == 1  # Qt draws "&&" as one "&"
    assert "jongeren & ouderen" in window.notes.offer.accessibleName()
