"""The whole advice of a small catalogue in plain Python: the first advice a window shows, before numpy loads.

Importing numpy takes longer than ranking 19 methods and reading everything
the window shows about them. ``plain_advice`` gives what ``matcher.advise``
and ``robust.robust_advice`` give — the same classes, the same numbers, the
same order — from the plain references the array code is tested against:
each rule per method (``criteria.RULES``), ``plain_ranking.plain_order``,
the stability intervals over score patterns (``advisor.stability``) and the
what-if from them, and rank ranges by their definition (who can pass whom).
``tests/test_plain_advice.py`` holds the two paths equal on random
catalogues. The work grows with the square of the catalogue at most, so it
is meant for catalogues of up to about a hundred methods.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Iterable, Mapping, Sequence

from advisor.context import Context
from advisor.criteria import CLEAR_WINNER_MARGIN, READS, RULES, STRONG_MATCH
from advisor.evaluation import Evaluation, active_criteria, caveat_picker
from advisor.matcher import Advice, RankedMethod, _fit, split_excluded
from advisor.model import KnowledgeItem, Method
from advisor.plain_ranking import levels, plain_order
from advisor.robust import Complement, MethodRobustness, RankRange, RobustAdvice, ScoreRange, points
from advisor.score_matrix import CONFIDENCE_TIE, SCORE_TIE
from advisor.stability import first_of_patterns, intervals, leaders_at, patterns_of
from advisor.whatif import from_stability


def plain_evaluations(methods: Sequence[Method], context: Context,
                      knowledge: Iterable[KnowledgeItem] = ()) -> list[Evaluation]:
    """What ``matcher.evaluate`` gives, one rule call per method and criterion."""
    active = active_criteria(context)
    caveats = caveat_picker(context, knowledge)
    name_rank = [0] * len(methods)
    for rank, i in enumerate(sorted(range(len(methods)), key=lambda i: (methods[i].name.casefold(), methods[i].id))):
        name_rank[i] = rank
    out = []
    for m, signature, rank in zip(methods, _patterns(methods, active), name_rank, strict=True):
        scores = tuple(RULES[c](m, context) for c in active)
        out.append(Evaluation.quick(m, scores, caveats(m), signature, tuple(float(s.value) for s in scores),
                                    tuple(1.0 if s.known else 0.0 for s in scores), rank))
    return out


def _patterns(methods: Sequence[Method], criteria: tuple[str, ...]) -> list[int]:
    """``MethodTable.patterns``: each method's combination of the values the rules read, as one number."""
    columns, sizes = [], []
    for c in criteria:
        numbers: dict = {}
        columns.append([numbers.setdefault(READS[c](m), len(numbers)) for m in methods])
        sizes.append(len(numbers))
    rows = list(zip(*columns, strict=True)) if columns else [() for _ in methods]
    if math.prod(sizes) < 2 ** 62:  # the row as one mixed-radix number
        keys = []
        for row in rows:
            key = 0
            for number, size in zip(row, sizes, strict=True):
                key = key * size + number
            keys.append(key)
        return keys
    place = {row: i for i, row in enumerate(sorted(set(rows)))}
    return [place[row] for row in rows]


def plain_advice(methods: Sequence[Method], context: Context, knowledge: Iterable[KnowledgeItem] = (),
                 evaluations: list[Evaluation] | None = None) -> tuple[Advice, RobustAdvice]:
    """``advise`` and ``robust_advice`` for *methods*, in plain Python (pass *evaluations* to reuse them)."""
    evaluations = plain_evaluations(methods, context, knowledge) if evaluations is None else evaluations
    kept, excluded = split_excluded(evaluations, context.must)
    ordered, quality = plain_order(kept, context.weights)
    results = [RankedMethod(place + 1, *quality[ev.signature], ev, context.weights)
               for place, ev in enumerate(ordered)]
    excluded = tuple(sorted(excluded, key=lambda e: (e.method.name.casefold(), e.method.id)))
    advice = Advice(context, results, excluded, _fit(context, results, kept))
    return advice, _robust(advice, kept, ordered, quality)


