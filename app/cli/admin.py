"""The 'admin' sub-command: setting up a shared catalogue on PostgreSQL (docs/postgresql.md).

``admin roles`` prints the SQL that creates the reader and editor roles, so an
IT department can read it first; ``--apply`` runs it on the server in ``--db``.
"""

from __future__ import annotations

import argparse

from app.api import Catalogue, NotAServer, apply_role_sql, resolved_url, role_sql
from app.api import translate as _
from app.cli.errors import UsageError


def register(sub) -> None:  # noqa: ANN001 - argparse's private subparsers type
    p = sub.add_parser("admin", help=_("beheer van een gedeelde catalogus op PostgreSQL"))
    tasks = p.add_subparsers(dest="task", required=True, metavar=_("TAAK"))
    roles = tasks.add_parser("roles", help=_("SQL voor de rollen methodewijzer_lezer en methodewijzer_redacteur"))
    roles.add_argument("--apply", action="store_true", help=_("voer de SQL uit op de server in --db"))
    roles.set_defaults(run=run_roles, validate=validate_roles)


def validate_roles(args: argparse.Namespace) -> None:
    try:
        role_sql(resolved_url(args.db))
    except NotAServer as error:
        raise UsageError(str(error)) from None


def run_roles(catalogue: Catalogue, args: argparse.Namespace) -> None:
    url = resolved_url(args.db)
    if not args.apply:
        print(role_sql(url), end="")
        return
    apply_role_sql(catalogue, url)
    print("De rollen methodewijzer_lezer en methodewijzer_redacteur zijn aangemaakt en hebben hun rechten.")
