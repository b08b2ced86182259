"""Noticing that another desk changed a shared catalogue, and catching up with it.

Every change to the catalogue, from any desk, raises ``meta.change_counter``
in the transaction that makes it. An open window asks for that one number now
and then (``ChangeWatch.counter``, one primary-key read on a kept connection);
when it moved, ``catch_up`` reads the records again and brings the search
index along: just the methods that differ when a few changed, a fresh build
when the shipped catalogue itself was replaced or many changed. Both block:
the window calls them off its UI thread.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.exc import DBAPIError

from app.catalogue import Catalogue
from db import schema
from db.engine import display_url, make_engine

__all__ = ["CaughtUp", "ChangeWatch", "catch_up"]

log = logging.getLogger(__name__)
REBUILD_ABOVE = 50  # more changed methods than this: build the index afresh rather than one by one


class ChangeWatch:
    """Asks the database behind a catalogue for its change counter; one connection pool, kept."""

    def __init__(self, catalogue: Catalogue):
        self._url, self._read_only = catalogue.url, catalogue.read_only
        self._engine = None

    def counter(self) -> int | None:
        """The counter as the database holds it now, or None when it cannot be asked (server gone)."""
        try:
            if self._engine is None:
                self._engine = make_engine(self._url, read_only=self._read_only)
            with self._engine.connect() as conn:
                value = conn.execute(select(schema.meta.c.value).where(schema.meta.c.key == "change_counter")).scalar()
        except DBAPIError as error:
            log.info("Wijzigingsteller van %s niet gelezen: %s", display_url(self._url), error.orig)
            return None
        return int(value or 0)

    def close(self) -> None:
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None


@dataclass
class CaughtUp:
    """What ``catch_up`` changed: method ids new or different, ids gone, and a new search if it built one."""

    changed: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    search: object | None = None  # an app.search.SearchService that replaces the old one; close the old


def catch_up(catalogue: Catalogue, search=None) -> CaughtUp:  # noqa: ANN001 - an app.search.SearchService
    """Read *catalogue* again from its database and bring *search* (if any) up to date with it."""
    before = {m.id: m for m in catalogue.methods}
    version = catalogue.catalogue_version
    catalogue.refresh()
    after = {m.id: m for m in catalogue.methods}
    result = CaughtUp(changed=[i for i, m in after.items() if before.get(i) != m],
                      removed=[i for i in before if i not in after])
    if search is None:
        return result
    if catalogue.catalogue_version != version or len(result.changed) + len(result.removed) > REBUILD_ABOVE:
        from app.search import SearchService

        result.search = SearchService.open_or_build(catalogue)
    else:
        search.update(catalogue, changed=[after[i] for i in result.changed], removed=result.removed)
    return result
