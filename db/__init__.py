"""Storage: the SQLAlchemy schema, catalogue storage, search index and migrations."""
