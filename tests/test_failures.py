"""Failures sorted as a user needs them: problems to act on, and bugs that are logged."""

from __future__ import annotations

import errno
import sqlite3

import pytest
from PySide6.QtWidgets import QMessageBox

from app.api import Catalogue, CatalogueUnavailable
from app.failures import LOG_FILE_NAME, explain
from db.engine import data_dir


def failure_of(call):  # noqa: ANN001
    try:
        call()
    except Exception as error:  # noqa: BLE001 - the point is to catch whatever it raises
        return error
    raise AssertionError("expected a failure")


def damaged_database(folder):  # noqa: ANN001, ANN201
    """A real Methodewijzer database with pages in its middle overwritten."""
    path = folder / "kapot.sqlite3"
    Catalogue.open(f"sqlite:///{path}")
    data = bytearray(path.read_bytes())
    middle = len(data) // 2
    data[middle - 2048:middle + 2048] = b"\xa5" * 4096
    path.write_bytes(bytes(data))
    return path


def test_a_damaged_database_is_a_problem_with_a_way_out(tmp_path):
    bad = damaged_database(tmp_path)
    failure = explain(failure_of(lambda: Catalogue.open(f"sqlite:///{bad}")), tmp_path)
    assert not failure.is_bug
    assert "beschadigd" in failure.message and "niets aan veranderd" in failure.message
    assert "reservekopie" in failure.action
    assert not (tmp_path / LOG_FILE_NAME).exists()


def test_a_database_from_a_newer_version_asks_for_an_update(tmp_path):
    url = f"sqlite:///{tmp_path / 'nieuw.sqlite3'}"
    Catalogue.open(url)
    with sqlite3.connect(tmp_path / "nieuw.sqlite3") as conn:
        conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    failure = explain(failure_of(lambda: Catalogue.open(url)), tmp_path)
    assert not failure.is_bug
    assert "nieuwere versie" in failure.message
    assert "Werk Methodewijzer bij" in failure.action


@pytest.mark.parametrize(("error", "says"), [
    (sqlite3.OperationalError("database is locked"), "in gebruik"),
    (sqlite3.OperationalError("attempt to write a readonly database"), "alleen gelezen"),
    (OSError(errno.ENOSPC, "No space left on device"), "schijf is vol"),
    (PermissionError(errno.EACCES, "Permission denied"), "niet openen of beschrijven"),
    (OSError(errno.EROFS, "Read-only file system"), "alleen gelezen"),
])
def test_environment_problems_are_named_even_when_wrapped(tmp_path, error, says):
    try:
        try:
            raise error
        except Exception as inner:
            raise CatalogueUnavailable("De database kan niet worden gebruikt.") from inner
    except CatalogueUnavailable as wrapped:
        failure = explain(wrapped, tmp_path)
    assert not failure.is_bug
    assert says in failure.message
    assert failure.action
    assert not (tmp_path / LOG_FILE_NAME).exists()


def test_an_unreadable_index_says_search_is_off_but_advice_works(tmp_path):
    from whoosh.index import EmptyIndexError

    failure = explain(EmptyIndexError("geen index"), tmp_path)
    assert not failure.is_bug
    assert "zoekindex" in failure.message.lower() and "advies werkt wel" in failure.message


def test_a_bug_is_logged_with_its_traceback_and_named_briefly(tmp_path):
    def broken():
        return {}["ontbreekt"]

    failure = explain(failure_of(broken), tmp_path)
    assert failure.is_bug
    log = (tmp_path / LOG_FILE_NAME).read_text(encoding="utf-8")
    assert "Traceback" in log and "KeyError: 'ontbreekt'" in log and "in broken" in log
    assert str(tmp_path / LOG_FILE_NAME) in failure.message
    assert "Traceback" not in failure.text() and len(failure.text()) < 400


def test_the_window_shows_a_bug_as_a_bug_and_logs_it(qtbot, qsettings, monkeypatch, db_url):
    import app.api
    from ui.main_window import MainWindow

    def broken(_url=None):  # noqa: ANN202
        raise ZeroDivisionError("kapotte berekening")

    monkeypatch.setattr(app.api, "open_catalogue", broken)
    win = MainWindow(db_url, qsettings)
    qtbot.addWidget(win)
    title, text = shown_problem(qtbot, win)
    log_file = data_dir() / LOG_FILE_NAME
    assert title == "Fout in Methodewijzer"
    assert str(log_file) in text
    assert "ZeroDivisionError: kapotte berekening" in log_file.read_text(encoding="utf-8")
    win.tasks.wait()


def test_the_window_shows_a_damaged_database_as_a_problem_not_a_bug(qtbot, qsettings, monkeypatch, tmp_path):
    from ui.main_window import MainWindow

    bad = damaged_database(tmp_path)
    win = MainWindow(f"sqlite:///{bad}", qsettings)
    qtbot.addWidget(win)
    title, text = shown_problem(qtbot, win)
    assert title == "Catalogus niet beschikbaar"
    assert "beschadigd" in text and "reservekopie" in text
    assert not (data_dir() / LOG_FILE_NAME).exists()
    win.tasks.wait()


def shown_problem(qtbot, win) -> tuple[str, str]:
    """The title and text of the catalogue problem the window shows, once it shows one."""
    qtbot.waitUntil(lambda: win.findChild(QMessageBox, "catalogueProblem") is not None, timeout=20_000)
    box = win.findChild(QMessageBox, "catalogueProblem")
    return box.windowTitle(), box.text()
