"""Record versions, a change log and case owners: many desks editing one shared catalogue.

Revision ID: 0004
Revises: 0003

Every record a user edits gets a version (``record_versions`` for own methods,
a shipped method's local variant and hidden marks; a ``version`` column on
``cases``), so a save that started from an older version is refused as a
conflict instead of overwriting. ``change_log`` keeps who changed which field
when. Cases get an owner and a ``shared`` mark. Existing records start at
version 1; existing cases belong to whoever runs this upgrade (the OS user on
SQLite, the database user on a server, where they are also marked shared so
every desk still sees them as before). On a server, roles made earlier by
``admin roles`` get their rights on the new tables here, so no desk is locked
out after the upgrade.
"""

from __future__ import annotations

import getpass

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _who(bind: sa.Connection) -> str:
    if bind.dialect.name == "postgresql":
        return bind.execute(sa.text("SELECT current_user")).scalar() or ""
    try:
        return getpass.getuser()
    except Exception:  # no user name in this environment
        return ""


def upgrade() -> None:
    bind = op.get_bind()
    who = _who(bind)
    with op.batch_alter_table("cases") as batch:
        batch.add_column(sa.Column("owner", sa.Text, nullable=False, server_default=""))
        batch.add_column(sa.Column("shared", sa.Integer, nullable=False, server_default="0"))
        batch.add_column(sa.Column("version", sa.Integer, nullable=False, server_default="1"))
    server = bind.dialect.name == "postgresql"
    bind.execute(sa.text("UPDATE cases SET owner = :who, shared = :shared"), {"who": who, "shared": int(server)})
    versions = op.create_table(
        "record_versions",
        sa.Column("kind", sa.String(16), primary_key=True),
        sa.Column("record_id", sa.String(200), primary_key=True),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("modified", sa.String(40), nullable=False),
        sa.Column("modified_by", sa.Text, nullable=False),
    )
    op.create_table(
        "change_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("at", sa.String(40), nullable=False),
        sa.Column("who", sa.Text, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("record_id", sa.String(200), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("field", sa.String(40), nullable=False),
        sa.Column("old_json", sa.Text, nullable=True),
        sa.Column("new_json", sa.Text, nullable=True),
    )
    op.create_index("ix_change_log_record", "change_log", ["record_id"])
    if server:
        _grant_to_existing_roles(bind)
    own = bind.execute(sa.text("SELECT id, modified FROM methods WHERE origin = 'user'")).all()
    variants = bind.execute(sa.text("SELECT method_id, max(modified) FROM method_overrides GROUP BY method_id")).all()
    hidden = bind.execute(sa.text("SELECT method_id, modified FROM hidden_methods")).all()
    rows = [{"kind": "method", "record_id": r[0], "modified": r[1] or "", "version": 1, "modified_by": ""}
            for r in {**dict(variants), **dict(own)}.items()]
    rows += [{"kind": "hidden", "record_id": r[0], "modified": r[1] or "", "version": 1, "modified_by": ""}
             for r in hidden]
    if rows:
        op.bulk_insert(versions, rows)


def _grant_to_existing_roles(bind: sa.Connection) -> None:
    """Roles made by ``admin roles`` before this revision get the same rights on the new tables."""
    roles = set(bind.execute(sa.text("SELECT rolname FROM pg_roles WHERE rolname IN "
                                     "('methodewijzer_lezer', 'methodewijzer_redacteur')")).scalars())
    if "methodewijzer_lezer" in roles:
        op.execute("GRANT SELECT ON record_versions, change_log TO methodewijzer_lezer")
    if "methodewijzer_redacteur" in roles:
        op.execute("GRANT INSERT, UPDATE, DELETE ON record_versions, change_log TO methodewijzer_redacteur")
        op.execute("GRANT USAGE ON SEQUENCE change_log_id_seq TO methodewijzer_redacteur")


def downgrade() -> None:
    raise NotImplementedError("Methodewijzer does not go back to an older schema; restore a backup instead.")
