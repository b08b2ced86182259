"""Reports of a case: what goes in them, and writing them as PDF or CSV.

The advice is recomputed with the current catalogue when the report is made;
the case's own versions are printed next to the current ones.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from advisor.case import Case, CaseError, case_to_file
from app.advice import Advisor
from app.cases import app_version, write_atomically
from app.catalogue import Catalogue
from app.group import advise_group
from app.report.content import ReportInput, report_html
from app.report.csv_export import ranking_csv


def report_input(catalogue: Catalogue, case: Case, author: str = "", printed: str = "",
                 compared: Sequence[str] = (), compared_by_group: bool = False) -> ReportInput:
    advisor = Advisor(catalogue.methods, catalogue.knowledge)
    result = advisor.advise(case.context)
    grouped = advise_group(advisor, case.context, case.group) if case.group else None
    by_group = compared_by_group and grouped is not None
    version = catalogue.methods[0].catalogue_version if catalogue.methods else ""
    return ReportInput(case=case, results=tuple(result.advice.results),
                       method_names={m.id: m.name for m in catalogue.methods}, app_version=app_version(),
                       catalogue_version=version, author=author, printed=printed, robust=result.robust,
                       group=grouped.detail if grouped else None, compared=tuple(compared),
                       compared_from=tuple(grouped.group.advice.results) if by_group else (),
                       compared_by_group=by_group)


def case_report_html(catalogue: Catalogue, case: Case, author: str = "", tr: Callable[[str], str] = str,
                     compared: Sequence[str] = (), compared_by_group: bool = False) -> str:
    """*compared*: the ids of the methods open side by side in the window; they join the report, ranked with
    the group's weights when *compared_by_group* (the window ranks by the group) and the case has a group."""
    return report_html(report_input(catalogue, case, author, compared=compared,
                                    compared_by_group=compared_by_group), tr)


def save_report(catalogue: Catalogue, case: Case, path: Path, author: str = "",
                tr: Callable[[str], str] = str, compared: Sequence[str] = (), compared_by_group: bool = False) -> None:
    """``.pdf``: the report with the case attached; ``.csv``: the ranked list. Written atomically."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        data = ranking_csv(report_input(catalogue, case).results)
    elif suffix == ".pdf":
        from app.report.pdf import render_pdf

        html = case_report_html(catalogue, case, author, tr, compared, compared_by_group)
        data = render_pdf(html, case_to_file(case), tr("Adviesrapport Methodewijzer"), tr("Pagina {0} van {1}"))
    else:
        raise CaseError(f"Onbekend soort rapport ‘{path.suffix or path.name}’; kies een bestandsnaam op .pdf "
                        "(rapport) of .csv (ranglijst). Er is niets geschreven.")
    write_atomically(path, data)
