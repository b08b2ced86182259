"""The search index under faults: a lock that lies, processes racing, an unusable cache folder, kill -9 leftovers.

Each scenario runs the real ``methodewijzer-cli search`` in its own process,
with its own data, cache and temporary folders, and asserts that search still
answers as it does on a healthy machine, without a traceback.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.faults.conftest import ROOT, child_env, run_cli, without_write_rights

pytestmark = pytest.mark.faults
QUERY = ("search", "vrijwilligers")
BUILDING = "De zoekindex wordt opgebouwd"
ROUNDS, PROCESSES = 3, 3
# Holds the build lock of an index, as a building process does, until killed or *seconds* have passed.
HOLD = ("import pathlib, sys, time\nfrom db.search.lock import BuildLock\n"
        "with BuildLock(pathlib.Path(sys.argv[1])):\n"
        "    for leftover in sys.argv[3:]:\n        pathlib.Path(leftover).mkdir()\n"
        "    print('vast', flush=True)\n    time.sleep(float(sys.argv[2]))\n")
# Imports everything first, then waits for a moment shared by all, so the processes really start together.
TOGETHER = ("import sys, time\nfrom app.cli import main\n"
            "time.sleep(max(0.0, float(sys.argv[1]) - time.time()))\nsys.exit(main(sys.argv[2:]))\n")


@pytest.fixture
def places(tmp_path, monkeypatch):
    """Data, cache and temporary folders of their own; returns the index folder's path."""
    for variable, name in (("XDG_DATA_HOME", "data"), ("XDG_CACHE_HOME", "cache"), ("TMPDIR", "tmp")):
        (tmp_path / name).mkdir()
        monkeypatch.setenv(variable, str(tmp_path / name))
    return tmp_path / "cache" / "Methodewijzer" / "index"


@pytest.fixture
def healthy(places) -> str:
    """What search prints on a healthy machine (and the index it leaves)."""
    run = run_cli(*QUERY)
    assert run.code == 0 and BUILDING in run.err, run.err
    assert places.is_dir()
    return run.out


def _lock(index: Path) -> Path:
    return index.with_name("index.lock")


def _hold(index: Path, seconds: float, *leftovers: Path) -> subprocess.Popen:
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(_lock(index)), str(seconds), *map(str, leftovers)],
                              cwd=ROOT, env=child_env(), stdout=subprocess.PIPE, text=True)
    assert holder.stdout.readline().strip() == "vast"
    return holder


def _temporary_leftovers() -> list[str]:
    return [p.name for p in Path(os.environ["TMPDIR"]).iterdir() if p.name.startswith("methodewijzer-index-")]


def test_a_lock_naming_a_live_unrelated_process_does_not_block_search(places, healthy):
    _lock(places).write_text(str(os.getpid()))  # alive, but building nothing: as after PID reuse
    run = run_cli(*QUERY, timeout=60)  # the old lock waited 120 s for this process
    run.assert_clean()
    assert run.code == 0 and run.out == healthy
    assert BUILDING in run.err  # the record of an unfinished build is not trusted
    assert _lock(places).read_text() == ""


def test_a_build_killed_with_9_is_detected_at_once_and_redone(places, healthy):
    holder = _hold(places, 60)
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    started = time.monotonic()
    run = run_cli(*QUERY, timeout=60)
    run.assert_clean()
    assert run.code == 0 and run.out == healthy and BUILDING in run.err
    assert time.monotonic() - started < 30


def test_a_live_build_is_waited_for_and_its_index_used(places, healthy):
    holder = _hold(places, 1.5)
    try:
        started = time.monotonic()
        run = run_cli(*QUERY, timeout=60)
        assert time.monotonic() - started >= 1.0
    finally:
        holder.wait(timeout=30)
    run.assert_clean()
    assert run.code == 0 and run.out == healthy
    assert BUILDING not in run.err


