"""A few recent answers kept by key, the oldest dropped first.

The window keeps drawings, cut snippets, page frames and block counts so that a repaint or a re-rank can
reuse them; each keeps only so many, so that a long session does not grow without end.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Generic, TypeVar

Value = TypeVar("Value")


class Kept(Generic[Value]):
    """At most *limit* values by key; ``made`` gives the kept one or makes, keeps and gives it."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._values: dict[Hashable, Value] = {}

    def made(self, key: Hashable, make: Callable[[], Value]) -> Value:
        values = self._values
        if key in values:
            return values[key]
        if len(values) >= self.limit:
            del values[next(iter(values))]
        value = values[key] = make()
        return value

    def forget(self, key: Hashable) -> None:
        self._values.pop(key, None)

    def __len__(self) -> int:
        return len(self._values)

    def values(self):  # noqa: ANN201 - a view of the kept values
        return self._values.values()
