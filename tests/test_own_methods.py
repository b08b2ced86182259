"""Own methods, local variants, hidden methods and catalogue packages, through the command line."""

from __future__ import annotations

import json
import shutil
import tomllib

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


def _db_bytes(tmp_path, name: str = "a.db") -> bytes:
    return (tmp_path / name).read_bytes()


def test_a_package_over_10_mb_is_refused_and_the_database_stays_byte_identical(cli, tmp_path):
    from app.packages import MAX_BYTES

    cli("a.db", "method", "add", _own_file(tmp_path))
    package = tmp_path / "groot.jsonl"
    head = b'{"descriptor": {"profile": "methodewijzer-catalogus", "schema_version": 1}}\n'
    package.write_bytes(head + b" " * (MAX_BYTES + 1 - len(head)))
    before, counter = _db_bytes(tmp_path), open_catalogue(f"sqlite:///{tmp_path / 'a.db'}").change_counter
    code, _out, err = cli("a.db", "catalogue", "import", str(package), "--policy", "always")
    assert code == 2 and "groter dan 10 MB" in err and "niets veranderd" in err
    assert _db_bytes(tmp_path) == before
    assert open_catalogue(f"sqlite:///{tmp_path / 'a.db'}").change_counter == counter


@pytest.mark.parametrize("count, refused_for_size", [(2_001, True), (2_000, False)])
def test_a_package_of_more_than_2000_methods_is_refused_whole(cli, tmp_path, count, refused_for_size):
    cli("a.db", "method", "add", _own_file(tmp_path))
    package = tmp_path / "veel.jsonl"
    lines = ['{"descriptor": {"profile": "methodewijzer-catalogus", "schema_version": 1}}']
    lines += [json.dumps({"id": f"m-{n}", "origin": "own", "method": {"id": f"m-{n}"}}) for n in range(count)]
    package.write_text("\n".join(lines) + "\n", encoding="utf-8")
    before = _db_bytes(tmp_path)
    code, _out, err = cli("a.db", "catalogue", "import", str(package))
    assert code == 2 and "niets veranderd" in err and _db_bytes(tmp_path) == before
    assert ("meer dan 2.000 methoden" in err) is refused_for_size  # 2,000 passes the count; line 2 is at fault


def test_ids_that_collide_with_another_kind_of_method_are_named_and_left_alone(cli, tmp_path):
    cli("a.db", "method", "add", _own_file(tmp_path))  # buurtkamer-plus is an own method here
    own = json.loads(cli("a.db", "show", "buurtkamer-plus", "--json")[1])
    package = tmp_path / "botsing.jsonl"
    document = {"id": "kern-met-pit", **{k: v for k, v in tomllib.loads(OWN.format(section="")).items() if k != "id"}}
    package.write_text("\n".join(json.dumps(line) for line in (
        {"descriptor": {"profile": "methodewijzer-catalogus", "schema_version": 1}},
        {"id": "kern-met-pit", "origin": "own", "method": document},  # shipped here
        {"id": "buurtkamer-plus", "origin": "variant", "overrides": {"goal": "Anders."}},  # own here
    )) + "\n", encoding="utf-8")
    records = open_user_records(open_catalogue(f"sqlite:///{tmp_path / 'a.db'}"))
    before = records.digest()
    code, out, err = cli("a.db", "catalogue", "import", str(package), "--policy", "always")
    assert code == 0, err
    assert "2 is ongemoeid gelaten: kern-met-pit, buurtkamer-plus" in out
    assert "'kern-met-pit': in het pakket een eigen methode, hier een meegeleverde methode" in out
    assert "'buurtkamer-plus': in het pakket een meegeleverde methode, hier uw eigen methode" in out
    assert records.digest() == before
    assert json.loads(cli("a.db", "show", "buurtkamer-plus", "--json")[1]) == own


def test_a_shipped_method_arriving_with_an_own_methods_id_is_named_at_start(cli, tmp_path, monkeypatch):
    cli("a.db", "method", "add", _own_file(tmp_path))
    changed = tmp_path / "catalogus"
    shutil.copytree(resources.CATALOGUE, changed)
    text = (changed / "kern-met-pit.toml").read_text(encoding="utf-8")
    (changed / "buurtkamer-plus.toml").write_text(text.replace('id = "kern-met-pit"', 'id = "buurtkamer-plus"')
                                        .replace('section = "4.1.2"', 'section = "4.1.99"'), encoding="utf-8")
    monkeypatch.setenv("METHODEWIJZER_CATALOGUE_DIR", str(changed))
    code, out, err = cli("a.db", "list", "--json")
    assert code == 0, err
    assert "methode met het id 'buurtkamer-plus', maar dat id is van uw eigen methode 'Buurtkamer Plus'" in err
    listed = {m["id"]: m for m in json.loads(out)}
    assert listed["buurtkamer-plus"]["origin"] == "own" and listed["buurtkamer-plus"]["name"] == "Buurtkamer Plus"
    # The next start finds the database current (the shipped files are not parsed again) and still says it.
    code, _out, err = cli("a.db", "list", "--json")
    assert code == 0, err
    assert "methode met het id 'buurtkamer-plus', maar dat id is van uw eigen methode 'Buurtkamer Plus'" in err


def test_planning_an_import_reads_the_stored_methods_once(cli, tmp_path, monkeypatch):
    for method_id in ("kern-met-pit", "abcd", "moedercentra"):
        edit = tmp_path / "aanpassing.toml"
        edit.write_text('goal = "Lokaal doel."\n', encoding="utf-8")
        cli("a.db", "method", "edit", method_id, str(edit))
    package = tmp_path / "pakket.jsonl"
    cli("a.db", "catalogue", "export", "--out", str(package))
    from app import packages
    from app.api import plan_import

    catalogue, reads = open_catalogue(f"sqlite:///{tmp_path / 'b.db'}"), []
    original = packages.storage.read_methods
    monkeypatch.setattr(packages.storage, "read_methods", lambda conn: (reads.append(1), original(conn))[1])
    plan = plan_import(catalogue, package)
    assert sorted(plan.added) == ["abcd", "kern-met-pit", "moedercentra"] and len(reads) == 1
