"""A cheap start-up check that the Qt binding does not drop references to ``None``.

PySide6 6.12.0 on CPython 3.11 lost one reference to ``None`` on every Qt call
that returns nothing; after some hundred thousand calls the interpreter aborted
with "deallocating None" — in the middle of a workshop, with no warning. The
project pins a range without that fault, but a future binding could bring it
back. This check makes a few hundred such calls at start-up and compares the
count, so a leaking binding is reported in the log and the status bar at once
instead of crashing an hour later. On Python 3.12 and later ``None`` is
immortal, the leak is harmless, and the check reports nothing.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

CALLS = 500  # enough to see a loss of one per call; small enough not to use up what is left

log = logging.getLogger("methodewijzer")


def none_is_immortal() -> bool:
    return sys.version_info >= (3, 12)


def none_references_lost(void_call: Callable[[], None], calls: int = CALLS) -> int:
    """How many references to ``None`` ``calls`` runs of ``void_call`` lost (0 when none, or immortal)."""
    if none_is_immortal():
        return 0
    before = sys.getrefcount(None)
    for _ in range(calls):
        void_call()
    return max(0, before - sys.getrefcount(None))


def check_qt_binding(widget, calls: int = CALLS) -> int:  # noqa: ANN001 - any QWidget
    """Run the check on ``widget`` (its size is set to what it already is); log and return the loss."""
    width = widget.minimumWidth()
    lost = none_references_lost(lambda: widget.setMinimumWidth(width), calls)
    if lost:
        from PySide6 import __version__ as pyside_version

        log.warning("Qt binding PySide6 %s lost %d references to None in %d calls; the program will crash "
                    "after long use. Install a PySide6 version within the range pyproject.toml allows.",
                    pyside_version, lost, calls)
    return lost
