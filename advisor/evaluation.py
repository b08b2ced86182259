"""Scores every method of a catalogue on each criterion a situation asks about, before any weighing.

Ranking is split in two: ``evaluate`` (here) scores each method on each
criterion, which depends on the situation's facts only, and the matcher
weighs those scores, which depends on the weights only. Dragging a weight
re-runs just the weighing; a tick in the situation re-runs this, as array
work over the catalogue's distinct values (``MethodTable``,
``advisor.answer_columns``). Per-method objects (``Evaluation``, with the
rules' explanations) are made only for the methods someone reads.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property

from advisor.answer_columns import Answers
from advisor.context import CRITERIA, Context
from advisor.criteria import CriterionScore
from advisor.lazy_numpy import np
from advisor.method_table import MethodTable
from advisor.model import KnowledgeItem, Method
from advisor.score_matrix import ScoreMatrix


@dataclass(frozen=True)
class Evaluation:
    """A method's criterion scores for one context, before weighing."""

    method: Method
    scores: tuple[CriterionScore, ...]
    caveats: tuple[KnowledgeItem, ...] = ()
    # Methods with equal scores on every criterion share a signature, so a
    # re-rank weighs each distinct pattern once, however many methods share it.
    signature: int = field(default=-1, compare=False)
    values: tuple[float, ...] = field(default=(), compare=False, repr=False)
    known: tuple[float, ...] = field(default=(), compare=False, repr=False)
    name_rank: int = field(default=0, compare=False, repr=False)

    @classmethod
    def quick(cls, method: Method, scores: tuple[CriterionScore, ...], caveats: tuple[KnowledgeItem, ...],
              signature: int, values: tuple[float, ...], known: tuple[float, ...], name_rank: int) -> Evaluation:
        """The same object as the constructor makes, several times faster (a frozen dataclass's
        ``__init__`` sets each field through ``object.__setattr__``); for scoring whole catalogues."""
        ev = object.__new__(cls)
        ev.__dict__.update(method=method, scores=scores, caveats=caveats, signature=signature, values=values,
                           known=known, name_rank=name_rank)
        return ev


class Evaluations(Sequence[Evaluation]):
    """``evaluate``'s result: per criterion the answers to its distinct values and each method's number
    among them, and the matches as a matrix. An Evaluation (and a rule's explanation) is made when read:
    a re-score of thousands of methods makes none, a list shows a screenful. *rows* picks methods of the
    table (those a *must* keeps)."""

    def __init__(self, table: MethodTable, criteria: Sequence[str], numbers: list[np.ndarray],
                 distinct: list[Answers], caveats: Callable[[Method], tuple], full: ScoreMatrix,
                 rows: np.ndarray | None = None):
        self.criteria = criteria
        self._table, self._criteria, self._numbers, self._distinct = table, criteria, numbers, distinct
        self._caveats, self._full, self._rows = caveats, full, rows
        self._built: dict[int, Evaluation] = {}

    def __len__(self) -> int:
        return len(self._table) if self._rows is None else len(self._rows)

    def __getitem__(self, index):  # noqa: ANN001 - int or slice, as Sequence allows
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        ev = self._built.get(index)
        if ev is None:
            index = range(len(self))[index]
            ev = self._built.get(index)
        if ev is None:
            row = index if self._rows is None else int(self._rows[index])
            method, full = self._table.methods[row], self._full
            ev = self._built[index] = Evaluation.quick(
                method, tuple(d[x] for d, x in zip(self._distinct, self._by_row[row].tolist(), strict=True)),
                self._caveats(method), int(full.signature[row]), tuple(full.values[row].tolist()),
                tuple(full.known[row].tolist()), int(full.name_rank[row]))
        return ev

    @cached_property
    def _by_row(self) -> np.ndarray:
        """Each method's value numbers, one row per method (read one row at a time)."""
        return np.stack(self._numbers, axis=1) if self._numbers else np.zeros((len(self._table), 0), np.int64)

    def method_at(self, index: int) -> Method:
        return self._table.methods[index if self._rows is None else int(self._rows[index])]

    def ids_at(self, indexes: list[int]) -> list[str]:
        """The methods' ids at *indexes*, read in one pass (a search filter asks for every row's)."""
        ids = self._table.ids
        if self._rows is not None:
            indexes = self._rows[indexes].tolist() if indexes else []
        return [ids[i] for i in indexes]

    @cached_property
    def matrix(self) -> ScoreMatrix:
        return self._full if self._rows is None else self._full.rows(self._rows)

    @cached_property
    def _flags(self) -> list[tuple[np.ndarray, np.ndarray]]:
        """Per criterion, per distinct value: (passes, known and passes)."""
        return [(a.passes, a.passes & (a.known != 0)) for a in self._distinct]

    def _column(self, i: int, flag: int) -> np.ndarray:
        """Criterion *i*'s flag (0: passes, 1: known and passes) for every method here."""
        numbers = self._numbers[i] if self._rows is None else self._numbers[i][self._rows]
        return self._flags[i][flag][numbers]

    @cached_property
    def _met(self) -> list[bool]:
        return [bool(np.any(self._column(i, 1))) for i in range(len(self._criteria))]

    def met(self, i: int) -> bool:
        """Whether some method here is known to pass criterion *i*."""
        return self._met[i]

    def split(self, must: set[str]) -> tuple[Evaluations, ExcludedMethods]:
        """The methods meeting every criterion in *must*, and why each other one does not (its first miss)."""
        first_miss = np.full(len(self), -1)
        for i in reversed(range(len(self._criteria))):
            if self._criteria[i] in must:
                first_miss[~self._column(i, 0)] = i
        rows = np.arange(len(self)) if self._rows is None else self._rows
        kept = Evaluations(self._table, self._criteria, self._numbers, self._distinct, self._caveats, self._full,
                           rows[first_miss < 0])
        kept._flags, kept._by_row = self._flags, self._by_row
        missed = np.flatnonzero(first_miss >= 0)
        return kept, ExcludedMethods(self, rows[missed], first_miss[missed])

    def excluded(self, row: int, criterion: int) -> Excluded:
        """Why the method in table *row* is excluded: its answer on *criterion* (an index into ``criteria``)."""
        return Excluded(self._table.methods[row], self._criteria[criterion],
                        self._distinct[criterion][int(self._numbers[criterion][row])])


