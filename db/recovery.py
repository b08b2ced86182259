"""Setting a damaged database aside, never deleting it, so the shipped part can be rebuilt.

Like Zotero, Anki and Firefox: the damaged file (with its journal files) is
renamed to ``<name>.damaged-<time>`` beside the original, the user is told
where it is, and a new database is built from the shipped catalogue. Records
the user made are restored from the newest backup once there are any.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from sqlalchemy import Engine

COMPANIONS = ("-wal", "-shm", "-journal")


def set_aside(path: Path) -> Path:
    """Rename *path* and its journal files to a free ``.damaged-<time>`` name; returns the new path."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.name}.damaged-{stamp}")
    count = 1
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", *COMPANIONS)):
        count += 1
        target = path.with_name(f"{path.name}.damaged-{stamp}-{count}")
    # Journal files first: a WAL left beside a new, empty database would be replayed into it.
    for suffix in COMPANIONS:
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            os.replace(companion, f"{target}{suffix}")
    os.replace(path, target)
    return target


def restore_user_records(engine: Engine, damaged: Path) -> int:
    """Copy the user's own records back from the newest backup; returns how many.

    Hook for the own-methods issue: there are no user-owned tables or backups
    yet, so there is nothing to restore. When there are, read the newest
    backup beside *damaged* (never the damaged file itself) into *engine*
    in one transaction.
    """
    del engine, damaged
    return 0
