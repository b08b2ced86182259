"""Re-ranking latency of the matcher at 19, 1,000 and 10,000 methods.

Generated methods get random attributes, so almost every method has its own
score pattern: a worst case for the matcher, which weighs each distinct
pattern once. What a user feels while dragging a weight is one re-rank over cached
criterion scores plus the what-if line (as ``app.advice.Advisor`` makes it); that is
timed here, next to a full re-score after a change of situation (each run changes
one or two facts, as a tick does; the rules whose part of the context did not
change keep their answers, then the same re-rank and what-if) and, as the
in-process baseline, a plain sort of the same number of floats (the floor any
ranking has to pay). Machines here are shared and noisy, so the table shows
medians, p95 and the ratio to the baseline rather than single times.

A second table times a change of situation: "full" is the re-score, ranking and
what-if line; "tick" is what ``app.advice.Advisor`` does when a box in the
situation is ticked (re-score, ranking, robust advice, and the robustness of the
first 50 places, a screenful), with this thread's processor time next to the
wall-clock p95 (on a shared machine the difference is waiting for a core), and
the very first advice after loading (building the table of what rules read,
every rule, the robust advice), one run. A third table times the robust advice
(``advisor.robust``: score and rank ranges, stability intervals, margin and tier,
complement and the what-if) on top of the ranking a re-rank just made, plus the
strengths and weaknesses of the first 50 places, and its ratio to the plain re-rank
measured in the same run.

Where the time went (cProfile, 28 November 2026). Robust advice at 10,000
methods spent ~90 % in per-method Python dicts and lists; it is now array work
(rank ranges from sorted integer keys and two binary searches, all rivals'
crossings in one numpy pass over rivals × criteria) and what is left is the sorts
of the rank ranges (~2 ms at 10,000) and the shown places' strengths and weaknesses.
The full re-score at 1,000 methods spent ~70 % running the rules in Python, once per
distinct value (about 400 goal sets, 300 budgets, 200 target-group sets at 1,000;
~3,000 budgets at 10,000), building a ``CriterionScore`` with its explanation for
each, then reading their flags back into arrays; the rest was the stability
intervals one criterion at a time. The rules are now array kernels over the
distinct values (``advisor.answer_columns``, tested equal to the rules), a rule's
explanation is made only for the values a view reads, and the first advice no
longer imports ``numpy.ma`` through ``np.unique`` (~36 ms). What is left of a
re-score at 1,000 (about 1 ms) is spread thin: the weighted sum and partial sort,
the stability intervals and the what-if's leader, each well under half a
millisecond; of a tick, the robustness of the 50 shown places (~40 µs each).
With a *must*, the excluded methods are ordered by the table's name order and
made when read (at 10,000 methods a must on the goal excluded 6,000 methods and
took 23 ms per tick, now 5 ms).

    python -m bench.match [--sizes 19 1000 10000] [--runs 200] [--profile]
"""

from __future__ import annotations

import argparse
import cProfile
import dataclasses
import gc
import os
import pstats
import random
import statistics
import time

import resources
from advisor.catalogue_reader import read_catalogue, read_knowledge
from advisor.context import CRITERIA, Context
from advisor.matcher import advise, evaluate
from advisor.method_table import MethodTable
from advisor.robust import robust_advice
from advisor.whatif import what_if_of
from bench.corpus import random_attributes

GOAL_P95_MS = 16.0
FULL_GOALS_P95_MS = {1000: 10.0, 10_000: 100.0}
ROBUST_GOAL_P95_MS = 50.0
SHOWN = 50


def generated_methods(n: int, seed: int = 7) -> list:
    """*n* methods built from the real catalogue with shuffled attributes."""
    rng = random.Random(seed)
    real = read_catalogue(resources.CATALOGUE)
    out = []
    for i in range(n):
        base = real[i % len(real)]
        out.append(dataclasses.replace(base, id=f"m{i}", name=f"{base.name} {i}", **random_attributes(rng)))
    return out


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(fn, runs: int, cpu: list[float] | None = None) -> list[float]:
    """Wall-clock ms per run; *cpu* collects this thread's processor ms per run (what the work costs
    without the waits a loaded machine adds)."""
    fn()
    samples = []
    for i in range(runs):
        start, start_cpu = time.perf_counter(), time.thread_time()
        fn(i)
        samples.append((time.perf_counter() - start) * 1000)
        if cpu is not None:
            cpu.append((time.thread_time() - start_cpu) * 1000)
    return samples


