"""How long a search query may be, for the command line and the window alike.

Whoosh parses a query recursively: a thousand words reach Python's recursion
limit and burn minutes of CPU. Real questions are a few words long, so longer
ones are refused with a message that does not echo the whole query back.
"""

from __future__ import annotations

MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 30


def query_problem(query: str) -> str | None:
    """A Dutch message when *query* is too long to search, else None."""
    if len(query) > MAX_QUERY_CHARS:
        return (f"De zoekvraag is te lang ({len(query)} tekens; hoogstens {MAX_QUERY_CHARS}). "
                "Zoek met een paar kenmerkende woorden.")
    terms = len(query.split())
    if terms > MAX_QUERY_TERMS:
        return (f"De zoekvraag heeft te veel woorden ({terms}; hoogstens {MAX_QUERY_TERMS}). "
                "Zoek met een paar kenmerkende woorden.")
    return None
