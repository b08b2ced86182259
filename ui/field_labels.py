"""The names the window gives the fields a user can change one by one (``advisor.method_document.FIELDS``)."""

from __future__ import annotations

import json
from typing import Any

from ui.i18n import tr

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


def value_text(value: Any) -> str:
    """A field's value as plain text to read and compare: text as it is, anything else laid out as JSON."""
    if value is None:
        return tr("(niet opgegeven)")
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, indent=2)
