"""How firm the advice is, as the window shows it: slider bands, rank ranges, tier, strengths and complement."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette

from advisor.messages import render_stability, render_tier
from tests.test_ui import check, visible_ids
from ui.advice_model import RANK


def describe(window, setting: str, goal: str, budget: int | None = None) -> None:
    window.context_panel.settings[setting].setChecked(True)
    check(window, window.context_panel.goals, goal)
    if budget is not None:
        window.context_panel.budget_unknown.setChecked(False)
        window.context_panel.budget.setValue(budget)


def colour_at(band, weight: float):
    image = band.grab().toImage()
    return image.pixelColor(band.x_of(weight) * image.width() // band.width(), image.height() // 2)


def test_each_counted_weight_shows_the_band_where_the_top_holds(window, qtbot):
    describe(window, "street", "emancipation", 5000)
    rows = window.context_panel.weights
    goal = rows["goal"].band
    assert (goal.stability.min, goal.stability.max) == (3.01, 5)
    assert goal.isVisible() and not rows["duration"].band.isVisible()  # duration is not asked about
    words = "Doelen mag tussen 3,01 en 5 wegen zonder dat de eerste plaats verandert."
    assert render_stability(goal.stability) == words
    assert goal.accessibleDescription() == words == rows["goal"].slider.accessibleDescription()
    assert goal.toolTip() == words
    palette = goal.palette()
    assert colour_at(goal, 4).rgb() == palette.color(QPalette.ColorRole.Highlight).rgb()
    assert colour_at(goal, 1).rgb() == palette.color(QPalette.ColorRole.Mid).rgb()
    assert goal.x_of(0) < goal.x_of(3.01) < goal.x_of(5) <= goal.width()

    top = visible_ids(window)[0]
    rows["goal"].slider.setValue(3)  # just outside the band: another method leads, and the band follows
    assert visible_ids(window)[0] != top
    moved = rows["goal"].band.stability
    assert moved == next(s for s in window.result.robust.stability if s.criterion == "goal")
    assert moved.weight == 3 and moved.min <= 3 <= moved.max


def test_rank_range_shows_where_unknown_data_widens_it_with_the_reason(window):
    describe(window, "neighbourhood", "social_cohesion")
    model = window.model
    ek = model.row_of("eigen-kracht-conferentie")
    firm = window.result.robust.methods[ek]
    assert firm.rank_range.wide and firm.unknown
    assert model.index(ek, RANK).data() == f"{ek + 1} ({firm.rank_range.best}–{firm.rank_range.worst})"
    tooltip = model.index(ek, RANK).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith("Het rapport zegt niets over") and f"{firm.rank_range.worst} staan" in tooltip
    assert model.index(ek, RANK).data(Qt.ItemDataRole.AccessibleTextRole).startswith(f"Plaats {ek + 1}. ")
    assert model.index(0, RANK).data() == "1"  # a firm place shows just its number
    assert model.index(0, RANK).data(Qt.ItemDataRole.ToolTipRole) is None


def test_no_clear_winner_is_said_above_the_list(window):
    describe(window, "neighbourhood", "social_cohesion")
    robust = window.result.robust
    assert not robust.clear_winner
    assert window.notes.tier.isVisible() and window.notes.tier.text() == render_tier(robust.tier)
    assert window.notes.tier.text().startswith("Geen duidelijke winnaar: ABCD-methode")
    window.reset_context()
    describe(window, "street", "emancipation", 5000)
    assert window.result.robust.clear_winner and not window.notes.tier.isVisible()
    assert window.notes.what_if.text().startswith("De eerste plaats houdt stand zolang doelen minstens 3,01 weegt")


def test_detail_page_names_strong_and_weak_points_and_the_complement_for_the_top(window):
    window.context_panel.settings["village"].setChecked(True)
    check(window, window.context_panel.target_groups, "seniors")
    check(window, window.context_panel.goals, "local_facilities")
    window.context_panel.research.setChecked(True)
    page = window.detail.toPlainText()
    assert visible_ids(window)[0] == "het-ondernemende-dorp"
    assert "Sterk: doelen, doelgroep en plaats." in page  # biggest weight first
    assert "Zwak: onderzoek." in page
    assert ("Erkende Overleg Partners (EOP's) vult aan waar Het Ondernemende Dorp zwak is (onderzoek); "
            "methoden combineren is onze suggestie, niet die van het rapport.") in page
    window.select_method("erkende-overleg-partners")
    other = window.detail.toPlainText()
    assert "Erkende Overleg Partners" in other.splitlines()[0] and "vult aan waar" not in other
    assert "Sterk: " in other and "onderzoek" in next(line for line in other.splitlines() if line.startswith("Sterk: "))
