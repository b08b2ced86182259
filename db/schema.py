"""The relational schema for methods, their attributes and background knowledge.

Every list a method has (steps, terms, publications, studies, amounts) gets
its own table with a position column, so the order an editor chose survives a
round trip. Rows carry their origin ('catalogue' for shipped records, 'user'
for records someone made) and the catalogue version they came from, so a new
release can replace what it shipped without touching what users wrote.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Index, Integer, MetaData, String, Table, Text

from db.schema_version import SCHEMA_VERSION as SCHEMA_VERSION  # kept apart for db.quick_read

metadata = MetaData()

meta = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)

methods = Table(
    "methods",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("name", Text, nullable=False),
    Column("section", String(16), nullable=False),  # '' for an own method: it has no report section
    Column("category", String(40), nullable=False),
    Column("subcategory", String(40), nullable=False, default=""),
    Column("summary", Text, nullable=False),
    Column("target_group", Text, nullable=False),
    Column("goal", Text, nullable=False),
    Column("approach", Text, nullable=False),
    Column("developer", Text, nullable=False),
    Column("handbook", String(16), nullable=False),
    Column("handbook_note", Text, nullable=False),
    Column("evidence", String(32), nullable=False),
    Column("evidence_basis", String(16), nullable=False),
    Column("evidence_reason", Text, nullable=False),
    Column("production_power", String(16), nullable=False),
    Column("budget_class", String(16), nullable=False),
    Column("duration_months", Integer, nullable=True),
    Column("origin", String(16), nullable=False, default="catalogue"),
    Column("catalogue_version", String(64), nullable=False, default=""),
    # Provenance of an own method ("eigen"): who made it and when.
    Column("author", Text, nullable=False, server_default=""),
    Column("created", String(40), nullable=False, server_default=""),
    Column("modified", String(40), nullable=False, server_default=""),
)


def _child(name: str, *columns: Column) -> Table:
    return Table(
        name,
        metadata,
        Column("method_id", String(80), ForeignKey("methods.id", ondelete="CASCADE"), primary_key=True),
        Column("position", Integer, primary_key=True),
        *columns,
    )


steps = _child("method_steps", Column("text", Text, nullable=False))
organisations = _child("method_organisations", Column("name", Text, nullable=False))
web_addresses = _child("method_web_addresses", Column("address", Text, nullable=False))
publications = _child(
    "method_publications",
    Column("title", Text, nullable=False),
    Column("author", Text, nullable=False),
    Column("year", Integer, nullable=True),
    Column("publisher", Text, nullable=False),
    Column("place", Text, nullable=False),
    Column("url", Text, nullable=False),
    Column("kind", String(16), nullable=False, server_default="title"),  # 'title' or 'description'
)
involved = _child("method_involved", Column("name", Text, nullable=False), Column("role", Text, nullable=False))
studies = _child(
    "method_studies",
    Column("reference", Text, nullable=False),
    Column("findings", Text, nullable=False),
    Column("url", Text, nullable=False),
)
amounts = _child(
    "method_budget_amounts",
    Column("what", Text, nullable=False),
    Column("flow", String(16), nullable=False),
    Column("min_eur", Integer, nullable=True),
    Column("max_eur", Integer, nullable=True),
    Column("per", Text, nullable=False),
)

# One row per vocabulary term a method has for settings, target groups, goals
# and professional roles.
terms = Table(
    "method_terms",
    metadata,
    Column("method_id", String(80), ForeignKey("methods.id", ondelete="CASCADE"), primary_key=True),
    Column("attribute", String(32), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("term", String(64), nullable=False),
)

# Where each structured attribute comes from: the report, or our reading.
bases = Table(
    "method_attribute_bases",
    metadata,
    Column("method_id", String(80), ForeignKey("methods.id", ondelete="CASCADE"), primary_key=True),
    Column("attribute", String(32), primary_key=True),
    Column("basis", String(16), nullable=False),
    Column("reason", Text, nullable=False),
)

knowledge = Table(
    "knowledge_items",
    metadata,
    Column("id", String(80), primary_key=True),
    Column("position", Integer, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("title", Text, nullable=False),
    Column("section", String(16), nullable=False),
    Column("text", Text, nullable=False),
    Column("origin", String(16), nullable=False, default="catalogue"),
    Column("catalogue_version", String(64), nullable=False, default=""),
)

knowledge_methods = Table(
    "knowledge_methods",
    metadata,
    Column("item_id", String(80), ForeignKey("knowledge_items.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("method_id", String(80), nullable=False),
)

knowledge_conditions = Table(
    "knowledge_conditions",
    metadata,
    Column("item_id", String(80), ForeignKey("knowledge_items.id", ondelete="CASCADE"), primary_key=True),
    Column("position", Integer, primary_key=True),
    Column("vocabulary", String(32), nullable=False),
    Column("term", String(64), nullable=False),
)

# ---- user-owned tables: never deleted or rewritten by a catalogue load ------------------------
# Added by Alembic revisions (db/migrations). None has a foreign key to ``methods``: a catalogue
# load deletes and rewrites the shipped rows, and a cascade must not take the user's work with it.
cases = Table(
    "cases",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False, unique=True),
    Column("context_json", Text, nullable=False),
    Column("notes", Text, nullable=False, default=""),
    Column("decision_id", String(80), nullable=True),
    Column("decision_reason", Text, nullable=False, default=""),
    Column("top_method", String(80), nullable=True),
    Column("created", String(40), nullable=False),
    Column("modified", String(40), nullable=False),
    Column("app_version", String(40), nullable=False, default=""),
    Column("catalogue_version", String(64), nullable=False, default=""),
    # Revision 0004: whose case it is (the database user), whether others may see it, its edit count.
    Column("owner", Text, nullable=False, server_default=""),
    Column("shared", Integer, nullable=False, server_default="0"),
    Column("version", Integer, nullable=False, server_default="1"),
)

# A field of a shipped method the user changed: the value as JSON (the catalogue document's shape,
# see advisor.method_document) and the shipped value at the time, for the three-way check.
overrides = Table(
    "method_overrides",
    metadata,
    Column("method_id", String(80), primary_key=True),
    Column("field", String(40), primary_key=True),
    Column("value_json", Text, nullable=False),
    Column("shipped_json", Text, nullable=False),
    Column("modified", String(40), nullable=False),
)

hidden = Table(
    "hidden_methods",
    metadata,
    Column("method_id", String(80), primary_key=True),
    Column("modified", String(40), nullable=False),
)

# The version of each editable method record (revision 0004): kind 'method' counts changes to an
# own method or to a shipped method's local variant, kind 'hidden' to its hidden mark. A save names
# the version it started from; another desk's save in between makes it a conflict (db.record_log).
record_versions = Table(
    "record_versions",
    metadata,
    Column("kind", String(16), primary_key=True),
    Column("record_id", String(200), primary_key=True),
    Column("version", Integer, nullable=False),
    Column("modified", String(40), nullable=False),
    Column("modified_by", Text, nullable=False),
)

# Who changed which field of which record when, with the old and new value as JSON (null: absent).
change_log = Table(
    "change_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("at", String(40), nullable=False),
    Column("who", Text, nullable=False),
    Column("kind", String(16), nullable=False),
    Column("record_id", String(200), nullable=False),
    Column("version", Integer, nullable=False),
    Column("field", String(40), nullable=False),
    Column("old_json", Text, nullable=True),
    Column("new_json", Text, nullable=True),
)
Index("ix_change_log_record", change_log.c.record_id)

# Record versions and the change log are not among them. On a server the reader role writes only
# ``cases``; every method edit (variant, hidden mark, own method) also writes the record versions and
# the change log, and all of these only the editor role may write (db.roles).
USER_TABLES = (cases, overrides, hidden)
