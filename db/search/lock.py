"""One index build at a time, held by an operating-system lock that dies with its holder.

A lock file that merely names a process cannot be trusted: the process may
be gone and its number given to another (PID reuse), or two processes may
both decide the owner is dead and take over together. So the file is locked
with the system's advisory lock (``flock`` on POSIX, ``msvcrt.locking`` on
Windows) for as long as the build runs; the kernel releases it when the
holder exits in any way, kill -9 included. The file's text (the holder's
process id) is only a record: it is emptied on a clean release, so text found
by the next holder means the previous build stopped halfway. The file itself
is never deleted, so every process always locks the same file.

Threads of one process take turns on a plain lock first. A build that is
still running after ``wait_s`` raises ``BuildBusy``: the caller searches
from an index of its own rather than wait without end.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

WAIT_FOR_OTHER_BUILD_S = 120.0
POLL_S = 0.05

_in_this_process = threading.Lock()


class BuildBusy(TimeoutError):
    """Another process is still building the index in this folder."""


def _try_lock(fd: int) -> bool:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    import fcntl

    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _unlock(fd: int) -> None:
    if sys.platform == "win32":
        import msvcrt

        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_UN)


class BuildLock:
    """Context manager; ``found_abandoned`` is True when the previous holder stopped without releasing."""

    def __init__(self, path: Path, wait_s: float | None = None):
        self.path = path
        self.wait_s = WAIT_FOR_OTHER_BUILD_S if wait_s is None else wait_s
        self.found_abandoned = False
        self._fd: int | None = None

    def __enter__(self) -> BuildLock:
        deadline = time.monotonic() + self.wait_s
        if not _in_this_process.acquire(timeout=self.wait_s):
            raise BuildBusy(f"een andere taak bouwt de zoekindex in '{self.path.parent}'")
        try:
            self._acquire_file(deadline)
        except BaseException:
            _in_this_process.release()
            raise
        return self

    def __exit__(self, *_exc) -> None:
        fd, self._fd = self._fd, None
        try:
            if fd is not None:
                try:
                    os.ftruncate(fd, 0)  # a clean end: the next holder finds no record of a build
                finally:
                    _unlock(fd)
                    os.close(fd)
        finally:
            _in_this_process.release()

    def _acquire_file(self, deadline: float) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_BINARY", 0), 0o600)
        try:
            while not _try_lock(fd):
                if time.monotonic() > deadline:
                    raise BuildBusy(f"een ander programma bouwt de zoekindex in '{self.path.parent}' nog")
                time.sleep(POLL_S)
            os.lseek(fd, 0, os.SEEK_SET)
            self.found_abandoned = bool(os.read(fd, 64).strip())
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, str(os.getpid()).encode("ascii"))
        except BaseException:
            os.close(fd)  # closing also releases a lock taken on it
            raise
        self._fd = fd
