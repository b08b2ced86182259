"""A shared catalogue on PostgreSQL next to the SQLite file, in one run: ``python -m bench.postgres``.

Starts a throw-away PostgreSQL server (tests/pg.py: Unix socket, temporary
folder, as the ``postgres`` user when run as root) and a SQLite file, fills
both with the shipped catalogue plus 0 or 2,000 generated own methods
(``bench.match.generated_methods``, stored with origin 'user'), and measures
on each: a client start (``Catalogue.open``: checks, reads everything, and on
PostgreSQL refreshes the local offline copy), list (reading all methods and
knowledge over an open connection), match (one advice) and search (word
queries, snippets included), and the open window's periodic check whether
another desk changed the catalogue (``ChangeWatch.counter``). Reports median and p95 in ms and the ratio
PostgreSQL / SQLite; SQLite in the same process is the baseline. Without
server binaries it says why and stops with exit code 0.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from app.advice import Advisor
from app.catalogue import Catalogue
from app.catalogue_watch import ChangeWatch
from app.search import SearchService
from bench.corpus import query_sets
from bench.match import CONTEXT, generated_methods, percentile, timed
from db import setup, storage
from db.engine import make_engine

SIZES = (0, 2000)  # own methods beside the 19 shipped ones


def _fill(url: str, own: int) -> Catalogue:
    catalogue = Catalogue.open(url)
    if own:
        methods = [dataclasses.replace(m, section=f"9.{i}", origin="user") for i, m in
                   enumerate(generated_methods(own))]
        engine = make_engine(url)
        with engine.begin() as conn:
            storage.write_methods(conn, methods, "user", "")
            setup.bump_change_counter(conn)
        engine.dispose()
        catalogue = Catalogue.open(url)
    return catalogue


def measure(url: str, own: int, runs: int, folder: Path) -> dict[str, list[float]]:
    catalogue = _fill(url, own)
    engine = make_engine(url)

    def listing(_i: int = 0) -> None:
        with engine.connect() as conn:
            storage.read_methods(conn)
            storage.read_knowledge(conn)

    advisor = Advisor(catalogue.methods, catalogue.knowledge)
    search = SearchService.open_or_build(catalogue, folder=folder)
    words = query_sets(catalogue.methods[:19])["woorden"]
    watch = ChangeWatch(catalogue)
    try:
        return {
            "start": timed(lambda _i=0: Catalogue.open(url), max(3, runs // 4)),
            "list": timed(listing, runs),
            "match": timed(lambda i=0: advisor.advise(dataclasses.replace(CONTEXT, weights={"goal": 1 + i % 4})),
                           runs),
            "search": timed(lambda i=0: search.search(words[i % len(words)], 10), runs),
            "check": timed(lambda _i=0: watch.counter(), runs),
        }
    finally:
        watch.close()
        search.close()
        engine.dispose()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=40, help="metingen per handeling")
    args = parser.parse_args(argv)
    from tests.pg import missing_reason, started_server

    reason = missing_reason()
    if reason:
        print(f"bench.postgres overgeslagen: {reason}.")
        return 0
    server = started_server()
    work = Path(tempfile.mkdtemp(prefix="mw-bench-"))
    os.environ["XDG_CACHE_HOME"] = str(work / "cache")  # the offline copies go here, not in the user's cache
    try:
        print(f"{'eigen':>6} {'handeling':<8} {'SQLite p50':>11} {'p95':>8} {'PostgreSQL p50':>15} {'p95':>8} "
              f"{'ratio p50':>10} {'ratio p95':>10}")
        for own in SIZES:
            results = {}
            for backend in ("sqlite", "postgresql"):
                url = (f"sqlite:///{work / f'b{own}.sqlite3'}" if backend == "sqlite"
                       else server.url(server.new_database()))
                results[backend] = measure(url, own, args.runs, work / f"index-{backend}-{own}")
            for step in results["sqlite"]:
                lite, pg = results["sqlite"][step], results["postgresql"][step]
                lite50, lite95 = statistics.median(lite), percentile(lite, 0.95)
                pg50, pg95 = statistics.median(pg), percentile(pg, 0.95)
                print(f"{own:>6} {step:<8} {lite50:>11.2f} {lite95:>8.2f} {pg50:>15.2f} {pg95:>8.2f} "
                      f"{pg50 / lite50:>10.2f} {pg95 / lite95:>10.2f}")
    finally:
        server.stop()
        server.remove()
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
