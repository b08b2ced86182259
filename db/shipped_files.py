"""The shipped catalogue and knowledge files, parsed only when they are needed.

``db.setup`` compares a fingerprint of the files' bytes with the one stored in
the database; only when they differ (a first start, a new release) must the
files be parsed and written. A second start of a current database skips the
parse (about 0.2 s of the way to the first advice); the ids the release ships
are then read only if an own method's id has to be checked against them.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Iterator
from functools import cached_property
from pathlib import Path

from advisor.catalogue_reader import read_catalogue, read_knowledge
from advisor.model import KnowledgeItem, Method


class ShippedFiles:
    """The shipped catalogue and knowledge files, parsed on first use: a second start of a current
    database needs only their fingerprint, and parsing them costs about 0.2 s."""

    def __init__(self, catalogue: Path, knowledge: Path):
        self._catalogue, self._knowledge = catalogue, knowledge

    @cached_property
    def methods(self) -> list[Method]:
        return read_catalogue(self._catalogue)

    @cached_property
    def items(self) -> list[KnowledgeItem]:
        return read_knowledge(self._knowledge)

    @cached_property
    def ids(self) -> frozenset[str]:
        return frozenset(m.id for m in self.methods)


class LazyIds(Collection[str]):
    """``ShippedFiles.ids``, read only when someone asks (an own method's id may be among them)."""

    def __init__(self, files: ShippedFiles):
        self._files = files

    def __contains__(self, item: object) -> bool:
        return item in self._files.ids

    def __iter__(self) -> Iterator[str]:
        return iter(self._files.ids)

    def __len__(self) -> int:
        return len(self._files.ids)


def catalogue_version(*folders: Path) -> str:
    """A fingerprint of the shipped files, so a changed release is noticed."""
    digest = hashlib.sha256()
    for folder in folders:
        for path in sorted(folder.glob("*.toml")):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]
