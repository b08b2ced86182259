"""First start under faults: several processes at once, kill -9 at each moment, a full disk."""

from __future__ import annotations

import resource
import signal
import sqlite3
import subprocess
import time

import pytest

from tests.faults.conftest import ROOT, child_env, cli_command, run_cli, table_count, table_names

pytestmark = pytest.mark.faults
ROUNDS = 3
PROCESSES = 4


def _complete(path) -> bool:  # noqa: ANN001
    return table_count(path, "methods") == 19 and table_count(path, "knowledge_items") > 0


def test_four_processes_starting_together_all_succeed(tmp_path):
    for round_ in range(ROUNDS):
        path = tmp_path / f"ronde{round_}.sqlite3"
        children = [subprocess.Popen(cli_command("--db", f"sqlite:///{path}", "list"), cwd=ROOT, env=child_env(),
                                     stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                    for _ in range(PROCESSES)]
        results = [(c.wait(timeout=90), *c.communicate()) for c in children]
        for code, out, err in results:
            assert code == 0, err
            assert "Traceback" not in err
            assert len(out.strip().splitlines()) == 19
        assert _complete(path)


def _start_and_kill(path, point: str | None, delay: float | None = None) -> None:  # noqa: ANN001
    env = child_env(METHODEWIJZER_PAUSE_AT=point) if point else child_env()
    child = subprocess.Popen(cli_command("--db", f"sqlite:///{path}", "list"), cwd=ROOT, env=env,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if point:
        assert f"pauze bij {point}" in child.stderr.readline()
    else:
        time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait(timeout=30)
    child.stderr.close()


def _tables_after_recovery(path) -> set[str]:  # noqa: ANN001
    with sqlite3.connect(path) as conn:  # a writable connection rolls back what the kill left unfinished
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


@pytest.mark.parametrize(("point", "committed"), [("schema", False), ("fill", False), ("commit", False),
                                                  ("journal", True)])
def test_kill_9_at_a_moment_of_first_start_then_next_start_succeeds(tmp_path, point, committed):
    path = tmp_path / "catalogus.sqlite3"
    _start_and_kill(path, point)
    # What the kill left is either nothing at all or the complete catalogue, never a half.
    if committed:
        assert _complete(path)
    else:
        assert _tables_after_recovery(path) == set()
    run = run_cli("--db", f"sqlite:///{path}", "list")
    run.assert_clean()
    assert run.code == 0
    assert len(run.out.strip().splitlines()) == 19
    assert _complete(path)


@pytest.mark.parametrize("delay", [0.3, 0.6, 0.9])
def test_kill_9_after_a_random_short_delay_then_next_start_succeeds(tmp_path, delay):
    path = tmp_path / "catalogus.sqlite3"
    _start_and_kill(path, None, delay)
    run = run_cli("--db", f"sqlite:///{path}", "list")
    run.assert_clean()
    assert run.code == 0
    assert _complete(path)


def _small_file_limit(limit: int):  # noqa: ANN202
    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit fails instead of killing us
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply


def test_full_disk_at_first_start_says_so_and_next_start_succeeds(tmp_path):
    path = tmp_path / "catalogus.sqlite3"
    run = run_cli("--db", f"sqlite:///{path}", "list", preexec=_small_file_limit(16_384))
    run.assert_clean()
    assert run.code == 1
    assert "schijf" in run.err and "ruimte vrij" in run.err
    assert not path.exists() or not table_names(path) or _complete(path)
    again = run_cli("--db", f"sqlite:///{path}", "list")
    assert again.code == 0 and _complete(path)
