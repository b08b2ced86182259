"""The schema version this release writes and reads, apart from the schema so a reader without SQLAlchemy
(``db.quick_read``) can check it.

It is the number of the newest Alembic revision in db/migrations (revision "0004"), also kept in
meta.schema_version, which every release since the first reads to refuse a newer database.
"""

SCHEMA_VERSION = 4
