"""Database problems the user can act on, each with what happened and what to do.

These are environment problems, not bugs: the file is newer, foreign, damaged,
read-only, locked or the disk is full. Each carries a Dutch sentence saying
what happened (``what``) and one saying what to do (``action``), so the
command line and the window can show both and pick an exit code or icon.
Anything else that goes wrong is a bug and is logged with its traceback.
A PostgreSQL server adds its own: unreachable, sign-in refused, no rights;
they are told by libpq's SQLSTATE where it gives one, else by its message.
"""

from __future__ import annotations

import sqlite3
from typing import TYPE_CHECKING

if TYPE_CHECKING:
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


class ServerUnreachable(DatabaseProblem):
    """The database server did not answer or went away; a local copy may stand in."""


class SignInRefused(DatabaseProblem):
    """The server refused the user name, the password, or the database name."""


class NoPermission(DatabaseProblem):
    """The server refused a read or a write because the user's role lacks the right."""


UNTOUCHED = "Er is niets aan veranderd."
NO_EDIT_RIGHTS = "U hebt geen rechten om methoden te wijzigen; er is niets gewijzigd."
PERMISSION_DENIED = "42501"
SIGN_IN_STATES = {"28000", "28P01"}
GONE_STATES = {"57P01", "57P02", "57P03", "08000", "08001", "08003", "08004", "08006"}


def _is_server_error(orig: BaseException) -> bool:
    return type(orig).__module__.split(".")[0] == "psycopg"


def is_permission_error(error: BaseException) -> bool:
    orig = getattr(error, "orig", None) or error
    return _is_server_error(orig) and getattr(orig, "sqlstate", None) == PERMISSION_DENIED


def _from_server_error(error: BaseException, orig: BaseException, where: str) -> DatabaseProblem:
    state = getattr(orig, "sqlstate", None)
    text = str(orig).lower()
    reason = str(orig).strip().splitlines()[-1][:200] if str(orig).strip() else type(orig).__name__
    if state == PERMISSION_DENIED or "permission denied" in text:  # a refused connection has no SQLSTATE
        statement = (getattr(error, "statement", "") or "").lstrip().upper()
        if not statement or statement.startswith("SELECT"):  # no statement: refused at connecting
            return NoPermission(f"U hebt geen rechten om de gedeelde catalogus {where} te lezen. {UNTOUCHED}",
                                "Vraag uw IT-afdeling om de rol methodewijzer_lezer.")
        return NoPermission(NO_EDIT_RIGHTS,
                            "Vraag uw IT-afdeling om de rol methodewijzer_redacteur als u methoden wilt bewerken.")
    if state in SIGN_IN_STATES or "authentication failed" in text or "no password supplied" in text \
            or ("role" in text and "does not exist" in text):
        return SignInRefused(f"Aanmelden bij de gedeelde catalogus {where} is mislukt: de server kent deze "
                             f"gebruiker niet of het wachtwoord klopt niet. {UNTOUCHED}",
                             "Controleer uw gebruikersnaam en ~/.pgpass (of het servicebestand), "
                             "of vraag uw IT-afdeling om toegang.")
    if state == "3D000" or ("database" in text and "does not exist" in text):
        return SignInRefused(f"De database {where} bestaat niet op de server. {UNTOUCHED}",
                             "Controleer de databasenaam in het adres, of vraag uw IT-afdeling de database aan "
                             "te maken (zie docs/postgresql.md).")
    if state in GONE_STATES or type(orig).__name__ in ("OperationalError", "ConnectionTimeout", "AdminShutdown"):
        return ServerUnreachable(f"De gedeelde catalogus {where} is niet bereikbaar ({reason}).",
                                 "Controleer de netwerkverbinding en of de databaseserver draait, "
                                 "of vraag het uw IT-afdeling.")
    return DatabaseProblem(f"De gedeelde catalogus {where} kan niet worden gebruikt ({reason}). {UNTOUCHED}",
                           "Vraag uw IT-afdeling om hulp; noem deze melding.")


def from_sqlite_error(error: DBAPIError | sqlite3.Error, where: str) -> DatabaseProblem:
    """Classify a driver error by SQLite's (or the server's) own message; *where* names the database."""
    orig = getattr(error, "orig", None) or error
    if _is_server_error(orig):
        return _from_server_error(error, orig, where)
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
