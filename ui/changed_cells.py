"""Which cells of the advice list a re-rank changed, column by column.

A slider step re-ranks the list, and repainting it was most of the step's
time. Most cells read as before: every score moves, but a method that kept
its place keeps its name, category and known-data share, and a swap of two
methods changes two names. Saying so per column and per run of rows lets the
view repaint those cells only (Qt paints just the cells under the changed
area). A row's method id is no painted text: it changes with the name.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

Cells = Mapping[tuple[int, int], object]  # one row's answers: {(column, role): answer}


class CellChanges:
    """The rows and roles that changed, per column, over the rows a view was given."""

    def __init__(self) -> None:
        self.rows: dict[int, list[int]] = {}  # column: ascending rows
        self.roles: dict[int, set[int]] = {}  # column: roles that changed in any of those rows
        self.moved: list[int] = []  # rows that now hold another method

    def add(self, row: int, before: Cells, after: Cells, id_role: int, id_column: int) -> None:
        """Compare *row*'s answers *before* and *after*; a changed method id counts as a change of the row's
        *id_column* only."""
        if before == after:
            return
        columns: dict[int, set[int]] = {}
        differ = [key for key, answer in after.items() if before.get(key) != answer]
        differ += [key for key, answer in before.items() if answer is not None and key not in after]
        for column, role in differ:
            if role == id_role:
                column = id_column
            columns.setdefault(column, set()).add(role)
        if (id_column, id_role) in before and before.get((id_column, id_role)) != after.get((id_column, id_role)):
            self.moved.append(row)
        for column, roles in columns.items():
            self.rows.setdefault(column, []).append(row)
            self.roles.setdefault(column, set()).update(roles)


def changes_in(given: Mapping[int, Cells], now: Callable[[int], Cells], id_role: int, id_column: int) -> CellChanges:
    """What changed in each row of *given* (its answers as a view read them) against *now*'s answers."""
    changes = CellChanges()
    for row in sorted(given):
        changes.add(row, given[row], now(row), id_role, id_column)
    return changes
