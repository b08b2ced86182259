"""``Catalogue.get`` finds methods through a table of places; it must answer as a scan of the lists does."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

import resources
from advisor.catalogue_reader import read_catalogue
from app.catalogue import Catalogue


def _scan(methods, method_id):  # noqa: ANN001, ANN202
    return next((m for m in methods if m.id == method_id), None)


METHODS = read_catalogue(resources.CATALOGUE)
IDS = [m.id for m in METHODS]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["get", "replace", "drop", "append", "swap", "reassign"]),
                          st.integers(0, len(METHODS) - 1), st.integers(0, len(METHODS) - 1)), max_size=25))
def test_get_answers_as_a_scan_while_the_lists_change(steps) -> None:
    catalogue = Catalogue("sqlite://", list(METHODS[:10]), [], 0, hidden=list(METHODS[10:14]))
    for action, a, b in steps:
        if action == "replace" and catalogue.methods:  # an edit puts a new Method in the same place
            place = a % len(catalogue.methods)
            catalogue.methods[place] = replace(catalogue.methods[place], name="Gewijzigd")
        elif action == "drop" and catalogue.methods:
            del catalogue.methods[a % len(catalogue.methods)]
        elif action == "append" and METHODS[a].id not in {m.id for m in catalogue.methods}:
            catalogue.methods.append(METHODS[a])
        elif action == "swap" and catalogue.methods:
            i, j = a % len(catalogue.methods), b % len(catalogue.methods)
            catalogue.methods[i], catalogue.methods[j] = catalogue.methods[j], catalogue.methods[i]
        elif action == "reassign":  # a refresh reads the records again: new lists
            catalogue.methods = [m for m in METHODS if m.id not in {h.id for h in catalogue.hidden}][a % 5:]
        for method_id in [*IDS, "bestaat-niet"]:
            assert catalogue.get(method_id) is _scan(catalogue.methods, method_id)
            assert catalogue.get(method_id, hidden=True) is (_scan(catalogue.methods, method_id)
                                                              or _scan(catalogue.hidden, method_id))


def test_a_catalogue_let_go_takes_its_methods_with_it() -> None:
    """The table of places lives with the catalogue: after a refresh (a new catalogue read) the old methods are
    freed, not kept alive by a table of an earlier catalogue (at 10,000 methods, tens of megabytes each)."""
    import gc
    import weakref

    for _ in range(3):  # more catalogues than any table of a few lists would keep
        copies = [replace(m) for m in METHODS]
        watched = weakref.ref(copies[0])
        catalogue = Catalogue("sqlite://", copies, [], 0, hidden=[])
        assert catalogue.get(copies[0].id) is copies[0]
        del catalogue, copies
        gc.collect()
        assert watched() is None
