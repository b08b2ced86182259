"""What can go wrong on the command line, and the exit code each failure ends with.

Exit codes: 0 success, 1 the database or catalogue cannot be used,
2 the user asked for something that does not exist or is not valid,
3 a bug in Methodewijzer (its traceback goes to ``methodewijzer.log`` in the data folder).
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_UNAVAILABLE = 1
EXIT_USAGE = 2
EXIT_BUG = 3


class UsageError(Exception):
    """Input the user can correct; printed as is, exit code 2."""
