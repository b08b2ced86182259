"""The 'method' sub-commands: own methods, local changes to shipped ones, hiding."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.api import Catalogue, ConflictError, RecordError, UserRecords, read_toml_file
from app.api import translate as _
from app.cli.errors import UsageError
from app.cli.text import dump_json

EXPECTED_HELP = ("de versie die u opende (zie 'list --json' of 'method log'); standaard de versie bij het "
                 "starten van deze opdracht. Is de methode intussen door iemand anders gewijzigd, dan wordt er "
                 "niets opgeslagen.")


def register(sub) -> None:  # noqa: ANN001 - argparse's private subparsers action
    p = sub.add_parser("method", help=_("eigen methoden en lokale aanpassingen"))
    actions = p.add_subparsers(dest="action", required=True, metavar=_("ACTIE"))
    a = actions.add_parser("add", help=_("een eigen methode toevoegen uit een TOML-bestand"))
    a.add_argument("file", type=Path)
    a.add_argument("--author", help=_("auteur (standaard: uw gebruikersnaam)"))
    a = actions.add_parser("edit", help=_("een methode aanpassen met de velden uit een TOML-bestand"))
    a.add_argument("id")
    a.add_argument("file", type=Path)
    a.add_argument("--expected-version", type=int, metavar="N", help=_(EXPECTED_HELP))
    for name, text in (("hide", _("een methode verbergen")), ("unhide", _("een verborgen methode weer tonen")),
                       ("remove", _("een eigen methode verwijderen"))):
        a = actions.add_parser(name, help=text)
        a.add_argument("id")
        a.add_argument("--expected-version", type=int, metavar="N", help=_(EXPECTED_HELP))
    a = actions.add_parser("restore", help=_("lokale aanpassingen terugdraaien naar de meegeleverde tekst"))
    a.add_argument("id")
    a.add_argument("--field", help=_("alleen dit veld"))
    a.add_argument("--expected-version", type=int, metavar="N", help=_(EXPECTED_HELP))
    a = actions.add_parser("log", help=_("wie wat wanneer aan methoden veranderde, nieuwste eerst"))
    a.add_argument("id", nargs="?", help=_("alleen deze methode"))
    a.add_argument("--limit", type=int, default=100, metavar="N", help=_("hoogstens N regels (standaard 100)"))
    a.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))
    p.set_defaults(run=cmd_method)


def cmd_method(catalogue: Catalogue, args: argparse.Namespace) -> None:
    records = UserRecords(catalogue)
    try:
        if args.action == "add":
            method = records.add(read_toml_file(args.file), args.author, args.file.name)
            print(f"Eigen methode '{method.id}' toegevoegd.")
        elif args.action == "edit":
            fields = records.edit(args.id, read_toml_file(args.file), args.file.name, args.expected_version)
            print(f"'{args.id}' aangepast: {', '.join(fields) or 'geen velden veranderd'}.")
        elif args.action in ("hide", "unhide"):
            records.hide(args.id, args.action == "hide", args.expected_version)
            print(f"'{args.id}' is {'verborgen' if args.action == 'hide' else 'weer zichtbaar'}.")
        elif args.action == "remove":
            records.remove(args.id, args.expected_version)
            print(f"Eigen methode '{args.id}' verwijderd.")
        elif args.action == "log":
            print_log(records.log(args.id, max(args.limit, 1)), args.json)
        else:
            records.restore(args.id, args.field, args.expected_version)
            print(f"'{args.id}': {args.field or 'alle velden'} terug naar de meegeleverde tekst.")
    except ConflictError as error:
        raise UsageError(f"{error} Of bewaar uw versie bewust: dezelfde opdracht met --expected-version "
                         f"{error.conflict.their_version}.") from None
    except RecordError as error:
        raise UsageError(str(error)) from None


def _short(value: object, width: int = 60) -> str:
    text = "—" if value is None else str(value).replace("\n", " ")
    return text if len(text) <= width else text[:width - 1] + "…"


def print_log(rows: list[dict], as_json: bool) -> None:
    if as_json:
        dump_json(rows)
        return
    if not rows:
        print("Nog geen wijzigingen.")
    for r in rows:
        print(f"{r['at']}  {r['who'] or '?'}  {r['record_id']} (versie {r['version']})  {r['field']}: "
              f"{_short(r['old'])} → {_short(r['new'])}")
