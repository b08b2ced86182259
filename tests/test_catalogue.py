"""The shipped catalogue is complete, valid and faithful to the report."""

from __future__ import annotations

import re
import shutil
import tomllib
from pathlib import Path

import pytest

import resources
from advisor.catalogue_reader import RULE_LEVEL, CatalogueError, evidence_rule_for, read_catalogue
from advisor.model import ASSESSMENT

EXPECTED_SECTIONS = {
    "vouchersysteem": "4.1.1", "kern-met-pit": "4.1.2", "erkende-overleg-partners": "4.1.3",
    "maatschappelijke-beursvloer": "4.1.4", "tijdvoorelkaar": "4.1.5", "buurtcoach-kan-wel": "4.1.6",
    "het-ondernemende-dorp": "4.1.7", "moedercentra": "4.1.8",
    "maatschappelijke-activeringscentra": "4.1.9", "eigen-kracht-conferentie": "4.1.10",
    "dialoogmethode": "4.2.1", "deventer-wijkaanpak": "4.2.2", "idop": "4.2.3", "twexx": "4.2.4",
    "mensen-maken-de-stad": "4.2.5", "burgers-aan-het-stuur": "4.2.6", "abcd": "4.2.7",
    "lusten-en-lasten": "4.2.8", "smederijen-van-hoogeveen": "4.2.9",
}
REPORT = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "000_14b045bc75d452fb.txt"


def by_id(methods):
    return {m.id: m for m in methods}


def test_all_nineteen_methods_with_their_report_sections(methods):
    assert {m.id: m.section for m in methods} == EXPECTED_SECTIONS


def test_production_power_follows_the_chapter(methods):
    for m in methods:
        assert m.production_power == ("citizen" if m.section.startswith("4.1.") else "shared"), m.id


def test_every_assessment_says_why(methods):
    for m in methods:
        for attr in (m.settings, m.target_groups, m.goals, m.professional_role):
            assert attr.basis.basis != ASSESSMENT or attr.basis.reason, m.id
        assert m.budget.basis.basis != ASSESSMENT or m.budget.basis.reason, m.id


def test_every_method_has_context_for_the_matcher(methods):
    for m in methods:
        assert m.target_groups.values and m.goals.values, m.id
        assert m.settings.values or m.settings.basis.reason, f"{m.id}: no settings and no reason why"


def _amounts(method):
    return {(a.min_eur, a.max_eur) for a in method.budget.amounts}


def test_report_amounts_and_durations_are_carried_over(methods):
    m = by_id(methods)
    # "van € 10.000 tot bijna € 50.000": the upper bound is not a number the report gives
    assert (10_000, None) in _amounts(m["erkende-overleg-partners"])
    assert "bijna € 50.000" in " ".join(a.what for a in m["erkende-overleg-partners"].budget.amounts)
    assert {(1000, 1000), (1500, 1500), (500, 500)} <= _amounts(m["kern-met-pit"])
    assert any(a.flow == "outside" for a in m["kern-met-pit"].budget.amounts)
    assert (500, 500) in _amounts(m["mensen-maken-de-stad"])
    assert any(a.max_eur == 2500 for a in m["twexx"].budget.amounts)
    assert m["buurtcoach-kan-wel"].duration.months == 15
    # "over vier jaar" is the plan's horizon and "tweejaarlijks" a cycle: neither is a duration
    assert m["idop"].duration.months is None and "vier jaar" in m["idop"].duration.basis.reason
    assert m["deventer-wijkaanpak"].duration.months is None
    assert m["lusten-en-lasten"].duration.months == 12
    eop = m["erkende-overleg-partners"]
    assert "drie jaar" in " ".join([eop.approach, *(a.per + " " + a.what for a in eop.budget.amounts)])


def test_unknown_handbook_where_the_report_says_it_is_not_known(methods):
    assert by_id(methods)["erkende-overleg-partners"].handbook == "unknown"
    assert by_id(methods)["vouchersysteem"].handbook == "yes"


def test_no_research_known_means_none_known(methods):
    assert by_id(methods)["kern-met-pit"].evidence == "none_known"
    assert not by_id(methods)["kern-met-pit"].studies


def _words(text: str) -> list[str]:
    """Lower-case words, leaving out web addresses (facts to copy exactly, not prose)."""
    text = re.sub(r"\b(?:https?://|www\.)\S+", " ", text.lower())
    return re.findall(r"\w+", text)


