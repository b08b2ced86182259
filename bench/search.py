"""How fast search is, next to SQLite FTS5 on the same texts: ``python -m bench.search``.

Measures index build time, open time and query latency (p50/p95, snippets
included) for word queries and for as-you-type prefixes of 2 to 6 letters,
at the real catalogue's 19 methods and at generated catalogues of 1,000 and
10,000 methods. Generated methods recombine sentences and names of the real
catalogue with a fixed seed, so each run measures the same corpus. FTS5
(``unicode61 remove_diacritics 2``, bm25, no stemming) runs in the same
process as the peer baseline. Goals: as-you-type p95 at most 16 ms at 1,000
methods and 50 ms at 10,000; ``--profile`` shows what the time goes to.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import random
import re
import sqlite3
import statistics
import sys
import tempfile
import time
from dataclasses import dataclass, replace
from pathlib import Path
from types import SimpleNamespace

import resources
from advisor.catalogue_reader import read_catalogue
from advisor.model import Method, Study
from app.search import SearchService
from db.search import FIELD_BOOSTS, query_words

SEED = 20110
LIMIT = 10
WORD_QUERIES = 40
PREFIXES_PER_LENGTH = 20
PREFIX_LENGTHS = range(2, 7)
GOALS_MS = {1000: 16.0, 10000: 50.0}
SENTENCE = re.compile(r"(?<=[.!?])\s+")


def generate(real: list[Method], count: int, seed: int = SEED) -> list[Method]:
    """*count* methods made of the real catalogue's sentences, shuffled with a fixed seed."""
    if count <= len(real):
        return real[:count]
    rng = random.Random(seed)
    pools = {name: [s for m in real for s in SENTENCE.split(" ".join(m.texts()[name].split())) if s]
             for name in FIELD_BOOSTS}
    name_words = [w for m in real for w in m.name.split()]
    counts = {name: [len(SENTENCE.split(m.texts()[name])) for m in real] for name in FIELD_BOOSTS}

    def text(field: str) -> str:
        return " ".join(rng.choice(pools[field]) for _ in range(rng.choice(counts[field]))) if pools[field] else ""

    methods = []
    for i in range(count):
        base = rng.choice(real)
        methods.append(replace(
            base, id=f"gen-{i:05d}", name=" ".join(rng.sample(name_words, rng.randint(1, 3))),
            summary=text("summary"), target_group=text("target_group"), goal=text("goal"),
            approach=text("approach"), approach_steps=(), developer=text("developer"), organisations=(),
            handbook_note=text("materials"), publications=(),
            studies=(Study(reference="", findings=text("research")),),
        ))
    return methods


def queries(real: list[Method], seed: int = SEED) -> tuple[list[str], list[str]]:
    """Word queries and as-you-type prefixes, drawn from the real catalogue's vocabulary."""
    rng = random.Random(seed)
    vocabulary = sorted({w for m in real for t in m.texts().values() for w in query_words(t)})
    words = [w for w in vocabulary if len(w) >= 5 and w.isalpha()]
    prefixes = [w[:n] for n in PREFIX_LENGTHS for w in rng.sample(words, PREFIXES_PER_LENGTH)]
    return rng.sample(words, WORD_QUERIES), prefixes


@dataclass
class Timings:
    build_s: float
    open_s: float
    words_ms: list[float]
    prefixes_ms: list[float]


def _timed_ms(run, items) -> list[float]:  # noqa: ANN001
    out = []
    for item in items:
        start = time.perf_counter()
        run(item)
        out.append((time.perf_counter() - start) * 1000)
    return out


def bench_whoosh(methods: list[Method], words: list[str], prefixes: list[str], folder: Path,
                 profile: bool = False) -> Timings:
    catalogue = SimpleNamespace(url=f"bench:{len(methods)}", methods=methods, change_counter=1)
    start = time.perf_counter()
    SearchService.open_or_build(catalogue, folder).close()
    build = time.perf_counter() - start
    start = time.perf_counter()
    service = SearchService.open_or_build(catalogue, folder)
    opened = time.perf_counter() - start
    for word in words[:5]:
        service.search(word[:3], LIMIT, as_you_type=True)
    words_ms = _timed_ms(lambda q: service.search(q, LIMIT), words)
    prefixes_ms = _timed_ms(lambda q: service.search(q, LIMIT, as_you_type=True), prefixes)
    if profile:  # a second pass, so the profiler's overhead stays out of the timings
        profiler = cProfile.Profile()
        profiler.runcall(_timed_ms, lambda q: service.search(q, LIMIT, as_you_type=True), prefixes)
        print(f"\nProfiel van as-you-type bij {len(methods)} methoden (Whoosh), duurste functies:")
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(18)
    service.close()
    return Timings(build, opened, words_ms, prefixes_ms)


