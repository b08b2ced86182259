"""Bugs, as opposed to problems the user can act on, are logged with their traceback.

The log lives in the data folder (``methodewijzer.log``), or in the temporary
folder when the data folder cannot be written; the user sees a short message
saying where, so a report to the makers can include it.
"""

from __future__ import annotations

import tempfile
import time
import traceback
from pathlib import Path

from db.engine import data_dir

LOG_NAME = "methodewijzer.log"


def log_bug(error: BaseException) -> Path | None:
    """Append *error*'s traceback to the log; returns the log's path, or None when nothing could be written."""
    entry = (f"--- {time.strftime('%Y-%m-%d %H:%M:%S')}\n"
             + "".join(traceback.format_exception(type(error), error, error.__traceback__)))
    for folder in (data_dir(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / LOG_NAME
            with path.open("a", encoding="utf-8") as handle:
                handle.write(entry)
            return path
        except OSError:
            continue
    return None


def bug_message(log: Path | None) -> str:
    where = f"De details staan in {log}." if log else "De details konden niet worden opgeslagen."
    return f"Er ging iets mis in Methodewijzer zelf (een fout in het programma). {where} Meld dit aan de makers."
