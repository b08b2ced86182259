"""Dutch singular and plural forms, for texts that name a count.

A translate hook takes the Dutch text and, for a plural, the count, as Qt's
``tr(text, n)`` does; ``dutch`` is the hook that speaks Dutch with no
translation installed, so the command line needs no Qt for "1 maand".
"""

from __future__ import annotations

from collections.abc import Callable

MONTHS = "%n maand(en)"
# Dutch singular and plural of the texts that name a count; Qt's numerus forms carry the same in .ts files.
DUTCH_PLURALS = {
    MONTHS: ("%n maand", "%n maanden"),
    "maand(en)": ("maand", "maanden"),
    "%n methode(n) gevonden voor ‘{0}’": ("%n methode gevonden voor ‘{0}’", "%n methoden gevonden voor ‘{0}’"),
    "%n methode(n) gevonden voor '{0}':": ("%n methode gevonden voor '{0}':", "%n methoden gevonden voor '{0}':"),
    "%n methode(n) geladen. Zoekindex voorbereiden…": ("%n methode geladen. Zoekindex voorbereiden…",
                                                        "%n methoden geladen. Zoekindex voorbereiden…"),
    "%n methode(n) uitgesloten door ‘moet’; grijs onderaan de lijst, met de reden.": (
        "%n methode uitgesloten door ‘moet’; grijs onderaan de lijst, met de reden.",
        "%n methoden uitgesloten door ‘moet’; grijs onderaan de lijst, met de reden."),
    "Gerangschikt met de groepsweging (%n deelnemer(s)).": ("Gerangschikt met de groepsweging (%n deelnemer).",
                                                             "Gerangschikt met de groepsweging (%n deelnemers)."),
    "Gewichten van de groep (gemiddelde van %n deelnemer(s))": (
        "Gewichten van de groep (gemiddelde van %n deelnemer)",
        "Gewichten van de groep (gemiddelde van %n deelnemers)"),
    "Gerangschikt met uw eigen gewichten; er is een groepsweging van %n deelnemer(s).": (
        "Gerangschikt met uw eigen gewichten; er is een groepsweging van %n deelnemer.",
        "Gerangschikt met uw eigen gewichten; er is een groepsweging van %n deelnemers."),
}
Translate = Callable[..., str]


def dutch(text: str, n: int = -1) -> str:
    """The Dutch text itself, in the singular or plural form that *n* asks for."""
    if n < 0 or text not in DUTCH_PLURALS:
        return text
    return DUTCH_PLURALS[text][0 if n == 1 else 1].replace("%n", str(n))
