"""Removing the half-built and half-swapped index folders a killed build leaves behind.

A build writes into ``.<name>.new-<8 hex>`` beside the index and moves the
old one to ``.<name>.old-<8 hex>`` while swapping; a kill -9 at the wrong
moment leaves such a folder, and each kill would add one more. Only folders
with exactly our names, owned by this user, are removed, and only by a
caller holding the index's build lock: then no live build can be using them.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path


def _ours(path: Path, folder: Path) -> bool:
    if not re.fullmatch(rf"\.{re.escape(folder.name)}\.(new|old)-[0-9a-f]{{8}}", path.name):
        return False
    if path.is_symlink() or not path.is_dir():
        return False
    return not hasattr(os, "getuid") or path.stat().st_uid == os.getuid()


def remove_leftovers(folder: Path) -> list[Path]:
    """Delete what killed builds of the index in *folder* left; call with its build lock held."""
    try:
        candidates = list(folder.parent.glob(f".{folder.name}.*-*"))
    except OSError:
        return []
    removed = []
    for path in candidates:
        if _ours(path, folder):
            shutil.rmtree(path, ignore_errors=True)
            removed.append(path)
    return removed
