"""The 'case' sub-commands: save, list, show, delete, export and import saved situations."""

from __future__ import annotations

import argparse
from contextlib import contextmanager

from advisor.case import Case, CaseError, case_to_dict
from advisor.messages import criterion_label
from app.api import Cases, situation_lines
from app.api import translate as _
from app.cli.errors import UsageError
from app.cli.match import add_context_options, build_context
from app.cli.text import dump_json


def register(sub) -> None:  # noqa: ANN001 - argparse's private subparsers type
    case = sub.add_parser("case", help=_("opgeslagen situaties (casussen)"))
    commands = case.add_subparsers(dest="case_command", required=True, metavar=_("ACTIE"))
    p = commands.add_parser("save", help=_("een situatie opslaan als casus"))
    p.add_argument("name", metavar=_("NAAM"))
    add_context_options(p)
    p.add_argument("--notes", default="", metavar=_("TEKST"), help=_("aantekeningen"))
    p.add_argument("--decision", metavar=_("METHODE_ID"), help=_("de gekozen methode (elke methode mag)"))
    p.add_argument("--decision-reason", default="", metavar=_("TEKST"), help=_("waarom deze keuze"))
    p.add_argument("--replace", action="store_true", help=_("een bestaande casus met deze naam vervangen"))
    p.set_defaults(run=cmd_save, validate=build_context)
    p = commands.add_parser("list", help=_("uw casussen, laatst gewijzigd eerst"))
    p.add_argument("--all", action="store_true", help=_("ook de casussen die collega's gedeeld hebben"))
    p.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))
    p.set_defaults(run=cmd_list)
    p = commands.add_parser("share", help=_("een eigen casus delen met collega's (zij zien hem met list --all)"))
    p.add_argument("name", metavar=_("NAAM"))
    p.add_argument("--stop", action="store_true", help=_("niet meer delen"))
    p.set_defaults(run=cmd_share)
    p = commands.add_parser("show", help=_("één casus"))
    p.add_argument("name", metavar=_("NAAM"))
    p.add_argument("--json", action="store_true", help=_("uitvoer als JSON"))
    p.set_defaults(run=cmd_show)
    p = commands.add_parser("delete", help=_("een casus verwijderen"))
    p.add_argument("name", metavar=_("NAAM"))
    p.set_defaults(run=cmd_delete)
    p = commands.add_parser("export", help=_("een casus als bestand (.methodewijzer.json)"))
    p.add_argument("name", metavar=_("NAAM"))
    p.add_argument("--out", required=True, metavar=_("BESTAND"))
    p.set_defaults(run=cmd_export)
    p = commands.add_parser("import", help=_("een casusbestand of rapport-PDF inlezen"))
    p.add_argument("file", metavar=_("BESTAND"))
    p.add_argument("--as", dest="as_name", metavar=_("NAAM"), help=_("onder een andere naam opslaan"))
    p.set_defaults(run=cmd_import)


@contextmanager
def open_cases(catalogue):  # noqa: ANN001, ANN201
    """The catalogue's cases; a CaseError becomes the CLI's usage error (exit 2)."""

    cases = Cases(catalogue)
    try:
        yield cases
    except CaseError as error:
        raise UsageError(str(error)) from error
    except OSError as error:
        raise UsageError(f"Bestand niet bruikbaar: {error.strerror or error}. Er is niets veranderd.") from error
    finally:
        cases.close()


def _dump(data: object) -> None:

    dump_json(data)


def cmd_save(catalogue, args: argparse.Namespace) -> None:  # noqa: ANN001
    case = Case(name=args.name, context=args.context, notes=args.notes, decision_id=args.decision,
                decision_reason=args.decision_reason if args.decision else "")
    with open_cases(catalogue) as cases:
        stored = cases.save(case, replace_existing=args.replace)
    print(f"Casus ‘{stored.name}’ opgeslagen.")


def cmd_list(catalogue, args: argparse.Namespace) -> None:  # noqa: ANN001
    with open_cases(catalogue) as cases:
        summaries, viewer = cases.list(shared_too=args.all), cases.viewer
    if args.json:
        _dump(summaries)
        return
    if not summaries:
        print("Geen casussen" + (" van u of gedeeld." if args.all else " van u; --all toont ook gedeelde."))
    for s in summaries:
        whose = "gedeeld" if s["shared"] and s["owner"] == viewer else \
            (f"van {s['owner']}, gedeeld" if s["owner"] != viewer else "")
        print(f"{s['modified']}  {s['name']}" + (f"  (besluit: {s['decision']})" if s["decision"] else "")
              + (f"  [{whose}]" if whose else ""))


def cmd_share(catalogue, args: argparse.Namespace) -> None:  # noqa: ANN001
    with open_cases(catalogue) as cases:
        cases.share(args.name, not args.stop)
    print(f"Casus ‘{args.name}’ wordt " + ("niet meer gedeeld." if args.stop else "gedeeld met collega's."))


def cmd_show(catalogue, args: argparse.Namespace) -> None:  # noqa: ANN001
    with open_cases(catalogue) as cases:
        case = cases.load(args.name)
        changed = cases.advice_changed(case)
    if args.json:
        _dump(case_to_dict(case))
        return

    print(f"Casus: {case.name}\nGewijzigd: {case.modified} (gemaakt {case.created})\n\nSituatie:")
    print("\n".join(f"  {line}" for line in situation_lines(case.context)))
    print("Gewichten: " + ", ".join(f"{criterion_label(c)} {w:g}" + (" (moet)" if c in case.context.must else "")
                                    for c, w in case.context.weights.items()))
    if case.notes:
        print(f"\nAantekeningen:\n{case.notes}")
    if case.decision_id:
        method = catalogue.get(case.decision_id)
        print(f"\nBesluit: {method.name if method else case.decision_id}"
              + (f"\nReden: {case.decision_reason}" if case.decision_reason else ""))
    if changed:
        print(f"\nLet op: met de huidige catalogus is het advies veranderd: eerst {changed[0]}, nu {changed[1]}.")
    print(f"\nMethodewijzer {case.app_version}, catalogus {case.catalogue_version}")


def cmd_delete(catalogue, args: argparse.Namespace) -> None:  # noqa: ANN001
    with open_cases(catalogue) as cases:
        cases.delete(args.name)
    print(f"Casus ‘{args.name}’ verwijderd.")


def cmd_export(catalogue, args: argparse.Namespace) -> None:  # noqa: ANN001
    with open_cases(catalogue) as cases:
        cases.export(args.name, args.out)
    print(f"Casus ‘{args.name}’ geschreven naar {args.out}.")


def cmd_import(catalogue, args: argparse.Namespace) -> None:  # noqa: ANN001
    with open_cases(catalogue) as cases:
        case = cases.import_file(args.file, as_name=args.as_name)
    print(f"Casus ‘{case.name}’ geïmporteerd.")
