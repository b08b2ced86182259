"""Own methods, local variants, hidden methods and catalogue packages, through the command line."""

from __future__ import annotations

import json
import shutil

import pytest

import resources
from app.api import open_catalogue, open_user_records
from app.cli import main

OWN = """id = "buurtkamer-plus"
name = "Buurtkamer Plus"
{section}
category = "invite_co_initiative"
summary = "Bewoners runnen samen een buurtkamer met een kookavond."
target_group = "Alle bewoners"
goal = "Ontmoeting"
approach = "Open een ruimte."
[developer]
text = "Gemeente Voorbeeld"
[materials]
handbook = "no"
handbook_note = "Geen handboek."
[research]
evidence = "none_known"
evidence_basis = "source"
evidence_reason = "Nog niet onderzocht."
[attributes.settings]
values = ["neighbourhood"]
basis = "source"
[attributes.target_groups]
values = ["all_residents"]
basis = "source"
[attributes.goals]
values = ["social_cohesion"]
basis = "source"
[attributes.production_power]
value = "shared"
basis = "source"
[attributes.professional_role]
values = []
basis = "source"
[attributes.budget]
class = "low"
basis = "source"
[attributes.duration]
basis = "source"
"""


@pytest.fixture
def cli(tmp_path, capsys, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))

    def run(db: str, *args: str) -> tuple[int, str, str]:
        code = main(["--db", f"sqlite:///{tmp_path / db}", *args])
        out, err = capsys.readouterr()
        return code, out, err
    return run


def _own_file(tmp_path, section: str = "") -> str:
    path = tmp_path / "eigen.toml"
    path.write_text(OWN.format(section=section), encoding="utf-8")
    return str(path)


@pytest.mark.parametrize("section", ["", 'section = "4.1.1"', 'section = "4.2.99"'])
def test_own_method_with_any_section_or_none_never_blocks_start(cli, tmp_path, section, monkeypatch):
    assert cli("a.db", "method", "add", _own_file(tmp_path, section))[0] == 0
    changed = tmp_path / "catalogus"
    shutil.copytree(resources.CATALOGUE, changed)  # a new release: the shipped files change
    (changed / "kern-met-pit.toml").write_text((changed / "kern-met-pit.toml").read_text(encoding="utf-8")
                                               .replace("Kern met Pit", "Kern met Pit!", 1), encoding="utf-8")
    monkeypatch.setenv("METHODEWIJZER_CATALOGUE_DIR", str(changed))
    code, out, err = cli("a.db", "list", "--json")
    assert code == 0, err
    listed = {m["id"]: m for m in json.loads(out)}
    assert listed["buurtkamer-plus"]["origin"] == "own" and len(listed) == 20
    assert listed["kern-met-pit"]["name"] == "Kern met Pit!"


def test_adding_an_existing_id_is_refused_and_changes_nothing(cli, tmp_path):
    cli("a.db", "method", "add", _own_file(tmp_path))
    records = open_user_records(open_catalogue(f"sqlite:///{tmp_path / 'a.db'}"))
    before = records.digest()
    code, _out, err = cli("a.db", "method", "add", _own_file(tmp_path))
    assert code == 2 and "bestaat al" in err and records.digest() == before


def test_shipped_update_of_an_overridden_field_is_flagged_and_the_override_kept(cli, tmp_path, monkeypatch):
    edit = tmp_path / "aanpassing.toml"
    edit.write_text('goal = "Bij ons kost het ook € 300 aan zaalhuur."\n', encoding="utf-8")
    assert cli("a.db", "method", "edit", "kern-met-pit", str(edit))[0] == 0
    shown = json.loads(cli("a.db", "show", "kern-met-pit", "--json")[1])
    assert shown["origin"] == "variant" and shown["overridden"] == ["goal"] and shown["upstream_changed"] == []
    changed = tmp_path / "catalogus"
    shutil.copytree(resources.CATALOGUE, changed)
    text = (changed / "kern-met-pit.toml").read_text(encoding="utf-8")
    (changed / "kern-met-pit.toml").write_text(text.replace('goal = """', 'goal = """Nieuw: ', 1), encoding="utf-8")
    monkeypatch.setenv("METHODEWIJZER_CATALOGUE_DIR", str(changed))
    shown = json.loads(cli("a.db", "show", "kern-met-pit", "--json")[1])
    assert shown["goal"] == "Bij ons kost het ook € 300 aan zaalhuur."
    assert shown["upstream_changed"] == ["goal"]
    assert cli("a.db", "method", "restore", "kern-met-pit", "--field", "goal")[0] == 0
    shown = json.loads(cli("a.db", "show", "kern-met-pit", "--json")[1])
    assert shown["origin"] == "shipped" and shown["goal"].startswith("Nieuw: ")


