"""Full-text search over methods: the one surface the rest of the code imports from.

Dutch analysis (folding, stemming, compound splitting), the query syntax,
the on-disk Whoosh index with its build lock, ranking and snippets live in
the modules beside this one; callers use only the names below, so those
modules can change without the application noticing.
"""

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
from db.search.index import update as update_index
from db.search.query import FIELD_BOOSTS
from db.search.scan import PlainScan

__all__ = [
    "FIELD_BOOSTS", "FORMAT_VERSION", "Found", "TEXT_FIELDS", "PlainScan", "Progress", "SearchEngine", "SearchHit",
    "Stamp", "PlacedIndex", "build_in_memory", "default_folder", "open_anywhere", "open_or_build", "plain_words",
    "query_words", "update_index", "words_by_method",
]