CONTEXT = Context(settings=frozenset({"neighbourhood"}), target_groups=frozenset({"seniors", "youth"}),
                  goals=frozenset({"liveability", "social_cohesion"}), production_power="citizen",
                  budget_eur=10_000, months=24, require_handbook=True, require_research=True)

# What a user changes between two scorings: a place, a goal, a group, the budget, the horizon, …
SITUATIONS = [
    CONTEXT,
    dataclasses.replace(CONTEXT, settings=frozenset({"neighbourhood", "street"})),
    dataclasses.replace(CONTEXT, goals=frozenset({"liveability"})),
    dataclasses.replace(CONTEXT, budget_eur=2_500),
    dataclasses.replace(CONTEXT, target_groups=frozenset({"seniors"})),
    dataclasses.replace(CONTEXT, months=6),
    dataclasses.replace(CONTEXT, production_power="shared"),
    dataclasses.replace(CONTEXT, budget_eur=40_000),
    dataclasses.replace(CONTEXT, require_handbook=False),
]


def measure(n: int, runs: int) -> dict:
    methods = generated_methods(n)
    knowledge = read_knowledge(resources.KNOWLEDGE)
    # The first advice after loading: the table of what rules read, every rule, the robust reading.
    start = time.perf_counter()
    first = robust_advice(advise(MethodTable(methods), CONTEXT, knowledge))
    [(m.rank_range, m.strengths) for m in first.methods[:SHOWN]]
    first_ms = (time.perf_counter() - start) * 1000
    evaluations = evaluate(methods, CONTEXT, knowledge)
    weights = [CONTEXT.with_weight(CRITERIA[i % len(CRITERIA)], i % 6) for i in range(len(CRITERIA) * 6)]
    rng = random.Random(1)
    floats = [rng.random() for _ in range(n)]
    # As the app does after loading: long-lived catalogue objects leave the collector's scans,
    # so a re-rank is not paused by a full collection over thousands of methods.
    gc.freeze()

    def rerank(i: int = 0):
        advice = advise(methods, weights[i % len(weights)], knowledge, evaluations)
        return advice.results[0].criteria, what_if_of(advice)

    table = MethodTable(methods)  # as app.advice.Advisor keeps it for every change of situation

    def situation(i: int):  # a change of situation: one or two facts differ from the run before
        return dataclasses.replace(SITUATIONS[i % len(SITUATIONS)], weights=weights[i % len(weights)].weights)

    def full(i: int = 0):
        advice = advise(table, situation(i), knowledge)
        return advice.results[0].criteria, what_if_of(advice)

    def tick(i: int = 0):  # what app.advice.Advisor does for a tick: re-score, rank, the robust reading
        context = situation(i)
        advice = advise(methods, context, knowledge, evaluate(table, context, knowledge))
        r = robust_advice(advice)
        return [(m.rank_range, m.strengths, m.weaknesses) for m in r.methods[:SHOWN]], advice.results[0].criteria

    def baseline(i: int = 0):
        return sorted(floats, reverse=bool(i % 2))

    advices = [advise(methods, w, knowledge, evaluations) for w in weights]

    def robust(i: int = 0):
        r = robust_advice(advices[i % len(advices)])
        return [(m.rank_range, m.strengths, m.weaknesses) for m in r.methods[:SHOWN]]

    full_cpu, tick_cpu = [], []
    result = {"n": n, "first": first_ms, "rerank": timed(rerank, runs), "full": timed(full, runs, full_cpu),
              "full_cpu": full_cpu, "tick": timed(tick, runs, tick_cpu), "tick_cpu": tick_cpu,
              "baseline": timed(baseline, runs), "robust": timed(robust, runs)}
    gc.unfreeze()
    return result


