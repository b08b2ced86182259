"""What the advice says besides the ranking: fit warnings, the tier line, the what-if line, excluded methods.

Kept apart from the window so the wording of these signals lives in one
place and the window only hands over the matcher's result.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QListWidget

from ui.i18n import tr


def _label(bold: bool = False) -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if bold:
        label.setStyleSheet("color: #8a4b00; font-weight: bold")
    label.hide()
    return label


class AdviceNotes:
    """The labels and list around the ranking, and how to fill them from an advice."""

    def __init__(self) -> None:
        self.search = _label()
        self.fit = _label(bold=True)
        self.tier = _label()
        self.what_if = _label()
        self.excluded_title = QLabel(tr("Uitgesloten door een harde eis"))
        self.excluded = QListWidget()
        self.excluded.setMaximumHeight(110)
        self.excluded.setAccessibleName(self.excluded_title.text())
        self.show_excluded([])

    def show_message(self, text: str) -> None:
        self.fit.setText(text)
        self.fit.setVisible(bool(text))

    def show_search(self, query: str, found: int) -> None:
        self.search.setText("" if found or not query else tr(
            "Niets gevonden voor ‘{0}’. Probeer minder woorden, een ander woord of het begin van een woord.")
            .format(query))
        self.search.setVisible(bool(self.search.text()))

    def show_advice(self, result) -> None:  # noqa: ANN001 - app.api.AdviceWithWhatIf
        self.show_fit(result.advice.fit)
        self.show_tier(result.robust)
        self.show_what_if(result.what_if)
        self.show_excluded(result.advice.excluded)

    def show_fit(self, fit) -> None:  # noqa: ANN001
        from advisor.messages import criterion_label

        if fit.no_criteria:
            text = tr("Beschrijf links uw situatie; dan zet Methodewijzer de methoden op volgorde.")
        elif not fit.good:
            unmet = ", ".join(tr(criterion_label(c)) for c in fit.unmet) or tr("geen afzonderlijk criterium")
            text = tr("Geen methode past goed (beste score {0} van 100). Door geen enkele methode gehaald: {1}.") \
                .format(f"{fit.best_score:.0f}", unmet)
        else:
            text = ""
        self.show_message(text)

    def show_tier(self, robust) -> None:  # noqa: ANN001 - advisor.robust.RobustAdvice
        """Name the leading methods as one group when none of them clearly leads."""
        from advisor.messages import render_tier

        self.tier.setText("" if robust.clear_winner else render_tier(robust.tier, tr))
        self.tier.setVisible(not robust.clear_winner)

    def show_what_if(self, what_if) -> None:  # noqa: ANN001
        from advisor.messages import render_what_if

        if what_if is None:
            self.what_if.hide()
            return
        self.what_if.setText(render_what_if(what_if, tr))
        self.what_if.show()

    def show_excluded(self, excluded) -> None:  # noqa: ANN001
        from advisor.messages import criterion_label, render

        self.excluded.clear()
        for e in excluded:
            self.excluded.addItem(f"{e.method.name} — {tr(criterion_label(e.criterion))}: {render(e.score, tr)}")
        self.excluded.setVisible(bool(excluded))
        self.excluded_title.setVisible(bool(excluded))
