"""The names the window gives the fields a user can change one by one (``advisor.method_document.FIELDS``)."""

from __future__ import annotations

import json
from typing import Any

from ui.i18n import term, tr

LABELS = {
    "name": "Naam", "category": "Soort", "subcategory": "Subsoort", "summary": "Korte beschrijving",
    "target_group": "Doelgroep (tekst)", "goal": "Doel", "approach": "Aanpak", "approach_steps": "Stappen",
    "developer": "Ontwikkelaar", "organisations": "Organisaties", "involved": "Betrokken",
    "handbook": "Handboek", "handbook_note": "Toelichting bij het handboek", "web": "Websites",
    "publications": "Publicaties", "evidence": "Onderzoek", "evidence_reason": "Toelichting bij het onderzoek",
    "studies": "Studies", "settings": "Schaal", "target_groups": "Doelgroepen", "goals": "Doelen",
    "production_power": "Productiekracht", "professional_role": "Rol van de professional", "budget": "Budget",
    "duration": "Looptijd",
}


def field_label(field: str) -> str:
    return tr(LABELS.get(field, field))


# The vocabulary of each attribute field, and the key its value sits under.
TERMS = {"settings": ("settings", "values"), "target_groups": ("target_groups", "values"),
         "goals": ("goals", "values"), "professional_role": ("professional_role", "values"),
         "production_power": ("production_power", "value"), "budget": ("budget_class", "class")}


def value_text(field: str, value: Any) -> str:
    """A field's value as plain text to read and compare: text as it is, terms by their labels, the rest as JSON."""
    if value is None:
        return tr("(niet opgegeven)")
    if isinstance(value, str):
        return value
    if field in TERMS and isinstance(value, dict):
        vocabulary, key = TERMS[field]
        chosen = value.get(key)
        keys = chosen if isinstance(chosen, list) else [chosen] if chosen else []
        lines = [term(vocabulary, k) for k in keys if isinstance(k, str)] or [tr("(niet opgegeven)")]
        if value.get("reason"):
            lines.append(tr("Toelichting: {0}").format(value["reason"]))
        rest = {k: v for k, v in value.items() if k not in (key, "basis", "reason")}
        return "\n".join(lines + ([json.dumps(rest, ensure_ascii=False, indent=2)] if rest else []))
    return json.dumps(value, ensure_ascii=False, indent=2)