# Names, titles, labels and citations the report gives; facts carry over word for word,
# so they are taken out before looking for copied prose.
NAMES = [
    "menskracht", "kennis", "toegang tot netwerken", "materiaal", "faciliteiten", "creativiteit",
    "abn amro foundation", "kpmg", "kamer van koophandel nederland", "vereniging nov", "mvo nederland", "vng",
    "zelforganisatie en zelfbeheer", "open aanbod", "actieve deelname wordt beloond", "kinderen horen erbij",
    "stichting welzijnswerk", "gemeente hoogeveen",
    "verdelen van budgetten", "makelen en verbinden", "bieden van handvatten bij de uitvoering van initiatieven",
    "runnen van een faciliterend centrum", "uitnodigen van burgers als mede initiatiefnemer",
    "faciliteren en ondersteunen", "help een burgerinitiatief", "instituut voor publiek en politiek",
    "ministerie van bzk", "sociaal en cultureel planbureau", "dekker en ridder 2011",
    "blom bosdriesz van der heijden van zuylen en schamp 2010",
    "verzorgende overheid 1945 1970", "terugtrekkende overheid 1980 2005",
    "verbindende en uitnodigende overheid 2005 heden",
    "gericht op de vraag achter de vraag", "gebaseerd op de eigen kracht van de burger", "direct erop af",
    "formeel en informeel in optimale verhouding", "doordachte balans van collectief en individueel",
    "integraal werken", "resultaatgericht", "gebaseerd op ruimte voor de professional",
]


def _without_names(words: list[str]) -> list[str]:
    text = " " + " ".join(words) + " "
    for name in sorted(NAMES, key=len, reverse=True):
        text = text.replace(f" {name} ", " ¶ ")
        text = text.replace(f" {name} ", " ¶ ")
    return text.split()


@pytest.mark.skipif(not REPORT.exists(), reason="the source report is not beside this checkout")
def test_no_sentence_of_the_report_is_copied(methods, knowledge):
    """Ten words in a row identical to the report is copying, not our own words."""
    run = 10
    words = _words(REPORT.read_text(encoding="utf-8"))
    shingles = {tuple(words[i:i + run]) for i in range(len(words) - run)}
    copied = []
    for m in methods:
        prose = [m.summary, m.target_group, m.goal, m.approach, *m.approach_steps, m.developer,
                 m.handbook_note, *(s.findings for s in m.studies)]
        for text in prose:
            w = _without_names(_words(text))
            hits = [" ".join(w[i:i + run]) for i in range(len(w) - run + 1) if tuple(w[i:i + run]) in shingles]
            copied += [f"{m.id}: {h}" for h in hits]
    for item in knowledge:
        w = _without_names(_words(item.text))
        copied += [f"{item.id}: {' '.join(w[i:i + run])}" for i in range(len(w) - run + 1)
                   if tuple(w[i:i + run]) in shingles]
    assert not copied, "\n".join(copied)


def test_knowledge_cites_real_sections_and_methods(methods, knowledge):
    ids = {m.id for m in methods}
    kinds = {k.kind for k in knowledge}
    assert {"concept", "dilemma", "finding", "caveat"} <= kinds
    for item in knowledge:
        assert re.match(r"^(Voorwoord|\d(\.\d+)*)$", item.section), item.id
        assert set(item.methods) <= ids, item.id
    assert any("vouchersysteem" in k.methods for k in knowledge if k.kind == "caveat")
    assert any("erkende-overleg-partners" in k.methods for k in knowledge if k.kind == "caveat")


@pytest.fixture
def catalogue_copy(tmp_path):
    folder = tmp_path / "catalogue"
    shutil.copytree(resources.CATALOGUE, folder)
    return folder


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('handbook = "', 'handbook = "misschien', "materials.handbook"),
        ("[attributes.goals]\nvalues = [", '[attributes.goals]\nvalues = ["geluk", ', "attributes.goals.values"),
        ('section = "4.2.5"', 'section = "9.9"', "section"),
        ("id = ", "# id = ", "id"),
        ('name = "', 'name = """', "(bestand)"),
    ],
)
def test_a_malformed_file_is_named_with_its_field(catalogue_copy, old, new, field):
    path = catalogue_copy / "mensen-maken-de-stad.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        read_catalogue(catalogue_copy)
    assert caught.value.path.endswith("mensen-maken-de-stad.toml")
    assert caught.value.field == field
    assert "mensen-maken-de-stad.toml" in str(caught.value)


