"""Translation for the interface: one context for our own texts, numbers and plurals, the chosen language.

Dutch is the source language. Texts built at run time (vocabulary labels,
the matcher's reasons) go through the same ``tr`` so a translation file can
cover them, though ``lupdate`` cannot find them in the code by itself.
Plural forms follow Qt Linguist: a source text with ``%n`` and ``tr(text, n)``;
Dutch needs its own small ``.qm`` for them (``1 maand``, ``2 maanden``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from advisor.plurals import dutch
from advisor.vocabulary import label
from resources import ROOT

CONTEXT = "Methodewijzer"
LANGUAGES = {"nl": "Nederlands", "en": "English"}
SETTING = "ui/language"
_installed: dict[str, object] = {"language": None, "translators": [], "ledger": None}


def tr(text: str, n: int = -1) -> str:
    """*text* in the interface language; with *n*, the plural form for that count."""
    translated = QCoreApplication.translate(CONTEXT, text, None, n)
    if n >= 0 and translated == text.replace("%n", str(n)):
        return dutch(text, n)  # no translation installed: the Dutch singular or plural
    return translated


def money(amount: float) -> str:
    """Whole euros as the chosen language writes them (€ 2.500 in Dutch, € 2,500 in English)."""
    return "€ " + number(round(amount))


tr.money = money  # the matcher's reasons write their amounts through the hook (advisor.messages.render)


def term(vocabulary: str, key: str) -> str:
    """The label of a vocabulary key in the user's language."""
    return tr(label(vocabulary, key))


def number(value: float, decimals: int = 0) -> str:
    """A number as the chosen language writes it (Dutch: 1,00 and 16,7)."""
    return QLocale().toString(float(value), "f", decimals)


def percent(fraction: float) -> str:
    return tr("{0}%").format(number(fraction * 100))


def system_language() -> str:
    """English for a system in another language; Dutch for Dutch and for a system that names none (C)."""
    language = QLocale.system().language()
    return "nl" if language in (QLocale.Language.Dutch, QLocale.Language.C, QLocale.Language.AnyLanguage) else "en"


def chosen_language(settings: QSettings, override: str | None = None) -> str:
    for candidate in (override, settings.value(SETTING)):
        if isinstance(candidate, str) and candidate in LANGUAGES:
            return candidate
    return system_language()


def current_language() -> str | None:
    return _installed["language"]


def ledger():  # noqa: ANN201 - ui.live_language.TextLedger, made on first use
    """The record of which source each shown text came from, for a switch of language while running."""
    if _installed["ledger"] is None:
        from ui.live_language import TextLedger

        _installed["ledger"] = TextLedger(QCoreApplication.instance())
    return _installed["ledger"]


def use_language(language: str) -> None:
    """Install our texts and Qt's own (buttons, dialogs) for *language*, and its number format.

    Qt then sends every widget a LanguageChange event; the main window retranslates what it shows.
    """
    if language == _installed["language"] or QCoreApplication.instance() is None:
        return
    for old in (*_installed["translators"], ledger()):
        QCoreApplication.removeTranslator(old)
    locale = QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands) if language == "nl" else \
        QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    translators = []
    for name, folder in (("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
                         ("methodewijzer", str(ROOT / "translations"))):
        translator = QTranslator(QCoreApplication.instance())
        if translator.load(f"{name}_{language}", folder):
            QCoreApplication.installTranslator(translator)
            translators.append(translator)
    QLocale.setDefault(locale)
    ledger().translators = translators
    QCoreApplication.installTranslator(ledger())  # last installed, first asked: it sees every text
    _installed.update(language=language, translators=translators)
