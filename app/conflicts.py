"""What a desk is told when another desk saved the same record first, and the fields that differ.

``db.record_log`` finds the conflict inside the transaction; this module turns it
into a Dutch ``ConflictError`` naming the method, who changed it and when, and
carrying both versions field by field, so the window can offer the three ways
out (keep mine knowingly, take theirs, save mine as a new own method) and the
command line can print it and stop with nothing changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from advisor.method_document import FIELDS, get_field
from db.record_log import VersionConflict


class RecordError(ValueError):
    """A change that was refused; the message is Dutch and says that nothing changed."""


@dataclass
class FieldDifference:
    name: str
    mine: Any
    theirs: Any


@dataclass
class Conflict:
    """Both sides of a conflict: the versions, who saved the other and when, and the fields that differ."""

    method_id: str
    name: str
    mine_version: int
    their_version: int
    by: str
    when: str
    mine: dict = field(default_factory=dict)  # the document this desk tried to save
    theirs: dict = field(default_factory=dict)  # the document as it is stored now

    def differences(self) -> list[FieldDifference]:
        return [FieldDifference(n, get_field(self.mine, n), get_field(self.theirs, n))
                for n in FIELDS if get_field(self.mine, n) != get_field(self.theirs, n)]


class ConflictError(RecordError):
    """Another desk saved the record after this one opened it; nothing was changed."""

    def __init__(self, conflict: Conflict):
        self.conflict = conflict
        c = conflict
        who = c.by or "een andere gebruiker"
        when = f" op {c.when.replace('T', ' ').removesuffix('+00:00')} (UTC)" if c.when else ""
        super().__init__(
            f"'{c.name}' ({c.method_id}) is gewijzigd door {who}{when}, nadat u versie {c.mine_version} opende; "
            f"de opgeslagen versie is nu {c.their_version}. Uw wijziging is niet opgeslagen; er is niets "
            "veranderd. Open de methode opnieuw en breng uw wijziging daarin aan.")


def conflict_error(found: VersionConflict, name: str, mine: dict, theirs: dict) -> ConflictError:
    return ConflictError(Conflict(found.record_id, name, found.expected, found.current, found.by, found.when,
                                  mine, theirs))
