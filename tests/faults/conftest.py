"""Helpers for the fault suite: run the real command line in its own process, and inspect files.

Every scenario asserts what a user would see: no traceback, a Dutch message
saying what happened and what to do, and nothing lost (file or record digests).
"""

from __future__ import annotations

import ctypes
import dataclasses
import hashlib
import os
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 1, 2
PR_CAPBSET_DROP = 24


@dataclasses.dataclass
class Run:
    code: int
    out: str
    err: str

    def assert_clean(self) -> None:
        assert "Traceback" not in self.out + self.err, self.err[-2000:]


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "app.cli", *args]


def child_env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1", **extra)
    env.pop("METHODEWIJZER_PAUSE_AT", None)
    env.update(extra)
    return env


def run_cli(*args: str, env: dict[str, str] | None = None, preexec=None, timeout: float = 60) -> Run:  # noqa: ANN001
    result = subprocess.run(cli_command(*args), cwd=ROOT, env=env or child_env(), capture_output=True,
                            text=True, encoding="utf-8", errors="replace", timeout=timeout, preexec_fn=preexec)
    return Run(result.returncode, result.stdout, result.stderr)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def table_count(path: Path, table: str) -> int:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


def table_names(path: Path) -> set[str]:
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as conn:
        return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def without_override() -> None:
    """preexec_fn: drop root's right to ignore file modes (as ``setpriv --bounding-set=-dac_override``)."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP)")


@pytest.fixture
def shared_dir():
    """A folder of its own for read-only scenarios, cleaned up even after its modes were taken away."""
    folder = Path(tempfile.mkdtemp(prefix="mw-faults-"))
    folder.chmod(0o755)
    yield folder
    for path in sorted(folder.rglob("*"), reverse=True):
        path.chmod(0o700)
    subprocess.run(["rm", "-rf", str(folder)], check=False)


def without_write_rights(*paths: Path):  # noqa: ANN201
    """Make *paths* read-only; returns the preexec_fn that makes it count (root ignores modes).

    As root, first proves in a child that dropping the capability works; when it cannot (no
    CAP_SETPCAP, a kernel without it), the test is skipped on a developer's machine and fails
    under CI (``CI=true``): a read-only scenario that root could write through proves nothing.
    """
    for path in paths:
        path.chmod(0o555 if path.is_dir() else 0o444)
    if os.geteuid() != 0:
        return None
    problem = _override_still_works()
    if problem:
        (pytest.fail if os.environ.get("CI", "").lower() in ("1", "true", "yes") else pytest.skip)(
            f"running as root and cannot drop CAP_DAC_OVERRIDE for the child: {problem}")
    return without_override


def _override_still_works() -> str:
    """'' when a child started with ``without_override`` is refused a write to a read-only file."""
    folder = Path(tempfile.mkdtemp(prefix="mw-caps-"))
    try:
        probe = folder / "alleen-lezen"
        probe.write_text("x")
        probe.chmod(0o444)
        code = "import sys\ntry:\n open(sys.argv[1], 'a')\nexcept PermissionError:\n sys.exit(7)"
        try:
            result = subprocess.run([sys.executable, "-c", code, str(probe)], preexec_fn=without_override,
                                    capture_output=True, timeout=30)
        except subprocess.SubprocessError as error:
            return str(error)
        return "" if result.returncode == 7 else f"the child could still write (exit {result.returncode})"
    finally:
        subprocess.run(["rm", "-rf", str(folder)], check=False)


@pytest.fixture
def data_home(tmp_path, monkeypatch) -> Path:
    """The user data folder the default database lives in, for this test and its child processes."""
    home = tmp_path / "data"
    monkeypatch.setenv("XDG_DATA_HOME", str(home))
    return home


def default_db(data_home: Path) -> Path:
    return data_home / "Methodewijzer" / "methodewijzer.sqlite3"


@pytest.fixture
def user_method(methods):
    return dataclasses.replace(methods[0], id="eigen-methode", name="Onze buurtaanpak", section="4.2.99")


def add_user_method(url: str, method) -> None:  # noqa: ANN001
    from db import setup, storage
    from db.engine import make_engine

    engine = make_engine(url)
    with engine.begin() as conn:
        storage.write_methods(conn, [method], "user", "")
        setup.bump_change_counter(conn)
    engine.dispose()


def user_rows(path: Path) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        return conn.execute("SELECT * FROM methods WHERE origin = 'user' ORDER BY id").fetchall()
