"""The 'list' and 'show' sub-commands: the catalogue's methods, briefly or in full."""

from __future__ import annotations

import argparse

from app.api import Catalogue, did_you_mean, method_summary, method_to_dict
from app.api import translate as _
from app.cli.errors import UsageError
from app.cli.text import dump_json, method_line, method_text


def register(sub) -> None:  # noqa: ANN001 - argparse's private subparsers action
    p = sub.add_parser("list", help=_("alle methoden"))
    p.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))
    p.set_defaults(run=cmd_list)
    p = sub.add_parser("show", help=_("één methode in detail"))
    p.add_argument("id", help=_("id van de methode, zie 'list'"))
    p.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))
    p.set_defaults(run=cmd_show)


def cmd_list(catalogue: Catalogue, args: argparse.Namespace) -> None:
    if args.json:
        dump_json([method_summary(m, catalogue.status[m.id]) for m in catalogue.methods])
    else:
        print("\n".join(method_line(m) for m in catalogue.methods))


def cmd_show(catalogue: Catalogue, args: argparse.Namespace) -> None:
    method = catalogue.get(args.id, hidden=True)
    if method is None:
        raise UsageError(_("Onbekende methode '{0}'.{1} Zie 'methodewijzer-cli list'.").format(
            args.id, did_you_mean(catalogue.closest_ids(args.id), _)))
    if args.json:
        dump_json(method_to_dict(method, catalogue.status[method.id]))
    else:
        print(method_text(method))
