"""What the command line prints: readable Dutch text by default, JSON when asked."""

from __future__ import annotations

import json
import sys
import textwrap

from advisor.model import Method
from advisor.sheet import method_sheet

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
    return f"{method.section or 'eigen':<7} {method.id:<36} {method.name}"


def _with_note(value: str, note: str) -> str:
    return f"{value} (onze lezing: {note})" if note else value


def method_text(method: Method) -> str:
    sheet = method_sheet(method)
    where = f"§ {method.section}" if not method.is_own else f"eigen methode van {method.author or '?'}, " \
                                                             f"{method.created[:10] or '?'}"
    out = [f"{method.name}  ({where})", sheet.category]
    for heading, text in sheet.texts:
        out += ["", heading, _para(text)]
    out += [f"  {i}. {step}" for i, step in enumerate(method.approach_steps, 1)]
    out += ["", "Ontwikkelaar", _para(method.developer)]
    out += [f"  Betrokken: {line}" for line in sheet.involved]
    out += ["", "Materiaal", f"  Handboek: {sheet.handbook} — {method.handbook_note}"]
    for p, details in sheet.publications:
        shown = p.title if p.is_title else f"zonder titel: {p.title}"  # a description is never passed off as one
        out.append(f"  • {shown}" + (f" ({details})" if details else "") + (f" — {p.url}" if p.url else ""))
    out += [f"  • {address}" for address in method.web]
    out += ["", f"Onderzoek — {sheet.evidence}", _para(method.evidence_basis.reason)]
    for study in method.studies:
        out.append(_para(study.reference, "    ", first="  • "))
        if study.findings:
            out.append(_para(study.findings, "      "))
    out += ["", "Kenmerken voor het advies"]
    for row in sheet.attributes:
        out.append(_para(_with_note(row.value, row.note), " " * 20, first=f"  {row.label + ':':<18}"))
        out += [f"    – {line}" for line in row.lines]
    return "\n".join(out)
