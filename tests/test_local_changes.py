"""The choice after comparing a field whose shipped text changed: stored against today's shipped text, so the
flag clears; keeping today's shipped text drops the change; a field without a change is refused, nothing
changed."""

from __future__ import annotations

import shutil

import pytest

import resources
from advisor.method_document import get_field, method_to_document
from app.api import RecordError, field_versions, keep_version, open_catalogue, open_user_records

MINE = "Bij ons kost Kern met Pit ook € 300 aan zaalhuur."


@pytest.fixture
def changed_upstream(tmp_path, db_url, monkeypatch):
    """Kern met Pit's goal changed by the user, then by a new release: the user records of the new start."""
    open_user_records(open_catalogue(db_url)).edit("kern-met-pit", {"id": "kern-met-pit", "goal": MINE})
    changed = tmp_path / "catalogus"
    shutil.copytree(resources.CATALOGUE, changed)
    text = (changed / "kern-met-pit.toml").read_text(encoding="utf-8")
    (changed / "kern-met-pit.toml").write_text(text.replace('goal = """', 'goal = """Nieuw: ', 1), encoding="utf-8")
    monkeypatch.setenv("METHODEWIJZER_CATALOGUE_DIR", str(changed))
    return open_user_records(open_catalogue(db_url))


@pytest.mark.parametrize("choice, origin", [("yours", "variant"), ("shipped_then", "variant"),
                                            ("shipped_now", "shipped")])
def test_the_chosen_version_is_kept_and_the_flag_clears(changed_upstream, db_url, choice, origin):
    versions = field_versions(changed_upstream, "kern-met-pit")["goal"]
    assert versions.upstream_changed and versions.yours == MINE and versions.shipped_now.startswith("Nieuw: ")
    assert changed_upstream.catalogue.status["kern-met-pit"]["upstream_changed"] == ["goal"]
    keep_version(changed_upstream, "kern-met-pit", "goal", getattr(versions, choice))
    catalogue = open_catalogue(db_url)
    status = catalogue.status["kern-met-pit"]
    assert status["origin"] == origin and status.get("upstream_changed", []) == []
    assert get_field(method_to_document(catalogue.get("kern-met-pit")), "goal") == getattr(versions, choice)


def test_keeping_a_field_that_was_not_changed_is_refused(changed_upstream):
    before = changed_upstream.digest()
    with pytest.raises(RecordError, match="niets veranderd"):
        keep_version(changed_upstream, "kern-met-pit", "summary", "Iets anders.")
    with pytest.raises(RecordError, match="niets veranderd"):
        keep_version(changed_upstream, "kern-met-pit", "goal", "")  # the field is required
    assert changed_upstream.digest() == before


def test_the_choice_after_comparing_is_a_versioned_logged_save_and_never_overwrites_a_newer_one(changed_upstream,
                                                                                              db_url):
    from app.api import ConflictError

    records = changed_upstream
    opened = records.version("kern-met-pit")
    then = field_versions(records, "kern-met-pit")["goal"].shipped_then
    keep_version(records, "kern-met-pit", "goal", then, expected_version=opened)
    assert records.version("kern-met-pit") == opened + 1
    last = records.log("kern-met-pit")[0]
    assert (last["field"], last["old"], last["new"], last["version"]) == ("goal", MINE, then, opened + 1)
    open_user_records(open_catalogue(db_url)).edit("kern-met-pit", {"summary": "Een andere desk was eerder."})
    before = records.digest()
    with pytest.raises(ConflictError, match="niets veranderd"):  # this desk read the version before that save
        keep_version(records, "kern-met-pit", "goal", MINE)
    assert records.digest() == before
