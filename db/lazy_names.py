"""A package's names resolved on first use (PEP 562), so importing the package stays cheap.

``app.api`` (imported before the window's first frame) and ``db.search`` (imported by
every index-build process) each name many things whose modules are heavy; both
resolve a name from a table of ``name: (module, attribute)`` the first time it is read.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def lazy_getattr(namespace: dict[str, Any], table: Mapping[str, tuple[str, str]]) -> Callable[[str], Any]:
    """A module ``__getattr__`` for *namespace* (the module's ``globals()``) that imports *table*'s names."""

    def __getattr__(name: str) -> Any:  # noqa: ANN401 - whatever the table names
        if name not in table:
            raise AttributeError(f"module {namespace['__name__']!r} has no attribute {name!r}")
        module, attribute = table[name]
        value = getattr(importlib.import_module(module), attribute)
        namespace[name] = value  # later lookups are plain
        return value

    return __getattr__