class ExcludedMethods(Sequence["Excluded"]):
    """The methods a *must* excluded, by name (then id), each with its first missed criterion.

    An ``Excluded`` (with the rule's explanation) is made when read: with a *must* thousands of
    methods can drop out, and a list shows a screenful of them.
    """

    def __init__(self, evaluations: Evaluations, rows: np.ndarray, missed: np.ndarray):
        order = np.argsort(evaluations._table.name_rank[rows], kind="stable")
        self._evaluations, self._rows, self._missed = evaluations, rows[order], missed[order]
        self._built: dict[int, Excluded] = {}

    def __len__(self) -> int:
        return len(self._rows)

    def __getitem__(self, index):  # noqa: ANN001 - int or slice, as Sequence allows
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        index = range(len(self))[index]
        e = self._built.get(index)
        if e is None:
            e = self._built[index] = self._evaluations.excluded(int(self._rows[index]), int(self._missed[index]))
        return e

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and list(self) == list(other)

    def __repr__(self) -> str:
        return f"ExcludedMethods({len(self)} methods)"


@dataclass(frozen=True)
class Excluded:
    method: Method
    criterion: str
    score: CriterionScore


def active_criteria(context: Context) -> tuple[str, ...]:
    return tuple(c for c in CRITERIA if context.asks(c))


def evaluate(methods: Iterable[Method] | MethodTable, context: Context,
             knowledge: Iterable[KnowledgeItem] = ()) -> Evaluations:
    """Score every method on every criterion the context asks about; weights play no part here.

    Each rule is answered once per distinct value it reads, as arrays (see ``MethodTable``; pass one
    to reuse it across situations); methods sharing all of them share their scores and their pattern.
    """
    table = methods if isinstance(methods, MethodTable) else MethodTable(methods)
    n = len(table)
    active = active_criteria(context)
    numbers = [table.numbers(criterion) for criterion in active]
    answers = [table.answers(criterion, context) for criterion in active]
    values = np.empty((n, len(active)), dtype=np.float64)
    known = np.empty((n, len(active)), dtype=np.float64)
    for j, (column, answer) in enumerate(zip(numbers, answers, strict=True)):
        values[:, j] = answer.values[column]
        known[:, j] = answer.known[column]
    matrix = ScoreMatrix(values, known, table.name_rank, table.patterns(active))
    return Evaluations(table, active, numbers, answers, caveat_picker(context, knowledge), matrix)


def caveats_for(method: Method, context: Context, knowledge: Iterable[KnowledgeItem]) -> tuple[KnowledgeItem, ...]:
    """Knowledge items that warn about this method, or about this context for any method."""
    return caveat_picker(context, knowledge)(method)


def caveat_picker(context: Context, knowledge: Iterable[KnowledgeItem]) -> Callable[[Method], tuple]:
    """``caveats_for`` with the context's part decided once, for scoring a whole catalogue."""
    wanted = {("settings", t) for t in context.settings} | {("target_groups", t) for t in context.target_groups} \
        | {("goals", t) for t in context.goals}
    if context.production_power:
        wanted.add(("production_power", context.production_power))
    relevant = []  # (item, the methods it names, whether it holds for every method), in knowledge order
    for item in knowledge:
        about_context = bool(item.when) and bool(wanted & set(item.when))
        if (item.kind == "caveat" and not item.when) or about_context:
            relevant.append((item, frozenset(item.methods), about_context and not item.methods))

    for_all = tuple(item for item, _, everyone in relevant if everyone)
    named_somewhere = {method_id for _, named, everyone in relevant if not everyone for method_id in named}

    def pick(method: Method) -> tuple[KnowledgeItem, ...]:
        if method.id not in named_somewhere:
            return for_all
        return tuple(item for item, named, everyone in relevant if everyone or method.id in named)

    return pick
