"""``methodewijzer-cli``: the catalogue, the matcher and search from a terminal.

Exit codes: 0 success, 1 the database or catalogue cannot be used,
2 the user asked for something that does not exist or is not valid.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence

from app.catalogue import Catalogue, CatalogueUnavailable
from app.cli_text import method_line, method_text
from app.export import method_summary, method_to_dict

EXIT_UNAVAILABLE = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """Input the user can correct; printed as is, exit code 2."""


def _dump(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def cmd_list(catalogue: Catalogue, args: argparse.Namespace) -> None:
    if args.json:
        _dump([method_summary(m) for m in catalogue.methods])
    else:
        print("\n".join(method_line(m) for m in catalogue.methods))


def cmd_show(catalogue: Catalogue, args: argparse.Namespace) -> None:
    method = catalogue.get(args.id)
    if method is None:
        close = catalogue.closest_ids(args.id)
        hint = f" Bedoelt u: {', '.join(close)}?" if close else ""
        raise UsageError(f"Onbekende methode '{args.id}'.{hint} Zie 'methodewijzer-cli list'.")
    if args.json:
        _dump(method_to_dict(method))
    else:
        print(method_text(method))


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="methodewijzer-cli",
        description="Methodewijzer: methoden voor actief burgerschap (MOVISIE, 2011).",
    )
    parser.add_argument("--db", metavar="URL", help="databaseadres (standaard: bestand in uw gegevensmap)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="OPDRACHT")
    p = sub.add_parser("list", help="alle methoden")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(run=cmd_list)
    p = sub.add_parser("show", help="één methode in detail")
    p.add_argument("id", help="id van de methode, zie 'list'")
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(run=cmd_show)
    for register in _extensions():
        register(sub)
    return parser


def _extensions():
    """Sub-commands that live in their own modules."""
    from app import cli_case, cli_match, cli_report, cli_search

    return (cli_match.register, cli_search.register, cli_case.register, cli_report.register)


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if hasattr(args, "validate"):
            args.validate(args)
        catalogue = Catalogue.open(args.db)
        args.run(catalogue, args)
    except UsageError as error:
        print(f"methodewijzer-cli: {error}", file=sys.stderr)
        return EXIT_USAGE
    except CatalogueUnavailable as error:
        print(f"methodewijzer-cli: {error}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    return 0


if __name__ == "__main__":
    # Run the imported module's main, so UsageError here is the class the sub-commands raise.
    from app.cli import main as _main

    sys.exit(_main())
