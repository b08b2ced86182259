"""The 'method' sub-commands: own methods, local changes to shipped ones, hiding."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.api import Catalogue, RecordError, UserRecords, read_toml_file
from app.api import translate as _
from app.cli.errors import UsageError


def register(sub) -> None:  # noqa: ANN001 - argparse's private subparsers action
    p = sub.add_parser("method", help=_("eigen methoden en lokale aanpassingen"))
    actions = p.add_subparsers(dest="action", required=True, metavar=_("ACTIE"))
    a = actions.add_parser("add", help=_("een eigen methode toevoegen uit een TOML-bestand"))
    a.add_argument("file", type=Path)
    a.add_argument("--author", help=_("auteur (standaard: uw gebruikersnaam)"))
    a = actions.add_parser("edit", help=_("een methode aanpassen met de velden uit een TOML-bestand"))
    a.add_argument("id")
    a.add_argument("file", type=Path)
    for name, text in (("hide", _("een methode verbergen")), ("unhide", _("een verborgen methode weer tonen")),
                       ("remove", _("een eigen methode verwijderen"))):
        actions.add_parser(name, help=text).add_argument("id")
    a = actions.add_parser("restore", help=_("lokale aanpassingen terugdraaien naar de meegeleverde tekst"))
    a.add_argument("id")
    a.add_argument("--field", help=_("alleen dit veld"))
    p.set_defaults(run=cmd_method)


def cmd_method(catalogue: Catalogue, args: argparse.Namespace) -> None:
    records = UserRecords(catalogue)
    try:
        if args.action == "add":
            method = records.add(read_toml_file(args.file), args.author, args.file.name)
            print(f"Eigen methode '{method.id}' toegevoegd.")
        elif args.action == "edit":
            fields = records.edit(args.id, read_toml_file(args.file), args.file.name)
            print(f"'{args.id}' aangepast: {', '.join(fields) or 'geen velden veranderd'}.")
        elif args.action in ("hide", "unhide"):
            records.hide(args.id, args.action == "hide")
            print(f"'{args.id}' is {'verborgen' if args.action == 'hide' else 'weer zichtbaar'}.")
        elif args.action == "remove":
            records.remove(args.id)
            print(f"Eigen methode '{args.id}' verwijderd.")
        else:
            records.restore(args.id, args.field)
            print(f"'{args.id}': {args.field or 'alle velden'} terug naar de meegeleverde tekst.")
    except RecordError as error:
        raise UsageError(str(error)) from None
