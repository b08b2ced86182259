"""The 'group' sub-command: a workshop group's advice from a CSV file of participants' weights."""

from __future__ import annotations

import argparse
from pathlib import Path

from app.api import GROUP_CSV_MAX_BYTES, Advisor, GroupError, advise_group, group_to_dict, parse_participants
from app.api import translate as _
from app.cli.errors import UsageError
from app.cli.match import add_context_options, advice_text, build_context
from app.cli.text import dump_json


def register(sub) -> None:  # noqa: ANN001 - argparse's private subparsers type
    p = sub.add_parser("group", help=_("advies met de gewichten van een groep deelnemers (CSV)"))
    p.add_argument("participants", metavar=_("DEELNEMERS.csv"),
                   help=_("CSV met kolom participant en een kolom per criterium (gewicht 0-5)"))
    add_context_options(p)
    p.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))
    p.set_defaults(run=run, validate=validate)


def read_participants(path: str):  # noqa: ANN201 - tuple of Participant
    try:
        with open(Path(path), "rb") as f:
            raw = f.read(GROUP_CSV_MAX_BYTES + 1)
    except OSError as error:
        raise UsageError(f"Kan '{path}' niet lezen ({error.strerror or error}).") from None
    try:
        return parse_participants(raw)
    except GroupError as error:
        raise UsageError(f"{path}: {error}") from None


def validate(args: argparse.Namespace) -> None:
    if args.weight:
        raise UsageError("--weight past niet bij 'group': de gewichten komen uit het CSV-bestand van de deelnemers.")
    build_context(args)
    args.people = read_participants(args.participants)


def run(catalogue, args: argparse.Namespace) -> None:  # noqa: ANN001
    result = advise_group(Advisor(catalogue.methods, catalogue.knowledge), args.context, args.people)
    if args.json:
        dump_json(group_to_dict(result))
        return
    detail = result.detail
    names = {m.id: m.name for m in catalogue.methods}
    out = [_("Groepsadvies voor {0} deelnemers (gemiddelde gewichten).").format(len(detail.participants)),
           _("Overeenstemming (Kendalls W): {0}; eigen eerste keuze gelijk aan die van de groep: {1}.").format(
               f"{detail.kendall_w:.2f}".replace(".", ","), f"{detail.top_agreement:.0%}"), "",
           advice_text(result.group), "", _("Eigen eerste keuze per deelnemer:")]
    out += [f"  {r.participant.name}: {names.get(r.top, '—') if r.top else '—'}" for r in detail.participants]
    out += ["", _("Waar de gewichten het meest uiteenlopen:")]
    out += [f"  {s.criterion:<17} {s.min:g}–{s.max:g} ({_('verschil')} {s.spread:g})" for s in detail.disagreement]
    print("\n".join(out))
