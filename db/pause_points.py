"""Named points where a test may hold a running process, to kill it there or let a second one in.

``METHODEWIJZER_PAUSE_AT=<point>`` makes the process say "pauze bij <point>"
on stderr and wait there (up to two minutes); the file named by
``METHODEWIJZER_RESUME_WHEN`` appearing ends the wait early. Unset, a point
costs one environment lookup.
"""

from __future__ import annotations

import os
import sys
import time

__all__ = ["PAUSE_ENV", "RESUME_ENV", "pause"]

PAUSE_ENV = "METHODEWIJZER_PAUSE_AT"
RESUME_ENV = "METHODEWIJZER_RESUME_WHEN"
LONGEST_S = 120


def pause(point: str) -> None:
    if os.environ.get(PAUSE_ENV) != point:
        return
    print(f"pauze bij {point}", file=sys.stderr, flush=True)
    go_on = os.environ.get(RESUME_ENV)
    deadline = time.monotonic() + LONGEST_S
    while time.monotonic() < deadline and not (go_on and os.path.exists(go_on)):
        time.sleep(0.05)
