"""``methodewijzer-cli``: the catalogue, the matcher and search from a terminal.

A front end beside the window: it calls the same ``app.api`` and only turns
arguments into calls and results into text or JSON. Exit codes are in
``app.cli.errors``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from app.api import CatalogueUnavailable, open_catalogue
from app.cli import match, methods, search
from app.cli.errors import EXIT_OK, EXIT_UNAVAILABLE, EXIT_USAGE, UsageError

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="methodewijzer-cli",
        description="Methodewijzer: methoden voor actief burgerschap (MOVISIE, 2011).",
    )
    parser.add_argument("--db", metavar="URL", help="databaseadres (standaard: bestand in uw gegevensmap)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="OPDRACHT")
    for command in (methods, match, search):
        command.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if hasattr(args, "validate"):
            args.validate(args)
        catalogue = open_catalogue(args.db)
        args.run(catalogue, args)
    except UsageError as error:
        print(f"methodewijzer-cli: {error}", file=sys.stderr)
        return EXIT_USAGE
    except CatalogueUnavailable as error:
        print(f"methodewijzer-cli: {error}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    return EXIT_OK
