"""Which of two shipped catalogues is newer: the release number kept beside the method files.

The fingerprint in ``meta.catalogue_version`` says only *whether* the shipped
files differ. Desks of different versions sharing one PostgreSQL catalogue
also need to know *which* is newer, so an older client never puts its older
catalogue back. Each release of the shipped catalogue carries a whole number
in the file ``RELEASE`` of its folder, raised with every change to the files;
the number the database was filled from is kept in ``meta.catalogue_release``.
A folder without the file (an organisation's own base catalogue) has no
number and is compared by fingerprint only, as before.
"""

from __future__ import annotations

from pathlib import Path

__all__ = ["META_KEY", "RELEASE_FILE", "is_newer", "read_release"]

RELEASE_FILE = "RELEASE"
META_KEY = "catalogue_release"


def read_release(folder: Path) -> int | None:
    """The release number of the catalogue in *folder*, or None when it has none."""
    try:
        text = (folder / RELEASE_FILE).read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return int(text) if text.isdigit() else None


def is_newer(stored: str | None, ours: int | None) -> bool:
    """True when the database holds a numbered catalogue newer than the numbered one this client ships."""
    if ours is None or stored is None or not stored.isdigit():
        return False
    return int(stored) > ours
