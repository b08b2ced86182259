"""Catalogue packages: own methods and local variants in one JSON file, to share or to keep.

Like a Frictionless Data Package: a descriptor (name, version, created,
author, source, licence, app and schema version) on the first line, then one
method per line so a version-control diff stays readable. Importing checks
everything first (size, schema version, every method by the catalogue
reader's rules, duplicate ids), shows what would be added, updated or left
alone (update if newer / always / never, as Anki's shared decks), and then
writes all of it in one transaction or nothing.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from pathlib import Path

from advisor.method_document import FIELDS, get_field, given_fields, method_to_document, set_field
from advisor.model import Method
from app.cases import app_version, write_atomically
from app.catalogue import Catalogue
from app.change_log import logged, now
from app.own_methods import RecordError, UserRecords, checked
from db import storage, user_store

SCHEMA_VERSION = 1
PROFILE = "methodewijzer-catalogus"
MAX_BYTES = 10 * 1024 * 1024
MAX_METHODS = 2_000
POLICIES = ("newer", "always", "never")
ORIGINS = ("own", "variant", "shipped")


def export(catalogue: Catalogue, path: Path, include_all: bool = False, author: str = "") -> int:
    """Write a package of the own methods and variants (every method with *include_all*); returns the count."""
    lines = [{"descriptor": {
        "profile": PROFILE, "name": "Methodewijzer-catalogus", "version": catalogue.catalogue_version,
        "created": now(), "author": author, "source": catalogue.url.rsplit("/", 1)[-1],
        "licence": "zie de catalogus van herkomst", "app_version": app_version(), "schema_version": SCHEMA_VERSION,
    }}]
    hidden = {m.id for m in catalogue.hidden}
    for method in [*catalogue.methods, *catalogue.hidden]:
        status = catalogue.status[method.id]
        origin = status["origin"]
        if origin == "shipped" and method.id in hidden and not include_all:
            lines.append({"id": method.id, "origin": origin, "hidden": True})
        elif origin == "own":
            lines.append({"id": method.id, "origin": origin, "author": method.author, "created": method.created,
                          "modified": method.modified, "method": method_to_document(method)})
        elif origin == "variant":
            given = given_fields(method_to_document(method))
            lines.append({"id": method.id, "origin": origin, "modified": status.get("modified", ""),
                          "overrides": {n: given[n] for n in status["overridden"] if n in given}})
        elif include_all:
            lines.append({"id": method.id, "origin": origin, "method": method_to_document(method)})
    for line in lines[1:]:
        if line["id"] in hidden:
            line["hidden"] = True
    text = "\n".join(json.dumps(line, ensure_ascii=False, sort_keys=True) for line in lines) + "\n"
    write_atomically(Path(path), text.encode("utf-8"))
    return len(lines) - 1


@dataclass
class ImportPlan:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    left_alone: list[str] = field(default_factory=list)
    writes: list = field(default_factory=list)  # functions of one Connection, run in one transaction
    notes: list[str] = field(default_factory=list)  # Dutch sentences: ids left alone because they collide


def _refuse(problem: str) -> RecordError:
    return RecordError(f"Het pakket is geweigerd: {problem}. Er is niets veranderd.")


def _read_lines(path: Path) -> tuple[dict, list[dict]]:
    try:
        size = Path(path).stat().st_size
        if size > MAX_BYTES:
            raise _refuse(f"het bestand is groter dan 10 MB ({size:,} bytes)".replace(",", "."))
        text = Path(path).read_bytes().decode("utf-8")
    except OSError as error:
        raise _refuse(f"het bestand kan niet worden gelezen ({error.strerror or error})") from None
    except UnicodeDecodeError:
        raise _refuse("het bestand is geen UTF-8-tekst") from None
    rows = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as error:
            raise _refuse(f"regel {number} is geen geldige JSON ({error.msg})") from None
        if not isinstance(row, dict):
            raise _refuse(f"regel {number} is geen object")
        rows.append(row)
    if not rows or not isinstance(rows[0].get("descriptor"), dict):
        raise _refuse("de eerste regel moet de beschrijving van het pakket zijn (\"descriptor\")")
    descriptor = rows[0]["descriptor"]
    if descriptor.get("profile") != PROFILE:
        raise _refuse("dit is geen Methodewijzer-catalogus")
    if descriptor.get("schema_version") != SCHEMA_VERSION:
        raise _refuse(f"schemaversie {descriptor.get('schema_version')!r} wordt niet ondersteund "
                      f"(deze versie leest {SCHEMA_VERSION})")
    if len(rows) - 1 > MAX_METHODS:
        raise _refuse(f"het pakket bevat meer dan {MAX_METHODS:,} methoden".replace(",", "."))
    return descriptor, rows[1:]


def plan_import(catalogue: Catalogue, path: Path, policy: str = "newer") -> ImportPlan:
    """What importing *path* would do; refuses (RecordError) before anything is written."""
    if policy not in POLICIES:
        raise _refuse(f"onbekend beleid '{policy}'; kies uit {', '.join(POLICIES)}")
    _descriptor, rows = _read_lines(path)
    plan, seen, records = ImportPlan(), set(), UserRecords(catalogue)
    shipped = {m.id: m for m in records.read(storage.read_methods) if not m.is_own}  # read once, not per line
    for number, row in enumerate(rows, 2):
        method_id, origin = row.get("id"), row.get("origin")
        if not isinstance(method_id, str) or origin not in ORIGINS:
            raise _refuse(f"regel {number} mist een geldig 'id' of 'origin' ({', '.join(ORIGINS)})")
        if method_id in seen:
            raise _refuse(f"id '{method_id}' staat twee keer in het pakket")
        seen.add(method_id)
        where = f"regel {number}"
        if not isinstance(row.get("modified", ""), str):
            raise _refuse(f"{where}: 'modified' moet tekst zijn")
        have = catalogue.status.get(method_id, {}).get("origin")
        if not isinstance(row.get("hidden", False), bool):
            raise _refuse(f"{where}: 'hidden' moet true of false zijn")
        if origin in ("shipped", "variant") and have == "own":
            plan.left_alone.append(method_id)
            plan.notes.append(f"'{method_id}': in het pakket een meegeleverde methode, hier uw eigen methode met "
                              "hetzelfde id; uw eigen methode blijft zoals zij is.")
            continue
        if origin == "shipped":
            if "method" in row:
                checked(row.get("method"), where)
            if have is None:
                raise _refuse(f"{where}: '{method_id}' is geen meegeleverde methode in deze catalogus")
            plan.left_alone.append(method_id)
        elif origin == "own":
            method = checked(row.get("method"), where)
            if method.id != method_id:
                raise _refuse(f"{where}: id '{method_id}' verschilt van het id in de methode")
            if have in ("shipped", "variant"):
                plan.left_alone.append(method_id)
                plan.notes.append(f"'{method_id}': in het pakket een eigen methode, hier een meegeleverde methode "
                                  "met hetzelfde id; niet geïmporteerd. Geef de eigen methode een ander id om haar "
                                  "toe te voegen.")
                continue
            texts = [row.get(k, "") for k in ("author", "created", "modified")]
            if not all(isinstance(t, str) and len(t) <= 200 for t in texts):
                raise _refuse(f"{where}: auteur en data moeten korte teksten zijn")
            own = replace(method, origin=user_store.OWN, author=texts[0], created=texts[1] or now(),
                          modified=texts[2] or now())
            _decide(plan, catalogue, method_id, have, policy, own.modified,
                    lambda conn, own=own: user_store.put_own(conn, own))
        else:
            overrides = row.get("overrides")
            if have not in ("shipped", "variant"):
                raise _refuse(f"{where}: '{method_id}' is geen meegeleverde methode in deze catalogus")
            if not isinstance(overrides, dict) or not set(overrides) <= set(FIELDS):
                raise _refuse(f"{where}: 'overrides' moet velden uit {', '.join(FIELDS)} bevatten")
            _plan_variant(plan, records, shipped[method_id], row, where, policy, have)
        if row.get("hidden") and method_id not in {m.id for m in catalogue.hidden}:
            plan.writes.append(logged(method_id, lambda conn, method_id=method_id:
                                      user_store.set_hidden(conn, method_id, True, now()), hidden=True))
    return plan


def _plan_variant(plan: ImportPlan, records: UserRecords, shipped: Method, row: dict, where: str, policy: str,
                  have: str) -> None:
    method_id, overrides = row["id"], row["overrides"]
    base = method_to_document(shipped)
    doc = method_to_document(records.catalogue.get(method_id, hidden=True))
    for name, value in overrides.items():
        set_field(doc, name, value)
    checked(doc, where)
    when = row.get("modified") or now()

    def write(conn) -> None:  # noqa: ANN001 - a Connection
        for name, value in overrides.items():
            user_store.put_override(conn, method_id, name, value, get_field(base, name), when)

    _decide(plan, records.catalogue, method_id, "variant" if have == "variant" else None, policy, when, write)


def _decide(plan: ImportPlan, catalogue: Catalogue, method_id: str, have: str | None, policy: str, modified: str,
            write) -> None:  # noqa: ANN001
    write = logged(method_id, write)
    if have is None:
        plan.added.append(method_id)
        plan.writes.append(write)
        return
    mine = catalogue.get(method_id, hidden=True)
    newer = modified > (mine.modified if mine and mine.modified else catalogue.status[method_id].get("modified", ""))
    if policy == "always" or (policy == "newer" and newer):
        plan.updated.append(method_id)
        plan.writes.append(write)
    else:
        plan.left_alone.append(method_id)


def run_import(catalogue: Catalogue, plan: ImportPlan) -> None:
    """Write what *plan* says in one transaction (nothing when it adds and updates nothing)."""
    if plan.writes:
        UserRecords(catalogue).write_all(plan.writes)
