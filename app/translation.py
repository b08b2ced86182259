"""The interface's translations for the terminal: read from the same Qt Linguist .ts file, without Qt.

``methodewijzer-cli --lang en`` should speak the English the window speaks,
match reasons included, but loading Qt for a terminal command would cost a
second; the .ts file is plain XML, and its "Methodewijzer" context holds every
text the CLI and the matcher's wording share.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import cache

from advisor.messages import dutch
from resources import ROOT

CONTEXT = "Methodewijzer"
LANGUAGES = ("nl", "en")
_language = {"code": "nl"}


@cache
def _entries(language: str) -> dict[str, list[str]]:
    path = ROOT / "translations" / f"methodewijzer_{language}.ts"
    entries: dict[str, list[str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        if context.findtext("name") != CONTEXT:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]
            entries[message.findtext("source") or ""] = forms
    return entries


def use(language: str) -> None:
    _language["code"] = language if language in LANGUAGES else "nl"


def translate(text: str, n: int = -1) -> str:
    """*text* in the chosen language; with *n*, the singular or plural (English and Dutch: 1 is singular)."""
    if _language["code"] == "nl":
        return dutch(text, n)
    forms = _entries(_language["code"]).get(text)
    if not forms:
        return dutch(text, n)
    form = forms[0 if n == 1 or len(forms) == 1 else 1]
    return form.replace("%n", str(n)) if n >= 0 else form


def _money(amount: float) -> str:
    return "€ " + (f"{round(amount):,}" if _language["code"] == "en" else f"{round(amount):,}".replace(",", "."))


def _decimal(value: float, places: int = 2) -> str:
    text = f"{value:.{places}f}"
    return text if _language["code"] == "en" else text.replace(".", ",")


translate.money = _money
translate.decimal = _decimal  # 0,75 in Dutch, 0.75 in English
