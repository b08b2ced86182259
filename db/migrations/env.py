"""Alembic's environment: always run by ``db.migrate`` on a connection it has already opened.

The connection arrives in ``config.attributes['connection']`` inside the
caller's ``BEGIN IMMEDIATE`` transaction, so every revision up to head
commits together or not at all. There is no online/offline switch and no
URL here: the application decides where the database is.
"""

from __future__ import annotations

from alembic import context

from db.schema import metadata

connection = context.config.attributes["connection"]
context.configure(connection=connection, target_metadata=metadata, render_as_batch=True,
                  transactional_ddl=True)
with context.begin_transaction():
    context.run_migrations()
