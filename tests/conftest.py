"""Shared test set-up: offscreen Qt, isolated user directories, GUI auto-marking."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402

import resources  # noqa: E402
from advisor.catalogue_reader import read_catalogue, read_knowledge  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    """Never read or write the real user's data, cache or settings."""
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("METHODEWIJZER_DATABASE_URL", raising=False)


@pytest.fixture(autouse=True)
def _unanswered_questions(request, monkeypatch):
    """A window test that does not answer a case question gets "No"/"Discard", never a blocking box."""
    if "qtbot" in request.fixturenames:
        from ui import case_prompts

        monkeypatch.setattr(case_prompts, "ask", lambda *_args: case_prompts.Button.No)


def pytest_collection_modifyitems(items):
    for item in items:
        if "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def methods():
    return read_catalogue(resources.CATALOGUE)


@pytest.fixture(scope="session")
def knowledge():
    return read_knowledge(resources.KNOWLEDGE)


def pytest_generate_tests(metafunc):
    """Tests in a module marked ``both_databases`` run once on SQLite and once on PostgreSQL."""
    if "db_url" in metafunc.fixturenames and metafunc.definition.get_closest_marker("both_databases"):
        metafunc.parametrize("db_url", ["sqlite", "postgresql"], indirect=True)


@pytest.fixture(scope="session")
def pg_server():
    """A throw-away PostgreSQL server for the whole run (skipped, or failed in CI, without binaries)."""
    from tests.pg import PASSWORD_RULE, started_server

    server = started_server(hba_first=PASSWORD_RULE)
    yield server
    server.stop()
    server.remove()


@pytest.fixture
def db_url(request, tmp_path):
    """A fresh database: a SQLite file, or a new database on the test server."""
    if getattr(request, "param", "sqlite") == "sqlite":
        yield f"sqlite:///{tmp_path / 'catalogus.sqlite3'}"
        return
    server = request.getfixturevalue("pg_server")
    name = server.new_database()
    yield server.url(name)
    server.drop_database(name)


@pytest.fixture
def qsettings(tmp_path):
    """A settings file of the test's own; the user's real settings are never read or written."""
    from PySide6.QtCore import QSettings

    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    settings.setValue("ui/language", "nl")  # the tests read Dutch, whatever the machine's language
    return settings


@pytest.fixture
def window(qtbot, db_url, qsettings):
    """The main window, shown, with its catalogue and search index loaded."""
    from ui.main_window import MainWindow

    win = MainWindow(db_url, qsettings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.search is not None, timeout=60_000)
    yield win
    win.tasks.wait()
