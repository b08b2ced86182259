"""The shape of a database's schema as the SQLAlchemy inspector sees it, alike on SQLite and PostgreSQL.

Each dialect reports types, defaults and constraint-backed indexes in its own
spelling; this reduces them to what the application relies on, so a schema made
by the Alembic revisions on a server can be compared with a SQLite first start.
"""

from __future__ import annotations

import re

from sqlalchemy import create_engine, inspect


def _default(value: str | None) -> str | None:
    if value is None:
        return None
    if value.startswith("nextval("):
        return "autoincrement"  # PostgreSQL's SERIAL; SQLite's INTEGER PRIMARY KEY counts by itself
    return re.sub(r"::[a-z ]+$", "", value).strip("'\"")


def _type(column: dict) -> tuple:
    kind = column["type"]
    return type(kind).__visit_name__.upper(), getattr(kind, "length", None)


def structure(url: str) -> dict:
    engine = create_engine(url)
    ins = inspect(engine)
    result = {}
    for table in sorted(ins.get_table_names()):
        primary = ins.get_pk_constraint(table)["constrained_columns"]
        result[table] = {
            "columns": [(c["name"], _type(c), c["nullable"] and c["name"] not in primary,
                         None if c["name"] in primary else _default(c["default"]))
                        for c in ins.get_columns(table)],
            "primary": primary,
            "unique": sorted(tuple(u["column_names"]) for u in ins.get_unique_constraints(table)),
            "foreign": sorted((tuple(f["constrained_columns"]), f["referred_table"], tuple(f["referred_columns"]),
                               f["options"].get("ondelete")) for f in ins.get_foreign_keys(table)),
            "indexes": sorted((tuple(i["column_names"]), bool(i["unique"])) for i in ins.get_indexes(table)
                              if "duplicates_constraint" not in i),
        }
    engine.dispose()
    return result
