"""What the command line prints: readable text (Dutch by default, English with ``--lang en``), JSON when asked.

Method texts stay Dutch, as in the report; labels and headings follow the chosen language.
"""

from __future__ import annotations

import json
import sys
import textwrap

from advisor.model import Method
from advisor.sheet import method_sheet
from app.api import translate as _

WIDTH = 88


def dump_json(data: object) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _para(text: str, indent: str = "  ", first: str | None = None) -> str:
    return "\n".join(
        textwrap.fill(" ".join(p.split()), WIDTH, initial_indent=first or indent, subsequent_indent=indent)
        for p in text.split("\n\n") if p.strip()
    )


def method_line(method: Method) -> str:
    return f"{method.section or _('eigen'):<7} {method.id:<36} {method.name}"


def _with_note(value: str, note: str) -> str:
    return _("{0} (onze lezing: {1})").format(value, note) if note else value


def method_text(method: Method) -> str:
    sheet = method_sheet(method, _)
    where = f"§ {method.section}" if not method.is_own else \
        _("eigen methode van {0}, {1}").format(method.author or "?", method.created[:10] or "?")
    out = [f"{method.name}  ({where})", sheet.category]
    for heading, text in sheet.texts:
        out += ["", heading, _para(text)]
    out += [f"  {i}. {step}" for i, step in enumerate(method.approach_steps, 1)]
    out += ["", _("Ontwikkelaar"), _para(method.developer)]
    out += ["  " + _("Betrokken: {0}").format(line) for line in sheet.involved]
    out += ["", _("Materiaal"), "  " + _("Handboek: {0}").format(f"{sheet.handbook} — {method.handbook_note}")]
    for p, details in sheet.publications:
        shown = p.title if p.is_title else _("zonder titel: {0}").format(p.title)  # never passed off as a title
        out.append(f"  • {shown}" + (f" ({details})" if details else "") + (f" — {p.url}" if p.url else ""))
    out += [f"  • {address}" for address in method.web]
    out += ["", f"{_('Onderzoek')} — {sheet.evidence}", _para(method.evidence_basis.reason)]
    for study in method.studies:
        out.append(_para(study.reference, "    ", first="  • "))
        if study.findings:
            out.append(_para(study.findings, "      "))
    out += ["", _("Kenmerken voor het advies")]
    for row in sheet.attributes:
        out.append(_para(_with_note(row.value, row.note), " " * 20, first=f"  {row.label + ':':<18}"))
        out += [f"    – {line}" for line in row.lines]
    return "\n".join(out)
