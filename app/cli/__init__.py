"""``methodewijzer-cli``: the catalogue, the matcher and search from a terminal.

A front end beside the window: it calls the same ``app.api`` and only turns
arguments into calls and results into text or JSON. Exit codes are in
``app.cli.errors``.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from app.api import CatalogueUnavailable, explain_failure, open_catalogue, use_language
from app.api import translate as _
from app.cli import admin, case, group, match, methods, own, packages, report, search
from app.cli.errors import EXIT_BUG, EXIT_OK, EXIT_UNAVAILABLE, EXIT_USAGE, UsageError

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    """The arguments and their help, in the language chosen with ``--lang`` (see ``main``)."""
    parser = argparse.ArgumentParser(
        prog="methodewijzer-cli",
        description=_("Methodewijzer: methoden voor actief burgerschap (MOVISIE, 2011)."),
    )
    parser.add_argument("--db", metavar="URL", help=_("databaseadres (standaard: bestand in uw gegevensmap)"))
    parser.add_argument("--lang", choices=("nl", "en"), default="nl", help="taal van de uitvoer / output language")
    sub = parser.add_subparsers(dest="command", required=True, metavar=_("OPDRACHT"))
    parser.add_argument("--catalogue-dir", metavar=_("MAP"),
                        help=_("een andere map met methodebestanden als basiscatalogus"))
    for command in (methods, match, group, search, case, report, own, packages, admin):
        command.register(sub)
    return parser


def _tolerant_output() -> None:
    """A console that cannot show a character (cp1252 and '→') gets a '?' instead of a crash."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")


def _chosen_language(argv: Sequence[str] | None) -> str:
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", choices=("nl", "en"), default="nl")
    known, _rest = early.parse_known_args(argv)
    return known.lang


def main(argv: Sequence[str] | None = None) -> int:
    _tolerant_output()
    use_language(_chosen_language(argv))  # before the parser is built: its help is in that language too
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if hasattr(args, "validate"):
            args.validate(args)
        catalogue = open_catalogue(args.db, catalogue_dir=args.catalogue_dir)
        for notice in catalogue.notices:
            print(f"methodewijzer-cli: {notice}", file=sys.stderr)
        args.run(catalogue, args)
        catalogue.back_up(older_than_s=0)  # a clean end: keep a copy if the command changed the user's records
        sys.stdout.flush()
    except UsageError as error:
        print(f"methodewijzer-cli: {error}", file=sys.stderr)
        return EXIT_USAGE
    except CatalogueUnavailable as error:
        print(f"methodewijzer-cli: {error}", file=sys.stderr)
        return EXIT_UNAVAILABLE
    except BrokenPipeError:
        # The reader (such as 'head') stopped: send what is still buffered nowhere, as Python's docs advise.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_UNAVAILABLE
    except Exception as error:  # a bug: logged with its traceback, a short message on screen
        failure = explain_failure(error)  # or a server's refusal (no rights, gone) met while working
        print(f"methodewijzer-cli: {failure.text()}", file=sys.stderr)
        return EXIT_BUG if failure.is_bug else EXIT_UNAVAILABLE
    return EXIT_OK
