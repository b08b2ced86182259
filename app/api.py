"""The one surface the desktop interface calls.

Everything the interface may do with data is named here: open a catalogue,
advise, search, keep cases and print their reports. Import-linter holds the interface to this module, so a new
need shows up as a change to this file rather than as SQL in a widget.
"""

from __future__ import annotations

from advisor.case import FILE_SUFFIX as CASE_FILE_SUFFIX
from advisor.case import Case, CaseError
from app.advice import AdviceWithWhatIf, Advisor
from app.cases import Cases
from app.catalogue import Catalogue, CatalogueUnavailable
from app.reports import case_report_html, save_report
from app.search import SearchHit, SearchService

__all__ = [
    "AdviceWithWhatIf", "Advisor", "CASE_FILE_SUFFIX", "Case", "CaseError", "Cases", "Catalogue",
    "CatalogueUnavailable", "SearchHit", "SearchService", "case_report_html", "open_cases", "open_catalogue",
    "open_search", "paint_report", "save_report",
]


def open_catalogue(url: str | None = None, progress=None) -> Catalogue:  # noqa: ANN001
    """Open (and on first start create and fill) the catalogue database. Blocking."""
    return Catalogue.open(url, progress=progress or (lambda _m: None))


def open_search(catalogue: Catalogue, progress=None) -> SearchService:  # noqa: ANN001
    """Open the search index, rebuilding it when stale or damaged. Blocking; reports (done, total)."""
    return SearchService.open_or_build(catalogue, progress=progress)


def open_cases(catalogue: Catalogue) -> Cases:
    """The saved cases in the catalogue's database; close() it when done."""
    return Cases(catalogue)


def paint_report(html: str, device, title: str, page_label: str) -> int:  # noqa: ANN001 - QPagedPaintDevice
    """Draw a report (from ``case_report_html``) on a printer or other paged device; returns the page count."""
    from app.report.pdf import a4_layout, paint_pages

    device.setPageLayout(a4_layout())
    return paint_pages(html, device, title, page_label)
