"""The list while searching shows exactly what a plain filter over the ranking would show.

The filter maps through a list of the rows shown, worked out per search and per ranking
(``AdviceFilter._rows``), instead of asking the model about each row; whatever happens to the ranking
meanwhile (a re-rank, a must that excludes methods, new snippets), the rows shown
must be the found methods in the ranking's order, never stale ones.
"""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QTableView

from advisor import vocabulary as voc
from advisor.context import Context
from advisor.matcher import advise
from ui.advice_filter import AdviceFilter
from ui.advice_model import METHOD_ID_ROLE, NAME, SNIPPET, SNIPPET_ROLE, AdviceModel

contexts = st.builds(
    Context,
    settings=st.frozensets(st.sampled_from(list(voc.SETTINGS)), max_size=2),
    goals=st.frozensets(st.sampled_from(list(voc.GOALS)), max_size=2),
    must=st.frozensets(st.sampled_from(["setting", "goal"]), max_size=1),
)


def shown(proxy: AdviceFilter) -> list[str]:
    return [proxy.index(r, NAME).data(METHOD_ID_ROLE) for r in range(proxy.rowCount())]


def filtered_in_view(model: AdviceModel) -> tuple[AdviceFilter, QTableView]:
    """A filter over *model* with a view on it: a view asks the filter about rows inside a reset's signal.

    The caller keeps the view. Hung on the filter, it made a reference cycle (the view holds its model): the
    collector then destroyed the pair later in any order, with a table's timer still running, and crashed.
    """
    proxy = AdviceFilter()
    proxy.setSourceModel(model)
    view = QTableView()
    view.setModel(proxy)
    return proxy, view


def plainly_shown(model: AdviceModel, allowed: frozenset[str] | None) -> list[str]:
    """What a filter asking the model about every row shows."""
    ids = [model.index(r, NAME).data(METHOD_ID_ROLE) for r in range(model.rowCount())]
    return [i for i in ids if allowed is None or i in allowed]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.one_of(contexts, st.none() | st.frozensets(st.integers(0, 18))), min_size=1, max_size=8))
def test_the_filtered_list_is_the_found_methods_in_the_ranking_order(qapp, methods, knowledge, steps):
    """Searches (sets of found methods, or none) and re-rankings in any order."""
    model = AdviceModel()
    proxy, _view = filtered_in_view(model)
    model.set_ranking(advise(methods, Context(), knowledge).results, scored=False)
    allowed = None
    for step in steps:
        if isinstance(step, Context):
            advice = advise(methods, step, knowledge)
            model.set_ranking(advice.results, advice.excluded)
        else:
            allowed = None if step is None else frozenset(methods[i].id for i in step)
            proxy.show_found(allowed, {})
        assert shown(proxy) == plainly_shown(model, allowed)


def test_new_snippets_for_the_same_methods_are_shown_without_filtering_again(qapp, methods, knowledge):
    model = AdviceModel()
    proxy, _view = filtered_in_view(model)
    model.set_ranking(advise(methods, Context(goals=frozenset({"liveability"})), knowledge).results)
    found = frozenset(m.id for m in methods[:3])
    proxy.show_found(found, {m.id: ("eerste", ((0, 6),)) for m in methods[:3]})
    repainted = []
    proxy.dataChanged.connect(lambda first, last, *_: repainted.append((first.column(), first.row(), last.row())))
    proxy.show_found(found, {m.id: ("tweede", ((0, 6),)) for m in methods[:3]})
    assert repainted == [(SNIPPET, 0, 2)]
    assert [proxy.index(r, SNIPPET).data(SNIPPET_ROLE)[0] for r in range(proxy.rowCount())] == ["tweede"] * 3
    assert sorted(shown(proxy)) == sorted(found)


def test_only_snippets_that_changed_are_said_to_change(qapp, methods, knowledge):
    """A view repaints itself whole when told of a change over more than some hundred rows, even in its
    hidden found-text column: a first letter, which keeps the whole list without snippets, repainted it at
    1,000 methods. The whole list again without snippets is no change; a search's snippets and their going
    are."""
    model = AdviceModel()
    proxy, _view = filtered_in_view(model)
    model.set_ranking(advise(methods, Context(goals=frozenset({"liveability"})), knowledge).results)
    changed = []
    proxy.dataChanged.connect(lambda first, last, *_: changed.append((first.column(), first.row(), last.row())))
    proxy.show_found(None, {})
    proxy.show_found(None, {})
    assert changed == []
    found = frozenset(m.id for m in methods[:3])
    snippets = {m.id: ("eerste", ((0, 6),)) for m in methods[:3]}
    proxy.show_found(found, snippets.get)
    assert changed == [(SNIPPET, 0, 2)]
    proxy.show_found(found, snippets.get)  # the same search again: the same snippets
    assert changed == [(SNIPPET, 0, 2)]
    proxy.show_found(None, {})
    assert changed[-1] == (SNIPPET, 0, len(methods) - 1)
    assert all(proxy.index(r, SNIPPET).data(SNIPPET_ROLE) is None for r in range(proxy.rowCount()))


def test_a_re_rank_while_searching_keeps_exactly_the_found_methods(qapp, methods, knowledge):
    model = AdviceModel()
    proxy, _view = filtered_in_view(model)
    first = Context(settings=frozenset({"village"}))
    model.set_ranking(advise(methods, first, knowledge).results)
    found = frozenset(m.id for m in methods[::4])
    proxy.show_found(found, {})
    before = shown(proxy)
    second = dataclasses.replace(first, settings=frozenset({"district"}), goals=frozenset({"liveability"}))
    model.set_ranking(advise(methods, second, knowledge).results)
    assert set(shown(proxy)) == found
    assert shown(proxy) == plainly_shown(model, found) != before
