"""A throw-away PostgreSQL server for the tests, on a Unix socket in a temporary folder.

PostgreSQL refuses to run as root and CI runs as root, so as root the server
is made and started as the ``postgres`` system user (``runuser``) in a folder
that user owns. Where no server binaries exist the PostgreSQL half of the
suite is skipped with the reason; with ``METHODEWIJZER_REQUIRE_POSTGRES=1``
(set by ``.ci/run``) that skip is an error instead, so CI cannot pass without it.
"""

from __future__ import annotations

import itertools
import os
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

REQUIRE_ENV = "METHODEWIJZER_REQUIRE_POSTGRES"
SERVER_USER = "postgres"  # the system user the server runs as when we are root
SUPERUSER = "postgres"  # the database superuser initdb creates, whoever runs it
PASSWORD_USER = "geheim"  # the one login that must give a password, to test sign-in failures and masking
PASSWORD_RULE = f"local all {PASSWORD_USER} scram-sha-256"
_names = itertools.count(1)


def _binaries() -> Path | None:
    found = shutil.which("pg_ctl")
    if found and shutil.which("initdb"):
        return Path(found).resolve().parent
    candidates = sorted(Path("/usr/lib/postgresql").glob("*/bin/pg_ctl"), reverse=True)
    return candidates[0].parent if candidates else None


def missing_reason() -> str | None:
    """Why no server can be started here, or None when one can."""
    if _binaries() is None:
        return "PostgreSQL-serverprogramma's (initdb, pg_ctl) niet gevonden; de PostgreSQL-helft is overgeslagen"
    try:
        import psycopg  # noqa: F401
    except ImportError:
        return "psycopg is niet geïnstalleerd (pip install -e '.[postgres]'); de PostgreSQL-helft is overgeslagen"
    if os.geteuid() == 0 and shutil.which("runuser") is None:
        return "als root is runuser nodig om PostgreSQL als gebruiker postgres te starten"
    return None


def skip_or_fail(reason: str) -> None:
    if os.environ.get(REQUIRE_ENV) == "1":
        pytest.fail(f"{reason}, maar {REQUIRE_ENV}=1 eist dat de PostgreSQL-tests draaien", pytrace=False)
    pytest.skip(reason)


class PgServer:
    """One server: ``start``, ``url`` for a fresh database, ``stop``."""

    def __init__(self) -> None:
        self.bin = _binaries()
        self.root = Path(tempfile.mkdtemp(prefix="mw-pg-"))  # short: a socket path has ~100 characters
        self.data = self.root / "data"
        self.socket_dir = self.root
        self.as_root = os.geteuid() == 0
        if self.as_root:
            shutil.chown(self.root, SERVER_USER, SERVER_USER)

    def _run(self, *args: str) -> None:
        command = [str(self.bin / args[0]), *args[1:]]
        if self.as_root:
            command = ["runuser", "-u", SERVER_USER, "--", *command]
        done = subprocess.run(command, capture_output=True, text=True, cwd=self.root)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args[:1])} mislukte: {done.stdout}{done.stderr}")

    def init(self, hba_first: str = "") -> None:
        self._run("initdb", "-D", str(self.data), "-U", SUPERUSER, "--auth=trust", "-E", "UTF8",
                  "--locale=C", "--no-sync")
        if hba_first:  # rules placed before initdb's "trust everyone" lines, so they win
            hba = self.data / "pg_hba.conf"
            hba.write_text(hba_first + "\n" + hba.read_text())

    def start(self) -> None:
        options = f"-k {self.socket_dir} -c listen_addresses='' -F -c max_connections=60"
        self._run("pg_ctl", "-D", str(self.data), "-l", str(self.root / "server.log"), "-o", options, "-w", "start")

    def stop(self) -> None:
        self._run("pg_ctl", "-D", str(self.data), "-m", "fast", "-w", "stop")

    def url(self, database: str = "postgres", user: str = SUPERUSER, password: str | None = None) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql+psycopg://{user}{secret}@/{database}?host={self.socket_dir}"

    def sql(self, statement: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(host=str(self.socket_dir), user=SUPERUSER, dbname=database, autocommit=True) as conn:
            conn.execute(statement)

    def new_database(self) -> str:
        name = f"mw_{os.getpid()}_{next(_names)}"
        self.sql(f'CREATE DATABASE "{name}"')
        return name

    def drop_database(self, name: str) -> None:
        self.sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')

    def remove(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


def started_server(hba_first: str = "") -> PgServer:
    reason = missing_reason()
    if reason:
        skip_or_fail(reason)
    server = PgServer()
    try:
        server.init(hba_first)
        server.start()
    except Exception:
        server.remove()
        raise
    return server


@contextmanager
def server_of_its_own() -> Iterator[PgServer]:
    """A server a test may stop and start again; stopped (if running) and removed afterwards."""
    server = started_server()
    try:
        yield server
    finally:
        try:
            server.stop()
        except RuntimeError:
            pass  # the test left it stopped
        server.remove()