def test_a_duplicated_section_is_refused(catalogue_copy):
    path = catalogue_copy / "abcd.toml"
    path.write_text(path.read_text(encoding="utf-8").replace('section = "4.2.7"', 'section = "4.2.8"'),
                    encoding="utf-8")
    with pytest.raises(CatalogueError, match="4.2.8"):
        read_catalogue(catalogue_copy)


def _raw(name: str) -> dict:
    with (resources.CATALOGUE / f"{name}.toml").open("rb") as handle:
        return tomllib.load(handle)


def test_every_evidence_level_follows_from_the_written_rubric(methods):
    for m in methods:
        research = _raw(m.id)["research"]
        kinds = [s["kind"] for s in research.get("studies", [])]
        assert research["evidence_rule"] == evidence_rule_for(kinds), m.id
        assert m.evidence == RULE_LEVEL[research["evidence_rule"]], m.id
        # only "no research known" is the report's own word; every other level is our reading
        assert (m.evidence_basis.basis == "source") == (research["evidence_rule"] == "no_study"), m.id
        assert m.evidence_basis.reason, m.id
    m = by_id(methods)
    # a brochure and a study without outcomes beside one evaluation: one evaluation, not several
    assert m["vouchersysteem"].evidence == "evaluated"
    # a study of how the method works, without outcomes, is not an evaluation
    assert m["maatschappelijke-activeringscentra"].evidence == "descriptive"
    # what the report calls a method description, not research, does not count as a study
    assert m["twexx"].evidence == "none_known"


def test_rubric_rules_in_order():
    assert evidence_rule_for([]) == "no_study"
    assert evidence_rule_for(["not_a_study"]) == "no_study"
    assert evidence_rule_for(["process", "not_a_study"]) == "no_outcomes"
    assert evidence_rule_for(["process", "effect"]) == "one_evaluation"
    assert evidence_rule_for(["results", "evaluation"]) == "several_evaluations"


def test_publications_the_report_does_not_title_are_descriptions():
    invented = {"vouchersysteem": "Methodebeschrijving", "tijdvoorelkaar": "Handleiding TijdVoorElkaar",
                "buurtcoach-kan-wel": "Methodebeschrijving", "abcd": "Methodebeschrijving"}
    for name, prefix in invented.items():
        publications = _raw(name)["materials"]["publications"]
        assert not any(p["title"].startswith(prefix) and p.get("kind", "title") == "title"
                       for p in publications), name
        assert any(p.get("kind") == "description" for p in publications), name


def test_only_developers_are_listed_as_developers(methods):
    m = by_id(methods)
    nov = "Vereniging NOV (Nederlandse Organisaties Vrijwilligerswerk)"
    assert m["maatschappelijke-beursvloer"].organisations == (nov,)
    assert "Social Minds" not in m["tijdvoorelkaar"].organisations
    roles = {r["name"]: r["role"] for r in _raw("tijdvoorelkaar")["developer"]["involved"]}
    assert "merk" in roles["Social Minds"]
    assert m["idop"].organisations == ("Timpaan Welzijn",)
    assert m["moedercentra"].production_power_basis.basis == ASSESSMENT


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ('evidence_rule = "no_outcomes"', 'evidence_rule = "several_evaluations"', "research.evidence_rule"),
        ('evidence_rule = "no_outcomes"', 'evidence_rule = "misschien"', "research.evidence_rule"),
        ('kind = "process"', 'kind = "essay"', "research.studies[0].kind"),
        ('evidence = "descriptive"', 'evidence = "evaluated"', "research.evidence"),
        ('[materials]', '[[developer.involved]]\nname = "Perspect"\n\n[materials]', "developer.involved[0].role"),
        ('web = ["www.perspect.nu"]',
         'web = ["www.perspect.nu"]\n[[materials.publications]]\ntitle = "x"\nkind = "titel"',
         "materials.publications[0].kind"),
    ],
)
def test_a_bad_new_field_is_named(catalogue_copy, old, new, field):
    path = catalogue_copy / "mensen-maken-de-stad.toml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    before = text.replace(old, new, 1)
    path.write_text(before, encoding="utf-8")
    with pytest.raises(CatalogueError) as caught:
        read_catalogue(catalogue_copy)
    assert caught.value.field == field
    assert path.read_text(encoding="utf-8") == before
