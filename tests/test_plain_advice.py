"""The first advice of a small catalogue comes from plain Python (``advisor.plain_advice``), the rest from arrays.

Both must show the same: for random catalogues (drawn attributes, copies that tie on score,
confidence and name) and situations (with musts), every place with its score, confidence, scores,
caveats and explanation, the excluded methods, the fit, and the whole robust reading — score and
rank ranges, strengths and weaknesses, stability intervals, margin, clear winner, tier, complement
and what-if. The window's ``Advisor`` gives its first advice this way and every later one from arrays.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from advisor.matcher import advise, evaluate
from advisor.plain_advice import plain_advice, plain_evaluations
from advisor.robust import robust_advice
from app.advice import PLAIN_FIRST_MAX, Advisor
from tests.test_vectorised_ranking import contexts
from tests.test_vectorised_robust import SETTINGS, build, catalogues


def shown(advice, robust) -> dict:
    """Everything of an advice the window, the reports and the JSON output read."""
    return {
        "results": [(r.rank, r.score, r.confidence, r.method, r.evaluation.scores, r.caveats, r.criteria)
                    for r in advice.results],
        "excluded": list(advice.excluded), "fit": advice.fit, "places": list(robust.methods),
        "stability": robust.stability, "margin": robust.margin, "clear": robust.clear_winner, "tier": robust.tier,
        "complement": robust.complement, "what_if": robust.what_if,
    }


@SETTINGS
@given(context=contexts, drawn=catalogues)
def test_plain_advice_shows_what_the_array_advice_shows(methods, knowledge, context, drawn):
    catalogue = build(methods, drawn)
    arrays = advise(catalogue, context, knowledge)
    assert shown(*plain_advice(catalogue, context, knowledge)) == shown(arrays, robust_advice(arrays))


@SETTINGS
@given(context=contexts, drawn=catalogues)
def test_plain_evaluations_equal_the_array_ones_pattern_for_pattern(methods, knowledge, context, drawn):
    catalogue = build(methods, drawn)
    fast, plain = list(evaluate(catalogue, context, knowledge)), plain_evaluations(catalogue, context, knowledge)
    assert [(e.method, e.scores, e.caveats, e.values, e.known, e.name_rank) for e in plain] == \
        [(e.method, e.scores, e.caveats, e.values, e.known, e.name_rank) for e in fast]
    # methods share a plain pattern exactly when they share an array pattern
    assert len({p.signature for p in plain}) == len({f.signature for f in fast}) == \
        len({(p.signature, f.signature) for p, f in zip(plain, fast, strict=True)})


@SETTINGS
@given(first=contexts, then=st.lists(contexts, min_size=1, max_size=3))
def test_the_advisors_plain_first_advice_equals_its_later_array_advice(methods, knowledge, first, then):
    assert len(methods) <= PLAIN_FIRST_MAX
    advisor = Advisor(methods, knowledge)
    result = advisor.advise(first)
    assert isinstance(result.advice.results, list)  # made in plain Python
    for context in [*then, first]:
        again = advisor.advise(context)
        assert not isinstance(again.advice.results, list)
        arrays = advise(methods, context, knowledge)
        assert shown(again.advice, again.robust) == shown(arrays, robust_advice(arrays))
    assert shown(result.advice, result.robust) == shown(again.advice, again.robust)


def test_the_windows_first_advice_reads_as_the_same_situation_advised_from_arrays(window, qapp):
    from tests.test_ui_rerank import every_cell

    panel, notes = window.context_panel, window.notes
    panel.set_state({"settings": ["district"], "goals": ["participation", "liveability"], "must": ["goal"]})
    qapp.processEvents()
    window.resize(1400, 860)

    def seen() -> tuple:
        labels = (notes.fit, notes.tier, notes.what_if, notes.excluded_title, notes.legend)
        return (every_cell(window.proxy), [(w.text(), w.isVisible()) for w in labels],
                {c: row.band.stability for c, row in panel.weights.items()}, window.detail.toPlainText())

    fresh = Advisor(window.catalogue.methods, window.catalogue.knowledge)  # a first advice again: plain
    window.advisor = fresh
    window.rerank(panel.context())
    qapp.processEvents()
    assert isinstance(window.result.advice.results, list)
    plain = seen()
    window.rerank(panel.context())  # the same situation, now from arrays
    qapp.processEvents()
    assert not isinstance(window.result.advice.results, list)
    assert seen() == plain
