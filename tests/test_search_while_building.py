"""Search stays usable while the index is being built: it reads the methods' text meanwhile."""

from __future__ import annotations

import threading

import app.api
from app.search import SearchService, plain_search


def scanned(methods, query, as_you_type=False) -> set[str]:
    catalogue = type("C", (), {"methods": methods})()
    return set(plain_search(catalogue).find(query, as_you_type).ids)


def test_the_plain_scan_finds_words_prefixes_compound_parts_and_fields(methods):
    assert "moedercentra" in scanned(methods, "moeder", as_you_type=True)
    assert "het-ondernemende-dorp" in scanned(methods, "coöperatie")
    assert "het-ondernemende-dorp" in scanned(methods, "coop", as_you_type=True)
    assert {m.id for m in methods if "initiatie" in str(m.texts()).lower()} == scanned(methods, "initiatieven")
    assert scanned(methods, "doelgroep:jong*") == {"buurtcoach-kan-wel", "abcd"}
    assert scanned(methods, "zwxqrt") == set()
    assert scanned(methods, "de het een") == set()


def test_the_plain_scan_shows_a_marked_snippet(methods):
    catalogue = type("C", (), {"methods": methods})()
    found = plain_search(catalogue).find("moeder", as_you_type=True)
    text, marks = found.snippet("moedercentra")
    assert marks and all(text[a:b].lower().startswith("moeder") for a, b in marks)


def test_the_window_searches_while_the_index_builds(qtbot, db_url, qsettings, monkeypatch):
    from ui.main_window import MainWindow

    built, may_finish = threading.Event(), threading.Event()
    real_open = app.api.open_search

    def slow_build(catalogue, progress=None) -> SearchService:  # noqa: ANN001
        progress(0, len(catalogue.methods))
        may_finish.wait(60)
        service = real_open(catalogue, progress)
        built.set()
        return service

    monkeypatch.setattr(app.api, "open_search", slow_build)
    win = MainWindow(db_url, qsettings)
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: win.catalogue is not None and win.search_box.isEnabled(), timeout=60_000)
        assert win.search is None and win.progress.isVisible()
        qtbot.keyClicks(win.search_box, "moeder")
        win.search_box.flush()
        shown = [win.proxy.index(r, 0).data() for r in range(win.proxy.rowCount())]
        assert 0 < len(shown) < 19
        assert "zoekindex wordt nog gebouwd" in win.status.currentMessage()
    finally:
        may_finish.set()
    qtbot.waitUntil(lambda: win.search is not None, timeout=60_000)
    assert built.is_set() and not win.progress.isVisible()
    assert 0 < win.proxy.rowCount() < 19
    assert "gevonden" in win.status.currentMessage()
    assert "zoekindex wordt nog gebouwd" not in win.status.currentMessage()
    win.tasks.wait()