def _robust(advice: Advice, kept: Sequence[Evaluation], ordered: list[Evaluation],
            quality: Mapping[int, tuple[float, float]]) -> RobustAdvice:
    context, results = advice.context, advice.results
    criteria = active_criteria(context)
    weights = [float(context.weights[c]) for c in criteria]
    total = sum(weights)
    spans = [50.0 * (1.0 - r.confidence) if total else 0.0 for r in results]
    low = [r.score - span for r, span in zip(results, spans, strict=True)]
    high = [r.score + span for r, span in zip(results, spans, strict=True)]
    best, worst, passers = _rank_ranges(ordered, quality, low, high)
    places = []
    for i, (r, ev) in enumerate(zip(results, ordered, strict=True)):
        strengths, weaknesses = points(ev, weights, total)
        unknown = tuple(s.criterion for s, w in zip(ev.scores, weights, strict=True) if w and not s.known)
        places.append(MethodRobustness(ev.method, r.rank, r.score, ScoreRange(low[i], high[i]),
                                       RankRange(best[i], worst[i]), unknown, strengths, weaknesses))
    if not results:
        return RobustAdvice(places, (), None, True, (), None, None)
    top = ordered[0]
    patterns = patterns_of(first_of_patterns(kept), quality, top, total)  # as whatif.smallest_change does
    stability = intervals(patterns, criteria, context.weights)
    what_if = from_stability(stability, context, top.method, lambda i, step: leaders_at(patterns, i, step)) \
        if len(results) > 1 else None
    margin = results[0].score - results[1].score if len(results) > 1 else None
    if margin is not None and abs(margin) <= SCORE_TIE:  # level: what is left is rounding noise
        margin = 0.0
    clear = margin is None or (margin >= CLEAR_WINNER_MARGIN and worst[0] == 1)
    if clear:
        tier = (top.method,)
    else:
        close = set(passers)
        tier = tuple(r.method for i, r in enumerate(results)
                     if i in close or r.score >= results[0].score - CLEAR_WINNER_MARGIN)
    weak = [criteria.index(p.criterion) for p in points(top, weights, total)[1]]
    return RobustAdvice(places, stability, margin, clear, tier, _complement(advice, ordered, weights, weak), what_if)


def _rank_ranges(ordered: list[Evaluation], quality: Mapping[int, tuple[float, float]], low: list[float],
                 high: list[float]) -> tuple[list[int], list[int], list[int]]:
    """Best and worst place of each place's method, and the places that could pass the top.

    A method's key is (score level, confidence level, name first), higher better; its best place counts
    the lows above its high, its worst the other highs above its low.
    """
    level = levels([*low, *high], SCORE_TIE)
    sure = levels([quality[ev.signature][1] for ev in ordered], CONFIDENCE_TIE)

    def key(value: float, ev: Evaluation) -> tuple[int, int, int]:
        return -level[value], -sure[quality[ev.signature][1]], -ev.name_rank

    low_keys = [key(v, ev) for v, ev in zip(low, ordered, strict=True)]
    high_keys = [key(v, ev) for v, ev in zip(high, ordered, strict=True)]
    lows, highs, n = sorted(low_keys), sorted(high_keys), len(ordered)
    best = [1 + n - bisect_right(lows, h) for h in high_keys]
    worst = [1 + n - bisect_right(highs, lo) - (h > lo) for lo, h in zip(low_keys, high_keys, strict=True)]
    passers = [i for i in range(1, n) if high_keys[i] > low_keys[0]]
    return best, worst, passers


def _complement(advice: Advice, ordered: list[Evaluation], weights: Sequence[float],
                weak: Sequence[int]) -> Complement | None:
    """The other method strong on some of the top's *weak* criteria: best weighted known match on them, then
    higher score, confidence, the name first (``robust``'s rule)."""
    if not weak:
        return None
    criteria, top = active_criteria(advice.context), ordered[0]
    chosen, chosen_key, chosen_strong = None, None, None
    for r, ev in zip(advice.results, ordered, strict=True):
        strong = [bool(ev.known[i]) and ev.values[i] >= STRONG_MATCH for i in weak]
        if not any(strong) or ev.signature == top.signature:
            continue
        fit = 0.0
        for i in weak:
            fit = fit + weights[i] * ev.values[i] * ev.known[i]
        key = (fit, r.score, r.confidence, -ev.name_rank)
        if chosen_key is None or key > chosen_key:
            chosen, chosen_key, chosen_strong = ev, key, strong
    if chosen is None:
        return None
    covers = tuple(criteria[i] for i, yes in zip(weak, chosen_strong, strict=True) if yes)
    return Complement(chosen.method, covers, top.method)
