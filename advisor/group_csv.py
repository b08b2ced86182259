"""Participants' weights from a CSV file, as collected on paper forms in a workshop.

The file is UTF-8 (a BOM is allowed), separated by commas or semicolons
(whichever the header uses), with a header ``participant`` followed by
criterion names from ``advisor.context.CRITERIA`` in any order. A criterion
without a column, or an empty cell, gets the default weight. Weights are
0–5 with a decimal point or comma (in a comma-separated file a decimal
comma needs quotes: ``"2,5"``). An empty name becomes "Deelnemer N".
Everything is checked before anything is used: one bad cell refuses the
whole file with a Dutch message.
"""

from __future__ import annotations

import csv
import io
import math

from advisor.context import CRITERIA, DEFAULT_WEIGHTS, MAX_WEIGHT, MIN_WEIGHT
from advisor.group import MAX_PARTICIPANTS, Participant, plain_number

MAX_CSV_BYTES = 1_000_000
NAME_COLUMN = "participant"
ANONYMOUS = "Deelnemer {0}"


class GroupError(ValueError):
    """Participants' weights that cannot be used; the message is for the user, in Dutch."""


def parse_weight(text: str, where: str) -> float:
    """'2,5' or '2.5' → 2.5; outside 0–5 or not a number raises GroupError naming *where*."""
    try:
        value = float(text.strip().replace(",", "."))
    except ValueError:
        raise GroupError(f"{where}: '{text}' is geen getal; gebruik een gewicht van {MIN_WEIGHT} tot "
                         f"{MAX_WEIGHT}.") from None
    if not math.isfinite(value) or not MIN_WEIGHT <= value <= MAX_WEIGHT:
        raise GroupError(f"{where}: gewicht {text.strip()} ligt buiten {MIN_WEIGHT}–{MAX_WEIGHT}.")
    return plain_number(value)


def _header(row: list[str]) -> list[str]:
    names = [cell.strip().lower() for cell in row]
    if not names or names[0] != NAME_COLUMN:
        raise GroupError(f"De eerste kolom moet '{NAME_COLUMN}' heten, gevolgd door criteria uit "
                         f"{', '.join(CRITERIA)}.")
    for name in names[1:]:
        if name not in CRITERIA:
            raise GroupError(f"Onbekende kolom '{name}'; gebruik '{NAME_COLUMN}' en criteria uit "
                             f"{', '.join(CRITERIA)}.")
    doubled = sorted({n for n in names if names.count(n) > 1})
    if doubled:
        raise GroupError(f"De kolom '{doubled[0]}' staat er meer dan eens in.")
    return names[1:]


def check_names(participants: list[Participant]) -> None:
    seen: set[str] = set()
    for p in participants:
        key = p.name.strip().casefold()
        if key in seen:
            raise GroupError(f"De naam '{p.name}' komt meer dan eens voor; geef elke deelnemer een eigen naam.")
        seen.add(key)


def check_count(count: int) -> None:
    if count == 0:
        raise GroupError("Het bestand bevat geen deelnemers (alleen een kopregel of niets).")
    if count > MAX_PARTICIPANTS:
        raise GroupError(f"Te veel deelnemers ({count}); hoogstens {MAX_PARTICIPANTS}.")


def parse_participants(raw: bytes) -> tuple[Participant, ...]:
    """The participants in a CSV file's bytes; raises GroupError, never anything else."""
    if len(raw) > MAX_CSV_BYTES:
        raise GroupError(f"Het bestand is te groot ({len(raw):,} bytes; hoogstens {MAX_CSV_BYTES:,})."
                         .replace(",", "."))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise GroupError("Het bestand is geen UTF-8-tekst; sla het op als CSV (UTF-8).") from None
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    except csv.Error as error:
        raise GroupError(f"Het bestand is geen leesbare CSV ({error}).") from None
    rows = [(number, row) for number, row in enumerate(rows, 1) if any(cell.strip() for cell in row)]
    if not rows:
        raise GroupError("Het bestand is leeg; verwacht een kopregel met 'participant' en criteria.")
    columns = _header(rows[0][1])
    check_count(len(rows) - 1)
    participants = []
    for index, (number, row) in enumerate(rows[1:], 1):
        if len(row) != len(columns) + 1:
            raise GroupError(f"Regel {number} heeft {len(row)} velden; de kopregel heeft er {len(columns) + 1}.")
        weights = dict(DEFAULT_WEIGHTS)
        for column, cell in zip(columns, row[1:], strict=True):
            if cell.strip():
                weights[column] = parse_weight(cell, f"Regel {number}, kolom {column}")
        name = row[0].strip() or ANONYMOUS.format(index)
        participants.append(Participant(name, weights))
    check_names(participants)
    return tuple(participants)
