"""Alembic migrations of the Methodewijzer database, shipped inside the package and run on start."""
