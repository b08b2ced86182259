"""What the command line prints: readable Dutch text by default, JSON when asked."""

from __future__ import annotations

import json
import sys
import textwrap

from advisor.model import Method
from advisor.vocabulary import label

WIDTH = 88


def dump_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _para(text: str, indent: str = "  ", first: str | None = None) -> str:
    return "\n".join(
        textwrap.fill(" ".join(p.split()), WIDTH, initial_indent=first or indent, subsequent_indent=indent)
        for p in text.split("\n\n") if p.strip()
    )


def _terms(vocabulary: str, values) -> str:
    return ", ".join(label(vocabulary, v) for v in values) or "onbekend"


def _euros(value: int | None) -> str:
    return "?" if value is None else f"€ {value:,}".replace(",", ".")


def method_line(method: Method) -> str:
    return f"{method.section:<7} {method.id:<36} {method.name}"


def method_text(method: Method) -> str:
    out = [f"{method.name}  (§ {method.section})",
           f"{label('category', method.category)}"
           + (f" — {label('subcategory', method.subcategory)}" if method.subcategory else ""),
           "", "Korte beschrijving", _para(method.summary),
           "", "Doelgroep", _para(method.target_group),
           "", "Doel", _para(method.goal),
           "", "Aanpak", _para(method.approach)]
    out += [f"  {i}. {step}" for i, step in enumerate(method.approach_steps, 1)]
    out += ["", "Ontwikkelaar", _para(method.developer)]
    out += ["", "Materiaal", f"  Handboek: {label('handbook', method.handbook)} — {method.handbook_note}"]
    for p in method.publications:
        details = ", ".join(x for x in (p.author, str(p.year or ""), p.publisher, p.place) if x)
        out.append(f"  • {p.title}" + (f" ({details})" if details else "") + (f" — {p.url}" if p.url else ""))
    out += [f"  • {address}" for address in method.web]
    out += ["", f"Onderzoek — {label('evidence', method.evidence)}", _para(method.evidence_basis.reason)]
    for study in method.studies:
        out.append(_para(study.reference, "    ", first="  • "))
        if study.findings:
            out.append(_para(study.findings, "      "))
    out += ["", "Kenmerken voor het advies",
            f"  Plaats:          {_terms('settings', method.settings.values)}",
            f"  Doelgroepen:     {_terms('target_groups', method.target_groups.values)}",
            f"  Doelen:          {_terms('goals', method.goals.values)}",
            f"  Productiekracht: {label('production_power', method.production_power)}",
            f"  Rol professional: {_terms('professional_role', method.professional_role.values)}",
            f"  Budget:          {label('budget_class', method.budget.budget_class)}"
            + (f" ({method.budget.basis.reason})" if method.budget.basis.reason else "")]
    for a in method.budget.amounts:
        span = _euros(a.min_eur) if a.min_eur == a.max_eur else f"{_euros(a.min_eur)}–{_euros(a.max_eur)}"
        out.append(f"    – {a.what}: {span} {a.per} ({label('money_flow', a.flow)})")
    months = method.duration.months
    out.append(f"  Looptijd:        {f'{months} maanden' if months else 'onbekend'}")
    return "\n".join(out)
