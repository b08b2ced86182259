"""``methodewijzer-cli --lang en``: list, show, search, their messages and the help speak English; Dutch stays
the default. Method texts themselves stay Dutch, as in the report."""

from __future__ import annotations

import pytest

from app.cli import main


def run(capsys, *args):
    try:
        code = main(list(args))
    except SystemExit as stop:  # --help
        code = stop.code
    out, err = capsys.readouterr()
    return code, out, err


HEADINGS = {"nl": ("Korte beschrijving", "Ontwikkelaar", "Materiaal", "Handboek:", "Kenmerken voor het advies",
                   "Looptijd:"),
            "en": ("Short description", "Developer", "Material", "Handbook:", "Characteristics used in the advice",
                   "Duration:")}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_show_prints_its_headings_in_the_chosen_language(capsys, db_url, language):
    code, out, _ = run(capsys, "--db", db_url, "--lang", language, "show", "abcd")
    assert code == 0
    for heading in HEADINGS[language]:
        assert heading in out
    other = HEADINGS["nl" if language == "en" else "en"]
    assert not [heading for heading in other if heading in out]
    assert "Asset-Based Community Development" in out  # the method's own text is the same in both


def test_dutch_is_the_default(capsys, db_url):
    _code, out, _ = run(capsys, "--db", db_url, "show", "abcd")
    assert "Korte beschrijving" in out and "Short description" not in out


def test_an_unknown_method_is_told_in_english_with_a_suggestion(capsys, db_url):
    code, _out, err = run(capsys, "--db", db_url, "--lang", "en", "show", "abdc")
    assert code == 2
    assert "Unknown method 'abdc'. Did you mean: abcd? See 'methodewijzer-cli list'." in err
    _code, _out, err = run(capsys, "--db", db_url, "show", "abdc")
    assert "Onbekende methode 'abdc'. Bedoelt u: abcd? Zie" in err


def test_list_marks_own_methods_in_the_chosen_language(capsys, db_url):
    code, out, _ = run(capsys, "--db", db_url, "--lang", "en", "list")
    assert code == 0 and len(out.strip().splitlines()) == 19 and "4.2.7" in out


@pytest.mark.parametrize(("language", "found", "nothing", "decimal"), [
    ("nl", "2 methoden gevonden voor 'jongeren':", "Geen methoden gevonden voor 'zzqq'", ","),
    ("en", "2 methods found for 'jongeren':", "No methods found for 'zzqq'", "."),
])
def test_search_speaks_the_chosen_language(capsys, db_url, language, found, nothing, decimal):
    code, out, _ = run(capsys, "--db", db_url, "--lang", language, "search", "jongeren", "--limit", "2")
    assert code == 0 and out.startswith(found)
    score = out.splitlines()[2].rsplit("score ", 1)[1]
    assert decimal in score and score.rstrip(")").replace(decimal, "").isdigit()
    _code, out, _ = run(capsys, "--db", db_url, "--lang", language, "search", "zzqq")
    assert out.startswith(nothing)


def test_the_help_is_english_under_lang_en(capsys):
    code, out, _ = run(capsys, "--lang", "en", "--help")
    assert code == 0
    assert "methods for active citizenship" in out and "COMMAND" in out and "search the texts of all methods" in out
    assert "databaseadres" not in out and "OPDRACHT" not in out
    _code, out, _ = run(capsys, "--lang", "en", "search", "--help")
    assert "what you are looking for" in out and "at most N results (default 10)" in out
    _code, out, _ = run(capsys, "--help")
    assert "OPDRACHT" in out and "zoeken in de teksten van alle methoden" in out


def every_help(parser, path=()):  # noqa: ANN001, ANN201
    """(argv path, help text) of the parser and each sub-command below it."""
    import argparse

    yield path, parser.format_help()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                yield from every_help(sub, (*path, name))


def test_no_help_text_stays_dutch_under_lang_en():
    from app.api import use_language
    from app.cli import build_parser
    from tests.test_translations import finished_entries

    dutch = {source for (context, source), forms in finished_entries().items()
             if context == "Methodewijzer" and len(forms) == 1 and forms[0] != source and len(source) > 12}
    try:
        use_language("en")
        helps = list(every_help(build_parser()))
    finally:
        use_language("nl")
    assert len(helps) > 20
    left = {(" ".join(path), source) for path, text in helps for source in dutch if source in " ".join(text.split())}
    assert not left, sorted(left)[:5]
