"""The 'report' sub-command: a saved case as a PDF report or its ranked list as CSV."""

from __future__ import annotations

import argparse

from app.api import save_report
from app.api import translate as _
from app.cli.case import open_cases


def register(sub) -> None:  # noqa: ANN001 - argparse's private subparsers type
    p = sub.add_parser("report", help=_("rapport van een casus: .pdf (rapport) of .csv (ranglijst)"))
    p.add_argument("name", metavar=_("NAAM"))
    p.add_argument("--out", required=True, metavar=_("BESTAND"), help=_("doelbestand op .pdf of .csv"))
    p.add_argument("--author", default="", metavar=_("NAAM"), help=_("opsteller, vermeld op het rapport"))
    p.set_defaults(run=run)


def run(catalogue, args: argparse.Namespace) -> None:  # noqa: ANN001
    with open_cases(catalogue) as cases:
        case = cases.load(args.name)
        save_report(catalogue, case, args.out, author=args.author)
    print(f"Rapport van ‘{case.name}’ geschreven naar {args.out}.")