def bench_fts5(methods: list[Method], words: list[str], prefixes: list[str], path: Path) -> Timings:
    columns = ", ".join(FIELD_BOOSTS)
    weights = ", ".join(str(b) for b in FIELD_BOOSTS.values())
    start = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute(f"CREATE VIRTUAL TABLE docs USING fts5(id UNINDEXED, {columns}, "
                 "tokenize='unicode61 remove_diacritics 2', prefix='2 3 4 5 6')")
    rows = ([m.id, *m.texts().values()] for m in methods)
    conn.executemany(f"INSERT INTO docs VALUES (?{', ?' * len(FIELD_BOOSTS)})", rows)
    conn.commit()
    conn.close()
    build = time.perf_counter() - start
    start = time.perf_counter()
    conn = sqlite3.connect(path)
    conn.execute("SELECT count(*) FROM docs WHERE docs MATCH 'buurt'").fetchone()
    opened = time.perf_counter() - start
    sql = (f"SELECT id, bm25(docs, 0, {weights}) AS s, snippet(docs, -1, '[', ']', '…', 24) "
           "FROM docs WHERE docs MATCH ? ORDER BY s LIMIT ?")

    def run(expression: str) -> None:
        conn.execute(sql, (expression, LIMIT)).fetchall()

    words_ms = _timed_ms(lambda q: run(f'"{q}"'), words)
    prefixes_ms = _timed_ms(lambda q: run(f'"{q}"*'), prefixes)
    conn.close()
    return Timings(build, opened, words_ms, prefixes_ms)


def _p(values: list[float], q: int) -> float:
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def table(results: dict[int, tuple[Timings, Timings]]) -> str:
    lines = [f"{'methoden':>9} {'meting':<22} {'Whoosh':>11} {'FTS5':>11} {'W/FTS5':>8}  doel", "-" * 72]
    for size, (w, f) in results.items():
        rows = [("bouwen (s)", w.build_s, f.build_s, ""), ("openen (ms)", w.open_s * 1000, f.open_s * 1000, "")]
        for label, wv, fv in (("woorden", w.words_ms, f.words_ms), ("as-you-type", w.prefixes_ms, f.prefixes_ms)):
            for q in (50, 95):
                goal = ""
                if label == "as-you-type" and q == 95 and size in GOALS_MS:
                    goal = f"≤ {GOALS_MS[size]:.0f} ms: {'gehaald' if _p(wv, 95) <= GOALS_MS[size] else 'NIET gehaald'}"
                rows.append((f"{label} p{q} (ms)", _p(wv, q), _p(fv, q), goal))
        for label, wv, fv, goal in rows:
            ratio = wv / fv if fv else float("inf")
            lines.append(f"{size:>9} {label:<22} {wv:>11.2f} {fv:>11.2f} {ratio:>8.1f}  {goal}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search", description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[19, 1000, 10000], metavar="N")
    parser.add_argument("--profile", action="store_true", help="cProfile van de as-you-type-zoekvragen")
    args = parser.parse_args(argv)
    real = read_catalogue(resources.CATALOGUE)
    words, prefixes = queries(real)
    results = {}
    with tempfile.TemporaryDirectory(prefix="bench-search-") as tmp:
        for size in args.sizes:
            methods = generate(real, size)
            print(f"{size} methoden ...", file=sys.stderr, flush=True)
            w = bench_whoosh(methods, words, prefixes, Path(tmp) / f"whoosh-{size}", args.profile)
            f = bench_fts5(methods, words, prefixes, Path(tmp) / f"fts5-{size}.sqlite3")
            results[size] = (w, f)
    print(table(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
