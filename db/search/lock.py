"""One index build at a time, and knowing when a build was abandoned.

Whoosh's own write lock is an operating-system lock that dies with its
process, so it cannot tell that a build stopped halfway. This lock file names
the building process; finding one whose process is gone means the index
beside it cannot be trusted. Threads of one process take turns on a plain
lock first, so the file only ever arbitrates between processes.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from pathlib import Path

WAIT_FOR_OTHER_BUILD_S = 120.0
POLL_S = 0.1
FRESHLY_CREATED_S = 2.0

_in_this_process = threading.Lock()


def process_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:  # exists, owned by someone else
        return True
    return True


def _windows_process_alive(pid: int) -> bool:
    import ctypes

    still_active, query_limited_information = 259, 0x1000
    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(query_limited_information, False, pid)
    if not handle:
        return False
    try:
        code = ctypes.c_ulong()
        return bool(kernel32.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == still_active
    finally:
        kernel32.CloseHandle(handle)


class BuildLock:
    """Context manager; ``found_abandoned`` is True when a dead process's lock was taken over."""

    def __init__(self, path: Path, wait_s: float = WAIT_FOR_OTHER_BUILD_S):
        self.path = path
        self.wait_s = wait_s
        self.found_abandoned = False

    def __enter__(self) -> BuildLock:
        _in_this_process.acquire()
        try:
            self._acquire_file()
        except BaseException:
            _in_this_process.release()
            raise
        return self

    def __exit__(self, *_exc) -> None:
        try:
            self.path.unlink(missing_ok=True)
        finally:
            _in_this_process.release()

    def _acquire_file(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + self.wait_s
        while True:
            try:
                fd = os.open(self.path, os.O_CREAT | os.O_EXCL | os.O_WRONLY)
            except FileExistsError:
                owner = self._owner()
                if owner == 0 and self._age_s() < FRESHLY_CREATED_S:  # its owner is writing its pid
                    time.sleep(POLL_S)
                elif owner == os.getpid() or not process_alive(owner) or time.monotonic() > deadline:
                    self.found_abandoned = True
                    self.path.unlink(missing_ok=True)
                else:
                    time.sleep(POLL_S)
                continue
            with os.fdopen(fd, "w", encoding="ascii") as stream:
                stream.write(str(os.getpid()))
            return

    def _age_s(self) -> float:
        try:
            return time.time() - self.path.stat().st_mtime
        except OSError:
            return 0.0

    def _owner(self) -> int:
        try:
            return int(self.path.read_text(encoding="ascii").strip() or 0)
        except (OSError, ValueError):
            return 0
