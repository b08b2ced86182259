"""An open window follows changes another desk makes to the same catalogue (another process, the same
database): it notices the change counter move, catches up in the background and ranks and searches anew."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.test_own_methods import OWN
from tests.test_own_methods_window import visible_ids
from tests.test_postgres_versions import release_folder

pytestmark = pytest.mark.both_databases


def other_desk(db_url: str, *args: str) -> None:
    done = subprocess.run([sys.executable, "-m", "app.cli", "--db", db_url, *args], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr


@pytest.fixture
def watching(window):
    window.catalogue_watch.timer.setInterval(100)  # every tick is a real question to the database
    return window


def test_a_method_added_and_hidden_elsewhere_appears_and_goes_in_the_open_window(watching, qtbot, db_url,
                                                                                    tmp_path):
    window = watching
    before = window.catalogue.change_counter
    window.search_box.setText("kookavond")
    window.search_box.flush()
    assert visible_ids(window) == set()

    own = tmp_path / "eigen.toml"
    own.write_text(OWN.format(section=""), encoding="utf-8")
    other_desk(db_url, "method", "add", str(own))
    qtbot.waitUntil(lambda: visible_ids(window) == {"buurtkamer-plus"}, timeout=30_000)  # the open search, again
    assert window.catalogue.change_counter == before + 1
    assert "andere werkplek" in window.status.currentMessage()
    window.search_box.setText("")
    assert "buurtkamer-plus" in {r.method.id for r in window.result.advice.results}  # ranked with the others
    assert len(visible_ids(window)) == 20

    other_desk(db_url, "method", "hide", "moedercentra")
    qtbot.waitUntil(lambda: "moedercentra" not in visible_ids(window), timeout=30_000)
    window.search_box.setText("moedercentra")
    window.search_box.flush()
    assert "moedercentra" not in visible_ids(window)
    window.search_box.setText("")
    window.tasks.wait()


def test_a_newer_shipped_catalogue_put_there_elsewhere_is_read_and_indexed_afresh(watching, qtbot, db_url,
                                                                                    tmp_path):
    window = watching
    first_search = window.search
    newer = release_folder(tmp_path, 5, "ABCD Zonnebloemaanpak")
    other_desk(db_url, "--catalogue-dir", str(newer), "list")
    qtbot.waitUntil(lambda: window.search is not first_search, timeout=60_000)  # a fresh index, built aside
    assert window.catalogue.get("abcd").name == "ABCD Zonnebloemaanpak"
    window.search_box.setText("zonnebloemaanpak")
    window.search_box.flush()
    assert visible_ids(window) == {"abcd"}
    window.tasks.wait()


def test_the_own_window_s_change_is_not_taken_for_another_desk_s(watching, qtbot):
    window = watching
    window.select_method("moedercentra")
    window.catalogue_actions.actions["hide"].trigger()
    counted, real = [], window.catalogue_watch._counted

    def seen(counter):  # noqa: ANN001
        counted.append(counter)
        real(counter)

    window.catalogue_watch._counted = seen  # what each check finds, then the window's own handling
    qtbot.waitUntil(lambda: len(counted) >= 3, timeout=30_000)
    assert set(counted) == {window.catalogue.change_counter}
    assert "andere werkplek" not in window.status.currentMessage()
    window.tasks.wait()
