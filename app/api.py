"""The one surface the front ends call: the desktop window and the command line.

Everything a front end may do with data is named here: open a catalogue,
advise, search, describe a method, keep cases and print their reports.
Import-linter holds the window to this module, so a new need shows up as a
change to this file rather than as SQL in a widget.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from db.engine import data_dir, display_url, resolve_url
from db.lazy_names import lazy_getattr

if TYPE_CHECKING:  # what the names below are; import-linter reads these imports too
    from advisor.case import FILE_SUFFIX as CASE_FILE_SUFFIX
    from advisor.case import Case, CaseError
    from advisor.group import Participant
    from advisor.group_csv import MAX_CSV_BYTES as GROUP_CSV_MAX_BYTES
    from advisor.group_csv import GroupError, parse_participants
    from advisor.messages import did_you_mean
    from app.admin import NotAServer, apply_role_sql, check_server_url, describe_setup, role_sql
    from app.advice import AdviceWithWhatIf, Advisor, advice_to_dict
    from app.cases import CaseConflict, Cases
    from app.catalogue import Catalogue, CatalogueUnavailable
    from app.catalogue_watch import CaughtUp, ChangeWatch, catch_up
    from app.conflicts import Conflict, ConflictError, FieldDifference
    from app.export import method_summary, method_to_dict
    from app.failures import Failure
    from app.group import GroupResult, advise_group, group_context, group_to_dict
    from app.local_changes import FieldVersions, field_versions, keep_version, put_snapshot, take_snapshot
    from app.own_methods import RecordError, UserRecords, read_toml_file
    from app.packages import ImportPlan, plan_import, run_import
    from app.packages import export as export_package
    from app.query_limits import query_problem
    from app.report.comparison import comparison_html
    from app.report.situation import situation_lines
    from app.reports import case_report_html, save_report
    from app.search import SearchHit, SearchService
    from app.translation import translate
    from app.translation import use as use_language

# Each name is imported on first use (PEP 562): the window reads the catalogue and shows the first
# advice before SQLAlchemy, Whoosh or the editing modules are loaded. name: (module, name there)
_LAZY = {
    "CASE_FILE_SUFFIX": ("advisor.case", "FILE_SUFFIX"), "Case": ("advisor.case", "Case"),
    "CaseError": ("advisor.case", "CaseError"), "Participant": ("advisor.group", "Participant"),
    "GROUP_CSV_MAX_BYTES": ("advisor.group_csv", "MAX_CSV_BYTES"), "GroupError": ("advisor.group_csv", "GroupError"),
    "parse_participants": ("advisor.group_csv", "parse_participants"),
    "did_you_mean": ("advisor.messages", "did_you_mean"),
    **{n: ("app.admin", n) for n in ("NotAServer", "apply_role_sql", "check_server_url", "describe_setup",
                                     "role_sql")},
    **{n: ("app.advice", n) for n in ("AdviceWithWhatIf", "Advisor", "advice_to_dict")},
    **{n: ("app.cases", n) for n in ("CaseConflict", "Cases")},
    **{n: ("app.catalogue", n) for n in ("Catalogue", "CatalogueUnavailable")},
    **{n: ("app.catalogue_watch", n) for n in ("CaughtUp", "ChangeWatch", "catch_up")},
    **{n: ("app.conflicts", n) for n in ("Conflict", "ConflictError", "FieldDifference")},
    **{n: ("app.export", n) for n in ("method_summary", "method_to_dict")},
    "Failure": ("app.failures", "Failure"),
    **{n: ("app.group", n) for n in ("GroupResult", "advise_group", "group_context", "group_to_dict")},
    **{n: ("app.local_changes", n) for n in ("FieldVersions", "field_versions", "keep_version", "put_snapshot",
                                             "take_snapshot")},
    **{n: ("app.own_methods", n) for n in ("RecordError", "UserRecords", "read_toml_file")},
    **{n: ("app.packages", n) for n in ("ImportPlan", "plan_import", "run_import")},
    "export_package": ("app.packages", "export"), "query_problem": ("app.query_limits", "query_problem"),
    "comparison_html": ("app.report.comparison", "comparison_html"),
    "situation_lines": ("app.report.situation", "situation_lines"),
    **{n: ("app.reports", n) for n in ("case_report_html", "save_report")},
    **{n: ("app.search", n) for n in ("SearchHit", "SearchService")},
    "translate": ("app.translation", "translate"), "use_language": ("app.translation", "use"),
}

__all__ = [
    "advice_to_dict", "AdviceWithWhatIf", "advise_group", "Advisor", "apply_role_sql", "Case", "CASE_FILE_SUFFIX",
    "case_report_html", "CaseConflict", "CaseError", "Cases", "Catalogue", "CatalogueUnavailable", "CaughtUp",
    "ChangeWatch", "catch_up", "check_server_url", "comparison_html", "Conflict", "ConflictError", "describe_setup",
    "did_you_mean", "display_url", "explain_failure", "export_package", "Failure", "field_versions",
    "FieldDifference", "FieldVersions", "group_context", "GROUP_CSV_MAX_BYTES", "group_to_dict", "GroupError",
    "GroupResult", "ImportPlan", "keep_version", "method_summary", "method_to_dict", "NotAServer", "open_cases",
    "open_catalogue", "open_plain_search", "open_search", "open_user_records", "paint_report",
    "prepare_editing", "prepare_ranking", "read_current_catalogue",
    "parse_participants", "Participant", "plan_import", "put_snapshot", "query_problem", "read_toml_file",
    "RecordError", "resolved_url", "role_sql", "run_import", "save_report", "SearchHit", "SearchService",
    "situation_lines", "take_snapshot", "translate", "use_language", "UserRecords",
]


def open_catalogue(url: str | None = None, progress=None, catalogue_dir=None) -> Catalogue:  # noqa: ANN001
    """Open (and on first start create and fill) the catalogue database. Blocking.

    *catalogue_dir*: another folder of method files (else ``METHODEWIJZER_CATALOGUE_DIR``, else shipped).
    """
    from app.catalogue import Catalogue

    return Catalogue.open(url, catalogue_dir=catalogue_dir, progress=progress or (lambda _m: None))


def read_current_catalogue(url: str | None = None) -> Catalogue | None:
    """The catalogue of a current local SQLite file, read quickly without SQLAlchemy (a second start); None
    when ``open_catalogue`` must create, update, repair or explain. Blocking, short. Then, off the UI thread,
    ``prepare_editing``: it keeps the backup copy that ``open_catalogue`` keeps."""
    from app.catalogue import Catalogue

    return Catalogue.read_current(url)


def prepare_editing(catalogue: Catalogue) -> None:
    """Load what cases, own methods and search need (SQLAlchemy) and back the database up when due, as
    ``open_catalogue`` does. Blocking; for a worker thread once the first advice is shown."""
    import app.cases
    import app.own_methods  # noqa: F401 - loaded here, off the UI thread

    catalogue.back_up()


def prepare_ranking() -> None:
    """Load numpy for the array ranking. Blocking; for a worker thread once the first advice is shown (a
    small catalogue's first advice is made without it, every later one with it)."""
    from advisor.lazy_numpy import load

    load()


def open_user_records(catalogue: Catalogue) -> UserRecords:
    """Own methods, local changes and hidden methods of the catalogue's database."""
    from app.own_methods import UserRecords

    return UserRecords(catalogue)


def open_search(catalogue: Catalogue, progress=None) -> SearchService:  # noqa: ANN001
    """Open the search index, rebuilding it when stale or damaged. Blocking; reports (done, total)."""
    from app.search import SearchService

    return SearchService.open_or_build(catalogue, progress=progress)


def open_plain_search(catalogue: Catalogue):  # noqa: ANN201 - app.search.PlainScan, loaded lazily
    """Search without an index (plainer matching, no ranking) while the index is being built. Blocking, short."""
    from app.search import plain_search

    return plain_search(catalogue)


__getattr__ = lazy_getattr(globals(), _LAZY)


def resolved_url(explicit: str | None = None) -> str:
    """The database address in use: *explicit*, else the environment's, else the default file."""
    return resolve_url(explicit)


def explain_failure(error: BaseException) -> Failure:
    """What to tell the user about a failed operation; a bug is logged in the data folder first."""
    from app.failures import explain

    return explain(error, data_dir())


def open_cases(catalogue: Catalogue) -> Cases:
    """The saved cases in the catalogue's database; close() it when done."""
    from app.cases import Cases

    return Cases(catalogue)


def paint_report(html: str, device, title: str, page_label: str) -> int:  # noqa: ANN001 - QPagedPaintDevice
    """Draw a report (from ``case_report_html``) on a printer or other paged device; returns the page count."""
    from app.report.pdf import a4_layout, paint_pages

    device.setPageLayout(a4_layout())
    return paint_pages(html, device, title, page_label)
