"""The names and plain-text values the window shows for the fields a user can change one by one.

The keys are ``advisor.method_document.FIELDS`` (plus ``verborgen`` for a
hidden mark in the change log and conflicts); a field without a name here is
shown by its key, so a new field is never hidden from the user. Used by the
local-changes panel, the three-way comparison, the conflict dialog and the
change log, so one field has one name everywhere.
"""

from __future__ import annotations

from typing import Any

from ui.i18n import term, tr

LABELS = {
    "name": "Naam", "category": "Soort", "subcategory": "Subsoort", "summary": "Samenvatting",
    "target_group": "Doelgroep (tekst)", "goal": "Doel", "approach": "Aanpak", "approach_steps": "Stappen",
    "developer": "Ontwikkelaar", "organisations": "Organisaties", "involved": "Betrokken",
    "handbook": "Handboek", "handbook_note": "Toelichting bij het handboek", "web": "Websites",
    "publications": "Publicaties", "evidence": "Onderzoek", "evidence_reason": "Toelichting bij het onderzoek",
    "studies": "Studies", "settings": "Schaal", "target_groups": "Doelgroepen", "goals": "Doelen",
    "production_power": "Productiekracht", "professional_role": "Rol van de professional", "budget": "Budget",
    "duration": "Looptijd", "verborgen": "Verborgen",
}


def field_label(field: str) -> str:
    return tr(LABELS[field]) if field in LABELS else field


# The vocabulary of each attribute field, and the key its value sits under.
TERMS = {"settings": ("settings", "values"), "target_groups": ("target_groups", "values"),
         "goals": ("goals", "values"), "professional_role": ("professional_role", "values"),
         "production_power": ("production_power", "value"), "budget": ("budget_class", "class")}


def value_text(field: str, value: Any) -> str:
    """A field's value as plain text to read and compare: text as it is, terms by their labels, lists one per
    line, yes/no for a hidden mark, the rest as JSON."""
    if value is None:
        return tr("(niet opgegeven)")
    if isinstance(value, bool):
        return tr("ja") if value else tr("nee")
    if isinstance(value, str):
        return value
    import json  # not before the window's first frame, which shows no field

    if field in TERMS and isinstance(value, dict):
        vocabulary, key = TERMS[field]
        chosen = value.get(key)
        keys = chosen if isinstance(chosen, list) else [chosen] if chosen else []
        lines = [term(vocabulary, k) for k in keys if isinstance(k, str)] or [tr("(niet opgegeven)")]
        if value.get("reason"):
            lines.append(tr("Toelichting: {0}").format(value["reason"]))
        rest = {k: v for k, v in value.items() if k not in (key, "basis", "reason")}
        return "\n".join(lines + ([json.dumps(rest, ensure_ascii=False, indent=2)] if rest else []))
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    return json.dumps(value, ensure_ascii=False, indent=2)
