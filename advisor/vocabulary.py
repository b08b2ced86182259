"""The controlled vocabulary shared by catalogue, matcher and interface.

Keys are what the code and the files use; labels are the Dutch words a user
sees. Keeping both in one place means a term cannot exist in the catalogue
without a label, nor in the interface without a meaning.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType


def _terms(*pairs: tuple[str, str]) -> Mapping[str, str]:
    return MappingProxyType(dict(pairs))


SETTINGS = _terms(
    ("street", "straat"),
    ("neighbourhood", "buurt"),
    ("district", "wijk"),
    ("village", "dorp"),
    ("municipality", "gemeente"),
)

TARGET_GROUPS = _terms(
    ("all_residents", "alle bewoners"),
    ("resident_groups", "bewonersgroepen"),
    ("seniors", "ouderen"),
    ("youth", "jongeren"),
    ("women_with_children", "vrouwen met kinderen"),
    ("distant_from_labour_market", "mensen ver van de arbeidsmarkt"),
    ("individuals_and_families", "personen en gezinnen"),
    ("vulnerable_groups", "kwetsbare groepen"),
    ("volunteers", "vrijwilligers"),
    ("organisations", "organisaties"),
    ("professionals", "professionals"),
)

GOALS = _terms(
    ("liveability", "leefbaarheid"),
    ("social_cohesion", "sociale samenhang"),
    ("participation", "participatie"),
    ("engagement", "betrokkenheid"),
    ("self_reliance", "zelfredzaamheid"),
    ("emancipation", "emancipatie"),
    ("activation", "activering"),
    ("volunteering", "vrijwillige inzet"),
    ("mutual_help", "onderlinge hulp"),
    ("local_facilities", "voorzieningen dichtbij"),
    ("public_space", "openbare ruimte"),
    ("long_term_planning", "plannen voor de lange termijn"),
)

PRODUCTION_POWER = _terms(
    ("citizen", "vooral bij burgers"),
    ("shared", "coproductie"),
)

EVIDENCE = _terms(
    ("none_known", "geen onderzoek bekend"),
    ("descriptive", "beschrijvend onderzoek"),
    ("evaluated", "geëvalueerd"),
    ("multiple_studies", "meerdere studies"),
)

HANDBOOK = _terms(
    ("yes", "ja"),
    ("no", "nee"),
    ("unknown", "onbekend"),
)

BUDGET_CLASSES = _terms(
    ("low", "laag"),
    ("medium", "middel"),
    ("high", "hoog"),
    ("unknown", "onbekend"),
)

# Chapter 1.2 of the report: professionals at most support, invite,
# facilitate or connect.
PROFESSIONAL_ROLES = _terms(
    ("support", "ondersteunen"),
    ("invite", "uitnodigen"),
    ("facilitate", "faciliteren"),
    ("connect", "verbinden"),
)

CATEGORIES = _terms(
    ("facilitate_and_support", "Faciliteren en ondersteunen"),
    ("invite_co_initiative", "Uitnodigen van burgers als mede-initiatiefnemer"),
)

SUBCATEGORIES = _terms(
    ("distributing_budgets", "Verdelen van budgetten"),
    ("brokering_and_connecting", "Makelen en verbinden"),
    ("tools_for_execution", "Handvatten bij de uitvoering"),
    ("facilitating_centre", "Runnen van een faciliterend centrum"),
)

# Who pays an amount the catalogue mentions.
MONEY_FLOWS = _terms(
    ("hands_out", "verstrekt door de organisator aan bewoners"),
    ("outside", "betaald door een externe partij"),
    ("cost", "kosten voor wie de methode toepast"),
    ("contribution", "eigen bijdrage van deelnemers"),
)

KNOWLEDGE_KINDS = _terms(
    ("concept", "begrip"),
    ("dilemma", "dilemma"),
    ("finding", "bevinding"),
    ("caveat", "kanttekening"),
    ("criterion", "criterium"),
)

BASES = _terms(
    ("source", "staat in het rapport"),
    ("assessment", "onze lezing van het rapport"),
)

VOCABULARIES: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {
        "settings": SETTINGS,
        "target_groups": TARGET_GROUPS,
        "goals": GOALS,
        "production_power": PRODUCTION_POWER,
        "evidence": EVIDENCE,
        "handbook": HANDBOOK,
        "budget_class": BUDGET_CLASSES,
        "professional_role": PROFESSIONAL_ROLES,
        "category": CATEGORIES,
        "subcategory": SUBCATEGORIES,
        "money_flow": MONEY_FLOWS,
        "basis": BASES,
        "knowledge_kind": KNOWLEDGE_KINDS,
    }
)


def label(vocabulary: str, key: str) -> str:
    """The Dutch label of *key*, or the key itself when it has none."""
    return VOCABULARIES[vocabulary].get(key, key)
