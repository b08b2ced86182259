"""The two database roles of a shared catalogue on PostgreSQL, as SQL an IT department can read.

``methodewijzer_lezer`` may read the catalogue (so list, match and search)
and keep cases, and write nothing else; ``methodewijzer_redacteur`` may also
change methods, variants, hidden marks and knowledge (with their record
versions and change log). Both are group roles without a login: people sign in with their
own login role, which IT makes a member of one of them. The statements can be
run more than once; tables are named one by one, so a table added later gets
no rights until this is run again.
"""

from __future__ import annotations

from sqlalchemy import Engine
from sqlalchemy.engine import make_url

from db import schema

__all__ = ["EDITOR", "READER", "apply_roles", "role_statements"]

READER = "methodewijzer_lezer"
EDITOR = "methodewijzer_redacteur"
CASE_IDS = "cases_id_seq"  # the serial behind cases.id, the one sequence a reader uses


def _quoted(identifier: str) -> str:
    return '"' + identifier.replace('"', '""') + '"'


def _create(role: str) -> str:
    return (f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{role}') "
            f"THEN CREATE ROLE {role} NOLOGIN; END IF; END $$")


def role_statements(url: str) -> list[str]:
    """The SQL, in order, that creates both roles with their rights on the database in *url*.

    The reader may read every table and write only ``cases`` (its own cases; the app keeps
    others' cases apart by owner). Write rights a reader was given by an earlier version are
    revoked first, so running this again tightens a database set up before.
    """
    database = _quoted(make_url(url).database or "postgres")
    every_table = [t.name for t in schema.metadata.sorted_tables]
    tables = ", ".join(every_table)
    edited = ", ".join(name for name in every_table if name != schema.cases.name)
    return [
        _create(READER),
        _create(EDITOR),
        f"GRANT {READER} TO {EDITOR}",
        f"REVOKE ALL ON DATABASE {database} FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE {database} TO {READER}",
        f"GRANT USAGE ON SCHEMA public TO {READER}",
        f"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON {tables} FROM {READER}",
        f"REVOKE USAGE ON ALL SEQUENCES IN SCHEMA public FROM {READER}",
        f"GRANT SELECT ON {tables} TO {READER}",
        f"GRANT INSERT, UPDATE, DELETE ON {schema.cases.name} TO {READER}",
        f"GRANT USAGE ON SEQUENCE {CASE_IDS} TO {READER}",
        f"GRANT INSERT, UPDATE, DELETE ON {edited} TO {EDITOR}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {EDITOR}",
    ]


def apply_roles(engine: Engine, url: str) -> None:
    """Run ``role_statements`` in one transaction; the caller's login must be allowed to create roles."""
    with engine.begin() as conn:
        for statement in role_statements(url):
            conn.exec_driver_sql(statement)