def test_a_stale_lock_taken_over_by_processes_starting_together_builds_once(places, healthy):
    for _round in range(ROUNDS):
        _lock(places).write_text("999999999")  # left by a build that died
        (places / "methodewijzer-index.json").unlink()  # and the index it left cannot be trusted
        at = f"{time.time() + 3.0:.3f}"
        children = [subprocess.Popen([sys.executable, "-c", TOGETHER, at, *QUERY], cwd=ROOT, env=child_env(),
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                    for _ in range(PROCESSES)]
        results = [(c.wait(timeout=120), *c.communicate()) for c in children]
        for code, out, err in results:
            assert code == 0 and "Traceback" not in err, err
            assert out == healthy
        assert sum(BUILDING in err for _code, _out, err in results) == 1


def _dangling_index(index: Path) -> None:
    index.rename(index.with_name("weg"))
    shutil.rmtree(index.with_name("weg"))
    index.symlink_to(index.with_name("bestaat-niet"))


def _dangling_cache_folder(index: Path) -> None:
    shutil.rmtree(index.parent)
    index.parent.symlink_to(index.parent.with_name("bestaat-niet"))


def _file_for_cache_folder(index: Path) -> None:
    shutil.rmtree(index.parent)
    index.parent.write_text("geen map")


def _no_write_rights(index: Path):  # noqa: ANN202
    shutil.rmtree(index)
    return without_write_rights(index.parent)


def _full_disk(index: Path):  # noqa: ANN202
    shutil.rmtree(index)

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing us
        resource.setrlimit(resource.RLIMIT_FSIZE, (100_000, 100_000))

    return apply


@pytest.mark.parametrize(("spoil", "where"), [
    (_dangling_index, "tijdelijke index"), (_dangling_cache_folder, "tijdelijke index"),
    (_file_for_cache_folder, "tijdelijke index"), (_no_write_rights, "tijdelijke index"),
    (_full_disk, "index in het geheugen"),
])
def test_an_unusable_cache_folder_falls_back_and_search_still_works(places, healthy, spoil, where):
    preexec = spoil(places)
    run = run_cli(*QUERY, preexec=preexec, timeout=60)
    if places.parent.is_dir():
        places.parent.chmod(0o755)
    run.assert_clean()
    assert run.code == 0 and run.out == healthy
    assert where in run.err and str(places) in run.err  # says where it could not, and what it does instead
    assert _temporary_leftovers() == []  # a temporary index goes when the program closes


def test_leftovers_of_builds_killed_halfway_are_removed_on_the_next_start(places, healthy):
    killed_mid_build = 0
    for _attempt in range(8):
        (places / "methodewijzer-index.json").unlink(missing_ok=True)
        child = subprocess.Popen([sys.executable, "-m", "app.cli", *QUERY], cwd=ROOT,
                                 env=child_env(), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        while child.poll() is None and not list(places.parent.glob(".index.new-*")):
            time.sleep(0.002)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        killed_mid_build += bool(list(places.parent.glob(".index.new-*")))
        if killed_mid_build >= 2:
            break
    assert killed_mid_build >= 2, "the kill never landed during a build"
    not_ours = [places.parent / ".index.new-nietvanons", places.parent / ".ander.new-12345678"]
    for path in not_ours:
        path.mkdir()
    (places.parent / ".index.new-abcdef12").write_text("een bestand, geen map van ons")
    run = run_cli(*QUERY)
    run.assert_clean()
    assert run.code == 0 and run.out == healthy
    left = sorted(p.name for p in places.parent.iterdir() if p.name.startswith("."))
    assert left == sorted([".ander.new-12345678", ".index.new-abcdef12", ".index.new-nietvanons"])


def test_the_folder_of_a_live_build_is_left_alone(places, healthy):
    live = places.parent / ".index.new-0123abcd"
    holder = _hold(places, 2.0, live)
    try:
        searching = subprocess.Popen([sys.executable, "-m", "app.cli", *QUERY], cwd=ROOT, env=child_env(),
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(1.0)
        assert live.is_dir() and searching.poll() is None  # waiting for the build, not clearing under it
    finally:
        holder.wait(timeout=30)
    out, err = searching.communicate(timeout=60)
    assert searching.returncode == 0 and out == healthy and "Traceback" not in err
    assert not live.exists()  # its builder is gone: now it is a leftover
