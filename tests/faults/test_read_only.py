"""A read-only database file or data folder can still be read; edits are refused; nothing is written."""

from __future__ import annotations

import os

import pytest

from app.catalogue import Catalogue, CatalogueReadOnly
from tests.faults import conftest as faults_conftest
from tests.faults.conftest import digest, run_cli, without_write_rights

pytestmark = pytest.mark.faults


def _made(folder):  # noqa: ANN001, ANN202
    path = folder / "catalogus.sqlite3"
    assert run_cli("--db", f"sqlite:///{path}", "list").code == 0
    return path


@pytest.mark.parametrize("what", ["file", "folder"])
def test_read_only_database_can_be_read_and_says_so(shared_dir, what):
    path = _made(shared_dir)
    before = digest(path)
    preexec = without_write_rights(path if what == "file" else shared_dir)
    run = run_cli("--db", f"sqlite:///{path}", "list", preexec=preexec)
    run.assert_clean()
    assert run.code == 0, run.err
    assert len(run.out.strip().splitlines()) == 19
    assert "Alleen-lezen" in run.err and "niets wijzigen" in run.err
    assert digest(path) == before
    # In a writable folder SQLite may add its readers' shared-memory files (-wal, -shm) beside a WAL
    # database; nothing else appears, and the database itself is unchanged.
    extra = {p.name for p in shared_dir.iterdir()} - {path.name}
    assert extra <= {f"{path.name}-wal", f"{path.name}-shm"}
    assert all((shared_dir / name).stat().st_size == 0 for name in extra if name.endswith("-wal"))


def test_read_only_data_folder_without_a_database_says_what_to_do(shared_dir):
    folder = shared_dir / "leeg"
    folder.mkdir()
    preexec = without_write_rights(folder)
    run = run_cli("--db", f"sqlite:///{folder / 'catalogus.sqlite3'}", "list", preexec=preexec)
    run.assert_clean()
    assert run.code == 1
    assert "rechten" in run.err
    assert list(folder.iterdir()) == []


def test_edits_on_a_read_only_catalogue_are_refused_clearly(tmp_path):
    catalogue = Catalogue.open(f"sqlite:///{tmp_path / 'c.sqlite3'}")
    catalogue.ensure_writable()  # writable: no complaint
    catalogue.read_only = True
    with pytest.raises(CatalogueReadOnly, match="alleen-lezen; er is niets gewijzigd") as refused:
        catalogue.ensure_writable()
    assert "schrijfrechten" in refused.value.action


@pytest.mark.skipif(os.geteuid() != 0, reason="only root can write through file modes")
def test_a_child_that_keeps_roots_override_fails_under_ci(shared_dir, monkeypatch):
    """A read-only scenario that root could write through proves nothing: under CI it must fail, not pass."""
    path = shared_dir / "bestand"
    path.write_text("x")
    assert faults_conftest.without_write_rights(path) is faults_conftest.without_override  # the drop works here
    monkeypatch.setattr(faults_conftest, "without_override", lambda: None)  # as if it could not be dropped
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="cannot drop CAP_DAC_OVERRIDE"):
        faults_conftest.without_write_rights(path)
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        faults_conftest.without_write_rights(path)
