"""A case (casus): a named, saved situation with the decision a professional took.

The case-file format is defined here, so the database, the CLI, the window and
the PDF attachment all read and write the same thing. ``case_from_dict``
checks every field before anything is built: a file that fails is refused as
a whole, with a Dutch message saying what is wrong (see docs/case-format.md).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime

from advisor.context import CRITERIA, DEFAULT_WEIGHTS, Context, ContextError
from advisor.group import Participant
from advisor.group_csv import GroupError, check_count, check_names, parse_weight

FORMAT = "methodewijzer-case"
FORMAT_VERSION = 2  # 2 adds the optional 'group' section; a case without a group is still written as 1
MAX_FILE_BYTES = 1_000_000
FILE_SUFFIX = ".methodewijzer.json"


class CaseError(ValueError):
    """A case or case file that cannot be accepted; the message is for the user, in Dutch."""


@dataclass(frozen=True)
class Case:
    name: str
    context: Context
    notes: str = ""
    decision_id: str | None = None
    decision_reason: str = ""
    created: str = ""
    modified: str = ""
    app_version: str = ""
    catalogue_version: str = ""
    top_method: str | None = None  # the advice's first method when saved; shows a changed catalogue
    group: tuple[Participant, ...] = ()  # a workshop's participants and their weights; empty without a group

    def defaults_kept(self) -> tuple[str, ...]:
        """Criteria whose weight is still the default and that are not marked as a must."""
        return tuple(c for c in CRITERIA
                     if self.context.weights[c] == DEFAULT_WEIGHTS[c] and c not in self.context.must)

    def stamped(self, now: str | None = None, **versions: str) -> Case:
        """This case with its modified (and, when new, created) time set to *now*."""
        now = now or now_iso()
        return replace(self, created=self.created or now, modified=now, **versions)


def now_iso() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def check_name(name: object) -> str:
    if not isinstance(name, str) or not name.strip():
        raise CaseError("Geef de casus een naam (niet leeg).")
    if "\x00" in name:
        raise CaseError("De naam van de casus mag geen nul-teken bevatten.")
    return name


def case_to_dict(case: Case) -> dict:
    """The case as ``case show --json`` prints it; context and weights as in ``match --json``."""
    return {
        "name": case.name,
        "context": case.context.to_dict(),
        "weights": dict(case.context.weights),
        "notes": case.notes,
        "decision": None if case.decision_id is None else {"id": case.decision_id, "reason": case.decision_reason},
        "created": case.created, "modified": case.modified,
        "app_version": case.app_version, "catalogue_version": case.catalogue_version,
        **({"group": group_section(case.group)} if case.group else {}),
    }


def group_section(participants: tuple[Participant, ...]) -> dict:
    return {"participants": [{"name": p.name, "weights": dict(p.weights)} for p in participants]}


def group_from_dict(data: dict) -> tuple[Participant, ...]:
    """The 'group' section checked like a participants' CSV file: names unique, weights 0–5."""
    people = _field(data, "participants", list, "deelnemers")
    out = []
    for i, person in enumerate(people, 1):
        if not isinstance(person, dict):
            raise CaseError(f"Deelnemer {i} in 'group' is geen object. Er is niets veranderd.")
        name = _field(person, "name", str, "naam van een deelnemer").strip() or f"Deelnemer {i}"
        weights = _field(person, "weights", dict, "gewichten van een deelnemer")
        unknown = sorted(set(weights) - set(CRITERIA))
        if unknown:
            raise CaseError(f"Onbekend criterium '{unknown[0]}' bij deelnemer {name}. Er is niets veranderd.")
        checked = dict(DEFAULT_WEIGHTS)
        for criterion, weight in weights.items():
            if isinstance(weight, bool) or not isinstance(weight, int | float):
                raise CaseError(f"Gewicht van '{criterion}' bij deelnemer {name} moet een getal zijn. "
                                "Er is niets veranderd.")
            try:
                checked[criterion] = parse_weight(str(weight), f"Deelnemer {name}, {criterion}")
            except GroupError as error:
                raise CaseError(f"{error} Er is niets veranderd.") from None
        out.append(Participant(name, checked))
    try:
        check_count(len(out))
        check_names(out)
    except GroupError as error:
        raise CaseError(f"{error} Er is niets veranderd.") from None
    return tuple(out)


