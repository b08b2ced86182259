"""The panel above the method page keeps its widgets from one method to the next when only the heading would
read otherwise; what it shows must be what a panel made anew for that method shows."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWidgets import QLabel

from ui.local_changes_panel import LocalChangesPanel

FIELDS = ["goal", "settings", "summary"]
STATUSES = st.one_of(
    st.none(),
    st.fixed_dictionaries({"origin": st.just("own")}),
    st.fixed_dictionaries({"origin": st.just("shipped")}),
    st.builds(lambda over, up: {"origin": "variant", "overridden": over,
                                "upstream_changed": [f for f in up if f in over]},
              st.lists(st.sampled_from(FIELDS), unique=True, max_size=3),
              st.lists(st.sampled_from(FIELDS), unique=True, max_size=3)),
)
STEPS = st.lists(st.tuples(st.sampled_from(["Anna", "Bert", ""]), st.sampled_from(["", "2026-11-29T03:00:00+00:00"]),
                           STATUSES), min_size=1, max_size=8)


def _reads(panel: LocalChangesPanel) -> tuple:
    if panel.isHidden() or panel.widget() is None:
        return ("verborgen",)
    labels = sorted(label.text() for label in panel.widget().findChildren(QLabel) if label.isVisibleTo(panel))
    buttons = sorted((key, button.text(), button.accessibleName()) for key, button in panel.buttons.items())
    return labels, buttons


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(STEPS)
def test_a_panel_kept_over_methods_reads_as_one_made_for_each(qtbot, methods, steps):
    kept = LocalChangesPanel()
    qtbot.addWidget(kept)
    for author, created, status in steps:
        method = dataclasses.replace(methods[0], author=author, created=created)
        fresh = LocalChangesPanel()
        qtbot.addWidget(fresh)
        for panel in (kept, fresh):
            panel.show_method(method, status)
        assert _reads(kept) == _reads(fresh)


def test_the_next_own_method_keeps_the_buttons_and_says_its_own_author(qtbot, methods):
    panel = LocalChangesPanel()
    qtbot.addWidget(panel)
    panel.show_method(dataclasses.replace(methods[0], author="Anna", created=""), {"origin": "own"})
    edit = panel.buttons[("edit", "")]
    panel.show_method(dataclasses.replace(methods[1], author="Bert", created=""), {"origin": "own"})
    assert panel.buttons[("edit", "")] is edit
    assert "Eigen methode, toegevoegd door Bert." in [label.text() for label in panel.widget().findChildren(QLabel)]
