"""Opening the catalogue database and reading methods and knowledge from it."""

from __future__ import annotations

import difflib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import resources
from advisor.catalogue_reader import CatalogueError
from advisor.model import KnowledgeItem, Method
from db import setup, storage
from db.engine import make_engine, resolve_url


class CatalogueUnavailable(RuntimeError):
    """The catalogue cannot be opened; the message says why, in Dutch."""


@dataclass
class Catalogue:
    """The methods and background knowledge of one database, held in memory."""

    url: str
    methods: list[Method]
    knowledge: list[KnowledgeItem]
    change_counter: int

    @classmethod
    def open(cls, url: str | None = None, catalogue_dir: Path = resources.CATALOGUE,
             knowledge_dir: Path = resources.KNOWLEDGE,
             progress: Callable[[str], None] = lambda _m: None) -> Catalogue:
        resolved = resolve_url(url)
        try:
            engine = make_engine(resolved)
        except Exception as error:  # bad URL, missing driver: both are the user's to fix
            raise CatalogueUnavailable(f"Databaseadres '{resolved}' is niet bruikbaar: {error}") from error
        try:
            setup.prepare(engine, catalogue_dir, knowledge_dir, progress)
            with engine.connect() as conn:
                methods = storage.read_methods(conn)
                knowledge = storage.read_knowledge(conn)
            counter = setup.change_counter(engine)
        except (setup.DatabaseProblem, CatalogueError) as error:
            raise CatalogueUnavailable(str(error)) from error
        finally:
            engine.dispose()
        return cls(resolved, methods, knowledge, counter)

    def get(self, method_id: str) -> Method | None:
        return next((m for m in self.methods if m.id == method_id), None)

    def closest_ids(self, method_id: str, n: int = 3) -> list[str]:
        ids = [m.id for m in self.methods]
        close = difflib.get_close_matches(method_id.lower(), ids, n=n, cutoff=0.4)
        return close or [i for i in ids if method_id.lower() in i][:n]

    def knowledge_item(self, item_id: str) -> KnowledgeItem | None:
        return next((k for k in self.knowledge if k.id == item_id), None)
