"""numpy for the array modules, imported when first used rather than when they are imported.

Importing numpy takes 60-150 ms, longer than the window's whole first advice
at 19 methods. The first advice of a small catalogue is made in plain Python
(``advisor.plain_advice``), so the modules that define what an advice is
(``matcher``, ``evaluation``, ``robust`` …) must load without numpy; their
array code reaches numpy through ``np`` here, which imports it on the first
attribute read (the import lock makes that safe from any thread) and keeps
each attribute it was asked for, so later reads are plain lookups.
"""

from __future__ import annotations

import importlib
from typing import Any


class _Numpy:
    """Stands for the numpy module."""

    def __getattr__(self, name: str) -> Any:  # noqa: ANN401 - whatever numpy holds
        value = getattr(importlib.import_module("numpy"), name)
        setattr(self, name, value)
        return value


np: Any = _Numpy()


def load() -> None:
    """Import numpy now (off the UI thread, before a re-rank needs it)."""
    importlib.import_module("numpy")
