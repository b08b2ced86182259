"""Saved cases: the first table the user owns.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A database of a release between 0001 and Alembic may already hold the table (created when missing).
    if sa.inspect(op.get_bind()).has_table("cases"):
        return
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.Text, nullable=False, unique=True),
        sa.Column("context_json", sa.Text, nullable=False),
        sa.Column("notes", sa.Text, nullable=False),
        sa.Column("decision_id", sa.String(80), nullable=True),
        sa.Column("decision_reason", sa.Text, nullable=False),
        sa.Column("top_method", sa.String(80), nullable=True),
        sa.Column("created", sa.String(40), nullable=False),
        sa.Column("modified", sa.String(40), nullable=False),
        sa.Column("app_version", sa.String(40), nullable=False),
        sa.Column("catalogue_version", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("Methodewijzer does not go back to an older schema; restore a backup instead.")
