"""The 'catalogue export' and 'catalogue import' sub-commands: catalogue packages."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.api import Catalogue, RecordError, export_package, plan_import, run_import
from app.api import translate as _
from app.cli.errors import UsageError


def register(sub) -> None:  # noqa: ANN001 - argparse's private subparsers action
    p = sub.add_parser("catalogue", help=_("catalogus exporteren of importeren"))
    actions = p.add_subparsers(dest="action", required=True, metavar=_("ACTIE"))
    a = actions.add_parser("export", help=_("eigen methoden en aanpassingen naar een pakket"))
    a.add_argument("--out", type=Path, required=True, metavar=_("BESTAND"))
    a.add_argument("--all", action="store_true", help=_("ook alle meegeleverde methoden"))
    a = actions.add_parser("import", help=_("een pakket inlezen (eerst controleren, dan alles of niets)"))
    a.add_argument("file", type=Path)
    a.add_argument("--policy", choices=("newer", "always", "never"), default="newer",
                   help=_("bestaande methoden bijwerken: als nieuwer (standaard), altijd of nooit"))
    a.add_argument("--dry-run", action="store_true", help=_("alleen tonen wat er zou gebeuren"))
    p.set_defaults(run=cmd_catalogue)


def cmd_catalogue(catalogue: Catalogue, args: argparse.Namespace) -> None:
    try:
        if args.action == "export":
            count = export_package(catalogue, args.out, args.all)
            print(f"{count} methode(n) geëxporteerd naar {args.out}.")
            return
        plan = plan_import(catalogue, args.file, args.policy)
        if not args.dry_run:
            catalogue.ensure_writable()
            run_import(catalogue, plan)
    except RecordError as error:
        raise UsageError(str(error)) from None
    verb = "zou worden" if args.dry_run else "is"
    for label, ids in (("toegevoegd", plan.added), ("bijgewerkt", plan.updated),
                       ("ongemoeid gelaten", plan.left_alone)):
        print(f"{len(ids)} {verb} {label}" + (f": {', '.join(ids)}" if ids else ""))
    for note in plan.notes:
        print(note)
