"""The 'admin' sub-command: setting up a shared catalogue on PostgreSQL (docs/postgresql.md).

``admin init`` creates the schema (through the Alembic revisions) and the
shipped catalogue on an empty server and says what it holds; ``admin roles``
prints the SQL that creates the reader and editor roles, so an IT department
can read it first; ``--apply`` runs it on the server in ``--db``.
"""

from __future__ import annotations

import argparse

from app.api import Catalogue, NotAServer, apply_role_sql, check_server_url, describe_setup, resolved_url, role_sql
from app.api import translate as _
from app.cli.errors import UsageError


def register(sub) -> None:  # noqa: ANN001 - argparse's private subparsers type
    p = sub.add_parser("admin", help=_("beheer van een gedeelde catalogus op PostgreSQL"))
    tasks = p.add_subparsers(dest="task", required=True, metavar=_("TAAK"))
    init = tasks.add_parser("init", help=_("schema (via de migraties) en meegeleverde catalogus aanmaken"))
    init.set_defaults(run=run_init, validate=validate_server)
    roles = tasks.add_parser("roles", help=_("SQL voor de rollen methodewijzer_lezer en methodewijzer_redacteur"))
    roles.add_argument("--apply", action="store_true", help=_("voer de SQL uit op de server in --db"))
    roles.set_defaults(run=run_roles, validate=validate_server)


def validate_server(args: argparse.Namespace) -> None:
    try:
        check_server_url(resolved_url(args.db))
    except NotAServer as error:
        raise UsageError(str(error)) from None


def run_init(catalogue: Catalogue, args: argparse.Namespace) -> None:
    print(describe_setup(catalogue, resolved_url(args.db)))


def run_roles(catalogue: Catalogue, args: argparse.Namespace) -> None:
    url = resolved_url(args.db)
    if not args.apply:
        print(role_sql(url), end="")
        return
    apply_role_sql(catalogue, url)
    print("De rollen methodewijzer_lezer en methodewijzer_redacteur zijn aangemaakt en hebben hun rechten.")
