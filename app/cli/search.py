"""The 'search' sub-command: the full-text search of the interface, from a terminal."""

from __future__ import annotations

import argparse
import sys

from app.api import Catalogue, SearchHit, open_search, query_problem
from app.api import translate as _
from app.cli.errors import UsageError
from app.cli.text import dump_json

DEFAULT_LIMIT = 10
MARK_OPEN, MARK_CLOSE = "[", "]"


def register(sub) -> None:  # noqa: ANN001 - argparse's private subparsers action
    p = sub.add_parser("search", help=_("zoeken in de teksten van alle methoden"),
                       description=_("Zoek in de teksten van alle methoden. Alle woorden moeten voorkomen; "
                                     'ook mogelijk: "een zinsdeel", coop* (begint met) en doelgroep:ouderen '
                                     "(velden: naam, samenvatting, doelgroep, doel, aanpak, ontwikkelaar, "
                                     "materiaal, onderzoek)."))
    p.add_argument("query", nargs="+", metavar=_("ZOEKVRAAG"), help=_("wat u zoekt"))
    p.add_argument("--limit", type=int, default=DEFAULT_LIMIT, metavar="N",
                   help=_("hoogstens N resultaten (standaard {0})").format(DEFAULT_LIMIT))
    p.add_argument("--as-you-type", action="store_true",
                   help=_("het laatste woord is het begin van een woord, zoals tijdens het typen"))
    p.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))
    p.set_defaults(run=cmd_search, validate=validate)


def validate(args: argparse.Namespace) -> None:
    if args.limit < 1:
        raise UsageError(_("--limit moet 1 of meer zijn, niet {0}.").format(args.limit))
    problem = query_problem(" ".join(args.query))
    if problem:
        raise UsageError(problem)


def cmd_search(catalogue: Catalogue, args: argparse.Namespace) -> None:
    query = " ".join(args.query)
    service = open_search(catalogue, progress=_announce_build())
    if service.notice:
        print(f"methodewijzer-cli: {service.notice}", file=sys.stderr)
    try:
        hits = service.search(query, limit=args.limit, as_you_type=args.as_you_type)
    finally:
        service.close()
    if args.json:
        dump_json({"query": query, "results": [_as_dict(h) for h in hits]})
    elif not hits:
        print(_("Geen methoden gevonden voor '{0}'. Probeer minder woorden of een ander woord.").format(query))
    else:
        print(_readable(query, hits))


def _announce_build():
    told = False

    def progress(done: int, total: int) -> None:
        nonlocal told
        if not told and done < total:
            print(_("De zoekindex wordt opgebouwd…"), file=sys.stderr)
            told = True

    return progress


def _as_dict(hit: SearchHit) -> dict:
    return {"id": hit.id, "name": hit.name, "score": hit.score, "snippet": hit.snippet,
            "marks": [list(m) for m in hit.marks]}


def marked(snippet: str, marks: tuple[tuple[int, int], ...]) -> str:
    """The snippet with each marked range between [ and ]."""
    pieces, at = [], 0
    for start, end in marks:
        pieces += [snippet[at:start], MARK_OPEN, snippet[start:end], MARK_CLOSE]
        at = end
    return "".join(pieces) + snippet[at:]


def _readable(query: str, hits: list[SearchHit]) -> str:
    lines = [_("%n methode(n) gevonden voor '{0}':", len(hits)).format(query), ""]
    for rank, hit in enumerate(hits, 1):
        score = _("{0}, score {1}").format(hit.id, _.decimal(hit.score))
        lines += [f"{rank}. {hit.name} ({score})", f"   {marked(hit.snippet, hit.marks)}", ""]
    return "\n".join(lines).rstrip()
