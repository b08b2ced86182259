"""Dutch names of the method fields a user can change, for the conflict dialog and the change log.

The keys are ``advisor.method_document.FIELDS`` (plus ``verborgen`` for a hidden
mark); a field without a name here is shown by its key, so a new field is never
hidden from the user.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QCoreApplication

CONTEXT = "FieldLabels"
LABELS = {
    "name": "Naam", "category": "Soort", "subcategory": "Subsoort", "summary": "Samenvatting",
    "target_group": "Doelgroep (tekst)", "goal": "Doel (tekst)", "approach": "Werkwijze",
    "approach_steps": "Stappen", "developer": "Ontwikkelaar", "organisations": "Organisaties",
    "involved": "Betrokkenen", "handbook": "Handboek", "handbook_note": "Toelichting handboek",
    "web": "Webadressen", "publications": "Publicaties", "evidence": "Bewijskracht",
    "evidence_reason": "Reden bewijskracht", "studies": "Onderzoeken", "settings": "Schaal",
    "target_groups": "Doelgroepen", "goals": "Doelen", "production_power": "Productiekracht",
    "professional_role": "Rol professional", "budget": "Budget", "duration": "Duur", "verborgen": "Verborgen",
}


def field_label(key: str) -> str:
    return QCoreApplication.translate(CONTEXT, LABELS[key]) if key in LABELS else key


def value_text(value: object) -> str:
    """A field's value as plain text: text as it is, lists one per line, anything else as JSON."""
    if value is None:
        return QCoreApplication.translate(CONTEXT, "(niet ingevuld)")
    if isinstance(value, bool):
        return QCoreApplication.translate(CONTEXT, "ja" if value else "nee")
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n".join(value)
    return json.dumps(value, ensure_ascii=False, indent=1)
