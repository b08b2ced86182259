"""Hostile and huge inputs, awkward consoles and pipes, odd folder names, bugs, network shares."""

from __future__ import annotations

import shutil
import subprocess
import time
from pathlib import Path

import pytest

import resources
from advisor.catalogue_reader import MAX_FIELD_CHARS, CatalogueError, read_catalogue
from app.catalogue import Catalogue, CatalogueUnavailable
from db import filesystems
from tests.faults.conftest import ROOT, child_env, cli_command, default_db, digest, run_cli

pytestmark = pytest.mark.faults


def _catalogue_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "catalogue"
    shutil.copytree(resources.CATALOGUE, folder)
    return folder


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_misspelt_key_is_an_error_naming_file_and_key(tmp_path):
    folder = _catalogue_copy(tmp_path)
    _edit(folder / "abcd.toml", 'url = "www.movisie.nl/effectieveinterventies"',
          'ulr = "www.movisie.nl/effectieveinterventies"')
    with pytest.raises(CatalogueError, match=r"abcd\.toml: veld 'materials\.publications\[1\]\.ulr'.*onbekende"):
        read_catalogue(folder)


def test_misspelt_key_leaves_the_database_unchanged(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    Catalogue.open(url)
    before = digest(tmp_path / "c.sqlite3")
    folder = _catalogue_copy(tmp_path)
    _edit(folder / "abcd.toml", "[developer]", "samenvating = 'x'\n\n[developer]")
    with pytest.raises(CatalogueUnavailable, match="samenvating"):
        Catalogue.open(url, catalogue_dir=folder)
    assert digest(tmp_path / "c.sqlite3") == before


def test_huge_text_field_is_refused_quickly_with_the_limit(tmp_path):
    folder = _catalogue_copy(tmp_path)
    _edit(folder / "abcd.toml", 'summary = """', 'summary = """' + "buurt " * 4_000_000)
    started = time.monotonic()
    with pytest.raises(CatalogueError, match="groter dan 1 MB"):
        read_catalogue(folder)
    assert time.monotonic() - started < 5


def test_long_text_field_under_the_file_limit_is_refused_naming_the_field(tmp_path):
    folder = _catalogue_copy(tmp_path)
    _edit(folder / "abcd.toml", 'goal = """', 'goal = """' + "x" * (MAX_FIELD_CHARS + 1))
    with pytest.raises(CatalogueError, match=r"veld 'goal': is te lang \(20\.\d{3} tekens; hoogstens 20\.000\)"):
        read_catalogue(folder)


def test_windows_code_page_does_not_crash_match(tmp_path):
    run = run_cli("--db", f"sqlite:///{tmp_path / 'c.sqlite3'}", "match", "--budget", "1000",
                  "--weight", "budget=5", env=child_env(PYTHONIOENCODING="cp1252"))
    run.assert_clean()
    assert run.code == 0
    # the what-if line, all of it: match's own text now stays within the code page (no arrow to replace)
    assert "De eerste plaats houdt stand zolang budget meetelt (nu 5)" in run.out


def test_closed_pipe_exits_quietly(tmp_path):
    child = subprocess.Popen(cli_command("--db", f"sqlite:///{tmp_path / 'c.sqlite3'}", "list", "--json"),
                             cwd=ROOT, env=child_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    child.stdout.close()  # the reader went away, as 'head -1' does
    err = child.stderr.read().decode()
    child.wait(timeout=60)
    assert "Traceback" not in err and "BrokenPipe" not in err
    assert err == ""


@pytest.mark.parametrize(("words", "said"), [(["buurt"] * 1000, "te lang"), (["w"] * 40, "te veel woorden"),
                                             (["x" * 600], "te lang")])
def test_huge_search_query_is_refused_briefly(tmp_path, words, said):
    started = time.monotonic()
    run = run_cli("--db", f"sqlite:///{tmp_path / 'c.sqlite3'}", "search", *words)
    run.assert_clean()
    assert run.code == 2 and said in run.err and "paar kenmerkende woorden" in run.err
    assert len(run.err) < 300  # the query is not echoed back
    assert time.monotonic() - started < 30


@pytest.mark.parametrize("odd", ["met spatie", "honderd%25procent", "vraag?teken", "hekje#1"])
def test_data_folder_with_odd_characters_holds_the_database(tmp_path, monkeypatch, odd):
    home = tmp_path / odd
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    run = run_cli("list")
    run.assert_clean()
    assert run.code == 0
    assert default_db(home).stat().st_size > 0
    assert [p for p in tmp_path.iterdir()] == [home]


def test_a_bug_is_logged_with_its_traceback_and_told_briefly(data_home, monkeypatch, capsys):
    from app import cli
    from app.cli.errors import EXIT_BUG

    def broken(*_args, **_kwargs):  # noqa: ANN002, ANN003, ANN202
        raise ZeroDivisionError("rekenfout")

    monkeypatch.setattr(cli, "open_catalogue", broken)
    assert cli.main(["list"]) == EXIT_BUG
    err = capsys.readouterr().err
    assert "Traceback" not in err and "fout in het programma" in err
    log = data_home / "Methodewijzer" / "methodewijzer.log"
    assert str(log) in err
    assert "Traceback" in log.read_text() and "ZeroDivisionError: rekenfout" in log.read_text()


def test_wal_database_found_on_a_network_share_goes_back_to_delete_mode(tmp_path, monkeypatch):
    import sqlite3
    from contextlib import closing

    from db import setup

    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    Catalogue.open(url)
    with closing(sqlite3.connect(tmp_path / "c.sqlite3")) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    monkeypatch.setattr(setup, "is_on_local_disk", lambda _path: False)
    assert len(Catalogue.open(url).methods) == 19
    with closing(sqlite3.connect(tmp_path / "c.sqlite3")) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"


MOUNTS = """\
/dev/sda1 / ext4 rw 0 0
//server/gedeeld\\040werk /mnt/gedeeld\\040werk cifs rw 0 0
server:/export /mnt/nfs nfs4 rw 0 0
"""


@pytest.mark.parametrize(("path", "fstype"), [("/mnt/gedeeld werk/db.sqlite3", "cifs"), ("/mnt/nfs/x", "nfs4"),
                                              ("/mnt/gedeeld/x", "ext4"), ("/home/a/x", "ext4")])
def test_mount_points_with_escaped_spaces_are_recognised(path, fstype):
    assert filesystems.filesystem_from_mounts(MOUNTS, path) == fstype


@pytest.mark.parametrize(("path", "remote"), [("\\\\server\\share\\db.sqlite3", True), ("Z:\\db.sqlite3", True),
                                              ("C:\\Users\\a\\db.sqlite3", False), ("//server/share/x", True)])
def test_windows_shares_and_mapped_drives_are_recognised(path, remote):
    drive_types = {"Z:\\": filesystems.DRIVE_REMOTE, "C:\\": 3}
    assert filesystems.windows_is_remote(path, drive_types.get) is remote
