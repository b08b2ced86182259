"""Administration of a shared catalogue on PostgreSQL: the roles an IT department sets up.

Only for a server address: a SQLite file has no users, its rights are the
file's. Applying needs a login that may create roles (the database owner).
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from app.catalogue import Catalogue, CatalogueUnavailable
from db.engine import display_url, is_postgresql, make_engine
from db.problems import from_sqlite_error
from db.roles import apply_roles, role_statements

__all__ = ["NotAServer", "apply_role_sql", "role_sql"]


class NotAServer(ValueError):
    """Roles were asked for on something that is not a PostgreSQL address."""


def _check(url: str) -> None:
    if not is_postgresql(url):
        raise NotAServer("Rollen bestaan alleen op een PostgreSQL-server; geef met --db een "
                         "postgresql+psycopg://-adres op (zie docs/postgresql.md).")


def role_sql(url: str) -> str:
    """The statements that create the reader and editor roles on the database at *url*, as a script."""
    _check(url)
    return "\n".join(f"{statement};" for statement in role_statements(url)) + "\n"


def apply_role_sql(catalogue: Catalogue, url: str) -> None:
    """Create the roles on the server; *catalogue* was opened on *url*, so its tables exist."""
    _check(url)
    if catalogue.offline:
        raise CatalogueUnavailable(catalogue.notices[0] if catalogue.notices else "De server is niet bereikbaar.",
                                   "Voer de opdracht opnieuw uit zodra de server bereikbaar is.")
    engine = make_engine(url)
    try:
        apply_roles(engine, url)
    except DBAPIError as error:
        raise CatalogueUnavailable.of(from_sqlite_error(error, f"'{display_url(url)}'")) from error
    finally:
        engine.dispose()
