"""Is a file on a network share? SQLite's WAL mode is unsafe there.

Linux: the longest matching mount point in /proc/mounts (whose fields escape
spaces and tabs as octal, ``\\040``). Windows: UNC paths and drives the system
calls remote. macOS: the file system type name that ``statfs`` reports. Each
platform check is guarded so the others run (and are tested) on Linux.
"""

from __future__ import annotations

import ctypes
import re
import sys
from collections.abc import Callable
from pathlib import Path

NETWORK_FILESYSTEMS = {
    "nfs", "nfs4", "cifs", "smbfs", "smb3", "fuse.sshfs", "9p", "afs", "ceph", "webdav", "davfs", "fuse.davfs2",
    "afpfs", "glusterfs", "fuse.glusterfs", "lustre", "ncpfs", "fuse.rclone", "fuse.s3fs",
}
DRIVE_REMOTE = 4
_OCTAL = re.compile(r"\\([0-7]{3})")


def unescape_mount_field(field: str) -> str:
    """A /proc/mounts field with its octal escapes (space, tab, newline, backslash) decoded."""
    return _OCTAL.sub(lambda m: chr(int(m.group(1), 8)), field)


def filesystem_from_mounts(mounts: str, path: str) -> str:
    """The file system type of the longest mount point in *mounts* that holds *path*."""
    best, fstype = "", ""
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = unescape_mount_field(parts[1])
        inside = path == point or path.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):
            best, fstype = point, parts[2]
    return fstype


def windows_is_remote(path: str, drive_type: Callable[[str], int] | None = None) -> bool:
    """True for UNC paths (\\\\server\\share) and drive letters Windows calls DRIVE_REMOTE."""
    if path.startswith(("\\\\", "//")):
        return not path.startswith(("\\\\?\\", "\\\\.\\")) or path.upper().startswith("\\\\?\\UNC\\")
    if len(path) >= 2 and path[1] == ":":
        if drive_type is None:
            drive_type = ctypes.windll.kernel32.GetDriveTypeW  # type: ignore[attr-defined]
        return drive_type(path[:2] + "\\") == DRIVE_REMOTE
    return False


class _MacStatfs(ctypes.Structure):
    # struct statfs of macOS with 64-bit inodes (the default since 10.6).
    _fields_ = [
        ("f_bsize", ctypes.c_uint32), ("f_iosize", ctypes.c_int32), ("f_blocks", ctypes.c_uint64),
        ("f_bfree", ctypes.c_uint64), ("f_bavail", ctypes.c_uint64), ("f_files", ctypes.c_uint64),
        ("f_ffree", ctypes.c_uint64), ("f_fsid", ctypes.c_int32 * 2), ("f_owner", ctypes.c_uint32),
        ("f_type", ctypes.c_uint32), ("f_flags", ctypes.c_uint32), ("f_fssubtype", ctypes.c_uint32),
        ("f_fstypename", ctypes.c_char * 16), ("f_mntonname", ctypes.c_char * 1024),
        ("f_mntfromname", ctypes.c_char * 1024), ("f_reserved", ctypes.c_uint32 * 8),
    ]


def mac_filesystem(path: str) -> str:
    """The macOS file system type name (apfs, smbfs, nfs, …) of *path*, or '' when unknown."""
    import ctypes.util  # it loads subprocess: only here, not with every start on Linux

    libc = ctypes.CDLL(ctypes.util.find_library("c"), use_errno=True)
    statfs = getattr(libc, "statfs$INODE64", None) or libc.statfs
    buffer = _MacStatfs()
    if statfs(path.encode(), ctypes.byref(buffer)) != 0:
        return ""
    return buffer.f_fstypename.decode(errors="replace")


def _existing(path: Path) -> Path:
    path = path.resolve()
    while not path.exists() and path != path.parent:
        path = path.parent
    return path


def is_on_local_disk(path: Path) -> bool:
    """False when *path* is on a network share, where SQLite's WAL mode is unsafe."""
    where = str(_existing(path))
    try:
        if sys.platform == "win32":
            return not windows_is_remote(where)
        if sys.platform == "darwin":
            return mac_filesystem(where) not in NETWORK_FILESYSTEMS
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except (OSError, AttributeError, ValueError):
        return True
    return filesystem_from_mounts(mounts, where) not in NETWORK_FILESYSTEMS
