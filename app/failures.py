"""Sorting what went wrong into problems the user can act on and bugs.

A damaged, locked or read-only database, one from a newer version, a full
disk, missing permissions or an unreadable index are facts about the user's
machine: they get a Dutch message and a suggested way out. Anything else is
our mistake: it is logged with its traceback to a file in the data folder,
and the user sees a short message naming that file. No Qt, so the command
line and the window sort failures the same way.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from app.catalogue import CatalogueUnavailable
from db.problems import from_sqlite_error

LOG_FILE_NAME = "methodewijzer.log"

log = logging.getLogger("methodewijzer")


@dataclass(frozen=True)
class Failure:
    """What the user is told: what happened and what to do about it."""

    message: str
    action: str
    is_bug: bool = False
    log_file: Path | None = None

    def text(self) -> str:
        return f"{self.message}\n\n{self.action}" if self.action else self.message


# (what the failure chain says, message, action), first match wins. Texts are matched in lower case.
DATABASE_PROBLEMS = (
    (("nieuwere versie", "newer version"),
     "Deze database is gemaakt door een nieuwere versie van Methodewijzer. Er is niets aan veranderd.",
     "Werk Methodewijzer bij, of kies met --db een ander databasebestand."),
    (("database is locked", "database table is locked"),
     "De database is in gebruik door een ander programma. Er is niets aan veranderd.",
     "Sluit het andere venster of programma dat de database gebruikt en probeer het opnieuw."),
    (("readonly database", "read-only"),
     "De database kan alleen gelezen worden, niet beschreven. Er is niets aan veranderd.",
     "Geef uzelf schrijfrechten op het bestand en de map, of kies met --db een ander bestand."),
    (("malformed", "file is not a database", "not a database", "niet van methodewijzer", "geen geldige schemaversie"),
     "Het databasebestand is beschadigd of is geen Methodewijzer-database. Er is niets aan veranderd.",
     "Herstel een reservekopie, of kies met --db een ander bestand; een nieuw bestand wordt vanzelf gevuld."),
)
DISK_FULL = ("De schijf is vol; er kon niets worden opgeslagen.",
             "Maak ruimte vrij op de schijf en start Methodewijzer opnieuw.")
NO_PERMISSION = ("Methodewijzer mag een bestand of map niet openen of beschrijven.",
                 "Controleer de rechten op de gegevensmap en de cachemap, of start met een andere --db.")
READ_ONLY_FS = ("De schijf of map kan alleen gelezen worden.",
                "Kies een map waarin u mag schrijven, bijvoorbeeld met --db.")
UNREADABLE_INDEX = ("De zoekindex kon niet worden gelezen. Zoeken is niet beschikbaar; het advies werkt wel.",
                    "Start Methodewijzer opnieuw: de zoekindex wordt dan opnieuw opgebouwd.")


def causes(error: BaseException) -> Iterator[BaseException]:
    """*error* and everything that led to it: causes, contexts and a driver's original error."""
    seen: set[int] = set()
    todo = [error]
    while todo:
        current = todo.pop(0)
        if current is None or id(current) in seen:
            continue
        seen.add(id(current))
        yield current
        todo += [current.__cause__, current.__context__, getattr(current, "orig", None)]


def environment_problem(error: BaseException) -> Failure | None:
    """The known problem behind *error*, or None when it is none of them."""
    chain = list(causes(error))
    for e in chain:
        if isinstance(e, CatalogueUnavailable) and e.action:  # it already says what happened and what to do
            return Failure(e.what, e.action)
    for e in chain:  # the shared server said no (sign-in, rights, gone); a driver error comes before its orig
        if type(getattr(e, "orig", None) or e).__module__.split(".")[0] == "psycopg":
            problem = from_sqlite_error(e, "op de server")
            return Failure(problem.what, problem.action)
    said = " ".join(str(e) for e in chain).lower()
    if any(isinstance(e, sqlite3.Error) for e in chain) or any(isinstance(e, CatalogueUnavailable) for e in chain):
        for needles, message, action in DATABASE_PROBLEMS:
            if any(n in said for n in needles):
                return Failure(message, action)
    for e in chain:
        if isinstance(e, OSError) and e.errno in (errno.ENOSPC, errno.EDQUOT):
            return Failure(*DISK_FULL)
        if isinstance(e, OSError) and e.errno == errno.EROFS:
            return Failure(*READ_ONLY_FS)
        if isinstance(e, PermissionError):
            return Failure(*NO_PERMISSION)
    if "database or disk is full" in said:
        return Failure(*DISK_FULL)
    if any(type(e).__module__.startswith("whoosh") for e in chain):
        return Failure(*UNREADABLE_INDEX)
    for e in chain:
        if isinstance(e, CatalogueUnavailable):  # a database we cannot use for a reason its message states
            return Failure(str(e), "Kies met --db een ander databasebestand, of herstel een reservekopie.")
    return None


def log_bug(error: BaseException, log_file: Path) -> None:
    """Append *error* with its traceback to *log_file* through Python's logging."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(message)s"))
    log.addHandler(handler)
    try:
        log.error("Onverwachte fout", exc_info=(type(error), error, error.__traceback__))
    finally:
        log.removeHandler(handler)
        handler.close()


def explain(error: BaseException, data_folder: Path) -> Failure:
    """What to tell the user about *error*; a bug is logged to the log file in *data_folder* first."""
    known = environment_problem(error)
    if known is not None:
        return known
    log_file = data_folder / LOG_FILE_NAME
    try:
        log_bug(error, log_file)
    except OSError:
        log.exception("Fout kon niet in %s worden vastgelegd", log_file)
        return Failure("Er ging iets mis in Methodewijzer. Dit is een fout in het programma.",
                       "Start Methodewijzer opnieuw.", is_bug=True)
    return Failure(f"Er ging iets mis in Methodewijzer. Dit is een fout in het programma; "
                   f"de details staan in {log_file}.",
                   "Start Methodewijzer opnieuw. Blijft het gebeuren, stuur dan dat bestand naar de makers.",
                   is_bug=True, log_file=log_file)
