"""Administration of a shared catalogue on PostgreSQL: setting it up and the roles an IT department makes.

Only for a server address: a SQLite file has no users, its rights are the
file's. ``init`` needs a login that may create tables (the database owner):
opening the catalogue already ran the Alembic revisions and filled it, so
``init`` reports what the server now holds; a second run changes nothing.
Applying the roles needs a login that may create roles.
"""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError

from app.catalogue import Catalogue, CatalogueUnavailable
from db import migrate
from db.engine import display_url, is_postgresql, make_engine
from db.problems import from_sqlite_error
from db.roles import apply_roles, role_statements

__all__ = ["NotAServer", "apply_role_sql", "check_server_url", "describe_setup", "role_sql"]


class NotAServer(ValueError):
    """Roles were asked for on something that is not a PostgreSQL address."""


def check_server_url(url: str) -> None:
    if not is_postgresql(url):
        raise NotAServer("Rollen bestaan alleen op een PostgreSQL-server; geef met --db een "
                         "postgresql+psycopg://-adres op (zie docs/postgresql.md).")


def role_sql(url: str) -> str:
    """The statements that create the reader and editor roles on the database at *url*, as a script."""
    check_server_url(url)
    return "\n".join(f"{statement};" for statement in role_statements(url)) + "\n"


def _on_server(catalogue: Catalogue, url: str, work):  # noqa: ANN001, ANN202 - a function of one Engine
    """Run *work* on the server behind *catalogue* (opened on *url*); refused when only its local copy answered."""
    check_server_url(url)
    if catalogue.offline:
        raise CatalogueUnavailable(catalogue.notices[0] if catalogue.notices else "De server is niet bereikbaar.",
                                   "Voer de opdracht opnieuw uit zodra de server bereikbaar is; er is niets gedaan.")
    engine = make_engine(url)
    try:
        return work(engine)
    except DBAPIError as error:
        raise CatalogueUnavailable.of(from_sqlite_error(error, f"'{display_url(url)}'")) from error
    finally:
        engine.dispose()


def apply_role_sql(catalogue: Catalogue, url: str) -> None:
    """Create the roles on the server; *catalogue* was opened on *url*, so its tables exist."""
    _on_server(catalogue, url, lambda engine: apply_roles(engine, url))


def describe_setup(catalogue: Catalogue, url: str) -> str:
    """What the server at *url* holds after *catalogue* was opened on it: revision, methods, release."""
    def revision_of(engine) -> str | None:  # noqa: ANN001
        with engine.connect() as conn:
            return migrate.current_revision(conn)

    revision = _on_server(catalogue, url, revision_of)
    shipped = sum(1 for m in (*catalogue.methods, *catalogue.hidden) if not m.is_own)
    return (f"De gedeelde catalogus op '{display_url(url)}' is ingericht: schemarevisie {revision} (Alembic), "
            f"{shipped} meegeleverde methoden, catalogusversie {catalogue.catalogue_version}.")
