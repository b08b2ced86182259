"""Own methods, local variants and hidden methods; publication kinds and involved organisations.

Revision ID: 0003
Revises: 0002

``methods.section`` loses its UNIQUE constraint and may be empty: an own method
has no report section, and a user's record must never stop a start. SQLite
cannot drop a constraint, so the table is rebuilt (Alembic's batch mode; PostgreSQL
drops it in place);
``db.migrate`` runs this with foreign keys off, so rebuilding ``methods`` does
not cascade into its lists, and checks them before committing.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _methods_without_unique() -> sa.Table:
    return sa.Table(
        "methods", sa.MetaData(),
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("section", sa.String(16), nullable=False),
        sa.Column("category", sa.String(40), nullable=False),
        sa.Column("subcategory", sa.String(40), nullable=False),
        *(sa.Column(name, sa.Text, nullable=False)
          for name in ("summary", "target_group", "goal", "approach", "developer")),
        sa.Column("handbook", sa.String(16), nullable=False),
        sa.Column("handbook_note", sa.Text, nullable=False),
        sa.Column("evidence", sa.String(32), nullable=False),
        sa.Column("evidence_basis", sa.String(16), nullable=False),
        sa.Column("evidence_reason", sa.Text, nullable=False),
        sa.Column("production_power", sa.String(16), nullable=False),
        sa.Column("budget_class", sa.String(16), nullable=False),
        sa.Column("duration_months", sa.Integer, nullable=True),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("catalogue_version", sa.String(64), nullable=False),
    )


def _provenance() -> list[sa.Column]:
    return [sa.Column("author", sa.Text, nullable=False, server_default=""),
            sa.Column("created", sa.String(40), nullable=False, server_default=""),
            sa.Column("modified", sa.String(40), nullable=False, server_default="")]


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # The table as it was, minus the UNIQUE on section: batch mode rebuilds it from this definition.
        with op.batch_alter_table("methods", recreate="always", copy_from=_methods_without_unique()) as batch:
            for column in _provenance():
                batch.add_column(column)
    else:
        # A server drops a constraint in place; rebuilding would collide with the lists' foreign keys.
        for unique in sa.inspect(op.get_bind()).get_unique_constraints("methods"):
            if unique["column_names"] == ["section"]:
                op.drop_constraint(unique["name"], "methods", type_="unique")
        for column in _provenance():
            op.add_column("methods", column)
    with op.batch_alter_table("method_publications") as batch:
        batch.add_column(sa.Column("kind", sa.String(16), nullable=False, server_default="title"))
    op.create_table(
        "method_involved",
        sa.Column("method_id", sa.String(80), sa.ForeignKey("methods.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("role", sa.Text, nullable=False),
    )
    op.create_table(
        "method_overrides",
        sa.Column("method_id", sa.String(80), primary_key=True),
        sa.Column("field", sa.String(40), primary_key=True),
        sa.Column("value_json", sa.Text, nullable=False),
        sa.Column("shipped_json", sa.Text, nullable=False),
        sa.Column("modified", sa.String(40), nullable=False),
    )
    op.create_table(
        "hidden_methods",
        sa.Column("method_id", sa.String(80), primary_key=True),
        sa.Column("modified", sa.String(40), nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("Methodewijzer does not go back to an older schema; restore a backup instead.")
