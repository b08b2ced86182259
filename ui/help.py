"""Help and About: how to use the advisor, where its knowledge comes from, and the licences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def _show(parent: QWidget, title: str, text: str) -> None:
    box = QMessageBox(parent)
    box.setWindowTitle(title)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    box.exec()


def show_help(parent: QWidget) -> None:
    _show(parent, parent.tr("Help bij Methodewijzer"), parent.tr(
        "1. Beschrijf links uw situatie: plaats, doelgroep, doelen, productiekracht, budget, tijd.\n"
        "2. Geef met de schuifjes aan hoe zwaar elk punt weegt (0 = telt niet mee, 5 = zeer zwaar). "
        "Vink ‘moet’ aan voor een harde eis: methoden die daar niet aan voldoen, worden uitgesloten.\n"
        "3. In het midden staan de methoden op volgorde. ‘Gegevens bekend’ zegt welk deel van het gewicht "
        "op gegevens uit het rapport rust; wat het rapport niet vermeldt, telt neutraal mee. Methoden die een "
        "‘moet’ uitsluit, staan grijs onderaan, met de reden.\n"
        "4. Naast of onder de lijst leest u de gekozen methode, met ‘Waarom deze plek’ per criterium en de "
        "kanttekeningen uit het rapport.\n"
        "5. Zoeken (Ctrl+F) filtert de lijst terwijl u typt; met ↓ of Enter gaat u naar de resultaten, "
        "Esc maakt het zoekveld leeg.\n\n"
        "Toetsenbord: Tab gaat van lijst naar beschrijving naar uw situatie, de pijltjes bewegen binnen de lijst, "
        "F6 springt naar het volgende paneel. Ctrl+F zoeken, Ctrl+Z standaardwaarden ongedaan maken, F1 help, "
        "Ctrl+Q afsluiten. De taal kiest u onder Beeld → Taal.\n\n"
        "Bron: MOVISIE, Verkenning actief burgerschap (2011). Licenties en meer: Help → Over Methodewijzer."))


def show_about(parent: QWidget) -> None:
    _show(parent, parent.tr("Over Methodewijzer"), parent.tr(
        "Methodewijzer 0.1 — een offline adviseur voor methoden die actief burgerschap stimuleren.\n\n"
        "Bron: MOVISIE, Verkenning actief burgerschap, Utrecht, november 2011 (programma Effectieve sociale "
        "interventies). De teksten zijn in eigen woorden; feiten zijn overgenomen. Onbekend betekent: het "
        "rapport vermeldt het niet.\n\n"
        "Gebouwd met Qt for Python / PySide6 (LGPLv3), SQLAlchemy (MIT), Whoosh-Reloaded (BSD), "
        "platformdirs (MIT). Methodewijzer zelf: MIT-licentie."))
