"""Full-text search over methods: the one surface the rest of the code imports from.

Dutch analysis (folding, stemming, compound splitting), the query syntax,
the on-disk Whoosh index with its build lock, ranking and snippets live in
the modules beside this one; callers use only the names below, so those
modules can change without the application noticing.

The names are resolved on first use: a build process imports ``db.search.index``,
which runs this file first, and needs none of the searching half (engine,
queries, snippets); importing it there cost every build about a tenth of a second.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.lazy_names import lazy_getattr

if TYPE_CHECKING:  # what the names below are; import-linter reads these imports too
    from db.search.analysis import plain_words, query_words
    from db.search.engine import Found, SearchEngine, SearchHit
    from db.search.fallback import PlacedIndex, build_in_memory, open_anywhere
    from db.search.index import (
        FORMAT_VERSION,
        TEXT_FIELDS,
        Progress,
        Stamp,
        default_folder,
        open_or_build,
        words_by_method,
    )
    from db.search.index_update import CatalogueWords, merged_if_many
    from db.search.index_update import update as update_index
    from db.search.query import FIELD_BOOSTS
    from db.search.scan import PlainScan

_LAZY = {
    "plain_words": ("db.search.analysis", "plain_words"),
    "query_words": ("db.search.analysis", "query_words"),
    "Found": ("db.search.engine", "Found"),
    "SearchEngine": ("db.search.engine", "SearchEngine"),
    "SearchHit": ("db.search.engine", "SearchHit"),
    "PlacedIndex": ("db.search.fallback", "PlacedIndex"),
    "build_in_memory": ("db.search.fallback", "build_in_memory"),
    "open_anywhere": ("db.search.fallback", "open_anywhere"),
    "FORMAT_VERSION": ("db.search.index", "FORMAT_VERSION"),
    "TEXT_FIELDS": ("db.search.index", "TEXT_FIELDS"),
    "Progress": ("db.search.index", "Progress"),
    "Stamp": ("db.search.index", "Stamp"),
    "default_folder": ("db.search.index", "default_folder"),
    "open_or_build": ("db.search.index", "open_or_build"),
    "words_by_method": ("db.search.index", "words_by_method"),
    "update_index": ("db.search.index_update", "update"),
    "CatalogueWords": ("db.search.index_update", "CatalogueWords"),
    "merged_if_many": ("db.search.index_update", "merged_if_many"),
    "FIELD_BOOSTS": ("db.search.query", "FIELD_BOOSTS"),
    "PlainScan": ("db.search.scan", "PlainScan"),
}

__all__ = [
    "CatalogueWords", "FIELD_BOOSTS", "FORMAT_VERSION", "Found", "TEXT_FIELDS", "PlainScan", "Progress", "SearchEngine",
    "SearchHit",
    "Stamp", "PlacedIndex", "build_in_memory", "default_folder", "open_anywhere", "open_or_build", "plain_words",
    "merged_if_many", "query_words", "update_index", "words_by_method",
]


__getattr__ = lazy_getattr(globals(), _LAZY)