def case_to_file(case: Case) -> bytes:
    version = FORMAT_VERSION if case.group else 1  # older versions keep reading cases without a group
    data = {"format": FORMAT, "format_version": version, **case_to_dict(case), "top_method": case.top_method}
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def case_from_file(raw: bytes) -> Case:
    """Parse and check a case file's bytes; raises CaseError, never anything else."""
    if len(raw) > MAX_FILE_BYTES:
        raise CaseError(f"Het bestand is te groot ({len(raw):,} bytes; hoogstens {MAX_FILE_BYTES:,}). "
                        "Er is niets veranderd.".replace(",", "."))
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as error:
        raise CaseError(f"Dit is geen geldig casusbestand (geen leesbare JSON: {error}). "
                        "Er is niets veranderd.") from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise CaseError("Dit is geen casusbestand van Methodewijzer. Er is niets veranderd.")
    version = data.get("format_version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise CaseError("Het casusbestand heeft geen geldige formaatversie. Er is niets veranderd.")
    if version > FORMAT_VERSION:
        raise CaseError(f"Dit casusbestand is gemaakt met een nieuwere Methodewijzer (formaat {version}; deze "
                        f"versie leest tot en met {FORMAT_VERSION}). Werk Methodewijzer bij. Er is niets veranderd.")
    return case_from_dict(data)


def _field(data: dict, key: str, kind: type | tuple, what: str, optional: bool = False):  # noqa: ANN202
    value = data.get(key)
    if value is None and optional:
        return None
    if not isinstance(value, kind) or isinstance(value, bool) and bool not in _kinds(kind):
        raise CaseError(f"Veld '{key}' ({what}) heeft een verkeerd type. Er is niets veranderd.")
    return value


def _kinds(kind: type | tuple) -> tuple:
    return kind if isinstance(kind, tuple) else (kind,)


def _strings(data: dict, key: str) -> frozenset[str]:
    value = _field(data, key, list, "lijst van woorden")
    if not all(isinstance(v, str) for v in value):
        raise CaseError(f"Veld 'context.{key}' mag alleen woorden bevatten. Er is niets veranderd.")
    return frozenset(value)


def case_from_dict(data: dict) -> Case:
    """A checked Case from the dictionary form; unknown vocabulary and wrong types raise CaseError."""
    name = check_name(_field(data, "name", str, "naam"))
    ctx = _field(data, "context", dict, "situatie")
    weights = _field(data, "weights", dict, "gewichten")
    for criterion, weight in weights.items():
        if isinstance(weight, bool) or not isinstance(weight, int | float):
            raise CaseError(f"Gewicht van '{criterion}' moet een getal zijn. Er is niets veranderd.")
    try:
        context = Context(
            settings=_strings(ctx, "settings"), target_groups=_strings(ctx, "target_groups"),
            goals=_strings(ctx, "goals"),
            production_power=_field(ctx, "production_power", str, "productiekracht", optional=True),
            budget_eur=_field(ctx, "budget_eur", int, "budget", optional=True),
            months=_field(ctx, "months", int, "tijdshorizon", optional=True),
            require_handbook=_field(ctx, "require_handbook", bool, "handboek"),
            require_research=_field(ctx, "require_research", bool, "onderzoek"),
            weights=weights, must=_strings(ctx, "must"),
        )
    except ContextError as error:
        raise CaseError(f"{error} Er is niets veranderd.") from None
    decision = _field(data, "decision", dict, "besluit", optional=True)
    decision_id = None if decision is None else _field(decision, "id", str, "gekozen methode")
    strings = {key: _field(data, key, str, key, optional=True) or ""
               for key in ("notes", "created", "modified", "app_version", "catalogue_version")}
    group = _field(data, "group", dict, "groep", optional=True)
    return Case(name=name, context=context, decision_id=decision_id,
                group=() if group is None else group_from_dict(group),
                decision_reason="" if decision is None else _field(decision, "reason", str, "reden") or "",
                top_method=_field(data, "top_method", str, "eerste methode", optional=True), **strings)
