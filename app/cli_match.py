"""The 'match' sub-command: ranked, explained advice for a context."""

from __future__ import annotations

import argparse
import json
import sys

from advisor import vocabulary as voc
from advisor.context import CRITERIA, MAX_WEIGHT, MIN_WEIGHT, Context, ContextError
from advisor.messages import criterion_label, render
from app.advice import Advisor, advice_to_dict


def register(sub) -> None:  # noqa: ANN001 - argparse's private subparsers type
    p = sub.add_parser("match", help="methoden op volgorde voor uw situatie")
    add_context_options(p)
    p.add_argument("--json", action="store_true", help="uitvoer als JSON")
    p.set_defaults(run=run, validate=build_context)


def add_context_options(p: argparse.ArgumentParser) -> None:
    """The options that describe a situation; ``build_context`` turns them into ``args.context``."""
    p.add_argument("--setting", action="append", default=[], metavar="PLAATS",
                   help=f"plaats (herhaalbaar): {', '.join(voc.SETTINGS)}")
    p.add_argument("--target-group", action="append", default=[], metavar="DOELGROEP",
                   help=f"doelgroep (herhaalbaar): {', '.join(voc.TARGET_GROUPS)}")
    p.add_argument("--goal", action="append", default=[], metavar="DOEL",
                   help=f"doel (herhaalbaar): {', '.join(voc.GOALS)}")
    p.add_argument("--production-power", metavar="SOORT", help="citizen of shared")
    p.add_argument("--budget", metavar="EUR", help="beschikbaar budget in euro")
    p.add_argument("--months", metavar="N", help="tijdshorizon in maanden")
    p.add_argument("--require-handbook", action="store_true", help="alleen methoden met een handboek tellen mee")
    p.add_argument("--require-research", action="store_true", help="onderzoek naar de methode telt mee")
    p.add_argument("--weight", action="append", default=[], metavar="CRITERIUM=W",
                   help=f"gewicht {MIN_WEIGHT}-{MAX_WEIGHT} per criterium: {', '.join(CRITERIA)}")
    p.add_argument("--must", action="append", default=[], metavar="CRITERIUM",
                   help="criterium waaraan een methode moet voldoen")


def _int(value: str | None, what: str) -> int | None:
    if value is None:
        return None
    try:
        return int(value)
    except ValueError:
        raise ContextError(f"{what} moet een geheel getal zijn, niet '{value}'.") from None


def _weights(pairs: list[str]) -> dict:
    weights = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or name not in CRITERIA:
            raise ContextError(f"Gewicht '{pair}' niet begrepen; gebruik CRITERIUM=W met criterium uit "
                               f"{', '.join(CRITERIA)} en W van {MIN_WEIGHT} tot {MAX_WEIGHT}.")
        try:
            weights[name] = float(value) if "." in value else int(value)
        except ValueError:
            raise ContextError(f"Gewicht van {name} moet een getal van {MIN_WEIGHT} tot {MAX_WEIGHT} zijn, "
                               f"niet '{value}'.") from None
    return weights


def build_context(args: argparse.Namespace) -> None:
    from app.cli import UsageError

    try:
        args.context = Context(
            settings=frozenset(args.setting), target_groups=frozenset(args.target_group),
            goals=frozenset(args.goal), production_power=args.production_power,
            budget_eur=_int(args.budget, "Budget"), months=_int(args.months, "Tijdshorizon"),
            require_handbook=args.require_handbook, require_research=args.require_research,
            weights=_weights(args.weight), must=frozenset(args.must),
        )
    except ContextError as error:
        raise UsageError(str(error)) from error


def run(catalogue, args: argparse.Namespace) -> None:  # noqa: ANN001
    result = Advisor(catalogue.methods, catalogue.knowledge).advise(args.context)
    if args.json:
        json.dump(advice_to_dict(result), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(advice_text(result))


def advice_text(result) -> str:  # noqa: ANN001
    advice, what_if = result.advice, result.what_if
    out = []
    if advice.fit.no_criteria:
        out.append("U heeft nog niets over uw situatie opgegeven; alle methoden scoren gelijk.")
    elif not advice.fit.good:
        unmet = ", ".join(criterion_label(c) for c in advice.fit.unmet) or "geen enkel afzonderlijk criterium"
        out.append(f"Let op: geen methode past goed (beste score {advice.fit.best_score:.0f} < "
                   f"{advice.fit.threshold:.0f}). Door geen enkele methode gehaald: {unmet}.")
    out.append(f"{'#':>3}  {'score':>5}  {'zeker':>5}  methode")
    for r in advice.results:
        out.append(f"{r.rank:>3}  {r.score:>5.0f}  {r.confidence:>5.0%}  {r.method.name} (§ {r.method.section})")
        for c in r.criteria:
            out.append(f"{'':>20}{criterion_label(c.criterion):<16} {c.weight:>3g} × {c.score.value:.2f}"
                       f"  +{c.contribution:>4.1f}  {render(c.score)}")
        for k in r.caveats:
            out.append(f"{'':>20}! {k.title} (§ {k.section})")
    if advice.excluded:
        out.append("\nUitgesloten (voldoet niet aan een harde eis):")
        out += [f"  {e.method.name}: {criterion_label(e.criterion)} — {render(e.score)}" for e in advice.excluded]
    if what_if:
        direction = "minder" if what_if.new_weight < what_if.old_weight else "zwaarder"
        out.append(f"\nAls {criterion_label(what_if.criterion)} {direction} weegt ({what_if.old_weight:g} → "
                   f"{what_if.new_weight:g}), komt {what_if.method.name} bovenaan.")
    return "\n".join(out)