def _verdict(p95: float, goal: float | None) -> str:
    return "" if goal is None else f"≤{goal:g}ms {'gehaald' if p95 <= goal else 'NEE'}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[19, 1000, 10_000])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--profile", choices=["rerank", "tick"],
                        help="profile a re-rank with robust advice, or a tick, at the largest size")
    args = parser.parse_args()
    print(f"load (1, 5, 15 min): {' '.join(open('/proc/loadavg').read().split()[:3])}, {os.cpu_count()} cores\n")
    header = (f"{'methods':>8} | {'re-rank p50':>11} {'p95':>8} | {'sort p50':>8} | {'re-rank/sort':>12} | "
              f"{'spread p95/p50':>14} | re-rank p95≤{GOAL_P95_MS:g}ms")
    print(header)
    print("-" * len(header))
    results = []
    for n in args.sizes:
        r = measure(n, args.runs)
        results.append(r)
        p50, p95 = statistics.median(r["rerank"]), percentile(r["rerank"], 0.95)
        base = statistics.median(r["baseline"])
        print(f"{n:>8} | {p50:>9.2f}ms {p95:>6.2f}ms | {base:>6.3f}ms | {p50 / base:>11.1f}x | "
              f"{p95 / p50:>13.2f}x | {'gehaald' if p95 <= GOAL_P95_MS else 'NEE'}")
    print()
    header = (f"{'methods':>8} | {'full p50':>9} {'p95':>8} {'cpu p95':>8} | {'full/sort':>9} | "
              f"{'tick p50':>9} {'p95':>8} {'cpu p95':>8} | {'tick/sort':>9} | {'first':>8} | full p95")
    print("A change of situation. full: re-score, rank, what-if; tick: re-score, rank, robust advice "
          f"with the first {SHOWN} places;\ncpu: this thread's processor time; first: the first advice after "
          "loading (table, every rule, robust advice), one run.")
    print(header)
    print("-" * len(header))
    for r in results:
        base = statistics.median(r["baseline"])
        full50, full95 = statistics.median(r["full"]), percentile(r["full"], 0.95)
        tick50, tick95 = statistics.median(r["tick"]), percentile(r["tick"], 0.95)
        print(f"{r['n']:>8} | {full50:>7.2f}ms {full95:>6.2f}ms {percentile(r['full_cpu'], 0.95):>6.2f}ms | "
              f"{full50 / base:>8.1f}x | {tick50:>7.2f}ms {tick95:>6.2f}ms {percentile(r['tick_cpu'], 0.95):>6.2f}ms | "
              f"{tick50 / base:>8.1f}x | {r['first']:>6.1f}ms | {_verdict(full95, FULL_GOALS_P95_MS.get(r['n']))}")
    print()
    header = (f"{'methods':>8} | {'robust advice p50':>17} {'p95':>8} | {'re-rank p50':>11} | "
              f"{'robust/re-rank':>14} | {'robust/sort':>11} | goal p95≤{ROBUST_GOAL_P95_MS:g}ms")
    print(header)
    print("-" * len(header))
    for r in results:
        p50, p95 = statistics.median(r["robust"]), percentile(r["robust"], 0.95)
        rerank = statistics.median(r["rerank"])
        print(f"{r['n']:>8} | {p50:>15.2f}ms {p95:>6.2f}ms | {rerank:>9.2f}ms | {p50 / rerank:>13.1f}x | "
              f"{p50 / statistics.median(r['baseline']):>10.1f}x | {'gehaald' if p95 <= ROBUST_GOAL_P95_MS else 'NEE'}")
    print(f"\nload after: {' '.join(open('/proc/loadavg').read().split()[:3])}")
    if args.profile:
        _profile(args.profile, max(args.sizes))


def _profile(what: str, n: int) -> None:
    methods = generated_methods(n)
    table, evaluations = MethodTable(methods), evaluate(methods, CONTEXT)
    profiler = cProfile.Profile()
    profiler.enable()
    for i in range(20):
        if what == "rerank":
            advice = advise(methods, CONTEXT.with_weight("goal", i % 6), (), evaluations)
        else:
            context = SITUATIONS[i % len(SITUATIONS)]
            advice = advise(methods, context, (), evaluate(table, context))
        robust_advice(advice).methods[:SHOWN]
    profiler.disable()
    pstats.Stats(profiler).sort_stats("tottime").print_stats(15)


if __name__ == "__main__":
    main()
