"""The one surface the front ends call: the desktop window and the command line.

Everything a front end may do with data is named here: open a catalogue,
advise, search, describe a method. Import-linter holds the window to this
module, so a new need shows up as a change to this file rather than as SQL
in a widget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from app.advice import AdviceWithWhatIf, Advisor, advice_to_dict
from app.catalogue import Catalogue, CatalogueUnavailable
from app.export import method_summary, method_to_dict
from app.failures import Failure, explain
from app.query_limits import query_problem
from db.engine import data_dir

if TYPE_CHECKING:
    from app.search import SearchHit, SearchService

__all__ = [
    "AdviceWithWhatIf", "Advisor", "Catalogue", "CatalogueUnavailable", "Failure", "SearchHit", "SearchService",
    "advice_to_dict", "explain_failure", "method_summary", "method_to_dict", "open_catalogue", "open_search",
    "query_problem",
]


def open_catalogue(url: str | None = None, progress=None) -> Catalogue:  # noqa: ANN001
    """Open (and on first start create and fill) the catalogue database. Blocking."""
    return Catalogue.open(url, progress=progress or (lambda _m: None))


def open_search(catalogue: Catalogue, progress=None) -> SearchService:  # noqa: ANN001
    """Open the search index, rebuilding it when stale or damaged. Blocking; reports (done, total)."""
    from app.search import SearchService

    return SearchService.open_or_build(catalogue, progress=progress)


def __getattr__(name: str):  # noqa: ANN202 - PEP 562
    """Whoosh loads on first use of search, not with the advice: the first advice shows sooner."""
    if name in ("SearchHit", "SearchService"):
        from app import search

        return getattr(search, name)
    raise AttributeError(name)


def explain_failure(error: BaseException) -> Failure:
    """What to tell the user about a failed operation; a bug is logged in the data folder first."""
    return explain(error, data_dir())
