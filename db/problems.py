"""Database problems the user can act on, each with what happened and what to do.

These are environment problems, not bugs: the file is newer, foreign, damaged,
read-only, locked or the disk is full. Each carries a Dutch sentence saying
what happened (``what``) and one saying what to do (``action``), so the
command line and the window can show both and pick an exit code or icon.
Anything else that goes wrong is a bug and is logged with its traceback.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError


class DatabaseProblem(RuntimeError):
    """A database that cannot be used as asked; ``what`` and ``action`` are Dutch sentences."""

    def __init__(self, what: str, action: str):
        self.what, self.action = what, action
        super().__init__(f"{what} {action}".strip())


class NewerDatabase(DatabaseProblem):
    """Written by a newer Methodewijzer; left untouched."""


class ForeignDatabase(DatabaseProblem):
    """A file that is not a Methodewijzer database; left untouched."""


class MigrationFailed(DatabaseProblem):
    """Bringing an older database up to date failed; the backup copy was put back."""


class DamagedDatabase(DatabaseProblem):
    """A Methodewijzer database whose pages or structure are damaged."""


class ReadOnlyDatabase(DatabaseProblem):
    """The file or its folder cannot be written; reading may still work."""


class DatabaseBusy(DatabaseProblem):
    """Another program held the database for longer than we waited."""


class DiskFull(DatabaseProblem):
    """Writing failed because the disk (or the allowed file size) is full."""


UNTOUCHED = "Er is niets aan veranderd."


def from_sqlite_error(error: DBAPIError | sqlite3.Error, where: str) -> DatabaseProblem:
    """Classify a driver error by SQLite's own message; *where* names the file for the user."""
    orig = getattr(error, "orig", None) or error
    text = str(orig).lower()
    if "malformed" in text or "corrupt" in text:
        return DamagedDatabase(f"De database {where} is beschadigd ({orig}). {UNTOUCHED}",
                               "Zet een reservekopie terug of kies een ander bestand met --db.")
    if "not a database" in text or "file is encrypted" in text:
        return ForeignDatabase(f"Het bestand {where} is geen (leesbare) Methodewijzer-database. {UNTOUCHED}",
                               "Kies een ander bestand met --db of herstel een reservekopie.")
    if "readonly" in text or "read-only" in text:
        return ReadOnlyDatabase(f"De database {where} kan niet worden beschreven (alleen-lezen).",
                                "Geef uzelf schrijfrechten op het bestand en de map, of kies een andere map.")
    if "locked" in text or "busy" in text:
        return DatabaseBusy(f"De database {where} is bezet door een ander programma. {UNTOUCHED}",
                            "Sluit andere vensters van Methodewijzer en probeer het opnieuw.")
    if "disk is full" in text or "disk i/o error" in text or "database or disk is full" in text:
        return DiskFull(f"Schrijven naar {where} is mislukt: de schijf is vol of niet beschrijfbaar. "
                        "Wat al was opgeslagen is bewaard gebleven.",
                        "Maak ruimte vrij op de schijf en start Methodewijzer opnieuw.")
    if "unable to open" in text:
        return ReadOnlyDatabase(f"De database {where} kan niet worden geopend ({orig}).",
                                "Controleer of de map bestaat en of u er rechten op heeft.")
    return DatabaseProblem(f"De database {where} kan niet worden gebruikt ({orig}). {UNTOUCHED}",
                           "Kies een ander bestand met --db of herstel een reservekopie.")