def test_hidden_methods_leave_search_and_advice_and_come_back(cli):
    assert "Moedercentra" in cli("a.db", "search", "moedercentra")[1]
    assert cli("a.db", "method", "hide", "moedercentra")[0] == 0
    assert "Moedercentra" not in cli("a.db", "search", "moedercentra")[1]
    assert "moedercentra" not in cli("a.db", "match", "--json")[1]
    assert "moedercentra" not in cli("a.db", "list")[1]
    assert cli("a.db", "method", "remove", "moedercentra")[0] == 2  # shipped: hide, never delete
    cli("a.db", "method", "unhide", "moedercentra")
    assert "moedercentra" in cli("a.db", "list")[1]


def test_own_method_is_searched_and_advised(cli, tmp_path):
    cli("a.db", "method", "add", _own_file(tmp_path))
    assert "Buurtkamer Plus" in cli("a.db", "search", "kookavond")[1]
    assert "buurtkamer-plus" in cli("a.db", "match", "--json")[1]


def test_export_then_import_into_an_empty_database_reproduces_the_list(cli, tmp_path):
    cli("a.db", "method", "add", _own_file(tmp_path))
    edit = tmp_path / "aanpassing.toml"
    edit.write_text('goal = "Lokaal doel."\n', encoding="utf-8")
    cli("a.db", "method", "edit", "kern-met-pit", str(edit))
    cli("a.db", "method", "hide", "moedercentra")
    package = tmp_path / "pakket.json"
    assert cli("a.db", "catalogue", "export", "--out", str(package))[0] == 0
    lines = package.read_text(encoding="utf-8").splitlines()
    assert "descriptor" in json.loads(lines[0]) and len(lines) == 4
    assert cli("b.db", "catalogue", "import", str(package))[0] == 0
    assert cli("a.db", "list", "--json")[1] == cli("b.db", "list", "--json")[1]
    assert json.loads(cli("b.db", "show", "kern-met-pit", "--json")[1])["goal"] == "Lokaal doel."


@pytest.mark.parametrize("content", [
    b"geen json",
    b'{"descriptor": {"profile": "methodewijzer-catalogus", "schema_version": 9}}\n',
    b'{"descriptor": {"profile": "methodewijzer-catalogus", "schema_version": 1}}\n'
    b'{"id": "a", "origin": "own", "method": {"id": "a", "name": "<b>x</b>", "category": "bestaat-niet"}}\n',
    b'{"descriptor": {"profile": "methodewijzer-catalogus", "schema_version": 1}}\n'
    b'{"id": "kern-met-pit", "origin": "variant", "overrides": {"goal": "ok"}}\n'
    b'{"id": "kern-met-pit", "origin": "variant", "overrides": {"goal": "dubbel"}}\n',
])
def test_malformed_or_hostile_package_changes_nothing(cli, tmp_path, content):
    cli("a.db", "method", "add", _own_file(tmp_path))
    package = tmp_path / "pakket.json"
    package.write_bytes(content)
    records = open_user_records(open_catalogue(f"sqlite:///{tmp_path / 'a.db'}"))
    before = records.digest()
    code, _out, err = cli("a.db", "catalogue", "import", str(package), "--policy", "always")
    assert code == 2 and "niets veranderd" in err and "Traceback" not in err
    assert records.digest() == before
