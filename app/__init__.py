"""The application API: the one small surface the interface and CLI call.

It opens the database, loads the catalogue, runs the matcher and the search
index, and hands back plain domain objects, so neither the Qt code nor the
command line ever sees SQL or Whoosh.
"""
