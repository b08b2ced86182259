"""The schema of the first release (commit 577590f): methods, their lists, background knowledge.

Revision ID: 0001
Revises:
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _child(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column("method_id", sa.String(80), sa.ForeignKey("methods.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        *columns,
    )


def upgrade() -> None:
    op.create_table("meta", sa.Column("key", sa.String(64), primary_key=True),
                    sa.Column("value", sa.Text, nullable=False))
    op.create_table(
        "methods",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("section", sa.String(16), nullable=False, unique=True),
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
    _child("method_steps", sa.Column("text", sa.Text, nullable=False))
    _child("method_organisations", sa.Column("name", sa.Text, nullable=False))
    _child("method_web_addresses", sa.Column("address", sa.Text, nullable=False))
    _child("method_publications", sa.Column("title", sa.Text, nullable=False),
           sa.Column("author", sa.Text, nullable=False), sa.Column("year", sa.Integer, nullable=True),
           sa.Column("publisher", sa.Text, nullable=False), sa.Column("place", sa.Text, nullable=False),
           sa.Column("url", sa.Text, nullable=False))
    _child("method_studies", sa.Column("reference", sa.Text, nullable=False),
           sa.Column("findings", sa.Text, nullable=False), sa.Column("url", sa.Text, nullable=False))
    _child("method_budget_amounts", sa.Column("what", sa.Text, nullable=False),
           sa.Column("flow", sa.String(16), nullable=False), sa.Column("min_eur", sa.Integer, nullable=True),
           sa.Column("max_eur", sa.Integer, nullable=True), sa.Column("per", sa.Text, nullable=False))
    op.create_table(
        "method_terms",
        sa.Column("method_id", sa.String(80), sa.ForeignKey("methods.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("attribute", sa.String(32), primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("term", sa.String(64), nullable=False),
    )
    op.create_table(
        "method_attribute_bases",
        sa.Column("method_id", sa.String(80), sa.ForeignKey("methods.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("attribute", sa.String(32), primary_key=True),
        sa.Column("basis", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
    )
    op.create_table(
        "knowledge_items",
        sa.Column("id", sa.String(80), primary_key=True),
        sa.Column("position", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("section", sa.String(16), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("catalogue_version", sa.String(64), nullable=False),
    )
    op.create_table(
        "knowledge_methods",
        sa.Column("item_id", sa.String(80), sa.ForeignKey("knowledge_items.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("method_id", sa.String(80), nullable=False),
    )
    op.create_table(
        "knowledge_conditions",
        sa.Column("item_id", sa.String(80), sa.ForeignKey("knowledge_items.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("position", sa.Integer, primary_key=True),
        sa.Column("vocabulary", sa.String(32), nullable=False),
        sa.Column("term", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    raise NotImplementedError("Methodewijzer does not go back to an older schema; restore a backup instead.")
