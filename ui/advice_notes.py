"""What the advice says besides the ranking: fit warnings, the tier line, the what-if line, exclusions,
ranking news, and the search's "Bedoelde u …?" offer.

Kept apart from the window so the wording of these signals lives in one
place and the window only hands over the matcher's result. The ``live`` line
tells assistive technology when the first place changes, as a sighted user
sees the list move. The offer is a button (a tab stop after the search box) and is announced when it
appears, as the list changes under a sighted user's eyes.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton

from ui.i18n import number, tr
from ui.wrapped_label import WrappedLabel


def _label(bold: bool = False) -> QLabel:
    label = WrappedLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    if bold:
        label.setStyleSheet("font-weight: bold")
    label.hide()
    return label


class AdviceNotes:
    """The labels around the ranking, and how to fill them from an advice."""

    def __init__(self) -> None:
        self.search = _label()
        self.fit = _label(bold=True)
        self.tier = _label()
        self.what_if = _label()
        self.excluded_title = _label()
        self.live = _label()
        self.legend = _label()
        self.legend.setText(tr("Score van 0 tot 100, het getal staat naast de balk: donker vanaf 60, lichter vanaf "
                               "40, het lichtst daaronder."))
        self.live.setAccessibleName(tr("Nieuws over de volgorde"))
        self.offer = QPushButton()
        self.offer.setObjectName("searchOffer")
        self.offer.setFlat(True)
        self.offer.setStyleSheet("text-align: left; text-decoration: underline; color: palette(link)")
        self.offer.hide()
        self.offered: str | None = None  # the corrected query the offer runs
        self._first: str | None = None

    def retranslate(self) -> None:
        """The lines that name something, in the language now installed (the window re-shows the rest)."""
        if self._first:
            self.live.setText(tr("Nieuwe eerste plaats: {0}").format(self._first))
        offered, self.offered = self.offered, None
        self.show_offer(offered)

    def show_message(self, text: str) -> None:
        self.fit.setText(text)
        self.fit.setVisible(bool(text))

    def show_search(self, query: str, found: int, suggestion: str | None = None) -> None:
        self.search.setText("" if found or not query else tr(
            "Niets gevonden voor ‘{0}’. Probeer minder woorden, een ander woord of het begin van een woord.")
            .format(query))
        self.search.setVisible(bool(self.search.text()))
        self.show_offer(suggestion if query else None)

    def show_offer(self, suggestion: str | None) -> None:
        """'Bedoelde u ‘jongeren’?' under the search box; pressing it searches for that."""
        if suggestion == self.offered:
            return
        self.offered = suggestion
        self.offer.setVisible(bool(suggestion))
        if not suggestion:
            return
        said = tr("Bedoelde u ‘{0}’?").format(suggestion)
        self.offer.setText(said.replace("&", "&&"))  # a "&" in the query is shown, not taken as a shortcut
        self.offer.setToolTip(tr("Zoeken naar ‘{0}’").format(suggestion))
        self.offer.setAccessibleName(said)
        self.offer.setAccessibleDescription(self.offer.toolTip())
        from PySide6.QtGui import QAccessible, QAccessibleEvent  # its enums are built when first used

        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self.offer, QAccessible.Event.NameChanged))

    def show_advice(self, result) -> None:  # noqa: ANN001 - app.api.AdviceWithWhatIf
        self.show_fit(result.advice.fit)
        self.show_tier(result.robust)
        self.show_what_if(result.what_if)
        self.show_excluded(result.advice.excluded)
        self.legend.setVisible(not result.advice.fit.no_criteria)
        results = result.advice.results
        self.announce_first(results[0].method.name if results and not result.advice.fit.no_criteria else None)

    def announce_first(self, name: str | None) -> None:
        """A live line, also sent to screen readers, when another method takes the first place."""
        if name == self._first:
            return
        self._first = name
        self.live.setText(tr("Nieuwe eerste plaats: {0}").format(name) if name else "")
        self.live.setVisible(bool(name))
        from PySide6.QtGui import QAccessible, QAccessibleEvent

        if name and QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self.live, QAccessible.Event.NameChanged))

    def show_fit(self, fit) -> None:  # noqa: ANN001
        from advisor.messages import criterion_label

        if fit.no_criteria:
            text = tr("Beschrijf links uw situatie; dan zet Methodewijzer de methoden op volgorde. "
                      "Tot dan staan ze op naam, zonder score.")
        elif not fit.good:
            unmet = ", ".join(tr(criterion_label(c)) for c in fit.unmet) or tr("geen afzonderlijk criterium")
            text = tr("Geen methode past goed (beste score {0} van 100). Door geen enkele methode gehaald: {1}.") \
                .format(number(fit.best_score), unmet)
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
        self.excluded_title.setText(tr("%n methode(n) uitgesloten door ‘moet’; grijs onderaan de lijst, met de reden.",
                                       len(excluded)) if excluded else "")
        self.excluded_title.setVisible(bool(excluded))
