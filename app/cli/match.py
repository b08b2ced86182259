"""The 'match' sub-command: ranked, explained advice for a context."""

from __future__ import annotations

import argparse

from advisor import vocabulary as voc
from advisor.context import CRITERIA, MAX_WEIGHT, MIN_WEIGHT, Context, ContextError
from advisor.messages import (
    criterion_label,
    render,
    render_complement,
    render_rank_range,
    render_stability,
    render_tier,
    render_what_if,
)
from app.api import Advisor, advice_to_dict
from app.api import translate as _
from app.cli.errors import UsageError
from app.cli.text import dump_json


def register(sub) -> None:  # noqa: ANN001 - argparse's private subparsers type
    p = sub.add_parser("match", help=_("methoden op volgorde voor uw situatie"))
    add_context_options(p)
    p.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))
    p.set_defaults(run=run, validate=build_context)


def add_context_options(p: argparse.ArgumentParser) -> None:
    """The options that describe a situation; ``build_context`` turns them into ``args.context``."""
    p.add_argument("--setting", action="append", default=[], metavar="PLAATS",
                   help=_("plaats (herhaalbaar): {0}").format(", ".join(voc.SETTINGS)))
    p.add_argument("--target-group", action="append", default=[], metavar="DOELGROEP",
                   help=_("doelgroep (herhaalbaar): {0}").format(", ".join(voc.TARGET_GROUPS)))
    p.add_argument("--goal", action="append", default=[], metavar="DOEL",
                   help=_("doel (herhaalbaar): {0}").format(", ".join(voc.GOALS)))
    p.add_argument("--production-power", metavar=_("SOORT"), help=_("citizen of shared"))
    p.add_argument("--budget", metavar="EUR", help=_("beschikbaar budget in euro"))
    p.add_argument("--months", metavar="N", help=_("tijdshorizon in maanden"))
    p.add_argument("--require-handbook", action="store_true", help=_("alleen methoden met een handboek tellen mee"))
    p.add_argument("--require-research", action="store_true", help=_("onderzoek naar de methode telt mee"))
    p.add_argument("--weight", action="append", default=[], metavar="CRITERIUM=W",
                   help=_("gewicht {0}-{1} per criterium: {2}").format(MIN_WEIGHT, MAX_WEIGHT, ", ".join(CRITERIA)))
    p.add_argument("--must", action="append", default=[], metavar="CRITERIUM",
                   help=_("criterium waaraan een methode moet voldoen"))


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
        value = value.replace(",", ".")  # 2,5 the Dutch way or 2.5
        try:
            weights[name] = float(value) if "." in value else int(value)
        except ValueError:
            raise ContextError(f"Gewicht van {name} moet een getal van {MIN_WEIGHT} tot {MAX_WEIGHT} zijn, "
                               f"niet '{value}'.") from None
    return weights


def build_context(args: argparse.Namespace) -> None:
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
        dump_json(advice_to_dict(result))
    else:
        print(advice_text(result))


def advice_text(result) -> str:  # noqa: ANN001
    advice, robust = result.advice, result.robust
    out = []
    if advice.fit.no_criteria:
        out.append(_("U heeft nog niets over uw situatie opgegeven; alle methoden scoren gelijk."))
    elif not advice.fit.good:
        unmet = ", ".join(_(criterion_label(c)) for c in advice.fit.unmet) or _("geen enkel afzonderlijk criterium")
        out.append(_("Let op: geen methode past goed (beste score {0} < {1}). Door geen enkele methode gehaald: {2}.")
                   .format(f"{advice.fit.best_score:.0f}", f"{advice.fit.threshold:.0f}", unmet))
    if not robust.clear_winner:
        out.append(render_tier(robust.tier, _))
    out.append(f"{'#':>3}  {_('score'):>5}  {_('zeker'):>5}  {_('methode')}")
    for r, firm in zip(advice.results, robust.methods, strict=True):
        places = f"  [{render_rank_range(firm.rank_range, translate=_)}]" if firm.rank_range.wide else ""
        out.append(f"{r.rank:>3}  {r.score:>5.0f}  {r.confidence:>5.0%}  {r.method.name} (§ {r.method.section})"
                   f"{places}")
        for c in r.criteria:
            out.append(f"{'':>20}{_(criterion_label(c.criterion)):<16} {c.weight:>3g} × {c.score.value:.2f}"
                       f"  +{c.contribution:>4.1f}  {render(c.score, _)}")
        for k in r.caveats:
            out.append(f"{'':>20}! {k.title} (§ {k.section})")
    if advice.excluded:
        out.append("\n" + _("Uitgesloten (voldoet niet aan een harde eis):"))
        out += [f"  {e.method.name}: {_(criterion_label(e.criterion))} — {render(e.score, _)}" for e in advice.excluded]
    if robust.stability and len(advice.results) > 1:
        out.append("\n" + _("Hoe vast de eerste plaats staat:"))
        out += [f"  {render_stability(s, _)}" for s in robust.stability]
    if robust.what_if:
        out.append(f"\n{render_what_if(robust.what_if, _)}")
    if robust.complement:
        out.append(f"\n{render_complement(robust.complement, _)}")
    return "\n".join(out)
